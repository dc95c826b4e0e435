import { docRoute } from '../docs/route-doc.ts';
import { CHECKIN_EXAMPLE } from './docs.ts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorBody, ErrorCode, IdParams } from '../../shared/schemas/common.ts';
import { Checkin, CheckinCreate, CheckinCsv } from '../../shared/schemas/operation.ts';
import { checkCheckin, checkinsFromCsv, type CheckinRules } from '../../shared/operation/checkin-rows.ts';
import { currentUser, plannerOnly, plannerOrReader } from '../auth/auth.ts';
import { type StoredOperation } from '../repositories/operations.repository.ts';
import { insertCheckins, listCheckins } from '../repositories/operation-ground.repository.ts';
import { getScenario } from '../repositories/scenarios.repository.ts';
import { listAreas } from '../repositories/areas.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import type { Db } from '../repositories/db-type.ts';
import { badRequest, HttpError } from '../lib/errors.ts';
import { inTransaction } from '../lib/tx.ts';
import { parseCsvRecords, CsvError } from '../seed/csv.ts';
import type { RouteDeps } from '../routes/index.ts';
import { operationOr404 } from './operation-or-404.ts';
import { operationNow } from './clock.ts';
import { announce } from './operation-events.ts';

const tags = ['operations'];
const HOUR = 3_600_000;

async function rulesOf(db: Db, op: StoredOperation): Promise<CheckinRules> {
  const scenario = await getScenario(db, op.scenarioId);
  const areaIds = new Set((await listAreas(db, { country: scenario?.countries ?? [] })).map((a) => a.id));
  return { areaIds, notBeforeMs: scenario ? Date.parse(scenario.startsAt) : -Infinity, notAfterMs: operationNow(op) + HOUR };
}


/** People on the ground: cumulative check-ins per assembly area (walk-ins above the registry included). */
export const groundRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const { bus } = deps;

  app.get('/operations/:id/checkins', {
    onRequest: plannerOrReader,
    config: docRoute({ summary: 'List check-ins', description: 'The check-ins of an operation, oldest first (one area\'s with `assemblyAreaId`).', response: [CHECKIN_EXAMPLE], errors: { 404: 'No operation has this id' } }),
    schema: { tags, summary: 'Check-ins of an operation, oldest first', params: IdParams, querystring: Type.Object({ assemblyAreaId: Type.Optional(Type.String({ maxLength: 64 })) }, { additionalProperties: false }), response: { 200: Type.Array(Checkin), 404: ErrorBody } },
  }, async (req) => {
    await operationOr404(db, req.params.id);
    return listCheckins(db, req.params.id, req.query.assemblyAreaId);
  });

  app.post('/operations/:id/checkins', {
    onRequest: plannerOnly,
    config: docRoute({ summary: 'Record a check-in', description: 'Cumulative counts per priority at an assembly area: everyone who has reported so far, walk-ins above the registry included. `at` must lie between the scenario start and operation time (+1 h).', request: { assemblyAreaId: 'kr-seoul-yongsan', at: '2027-04-02T06:00:00Z', priority1: 40, priority2: 210, priority3: 900 }, response: CHECKIN_EXAMPLE, errors: { 404: 'No operation has this id' } }),
    schema: {
      tags, summary: 'Record the people checked in at an assembly area', description: 'Counts are cumulative per priority: everyone who has reported so far, walk-ins above the registry included.',
      params: IdParams, body: CheckinCreate, response: { 201: Checkin, 400: ErrorBody, 404: ErrorBody },
    },
  }, async (req, reply) => {
    const user = currentUser(req);
    const op = await operationOr404(db, req.params.id);
    const problems = checkCheckin(req.body, await rulesOf(db, op));
    if (problems.length > 0) throw badRequest(problems[0]!.field, problems[0]!.reason, problems.slice(1));
    const row = { ...req.body, at: new Date(Date.parse(req.body.at)).toISOString() };
    const [id] = await inTransaction(db, async (trx) => {
      const ids = await insertCheckins(trx, op.id, [row], 'manual', user.username);
      await recordAudit(trx, { username: user.username, action: 'create', entityType: 'operation_checkin', entityId: `${op.id}/${ids[0]}`, after: row });
      return ids;
    });
    await announce(bus, op.id, 'checkin');
    return reply.status(201).send({ id: id!, ...row, source: 'manual' as const, enteredBy: user.username });
  });

  app.post('/operations/:id/checkins/import', {
    onRequest: plannerOnly, bodyLimit: 4_200_000,
    config: docRoute({ summary: 'Import check-ins from CSV', description: 'Columns `assemblyAreaId,at,priority1,priority2,priority3` (or their Japanese words `集合地点ID,日時,優先度1,優先度2,優先度3`, any order), parsed with csv-parse. All or nothing: any bad row is a 422 listing every row\'s problems as `{ code, field, params, row }` (and `reason`, the same in English), and nothing is stored.', request: { csv: 'assemblyAreaId,at,priority1,priority2,priority3\nkr-seoul-yongsan,2027-04-02T06:00:00Z,40,210,900\n' }, response: { imported: 1 }, errors: { 404: 'No operation has this id', 422: 'A row is wrong (details.errors lists every one); nothing was imported' } }),
    schema: {
      tags, summary: 'Import check-ins from CSV, all or nothing',
      description: 'Columns `assemblyAreaId,at,priority1,priority2,priority3`. Any bad row: 422 listing every row\'s problems, nothing stored.',
      params: IdParams, body: CheckinCsv, response: { 201: Type.Object({ imported: Type.Integer() }), 400: ErrorBody, 404: ErrorBody, 422: ErrorBody },
    },
  }, async (req, reply) => {
    const user = currentUser(req);
    const op = await operationOr404(db, req.params.id);
    let records;
    try {
      records = parseCsvRecords(req.body.csv);
    } catch (e) {
      if (e instanceof CsvError) throw new HttpError(422, ErrorCode.unprocessable, `Nothing imported: ${e.message}`, { errors: [{ row: e.line, field: 'csv', code: 'csv_syntax', params: { reason: e.code }, reason: e.message }] });
      throw e;
    }
    if (records.length > 20_001) throw badRequest('csv', 'more than 20,000 rows; split the file');
    const { rows, errors } = checkinsFromCsv(records, await rulesOf(db, op));
    if (errors.length > 0) throw new HttpError(422, ErrorCode.unprocessable, `Nothing imported: ${errors.length} problem${errors.length === 1 ? '' : 's'} in the file (see details)`, { errors: errors.slice(0, 500) });
    await inTransaction(db, async (trx) => {
      await insertCheckins(trx, op.id, rows, 'csv', user.username);
      await recordAudit(trx, { username: user.username, action: 'import', entityType: 'operation_checkin', entityId: op.id, after: { rows: rows.length } });
    });
    await announce(bus, op.id, 'checkin');
    return reply.status(201).send({ imported: rows.length });
  });
};
