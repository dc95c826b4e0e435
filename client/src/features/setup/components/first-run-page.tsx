import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../../shared/schemas/session.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { ErrorAlert } from '../../../components/feedback.tsx';
import { createFirstPlanner } from '../api/setup.ts';
import { LanguageSwitch } from '../../../i18n/language-switch.tsx';

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,62}$/;

/**
 * Shown while the database has no account at all (a deployment without demo data). Creates the first
 * planner and signs them in; if someone else did it first, says so and sends them to sign in.
 */
export function FirstRunPage({ onSignedIn, onTaken }: { onSignedIn: (s: SessionInfo) => void; onTaken: () => void }) {
  const { t } = useTranslation('setup', { keyPrefix: 'firstRun' });
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const problem = username && !USERNAME.test(username) ? t('badUsername')
    : password && password.length < 12 ? t('shortPassword')
    : confirm && confirm !== password ? t('differ') : null;

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
        <div className="signin-top">
          <div className="brand brand-large"><span className="brand-mark" aria-hidden="true" />{t('common:brand')}</div>
          <LanguageSwitch signedIn={false} />
        </div>
        <h1 id="setup-title">{t('title')}</h1>
        <p className="muted"><Trans t={t} i18nKey="intro" components={{ strong: <strong /> }} /></p>
        <label>
          {t('username')}
          <input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value.toLowerCase())} required autoFocus />
        </label>
        <label>
          {t('password')}
          <input name="password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} required minLength={12} />
        </label>
        <label>
          {t('confirm')}
          <input name="confirm" type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} required />
        </label>
        {problem && <p className="hint text-bad" role="status">{problem}</p>}
        <ErrorAlert error={error} title={t('failed')} />
        <button type="submit" className="btn btn-primary" disabled={busy || !!problem || !username || !password || confirm !== password}>
          {busy ? t('creating') : t('submit')}
        </button>
        <p className="hint">{t('onlyFirst')}</p>
      </form>
    </main>
  );
}
