import { useState } from 'react';
import type { Account } from '../../../../../shared/schemas/accounts.ts';
import type { Role } from '../../../../../shared/schemas/session.ts';
import { useSession } from '../../../lib/session.ts';
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
  const { user } = useSession();
  const accounts = useAccounts();
  const partners = usePartnerList();
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [resetting, setResetting] = useState<Account | null>(null);
  const partnerName = (id: string | null) => partners.data?.find((p) => p.id === id)?.name ?? id ?? '';

  const run = async (what: string, p: Promise<unknown>) => {
    setError(null);
    setNotice(null);
    try { await p; setNotice(what); } catch (e) { setError(e); }
  };
  const setRole = (a: Account, role: Role) => {
    if (role === 'liaison') {
      const first = partners.data?.[0];
      if (!first) { setError(new Error('Add a partner first: a liaison account speaks for one partner.')); return; }
      void run(`${a.username} is now a liaison of ${first.name}; pick another partner in the row if needed.`, changeAccount(a.username, { role, partnerId: first.id }));
    } else void run(`${a.username} is now a ${role}.`, changeAccount(a.username, { role }));
  };

  return (
    <main className="admin-page">
      <header className="admin-head">
        <div>
          <h1>Accounts</h1>
          <p className="muted">Who may sign in, and as what. Disabling an account ends its sessions at once; a role change applies to its next request.</p>
        </div>
        <ExportLinks what="accounts" hrefs={exportUrls.accounts()} />
      </header>
      <NewAccountForm partners={partners.data ?? []} onCreated={(a) => setNotice(`Created ${a.role} ${a.username}. Give them the password through a separate channel.`)} />
      {notice && <div className="alert alert-ok" role="status"><span>{notice}</span><button type="button" className="btn-link" onClick={() => setNotice(null)}>Dismiss</button></div>}
      <ErrorAlert error={error ?? accounts.error} onDismiss={() => setError(null)} />
      {accounts.status === 'loading' && <Spinner label="Loading accounts…" />}
      {accounts.data && (
        <div className="table-wrap">
          <table className="table accounts-table">
            <thead><tr><th>Username</th><th>Role</th><th>Partner</th><th>Status</th><th>Password</th><th><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {accounts.data.map((a) => (
                <tr key={a.username} className={a.disabled ? 'is-disabled' : undefined}>
                  <td data-label="Username"><strong>{a.username}</strong>{a.username === user.username && <span className="hint"> (you)</span>}</td>
                  <td data-label="Role">
                    <select aria-label={`Role of ${a.username}`} value={a.role} onChange={(e) => setRole(a, e.target.value as Role)}>
                      {ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
                    </select>
                  </td>
                  <td data-label="Partner">
                    {a.role === 'liaison' ? (
                      <select aria-label={`Partner of ${a.username}`} value={a.partnerId ?? ''} onChange={(e) => void run(`${a.username} now speaks for ${partnerName(e.target.value)}.`, changeAccount(a.username, { partnerId: e.target.value }))}>
                        {(partners.data ?? []).map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
                      </select>
                    ) : <span className="muted">—</span>}
                  </td>
                  <td data-label="Status">{a.disabled ? <span className="chip chip-unsaved">disabled</span> : <span className="chip chip-approved">active</span>}</td>
                  <td data-label="Password" className="hint">{a.passwordChangedAt ? `changed ${new Date(a.passwordChangedAt).toISOString().slice(0, 10)}` : 'as created'}</td>
                  <td className="row-actions">
                    <button type="button" className="btn" onClick={() => setResetting(a)}>Reset password</button>
                    <button type="button" className="btn" onClick={() => void run(`${a.username} ${a.disabled ? 'enabled' : 'disabled'}.`, changeAccount(a.username, { disabled: !a.disabled }))}>
                      {a.disabled ? 'Enable' : 'Disable'}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PasswordDialog account={resetting} onClose={() => setResetting(null)} onDone={(a) => { setResetting(null); setNotice(`New password set for ${a.username}; their other sessions were signed out.`); }} />
    </main>
  );
}
