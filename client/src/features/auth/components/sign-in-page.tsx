import { useState, type FormEvent } from 'react';
import type { SessionInfo } from '../../../../../shared/schemas/session.ts';
import { signIn } from '../../../lib/session.ts';
import { ErrorAlert } from '../../../components/feedback.tsx';

export function SignInPage({ onSignedIn }: { onSignedIn: (s: SessionInfo) => void }) {
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
        <p className="hint">Demo accounts: <code>planner</code> / <code>planner-demo</code> (plans), <code>reader</code> / <code>reader-demo</code> (read and print), <code>liaison-usaf</code> / <code>liaison-demo</code> (partner offers).</p>
      </form>
    </main>
  );
}
