import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { AssemblyArea, Airport, LiftOffer } from '../../shared/schemas/domain.ts';
import { importAirports, importAreas, importOffers, type ImportError, type ImportInput } from '../seed/import-rows.ts';
import { countryExists } from '../repositories/countries.repository.ts';
import { getArea, insertArea, updateArea } from '../repositories/areas.repository.ts';
import { existingAirportIds, getAirport, insertAirport, updateAirport } from '../repositories/airports.repository.ts';
import { getOffer, insertOffer, replaceOffer } from '../repositories/offers.repository.ts';
import { getPartner } from '../repositories/partners.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { lockImports } from '../repositories/imports.repository.ts';
import { offerFacts } from './offer-facts.service.ts';
import { newId } from '../lib/ids.ts';
import { LIMITS, formatLimit } from '../../shared/limits.ts';
import type { Db } from '../repositories/db-type.ts';

export type ImportKind = 'areas' | 'airports' | 'offers';
export interface ImportOutcome { errors: ImportError[]; created: number; updated: number }
export interface ImportReport extends ImportOutcome { kind: ImportKind; rows: number; committed: boolean }

class Rejected extends Error {
  constructor(readonly errors: ImportError[]) { super('import rejected'); }
}
/** Thrown to roll a dry run back after it has done everything a commit would. */
class DryRun extends Error {
  constructor(readonly report: ImportOutcome) { super('dry run'); }
}

/** Rows whose id exists are updated, the others created; one bad row and nothing is written. */
export async function importFile(db: Kysely<Database>, kind: ImportKind, csv: string, username = 'import'): Promise<ImportOutcome> {
  const { errors, created, updated } = await runImport(db, { kind, csv, username, commit: true });
  return { errors, created, updated };
}

/**
 * The whole import in one transaction: parse and check every row (line and column of each problem), check
 * references against the database, upsert, audit each row and the import itself. `commit: false` is the
 * preview: the same work, rolled back, so it reports exactly what a commit would do or refuse. Imports
 * queue on a transaction-scoped lock, so two at once cannot interleave (the second sees the first's rows).
 */
export async function runImport(db: Kysely<Database>, o: { kind: ImportKind; csv: ImportInput; username: string; commit: boolean; fileName?: string }): Promise<ImportReport> {
  const { kind, username } = o;
  const parsed = kind === 'areas' ? importAreas(o.csv) : kind === 'airports' ? importAirports(o.csv) : importOffers(o.csv);
  const report = (r: ImportOutcome, committed: boolean): ImportReport => ({ kind, rows: parsed.rows.length, committed, ...r });
  if (parsed.errors.length) return report({ errors: parsed.errors, created: 0, updated: 0 }, false);
  if (parsed.rows.length > LIMITS.importRows) {
    return report({ errors: [{ row: LIMITS.importRows + 2, column: null, code: 'too_many_rows', params: { rows: parsed.rows.length, max: LIMITS.importRows }, message: `the file has ${formatLimit(parsed.rows.length)} rows; the limit is ${formatLimit(LIMITS.importRows)} per import (split it)` }], created: 0, updated: 0 }, false);
  }
  let at = { row: 0, line: 0 };
  try {
    const done = await db.transaction().execute(async (trx) => {
      await lockImports(trx);
      const errors: ImportError[] = [];
      let created = 0;
      let updated = 0;
      for (const [i, raw] of parsed.rows.entries()) {
        at = { row: i + 2, line: parsed.lines?.[i] ?? i + 2 };
        const id = raw.id ?? newId();
        const rowErrors = await checkReferences(trx, kind, raw as Record<string, unknown>, at.row);
        if (rowErrors.length) { errors.push(...rowErrors.map((e) => ({ ...e, line: at.line }))); continue; }
        const existed = await upsert(trx, kind, { ...raw, id } as never);
        if (existed) updated++; else created++;
        await recordAudit(trx, { username, action: existed ? 'update' : 'create', entityType: kind.slice(0, -1), entityId: id, after: { ...raw, id } });
      }
      if (errors.length) throw new Rejected(errors);
      await recordAudit(trx, { username, action: 'import', entityType: 'import', entityId: kind, after: { kind, rows: parsed.rows.length, created, updated, ...(o.fileName ? { fileName: o.fileName } : {}) } });
      if (!o.commit) throw new DryRun({ errors, created, updated });
      return { errors, created, updated };
    });
    return report(done, true);
  } catch (err) {
    if (err instanceof DryRun) return report(err.report, false);
    if (err instanceof Rejected) return report({ errors: err.errors, created: 0, updated: 0 }, false);
    const e = err as { code?: string; detail?: string; message?: string; constraint?: string };
    if (typeof e.code === 'string') {
      // The database refused a row the checks let through (a constraint or trigger): name that row.
      const why = e.detail ?? e.message ?? 'refused';
      return report({ errors: [{ row: at.row, line: at.line, column: e.constraint ?? null, code: 'db_refused', params: { constraint: e.constraint ?? '' }, message: `the database refused this row: ${why}` }], created: 0, updated: 0 }, false);
    }
    throw err;
  }
}

async function checkReferences(db: Db, kind: ImportKind, r: Record<string, unknown>, row: number): Promise<ImportError[]> {
  const errors: ImportError[] = [];
  if (kind !== 'offers') {
    if (!(await countryExists(db, String(r.country)))) errors.push({ row, column: 'country', code: 'country_unknown', params: { country: String(r.country) }, message: `unknown country ${String(r.country)}` });
    // The same rule as the routes (and a database constraint): a row names its zone, not another country's.
    if (!String(r.zone).startsWith(`${String(r.country)}-`)) errors.push({ row, column: 'zone', code: 'zone_country', params: { zone: String(r.zone), country: String(r.country) }, message: `must start with the country code (${String(r.country)}-…)` });
    return errors;
  }
  if (!(await getPartner(db, String(r.partnerId)))) errors.push({ row, column: 'partnerId', code: 'partner_unknown', params: { partner: String(r.partnerId) }, message: `unknown partner ${String(r.partnerId)}` });
  const ids = [...(r.originAirportIds as string[]), String(r.destinationAirportId)];
  const known = await existingAirportIds(db, ids);
  for (const id of r.originAirportIds as string[]) if (!known.has(id)) errors.push({ row, column: 'originAirportIds', code: 'airport_unknown', params: { airport: id }, message: `unknown airport ${id}` });
  if (!known.has(String(r.destinationAirportId))) errors.push({ row, column: 'destinationAirportId', code: 'airport_unknown', params: { airport: String(r.destinationAirportId) }, message: `unknown airport ${String(r.destinationAirportId)}` });
  // The same rule as the API's, for every status: an imported offer's category is a fact, not a column to fill in.
  const o = r as unknown as LiftOffer;
  const facts = await offerFacts(db, o);
  // The offer form's own fact codes (offers:form.facts.*), so the import words them as the form does.
  if (facts && !facts.ok) errors.push({ row, column: facts.field, code: 'offer_fact', params: { fact: facts.words.code, ...facts.words.params }, message: facts.reason });
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
