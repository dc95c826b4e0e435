import { useState, type FormEvent } from 'react';
import type { SessionInfo } from '../../../../../shared/schemas/session.ts';
import { signIn } from '../../../lib/session.ts';
import { ErrorAlert } from '../../../components/feedback.tsx';

export interface DemoAccount { username: string; role: string; password: string }

const WHAT: Record<string, string> = { planner: 'plans', reader: 'read and print', liaison: 'partner offers' };

/** `demoAccounts` comes from the server: only seeded accounts that still have their published password. */
export function SignInPage({ onSignedIn, demoAccounts = [] }: { onSignedIn: (s: SessionInfo) => void; demoAccounts?: DemoAccount[] }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await signIn(username, password));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="signin">
      <form className="signin-card" onSubmit={submit} aria-labelledby="signin-title">
        <div className="brand brand-large"><span className="brand-mark" aria-hidden="true" />NEO Planner</div>
        <h1 id="signin-title">Sign in</h1>
        <p className="muted">Noncombatant-evacuation coordination: who leaves from where, on whose aircraft, when — and who is still left behind.</p>
        <label>
          Username
          <input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required autoFocus />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        <ErrorAlert error={error} title="Sign-in failed" />
        <button type="submit" className="btn btn-primary" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
        {demoAccounts.length > 0 ? (
          <p className="hint" data-testid="demo-accounts">Demo accounts: {demoAccounts.map((a, i) => (
            <span key={a.username}>{i > 0 && ', '}<code>{a.username}</code> / <code>{a.password}</code> ({WHAT[a.role] ?? a.role})</span>
          ))}.</p>
        ) : <p className="hint">No account? Ask a planner of your crisis cell to create one for you.</p>}
      </form>
    </main>
  );
}
