import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Role } from '../../shared/schemas/session.ts';
import type { DemoData } from './demo-data.ts';
import { insertArea } from '../repositories/areas.repository.ts';
import { insertAirport } from '../repositories/airports.repository.ts';
import { insertPartner } from '../repositories/partners.repository.ts';
import { insertOffer } from '../repositories/offers.repository.ts';
import { insertScenario } from '../repositories/scenarios.repository.ts';
import { upsertCountry } from '../repositories/countries.repository.ts';
import { insertUser } from '../repositories/users.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { hashPassword } from '../auth/passwords.ts';

export interface DemoAccount { username: string; password: string; role: Role; partnerId: string | null }

/** The demo accounts the sign-in page names while they exist with these passwords (one per role). */
export const ADVERTISED_DEMO_ACCOUNTS: { username: string; role: Role; password: string }[] = [
  { username: 'planner', role: 'planner', password: 'planner-demo' },
  { username: 'reader', role: 'reader', password: 'reader-demo' },
  { username: 'liaison-usaf', role: 'liaison', password: 'liaison-demo' },
];

/** Demo accounts: one per role, and one liaison per partner (`liaison-<partner id>`). */
export function demoAccounts(data: Pick<DemoData, 'partners'>): DemoAccount[] {
  return [
    { username: 'planner', password: 'planner-demo', role: 'planner', partnerId: null },
    { username: 'reader', password: 'reader-demo', role: 'reader', partnerId: null },
    ...data.partners.map((p) => ({
      username: `liaison-${p.id.replace(/^[a-z]{2}-/, '')}`.toLowerCase().replace(/[^a-z0-9._-]/g, '-').slice(0, 63),
      password: 'liaison-demo', role: 'liaison' as const, partnerId: p.id,
    })),
  ];
}

export type SeedOutcome = { seeded: true; accounts: DemoAccount[] } | { seeded: false; reason: string };

/**
 * Loads the demo data into an empty database, all in one transaction. A database that already has
 * airports or was seeded before is left alone, so the data is never loaded twice.
 */
export async function seedDemoData(db: Kysely<Database>, data: DemoData, opts: { withUsers?: boolean } = {}): Promise<SeedOutcome> {
  const accounts = opts.withUsers === false ? [] : demoAccounts(data);
  const hashes = await Promise.all(accounts.map((a) => hashPassword(a.password)));
  return db.transaction().execute(async (trx) => {
    const seededBefore = await trx.selectFrom('audit_events').select('id').where('action', '=', 'seed').limit(1).executeTakeFirst();
    if (seededBefore) return { seeded: false, reason: 'the demo data was loaded before' };
    const anyAirport = await trx.selectFrom('airports').select('id').limit(1).executeTakeFirst();
    if (anyAirport) return { seeded: false, reason: 'the database already holds data' };
    for (const c of data.countries) await upsertCountry(trx, c);
    for (const a of data.airports) await insertAirport(trx, a);
    for (const a of data.areas) await insertArea(trx, a);
    for (const p of data.partners) await insertPartner(trx, p);
    for (const o of data.offers) await insertOffer(trx, o);
    for (const s of data.scenarios) await insertScenario(trx, s);
    for (const [i, a] of accounts.entries()) {
      const existing = await trx.selectFrom('users').select('username').where('username', '=', a.username).executeTakeFirst();
      if (!existing) await insertUser(trx, { username: a.username, passwordHash: hashes[i] ?? '', role: a.role, partnerId: a.partnerId });
    }
    await recordAudit(trx, {
      username: null, action: 'seed', entityType: 'database', entityId: 'demo',
      after: { airports: data.airports.length, areas: data.areas.length, partners: data.partners.length, offers: data.offers.length, scenarios: data.scenarios.length },
    });
    return { seeded: true, accounts };
  });
}
