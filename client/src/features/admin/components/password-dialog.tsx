import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../../shared/schemas/accounts.ts';
import { Dialog, ErrorAlert } from '../../../components/feedback.tsx';
import { resetPassword } from '../api/accounts.ts';

export function PasswordDialog({ account, onClose, onDone }: { account: Account | null; onClose: () => void; onDone: (a: Account) => void }) {
  const { t } = useTranslation('admin', { keyPrefix: 'password' });
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!account) return;
    setBusy(true);
    setError(null);
    try {
      onDone(await resetPassword(account.username, password));
      setPassword('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Dialog open={account !== null} title={t('title', { user: account?.username ?? '' })} onClose={() => { setPassword(''); setError(null); onClose(); }}>
      <form onSubmit={submit} className="stack">
        <p className="hint">{t('hint')}</p>
        <label>{t('label')}<input type="password" name="reset-password" value={password} onChange={(e) => setPassword(e.target.value)} required minLength={12} autoComplete="new-password" autoFocus /></label>
        <ErrorAlert error={error} title={t('failed')} />
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>{t('cancel')}</button>
          <button type="submit" className="btn btn-primary" disabled={busy || password.length < 12}>{busy ? t('saving') : t('set')}</button>
        </div>
      </form>
    </Dialog>
  );
}
