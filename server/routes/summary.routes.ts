import { sendBody } from '../lib/body-cache.ts';
import { once } from '../lib/once.ts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorBody, IdParams } from '../../shared/schemas/common.ts';
import { PlanSummary, SummaryQuery } from '../../shared/schemas/summary.ts';
import { CsvLang, csvLanguage } from '../exchange/csv-lang.ts';
import type { SessionUser } from '../../shared/schemas/session.ts';
import { buildPlanCsv, type SummaryFailure } from '../../shared/summary/plan-summary.ts';
import { anyRole, currentUser } from '../auth/auth.ts';
import { badRequest, forbidden } from '../lib/errors.ts';
import type { Db } from '../repositories/db-type.ts';
import { readPlan } from '../services/plan-judge.service.ts';
import { countryNamesOf, planSummary, printed } from '../services/plan-summary.service.ts';
import { PlanReadHeaders } from '../../shared/schemas/api.ts';
import { cacheHeaders, notModified } from '../lib/not-modified.ts';
import type { RouteDeps } from './index.ts';
import { docRoute } from '../docs/route-doc.ts';
import { planSummaryExample, planCsvExample } from '../docs/examples-plan.ts';

/**
 * Which part of the plan the caller may print: planners and readers any variant; a liaison only their
 * own partner's tasking (and readPlan has already kept only an approved plan's own sorties).
 */
function allowedVariant(user: SessionUser, query: SummaryQuery): SummaryQuery {
  if (user.role !== 'liaison') return query;
  if (!user.partnerId) throw forbidden('This liaison account is not linked to a partner');
  if (query.partner !== undefined && query.partner !== user.partnerId) throw forbidden('A liaison prints only their own partner\'s tasking');
  return { ...query, partner: user.partnerId };
}

/** The plan judged on today's data: the paper shows today's violations, figures and explanations, and what changed since it was planned. */
async function load(db: Db, user: SessionUser, id: string) {
  const read = await readPlan(db, user, id);
  return { plan: printed(user, read), snapshot: read.now.snapshot, countryNames: await countryNamesOf(db) };
}

const failed = (f: SummaryFailure) => badRequest(`querystring.${f.field}`, f.message);

export const summaryRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const tags = ['plans'];

  app.get('/plans/:id/summary', {
    onRequest: anyRole,
    config: { ...docRoute({
      summary: 'The figures of the printed plan summary',
      description: 'Everything the print page shows: header, totals by country and priority, the map\'s areas, airports, legs and hazards, and the sortie tables. `?airport=` gives one airport\'s departures, `?partner=` one partner\'s tasking (a liaison gets its own partner\'s only). Built once per plan version and today\'s data and kept in the database: a plan edit, a changed offer or a closed airport builds it again.',
      roles: ['planner', 'reader', 'liaison (approved plans, own partner)'],
      response: planSummaryExample,
      errors: { 400: 'Both airport and partner given, or an airport or partner the plan does not use.', 403: 'A liaison asked for the full plan or another partner\'s tasking.', 404: 'No plan has this id (or a liaison may not see it).' },
      etag: 'everything the plan\'s own ETag is (version, today\'s data, last check, whose view), the variant (`airport`, `partner`), the country names and who prints. Weak (`W/`): a 304 keeps your copy, whose `printedAt` is when it was first put together; `printedAt` is to 10 seconds, and repeats within them are the same bytes (gzipped when you accept it).',
    }) }, schema: {
      tags, summary: 'The figures of the printed plan summary (?airport= one airport\'s departures, ?partner= one partner\'s tasking)',
      params: IdParams, querystring: SummaryQuery, headers: PlanReadHeaders, response: { 200: PlanSummary, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody },
    },
  }, async (req, reply) => {
    const user = currentUser(req);
    const query = allowedVariant(user, req.query);
    const ifNoneMatch = req.headers['if-none-match'];
    // One reader's repeats at once share one build (the answer names who printed it, so per reader).
    const flight = `summary:${JSON.stringify([user.username, user.role, user.partnerId, req.params.id, query, ifNoneMatch])}`;
    const answer = await once(flight, () => planSummary(db, user, req.params.id, query, ifNoneMatch));
    if ('failure' in answer) throw failed(answer.failure);
    if (!answer.body) return notModified(reply, answer.etag);
    return sendBody(req, reply, answer.body, cacheHeaders(answer.etag));
  });

  app.get('/plans/:id/export.csv', {
    onRequest: anyRole,
    config: { ...docRoute({
      summary: 'Export a plan as CSV',
      description: 'Sorties and allocations as CSV (RFC 4180, UTF-8, CRLF), one row per allocation, as an attachment; the same `?airport=` and `?partner=` as the summary. `?lang=ja` words the header row in Japanese (left out: your language preference, else English); the values stay data (ids, ISO times, numbers).',
      roles: ['planner', 'reader', 'liaison (approved plans, own partner)'],
      responseType: 'text/csv',
      response: planCsvExample,
      errors: { 400: 'Both airport and partner given, or an airport or partner the plan does not use.', 403: 'A liaison asked for the full plan or another partner\'s tasking.', 404: 'No plan has this id (or a liaison may not see it).' },
    }) }, schema: {
      tags, summary: 'Sorties and allocations as CSV (RFC 4180), one row per allocation; same ?airport= and ?partner= as the summary',
      params: IdParams, querystring: Type.Object({ ...SummaryQuery.properties, lang: CsvLang }, { additionalProperties: false }),
      response: { 200: Type.String({ description: 'text/csv' }), 400: ErrorBody, 403: ErrorBody, 404: ErrorBody },
    },
  }, async (req, reply) => {
    const user = currentUser(req);
    const { lang: asked, ...variant } = req.query;
    const query = allowedVariant(user, variant);
    const { plan, snapshot, countryNames } = await load(db, user, req.params.id);
    const result = buildPlanCsv(snapshot, plan, { ...query, countryNames, lang: await csvLanguage(db, user, asked) });
    if (!result.ok) throw failed(result);
    const suffix = query.partner ? `-${query.partner}` : query.airport ? `-${query.airport}` : '';
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="plan-${plan.id}-v${plan.version}${suffix}.csv"`)
      .header('cache-control', 'no-store')
      .send(result.csv);
  });
};
