import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../../shared/schemas/session.ts';
import { signIn } from '../../../lib/session.ts';
import { ErrorAlert } from '../../../components/feedback.tsx';
import { LanguageSwitch } from '../../../i18n/language-switch.tsx';

export interface DemoAccount { username: string; role: string; password: string }

/** `demoAccounts` comes from the server: only seeded accounts that still have their published password. */
export function SignInPage({ onSignedIn, demoAccounts = [] }: { onSignedIn: (s: SessionInfo) => void; demoAccounts?: DemoAccount[] }) {
  const { t } = useTranslation('auth');
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
        <div className="signin-top">
          <div className="brand brand-large"><span className="brand-mark" aria-hidden="true" />{t('common:brand')}</div>
          <LanguageSwitch signedIn={false} />
        </div>
        <h1 id="signin-title">{t('title')}</h1>
        <p className="muted">{t('intro')}</p>
        <label>
          {t('username')}
          <input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required autoFocus />
        </label>
        <label>
          {t('password')}
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        <ErrorAlert error={error} title={t('failed')} />
        <button type="submit" className="btn btn-primary" disabled={busy}>{busy ? t('signingIn') : t('submit')}</button>
        {demoAccounts.length > 0 ? (
          <p className="hint" data-testid="demo-accounts">{t('demoAccounts')} {demoAccounts.map((a, i) => (
            <span key={a.username}>{i > 0 && ', '}<code>{a.username}</code> / <code>{a.password}</code> ({t(`what.${a.role}`, { defaultValue: a.role })})</span>
          ))}.</p>
        ) : <p className="hint">{t('noAccount')}</p>}
      </form>
    </main>
  );
}
