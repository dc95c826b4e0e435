import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../../shared/schemas/accounts.ts';
import type { Role } from '../../../../../shared/schemas/session.ts';
import { useSession } from '../../../lib/session.ts';
import { useFormat } from '../../../i18n/format.ts';
import { ErrorAlert, Spinner } from '../../../components/feedback.tsx';
import { ExportLinks } from '../../../components/export-links.tsx';
import { exportUrls } from '../../../lib/export-urls.ts';
import { changeAccount, useAccounts, usePartnerList } from '../api/accounts.ts';
import { NewAccountForm } from './new-account-form.tsx';
import { PasswordDialog } from './password-dialog.tsx';
import './admin.css';

const ROLES: Role[] = ['planner', 'liaison', 'reader'];

/** Planners manage accounts here, in the running server: no second process on the database. */
export function AccountsPage() {
  const { t } = useTranslation('admin');
  const f = useFormat();
  const { user } = useSession();
  const accounts = useAccounts();
  const partners = usePartnerList();
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [resetting, setResetting] = useState<Account | null>(null);
  const partnerName = (id: string | null) => partners.data?.find((p) => p.id === id)?.name ?? id ?? '';
  const roleName = (r: Role) => t(`common:role.${r}`);

  const run = async (what: string, p: Promise<unknown>) => {
    setError(null);
    setNotice(null);
    try { await p; setNotice(what); } catch (e) { setError(e); }
  };
  const setRole = (a: Account, role: Role) => {
    if (role === 'liaison') {
      const first = partners.data?.[0];
      if (!first) { setError(new Error(t('notice.partnerFirst'))); return; }
      void run(t('notice.nowLiaison', { user: a.username, partner: first.name }), changeAccount(a.username, { role, partnerId: first.id }));
    } else void run(t('notice.nowRole', { user: a.username, role: roleName(role) }), changeAccount(a.username, { role }));
  };

  return (
    <main className="admin-page">
      <header className="admin-head">
        <div>
          <h1>{t('title')}</h1>
          <p className="muted">{t('intro')}</p>
        </div>
        <ExportLinks what="accounts" hrefs={exportUrls.accounts()} />
      </header>
      <NewAccountForm partners={partners.data ?? []} onCreated={(a) => setNotice(t('notice.created', { role: roleName(a.role), user: a.username }))} />
      {notice && <div className="alert alert-ok" role="status"><span>{notice}</span><button type="button" className="btn-link" onClick={() => setNotice(null)}>{t('common:dismiss')}</button></div>}
      <ErrorAlert error={error ?? accounts.error} onDismiss={() => setError(null)} />
      {accounts.status === 'loading' && <Spinner label={t('loading')} />}
      {accounts.data && (
        <div className="table-wrap">
          <table className="table accounts-table">
            <thead><tr><th>{t('col.username')}</th><th>{t('col.role')}</th><th>{t('col.partner')}</th><th>{t('col.status')}</th><th>{t('col.password')}</th><th><span className="visually-hidden">{t('col.actions')}</span></th></tr></thead>
            <tbody>
              {accounts.data.map((a) => (
                <tr key={a.username} className={a.disabled ? 'is-disabled' : undefined}>
                  <td data-label={t('col.username')}><strong>{a.username}</strong>{a.username === user.username && <span className="hint"> {t('you')}</span>}</td>
                  <td data-label={t('col.role')}>
                    <select aria-label={t('roleOf', { user: a.username })} value={a.role} onChange={(e) => setRole(a, e.target.value as Role)}>
                      {ROLES.map((r) => <option key={r} value={r}>{roleName(r)}</option>)}
                    </select>
                  </td>
                  <td data-label={t('col.partner')}>
                    {a.role === 'liaison' ? (
                      <select aria-label={t('partnerOf', { user: a.username })} value={a.partnerId ?? ''} onChange={(e) => void run(t('notice.nowPartner', { user: a.username, partner: partnerName(e.target.value) }), changeAccount(a.username, { partnerId: e.target.value }))}>
                        {(partners.data ?? []).map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
                      </select>
                    ) : <span className="muted">—</span>}
                  </td>
                  <td data-label={t('col.status')}>{a.disabled ? <span className="chip chip-unsaved">{t('status.disabled')}</span> : <span className="chip chip-approved">{t('status.active')}</span>}</td>
                  <td data-label={t('col.password')} className="hint">{a.passwordChangedAt ? t('passwordChanged', { date: f.date(a.passwordChangedAt) }) : t('passwordAsCreated')}</td>
                  <td className="row-actions">
                    <button type="button" className="btn" onClick={() => setResetting(a)}>{t('resetPassword')}</button>
                    <button type="button" className="btn" onClick={() => void run(t(a.disabled ? 'notice.enabled' : 'notice.disabled', { user: a.username }), changeAccount(a.username, { disabled: !a.disabled }))}>
                      {a.disabled ? t('enable') : t('disable')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PasswordDialog account={resetting} onClose={() => setResetting(null)} onDone={(a) => { setResetting(null); setNotice(t('notice.passwordSet', { user: a.username })); }} />
    </main>
  );
}
