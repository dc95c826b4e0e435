import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { AssemblyArea, Airport, LiftOffer } from '../../shared/schemas/domain.ts';
import { importAirports, importAreas, importOffers, type ImportError } from '../seed/import-rows.ts';
import { countryExists } from '../repositories/countries.repository.ts';
import { getArea, insertArea, updateArea } from '../repositories/areas.repository.ts';
import { existingAirportIds, getAirport, insertAirport, updateAirport } from '../repositories/airports.repository.ts';
import { getOffer, insertOffer, replaceOffer } from '../repositories/offers.repository.ts';
import { getPartner } from '../repositories/partners.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { newId } from '../lib/ids.ts';
import { LIMITS, formatLimit } from '../../shared/limits.ts';
import type { Db } from '../repositories/db-type.ts';

export type ImportKind = 'areas' | 'airports' | 'offers';
export interface ImportOutcome { errors: ImportError[]; created: number; updated: number }

class Rejected extends Error {
  constructor(readonly errors: ImportError[]) { super('import rejected'); }
}

/** Rows whose id exists are updated, the others created; one bad row and nothing is written. */
export async function importFile(db: Kysely<Database>, kind: ImportKind, csv: string, username = 'import'): Promise<ImportOutcome> {
  const parsed = kind === 'areas' ? importAreas(csv) : kind === 'airports' ? importAirports(csv) : importOffers(csv);
  if (parsed.errors.length) return { errors: parsed.errors, created: 0, updated: 0 };
  if (parsed.rows.length > LIMITS.importRows) {
    return { errors: [{ row: LIMITS.importRows + 2, column: null, message: `the file has ${formatLimit(parsed.rows.length)} rows; the limit is ${formatLimit(LIMITS.importRows)} per import (split it)` }], created: 0, updated: 0 };
  }
  try {
    return await db.transaction().execute(async (trx) => {
      const errors: ImportError[] = [];
      let created = 0;
      let updated = 0;
      for (const [i, raw] of parsed.rows.entries()) {
        const row = i + 2;
        const id = raw.id ?? newId();
        const rowErrors = await checkReferences(trx, kind, raw as Record<string, unknown>, row);
        if (rowErrors.length) { errors.push(...rowErrors); continue; }
        const existed = await upsert(trx, kind, { ...raw, id } as never);
        if (existed) updated++; else created++;
        await recordAudit(trx, { username, action: existed ? 'update' : 'create', entityType: kind.slice(0, -1), entityId: id, after: { ...raw, id } });
      }
      if (errors.length) throw new Rejected(errors);
      return { errors, created, updated };
    });
  } catch (err) {
    if (err instanceof Rejected) return { errors: err.errors, created: 0, updated: 0 };
    const e = err as { code?: string; detail?: string; message?: string };
    if (typeof e.code === 'string') return { errors: [{ row: 0, column: null, message: `the database refused the import: ${e.detail ?? e.message}` }], created: 0, updated: 0 };
    throw err;
  }
}

async function checkReferences(db: Db, kind: ImportKind, r: Record<string, unknown>, row: number): Promise<ImportError[]> {
  const errors: ImportError[] = [];
  if (kind !== 'offers') {
    if (!(await countryExists(db, String(r.country)))) errors.push({ row, column: 'country', message: `unknown country ${String(r.country)}` });
    // The same rule as the routes (and a database constraint): a row names its zone, not another country's.
    if (!String(r.zone).startsWith(`${String(r.country)}-`)) errors.push({ row, column: 'zone', message: `must start with the country code (${String(r.country)}-…)` });
    return errors;
  }
  if (!(await getPartner(db, String(r.partnerId)))) errors.push({ row, column: 'partnerId', message: `unknown partner ${String(r.partnerId)}` });
  const ids = [...(r.originAirportIds as string[]), String(r.destinationAirportId)];
  const known = await existingAirportIds(db, ids);
  for (const id of r.originAirportIds as string[]) if (!known.has(id)) errors.push({ row, column: 'originAirportIds', message: `unknown airport ${id}` });
  if (!known.has(String(r.destinationAirportId))) errors.push({ row, column: 'destinationAirportId', message: `unknown airport ${String(r.destinationAirportId)}` });
  return errors;
}

async function upsert(db: Db, kind: ImportKind, value: AssemblyArea | Airport | LiftOffer): Promise<boolean> {
  if (kind === 'areas') {
    const a = value as AssemblyArea;
    if (await getArea(db, a.id)) { await updateArea(db, a.id, a); return true; }
    await insertArea(db, a);
    return false;
  }
  if (kind === 'airports') {
    const a = value as Airport;
    if (await getAirport(db, a.id)) { await updateAirport(db, a.id, a); return true; }
    await insertAirport(db, a);
    return false;
  }
  const o = value as LiftOffer;
  const before = await getOffer(db, o.id);
  if (before) { await replaceOffer(db, { ...o, version: before.version + 1 }); return true; }
  await insertOffer(db, o);
  return false;
}
