import { useState, type FormEvent } from 'react';
import type { Account } from '../../../../../shared/schemas/accounts.ts';
import type { Partner } from '../../../../../shared/schemas/domain.ts';
import type { Role } from '../../../../../shared/schemas/session.ts';
import { ErrorAlert } from '../../../components/feedback.tsx';
import { createAccount } from '../api/accounts.ts';

export function NewAccountForm({ partners, onCreated }: { partners: Partner[]; onCreated: (a: Account) => void }) {
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
    <form className="new-account" onSubmit={submit} aria-label="New account">
      <h2>New account</h2>
      <div className="form-row">
        <label>Username<input name="new-username" value={username} onChange={(e) => setUsername(e.target.value.toLowerCase())} required pattern="[a-z0-9][a-z0-9._\-]{1,62}" title="2–63 of a-z 0-9 . _ -" autoComplete="off" /></label>
        <label>Password (12+)<input name="new-password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} required minLength={12} autoComplete="new-password" /></label>
        <label>Role
          <select name="new-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <option value="reader">reader — read and print plans</option>
            <option value="liaison">liaison — a partner's offers</option>
            <option value="planner">planner — everything</option>
          </select>
        </label>
        {role === 'liaison' && (
          <label>Partner
            <select name="new-partner" value={partnerId || partners[0]?.id || ''} onChange={(e) => setPartnerId(e.target.value)} required>
              {partners.length === 0 && <option value="">no partner yet</option>}
              {partners.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </label>
        )}
        <button type="submit" className="btn btn-primary" disabled={busy || (role === 'liaison' && partners.length === 0)}>{busy ? 'Creating…' : 'Create account'}</button>
      </div>
      {role === 'liaison' && partners.length === 0 && <p className="hint">A liaison speaks for one partner: add partners first (Lift offers → partners, or import offers).</p>}
      <ErrorAlert error={error} title="Not created" onDismiss={() => setError(null)} />
    </form>
  );
}
