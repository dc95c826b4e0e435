import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../../shared/schemas/accounts.ts';
import type { Partner } from '../../../../../shared/schemas/domain.ts';
import type { Role } from '../../../../../shared/schemas/session.ts';
import { ErrorAlert } from '../../../components/feedback.tsx';
import { createAccount } from '../api/accounts.ts';

export function NewAccountForm({ partners, onCreated }: { partners: Partner[]; onCreated: (a: Account) => void }) {
  const { t } = useTranslation('admin', { keyPrefix: 'new' });
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('reader');
  const [partnerId, setPartnerId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const a = await createAccount({ username, password, role, ...(role === 'liaison' ? { partnerId: partnerId || partners[0]?.id || '' } : {}) });
      setUsername('');
      setPassword('');
      onCreated(a);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="new-account" onSubmit={submit} aria-label={t('title')}>
      <h2>{t('title')}</h2>
      <div className="form-row">
        <label>{t('username')}<input name="new-username" value={username} onChange={(e) => setUsername(e.target.value.toLowerCase())} required pattern="[a-z0-9][a-z0-9._\-]{1,62}" title={t('usernameRule')} autoComplete="off" /></label>
        <label>{t('password')}<input name="new-password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} required minLength={12} autoComplete="new-password" /></label>
        <label>{t('role')}
          <select name="new-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <option value="reader">{t('roleReader')}</option>
            <option value="liaison">{t('roleLiaison')}</option>
            <option value="planner">{t('rolePlanner')}</option>
          </select>
        </label>
        {role === 'liaison' && (
          <label>{t('partner')}
            <select name="new-partner" value={partnerId || partners[0]?.id || ''} onChange={(e) => setPartnerId(e.target.value)} required>
              {partners.length === 0 && <option value="">{t('noPartner')}</option>}
              {partners.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </label>
        )}
        <button type="submit" className="btn btn-primary" disabled={busy || (role === 'liaison' && partners.length === 0)}>{busy ? t('creating') : t('create')}</button>
      </div>
      {role === 'liaison' && partners.length === 0 && <p className="hint">{t('partnersFirst')}</p>}
      <ErrorAlert error={error} title={t('failed')} onDismiss={() => setError(null)} />
    </form>
  );
}
