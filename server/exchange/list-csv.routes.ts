import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { preHandlerHookHandler, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { ErrorBody } from '../../shared/schemas/common.ts';
import type { SessionUser } from '../../shared/schemas/session.ts';
import { IMPORT_COLUMNS } from '../seed/import-rows.ts';
import { anyRole, currentUser, plannerOnly, plannerOrReader, requireRole } from '../auth/auth.ts';
import { listAreas } from '../repositories/areas.repository.ts';
import { listAirports } from '../repositories/airports.repository.ts';
import { listOffers } from '../repositories/offers.repository.ts';
import { listPartners } from '../repositories/partners.repository.ts';
import { listScenarios } from '../repositories/scenarios.repository.ts';
import { listAccounts } from '../repositories/accounts.repository.ts';
import { listJudged } from '../services/plan-judge.service.ts';
import { docRoute, type RouteDoc } from '../docs/route-doc.ts';
import type { Db } from '../repositories/db-type.ts';
import type { RouteDeps } from '../routes/index.ts';
import { toCsv } from './csv.ts';
import { CsvLangQuery, csvLanguage } from './csv-lang.ts';
import { headerRow } from '../../shared/exchange/csv-header-words.ts';
import type { CsvKind } from '../../shared/exchange/csv-headers.ts';
import { sendFile } from './send-file.ts';

type Row = Record<string, unknown>;
interface ListCsv {
  path: string; kind: CsvKind; tag: string; file: string; what: string; onRequest: preHandlerHookHandler; roles?: RouteDoc['roles'];
  columns: readonly string[]; rows: (db: Db, user: SessionUser) => Promise<Row[]>;
}

const scenarioRow = (s: Awaited<ReturnType<typeof listScenarios>>[number]): Row => ({
  id: s.id, name: s.name, countries: s.countries, startsAt: s.startsAt, horizonHours: s.horizonHours,
  accessRules: s.accessRules.length, hazardZones: s.hazardZones.length, policy: s.policy?.preset ?? null, version: s.version,
});

/**
 * Every list a screen shows, as CSV, for the roles that may read that list (and as they see it: a liaison
 * their own partner's offers and partner). Areas, airports and offers have the import's columns, so an
 * exported file imports again.
 */
const LISTS: ListCsv[] = [
  { path: '/assembly-areas/export.csv', kind: 'areas', tag: 'assembly areas', file: 'assembly-areas', what: 'assembly areas', onRequest: plannerOrReader,
    columns: IMPORT_COLUMNS.areas, rows: (db) => listAreas(db) },
  { path: '/airports/export.csv', kind: 'airports', tag: 'airports', file: 'airports', what: 'airports (their own status)', onRequest: anyRole,
    columns: IMPORT_COLUMNS.airports, rows: (db) => listAirports(db) },
  { path: '/lift-offers/export.csv', kind: 'offers', tag: 'lift offers', file: 'lift-offers', what: 'lift offers', onRequest: requireRole('planner', 'liaison'),
    roles: ['planner', 'liaison (own partner\'s offers only)'], columns: [...IMPORT_COLUMNS.offers, 'flags'],
    rows: (db, user) => listOffers(db, user.role === 'liaison' ? { partnerId: user.partnerId ?? '' } : {}) },
  { path: '/partners/export.csv', kind: 'partners', tag: 'partners', file: 'partners', what: 'partners', onRequest: anyRole,
    roles: ['planner', 'reader', 'liaison (own partner only)'], columns: ['id', 'name', 'nation', 'categories', 'version'],
    rows: (db, user) => listPartners(db, user.role === 'liaison' ? { id: user.partnerId ?? '' } : {}) },
  { path: '/scenarios/export.csv', kind: 'scenarios', tag: 'scenarios', file: 'scenarios', what: 'scenarios (with the number of access rules and hazard zones)', onRequest: plannerOrReader,
    columns: ['id', 'name', 'countries', 'startsAt', 'horizonHours', 'accessRules', 'hazardZones', 'policy', 'version'],
    rows: async (db) => (await listScenarios(db)).map(scenarioRow) },
  { path: '/plans/export.csv', kind: 'plans', tag: 'plans', file: 'plans', what: 'plans, judged on today\'s data', onRequest: plannerOrReader,
    columns: ['id', 'scenarioId', 'name', 'status', 'version', 'createdAt', 'updatedAt', 'approvedAt', 'approvedBy', 'peopleOut', 'peopleLeft', 'violationCount', 'inputsChanged', 'breaks'],
    rows: (db) => listJudged(db, {}) },
  { path: '/users/export.csv', kind: 'accounts', tag: 'accounts', file: 'accounts', what: 'accounts (never a password or its hash)', onRequest: plannerOnly,
    columns: ['username', 'role', 'partnerId', 'disabled', 'createdAt', 'updatedAt', 'passwordChangedAt'], rows: (db) => listAccounts(db) },
];

export const listCsvRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  for (const list of LISTS) {
    app.get(list.path, { onRequest: list.onRequest, config: { ...docRoute({
        summary: `Export ${list.what.split(' (')[0]} as CSV`,
        description: `The ${list.what} as CSV (RFC 4180, UTF-8, CRLF, a header row; lists joined with \`;\`; \`?lang=ja\` words the header row in Japanese (left out: your language preference, else English), the values stay data; text starting with = + - @ gets an apostrophe so no spreadsheet runs it).${list.columns === IMPORT_COLUMNS.areas || list.columns === IMPORT_COLUMNS.airports || list.path.startsWith('/lift-offers') ? ' The columns are the import\'s: the file imports again, in either language (`POST /api/imports`).' : ''}`,
        ...(list.roles ? { roles: list.roles } : {}),
        responseType: 'text/csv', response: `${list.columns.join(',')}\r\n`,
      }) }, schema: { tags: [list.tag, 'exports'], querystring: CsvLangQuery, response: { 200: Type.String({ description: 'text/csv' }), 400: ErrorBody } } },
      async (req: FastifyRequest<{ Querystring: CsvLangQuery }>, reply) => {
        const user = currentUser(req);
        const header = headerRow(list.kind, list.columns, await csvLanguage(db, user, req.query.lang));
        return sendFile(reply, 'csv', list.file, toCsv(list.columns, await list.rows(db, user), header));
      });
  }
};
