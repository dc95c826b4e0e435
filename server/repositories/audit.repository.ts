import { jsonb } from '../lib/json.ts';
import type { Db } from './db-type.ts';
import { keysetPage, type PageRequest } from './keyset.ts';
import type { ListSpec } from '../lib/pagination.ts';

export interface AuditInput {
  username: string | null;
  action: 'create' | 'update' | 'delete' | 'decide' | 'approve' | 'optimize' | 'import' | 'seed' | 'sign_in' | 'sign_out' | 'reset_password';
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Written in the same transaction as the change it records, so neither exists without the other. */
export async function recordAudit(db: Db, e: AuditInput): Promise<void> {
  await db.insertInto('audit_events').values({
    username: e.username,
    action: e.action,
    entity_type: e.entityType,
    entity_id: e.entityId,
    before: e.before === undefined ? null : jsonb(e.before),
    after: e.after === undefined ? null : jsonb(e.after),
  }).execute();
}

export interface AuditFilter { entityType?: string; entityId?: string; username?: string; since?: string; before?: number }

/** Newest first: `id` is a sequence, so it is also the order of the writes. */
export const AUDIT_LIST: ListSpec = { name: 'audit', keys: [{ column: 'id', dir: 'desc', type: 'bigint' }] };

export async function pageAudit(db: Db, f: AuditFilter, page: PageRequest) {
  let q = db.selectFrom('audit_events').selectAll();
  if (f.entityType) q = q.where('entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.username) q = q.where('username', '=', f.username);
  if (f.since) q = q.where('at', '>=', new Date(f.since));
  if (f.before !== undefined) q = q.where('id', '<', f.before);
  return keysetPage(q, AUDIT_LIST.keys, page, (r) => ({
    id: Number(r.id), at: new Date(r.at).toISOString(), username: r.username, action: r.action,
    entityType: r.entity_type, entityId: r.entity_id, before: r.before, after: r.after,
  }));
}
