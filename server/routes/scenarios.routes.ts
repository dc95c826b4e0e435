import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AccessRule, Scenario } from '../../shared/schemas/domain.ts';
import { AccessRuleCreate, RuleParams, ScenarioCreate, ScenarioDuplicate, ScenarioPatch } from '../../shared/schemas/api.ts';
import { ErrorBody, IdParams } from '../../shared/schemas/common.ts';
import {
  bumpScenarioVersion, deleteAccessRule, deleteScenario, getScenario, insertAccessRule, insertScenario,
  SCENARIO_LIST, pageScenarios, updateScenario,
} from '../repositories/scenarios.repository.ts';
import { answerPage } from '../lib/pagination.ts';
import { PageQuery } from '../../shared/schemas/pagination.ts';
import { existingAirportIds } from '../repositories/airports.repository.ts';
import { countryExists } from '../repositories/countries.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { currentUser, plannerOnly, plannerOrReader } from '../auth/auth.ts';
import { badRequest, conflict, notFound } from '../lib/errors.ts';
import { checkHazardZones } from '../lib/geometry-checks.ts';
import { newId } from '../lib/ids.ts';
import { inTransaction } from '../lib/tx.ts';
import { LIMITS, formatLimit } from '../../shared/limits.ts';
import type { Db } from '../repositories/db-type.ts';
import type { PlanningPolicy, PolicyInput } from '../../shared/schemas/policy.ts';
import { DEFAULT_POLICY, resolvePolicy } from '../../shared/policy/presets.ts';
import type { RouteDeps } from './index.ts';
import { docRoute } from '../docs/route-doc.ts';
import { accessRuleExample, hazardZoneExample } from '../docs/examples.ts';
import { scenarioExample } from '../docs/examples-plan.ts';

export const DEFAULT_GROUND = { roadFactor: 1.3, groundSpeedKmh: 50, maxGroundKm: 400, processingHours: 2 };

async function checkRule(db: Db, r: AccessRule, field: string) {
  if (r.scope === 'country') {
    if (!/^[A-Z]{2}$/.test(r.scopeId)) throw badRequest(`${field}.scopeId`, 'must be an ISO country code when scope is "country"');
  } else if (!(await existingAirportIds(db, [r.scopeId])).has(r.scopeId)) {
    throw badRequest(`${field}.scopeId`, `unknown airport ${r.scopeId}`);
  }
  if (r.validFrom && r.validTo && Date.parse(r.validTo) <= Date.parse(r.validFrom)) {
    throw badRequest(`${field}.validTo`, 'must be after validFrom');
  }
}

async function checkScenario(db: Db, s: Scenario) {
  for (const [i, c] of s.countries.entries()) {
    if (!(await countryExists(db, c))) throw badRequest(`body.countries[${i}]`, `unknown country ${c}`);
  }
  const statusIds = Object.keys(s.airportStatus);
  const known = await existingAirportIds(db, statusIds);
  for (const id of statusIds) if (!known.has(id)) throw badRequest(`body.airportStatus.${id}`, 'unknown airport');
  checkHazardZones('body.hazardZones', s.hazardZones);
  if (new Set(s.hazardZones.map((z) => z.id)).size !== s.hazardZones.length) throw badRequest('body.hazardZones', 'two zones share an id');
}

/** The full policy a client's input stands for, or a 400 naming the field. */
function policyOf(input: PolicyInput): PlanningPolicy {
  const r = resolvePolicy(input);
  if (Array.isArray(r)) throw badRequest(`body.policy.${r[0]}`, r[1]);
  return r;
}

const withIds = <T extends { id?: string }>(items: T[] | undefined) => (items ?? []).map((x) => ({ ...x, id: x.id ?? newId() }));

export const scenarioRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const tags = ['scenarios'];

  app.get('/scenarios', { onRequest: plannerOrReader, config: { ...docRoute({
      summary: 'List scenarios',
      description: 'Every scenario: its countries, start and horizon, ground movement parameters, airport status overrides, access rules, hazard zones and planning policy.',
      response: [scenarioExample],
    }) }, schema: { tags, querystring: Type.Object(PageQuery, { additionalProperties: false }), response: { 200: Type.Array(Scenario) } } },
    async (req, reply) => answerPage(req, reply, SCENARIO_LIST, (page) => pageScenarios(db, page)));

  app.get('/scenarios/:id', { onRequest: plannerOrReader, config: { ...docRoute({
      summary: 'Read one scenario',
      description: 'One scenario by id, with its access rules, hazard zones and policy.',
      response: scenarioExample,
      errors: { 404: 'No scenario has this id.' },
    }) }, schema: { tags, params: IdParams, response: { 200: Scenario, 404: ErrorBody } } },
    async (req) => (await getScenario(db, req.params.id)) ?? Promise.reject(notFound('Scenario', req.params.id)));

  app.post('/scenarios', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Create a scenario',
      description: 'A situation to plan for: countries, start, horizon (hours), ground parameters, airports closed or restricted in it, access rules (who may land where) and hazard zones (GeoJSON polygons no one crosses). The policy defaults to the “most vulnerable first” preset. Audited.',
      request: { name: 'Korea – Busan only', countries: ['KR'], startsAt: '2027-04-01T00:00:00Z', horizonHours: 120, accessRules: [{ scope: 'country', scopeId: 'KR', category: 'sdf', effect: 'deny', reason: 'No landing rights for SDF aircraft' }], hazardZones: [hazardZoneExample] },
      response: scenarioExample,
      errors: { 400: 'An unknown country or airport, a country-scoped rule whose scopeId is no country code, validTo before validFrom, two hazard zones with one id, or an invalid policy.', 409: 'A scenario with this id exists already.' },
    }) }, schema: { tags, body: ScenarioCreate, response: { 201: Scenario, 400: ErrorBody, 409: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      const b = req.body;
      const scenario: Scenario = {
        id: b.id ?? newId(), name: b.name, description: b.description ?? '', countries: b.countries, startsAt: b.startsAt,
        horizonHours: b.horizonHours ?? 168, ground: b.ground ?? DEFAULT_GROUND, airportStatus: b.airportStatus ?? {},
        accessRules: withIds(b.accessRules).map((r) => ({ nation: null, validFrom: null, validTo: null, ...r })),
        hazardZones: withIds(b.hazardZones), policy: b.policy ? policyOf(b.policy) : DEFAULT_POLICY, version: 1,
      };
      await inTransaction(db, async (trx) => {
        await checkScenario(trx, scenario);
        for (const [i, r] of scenario.accessRules.entries()) await checkRule(trx, r, `body.accessRules[${i}]`);
        await insertScenario(trx, scenario);
        await recordAudit(trx, { username: user.username, action: 'create', entityType: 'scenario', entityId: scenario.id, after: scenario });
      });
      return reply.status(201).send(scenario);
    });

  app.patch('/scenarios/:id', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Change a scenario',
      description: 'Changes the fields sent of the scenario `version` named in the body; hazard zones and the policy are replaced as a whole. Plans of the scenario then show that their inputs changed. Audited.',
      request: { version: 1, horizonHours: 144 },
      response: { ...scenarioExample, horizonHours: 144 },
      errors: { 400: 'An unknown country or airport, two hazard zones with one id, or an invalid policy.', 404: 'No scenario has this id.', 409: 'The scenario was changed by someone else since `version`.' },
    }) }, schema: { tags, params: IdParams, body: ScenarioPatch, response: { 200: Scenario, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody } } },
    async (req) => {
      const user = currentUser(req);
      return inTransaction(db, async (trx) => {
        const before = await getScenario(trx, req.params.id, true);
        if (!before) throw notFound('Scenario', req.params.id);
        const { version, hazardZones, policy, ...changes } = req.body;
        if (version !== before.version) {
          throw conflict(`Scenario ${before.id} was changed by someone else (you edited version ${version}, it is now ${before.version})`, { currentVersion: before.version });
        }
        const after: Scenario = {
          ...before, ...changes, hazardZones: hazardZones ? withIds(hazardZones) : before.hazardZones,
          policy: policy ? policyOf(policy) : before.policy, version: before.version + 1,
        };
        await checkScenario(trx, after);
        await updateScenario(trx, after);
        await recordAudit(trx, { username: user.username, action: 'update', entityType: 'scenario', entityId: before.id, before, after });
        return after;
      });
    });

  app.post('/scenarios/:id/duplicate', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Copy a scenario',
      description: 'A new scenario with the same settings, rules and zones under a new name (its plans are not copied). Audited.',
      request: { name: 'Korean Peninsula contingency (copy)' },
      response: { ...scenarioExample, name: 'Korean Peninsula contingency (copy)' },
      errors: { 404: 'No scenario has this id.' },
    }) }, schema: { tags, params: IdParams, body: ScenarioDuplicate, response: { 201: Scenario, 404: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      const copy = await inTransaction(db, async (trx) => {
        const source = await getScenario(trx, req.params.id);
        if (!source) throw notFound('Scenario', req.params.id);
        const s: Scenario = {
          ...source, id: newId(), name: req.body.name, version: 1,
          description: `What-if copy of "${source.name}". ${source.description}`.trim(),
          accessRules: source.accessRules.map((r) => ({ ...r, id: newId() })),
          hazardZones: source.hazardZones.map((z) => ({ ...z, id: newId() })),
        };
        await insertScenario(trx, s);
        await recordAudit(trx, { username: user.username, action: 'create', entityType: 'scenario', entityId: s.id, after: { ...s, duplicatedFrom: source.id } });
        return s;
      });
      return reply.status(201).send(copy);
    });

  app.delete('/scenarios/:id', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Delete a scenario',
      description: 'Deletes the scenario and its plans. Audited.',
      errors: { 404: 'No scenario has this id.' },
    }) }, schema: { tags, params: IdParams, response: { 204: Type.Null(), 404: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      await inTransaction(db, async (trx) => {
        const before = await getScenario(trx, req.params.id, true);
        if (!before) throw notFound('Scenario', req.params.id);
        await deleteScenario(trx, before.id);
        await recordAudit(trx, { username: user.username, action: 'delete', entityType: 'scenario', entityId: before.id, before });
      });
      return reply.status(204).send(null);
    });

  app.get('/scenarios/:id/access-rules', { onRequest: plannerOrReader, config: { ...docRoute({
      summary: 'List a scenario\'s access rules',
      description: 'Who may land where in this scenario: per country or airport, a category (and nation) is allowed or denied, in an optional time window, with the reason.',
      response: [accessRuleExample],
      errors: { 404: 'No scenario has this id.' },
    }) }, schema: { tags, params: IdParams, response: { 200: Type.Array(AccessRule), 404: ErrorBody } } },
    async (req) => {
      const s = await getScenario(db, req.params.id);
      if (!s) throw notFound('Scenario', req.params.id);
      return s.accessRules;
    });

  app.post('/scenarios/:id/access-rules', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Add an access rule',
      description: 'Adds one rule to the scenario. Audited.',
      request: { scope: 'airport', scopeId: 'RKSO', category: 'civil', effect: 'deny', validFrom: '2027-04-03T00:00:00Z', reason: 'Osan closed to civil charters from 3 April' },
      response: { id: 'korea-civil-rkso', scope: 'airport', scopeId: 'RKSO', category: 'civil', nation: null, effect: 'deny', validFrom: '2027-04-03T00:00:00.000Z', validTo: null, reason: 'Osan closed to civil charters from 3 April' },
      errors: { 400: 'Unknown airport, a country scope that is no country code, validTo before validFrom, or the scenario has the most rules it may have.', 404: 'No scenario has this id.' },
    }) }, schema: { tags, params: IdParams, body: AccessRuleCreate, response: { 201: AccessRule, 400: ErrorBody, 404: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      const rule: AccessRule = { nation: null, validFrom: null, validTo: null, ...req.body, id: req.body.id ?? newId() };
      await inTransaction(db, async (trx) => {
        const s = await getScenario(trx, req.params.id, true);
        if (!s) throw notFound('Scenario', req.params.id);
        if (s.accessRules.length >= LIMITS.accessRules) {
          throw badRequest('body', `scenario ${s.id} already has ${formatLimit(s.accessRules.length)} access rules; the limit is ${formatLimit(LIMITS.accessRules)}`);
        }
        await checkRule(trx, rule, 'body');
        await insertAccessRule(trx, s.id, rule);
        await bumpScenarioVersion(trx, s.id);
        await recordAudit(trx, { username: user.username, action: 'create', entityType: 'access_rule', entityId: rule.id, after: { ...rule, scenarioId: s.id } });
      });
      return reply.status(201).send(rule);
    });

  app.delete('/scenarios/:id/access-rules/:ruleId', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Remove an access rule',
      description: 'Removes one rule from the scenario. Audited.',
      errors: { 404: 'No such scenario, or it has no rule with this id.' },
    }) }, schema: { tags, params: RuleParams, response: { 204: Type.Null(), 404: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      await inTransaction(db, async (trx) => {
        const s = await getScenario(trx, req.params.id, true);
        const before = s?.accessRules.find((r) => r.id === req.params.ruleId);
        if (!s || !before) throw notFound('Access rule', req.params.ruleId);
        await deleteAccessRule(trx, s.id, before.id);
        await bumpScenarioVersion(trx, s.id);
        await recordAudit(trx, { username: user.username, action: 'delete', entityType: 'access_rule', entityId: before.id, before: { ...before, scenarioId: s.id } });
      });
      return reply.status(204).send(null);
    });
};
