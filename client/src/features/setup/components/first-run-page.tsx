import { useState, type FormEvent } from 'react';
import type { SessionInfo } from '../../../../../shared/schemas/session.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { ErrorAlert } from '../../../components/feedback.tsx';
import { createFirstPlanner } from '../api/setup.ts';

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,62}$/;

/**
 * Shown while the database has no account at all (a deployment without demo data). Creates the first
 * planner and signs them in; if someone else did it first, says so and sends them to sign in.
 */
export function FirstRunPage({ onSignedIn, onTaken }: { onSignedIn: (s: SessionInfo) => void; onTaken: () => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const problem = username && !USERNAME.test(username) ? 'Username: 2–63 lower-case letters, digits, dots, dashes or underscores.'
    : password && password.length < 12 ? 'Password: at least 12 characters.'
    : confirm && confirm !== password ? 'The two passwords differ.' : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (problem || !username || !password || confirm !== password) return;
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await createFirstPlanner(username, password));
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) onTaken();
      else setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="signin">
      <form className="signin-card" onSubmit={submit} aria-labelledby="setup-title">
        <div className="brand brand-large"><span className="brand-mark" aria-hidden="true" />NEO Planner</div>
        <h1 id="setup-title">Set up the planner</h1>
        <p className="muted">This planner has no account yet. Create the first <strong>planner</strong> account: it manages the other accounts (liaisons, readers), imports the registry and builds plans.</p>
        <label>
          Username
          <input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value.toLowerCase())} required autoFocus />
        </label>
        <label>
          Password (12+ characters)
          <input name="password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} required minLength={12} />
        </label>
        <label>
          Password again
          <input name="confirm" type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} required />
        </label>
        {problem && <p className="hint text-bad" role="status">{problem}</p>}
        <ErrorAlert error={error} title="Could not set up" />
        <button type="submit" className="btn btn-primary" disabled={busy || !!problem || !username || !password || confirm !== password}>
          {busy ? 'Creating…' : 'Create planner account'}
        </button>
        <p className="hint">Only the first visitor can do this; afterwards planners add accounts on the Accounts page.</p>
      </form>
    </main>
  );
}
