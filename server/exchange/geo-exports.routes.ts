import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorBody, IdParams } from '../../shared/schemas/common.ts';
import { collection, airportFeature, areaFeature, type ExportCollection } from '../../shared/exchange/geojson.ts';
import { scenarioGeoJson, SCENARIO_LAYERS, type ScenarioLayer } from '../../shared/exchange/scenario-geojson.ts';
import { planGeoJson } from '../../shared/exchange/plan-geojson.ts';
import { buildContext } from '../../shared/summary/context.ts';
import { anyRole, currentUser, plannerOrReader } from '../auth/auth.ts';
import { notFound } from '../lib/errors.ts';
import { listAreas } from '../repositories/areas.repository.ts';
import { listAirports } from '../repositories/airports.repository.ts';
import { listCountries } from '../repositories/countries.repository.ts';
import { loadSnapshot } from '../services/snapshot.ts';
import { readPlan } from '../services/plan-judge.service.ts';
import { docRoute } from '../docs/route-doc.ts';
import type { RouteDeps } from '../routes/index.ts';
import { toKmlDocument } from './kml.ts';
import { MEDIA, sendFile } from './send-file.ts';
import { geoJsonExample, kmlExample } from './examples.ts';

const LAYER = '(areas|airports|hazards)';
const ScenarioExportQuery = Type.Object({
  layers: Type.Optional(Type.String({ pattern: `^${LAYER}(,${LAYER})*$`, description: 'comma-separated: areas, airports, hazards (default all)' })),
}, { additionalProperties: false });
const AreaExportQuery = Type.Object({ country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })) }, { additionalProperties: false });

const GEO_FORMATS = ['geojson', 'kml'] as const;
const body = (format: 'geojson' | 'kml', fc: ExportCollection, name: string) =>
  (format === 'geojson' ? JSON.stringify(fc) : toKmlDocument(fc, name));
const what = (format: 'geojson' | 'kml') => (format === 'geojson' ? 'GeoJSON (RFC 7946)' : 'KML 2.2');
const example = (format: 'geojson' | 'kml') => (format === 'geojson' ? geoJsonExample : kmlExample);

/**
 * GeoJSON and KML of what a map shows, for Google Earth, QGIS or a common operational picture: the
 * registry's airports (everyone) and assembly areas (staff), a scenario with its restrictions and hazard
 * zones (staff), and a plan's legs (a liaison: an approved plan's own sorties, without the hazard zones).
 */
export const geoExportRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  for (const format of GEO_FORMATS) {
    const produces = { responseType: MEDIA[format], response: example(format) };
    const ok = Type.String({ description: MEDIA[format] });

    app.get(`/scenarios/:id/export.${format}`, { onRequest: plannerOrReader, config: { ...docRoute({
        summary: `Export a scenario as ${format === 'geojson' ? 'GeoJSON' : 'KML'}`,
        description: `The scenario's map as ${what(format)}: its assembly areas (\`kind: assembly_area\`), the airports of its countries and those its offers name, each with the scenario's restrictions (\`scenarioStatus\` open/closed/hazard, \`closedReason\`, \`access\` by operator category at the start, the \`accessRules\` naming it or its country), and its hazard zones (polygons, outlines counterclockwise). \`?layers=areas,airports,hazards\` keeps some. Areas and airports carry the fields the import reads, so the file imports again.`,
        ...produces, errors: { 404: 'No scenario has this id.' },
      }) }, schema: { tags: ['scenarios', 'exports'], params: IdParams, querystring: ScenarioExportQuery, response: { 200: ok, 404: ErrorBody } } },
      async (req, reply) => {
        const snapshot = await loadSnapshot(db, req.params.id);
        if (!snapshot) throw notFound('Scenario', req.params.id);
        const layers = (req.query.layers?.split(',') ?? SCENARIO_LAYERS) as ScenarioLayer[];
        return sendFile(reply, format, `scenario-${snapshot.scenario.id}`, body(format, scenarioGeoJson(snapshot, layers), snapshot.scenario.name));
      });

    app.get(`/plans/:id/export.${format}`, { onRequest: anyRole, config: { ...docRoute({
        summary: `Export a plan's legs as ${format === 'geojson' ? 'GeoJSON' : 'KML'}`,
        description: `The plan judged on today's data as ${what(format)}: one \`flight\` line per sortie (origin → destination, departure, offer, partner, category, seats, passengers), one \`ground_leg\` line per assembly area → airport (passengers), the areas and airports they touch, and the scenario's hazard zones. A liaison gets an approved plan's own sorties only, without the hazard zones (as their printed tasking).`,
        roles: ['planner', 'reader', 'liaison (approved plans, own sorties)'],
        ...produces, errors: { 404: 'No plan has this id (or a liaison may not see it).' },
      }) }, schema: { tags: ['plans', 'exports'], params: IdParams, response: { 200: ok, 404: ErrorBody } } },
      async (req, reply) => {
        const user = currentUser(req);
        const { view, whole, now } = await readPlan(db, user, req.params.id);
        const names = Object.fromEntries((await listCountries(db)).map((c) => [c.code, c.name]));
        const liaison = user.role === 'liaison';
        const ctx = buildContext(now.snapshot, whole.sorties, liaison ? view.sorties : whole.sorties, names);
        const fc = planGeoJson(ctx, whole, { selection: liaison, withHazards: !liaison });
        return sendFile(reply, format, `plan-${whole.id}-v${whole.version}`, body(format, fc, whole.name));
      });

    app.get(`/airports/export.${format}`, { onRequest: anyRole, config: { ...docRoute({
        summary: `Export airports as ${format === 'geojson' ? 'GeoJSON' : 'KML'}`,
        description: `Every airport of the registry as ${what(format)} points, with the fields the import reads (its own status; a scenario's restrictions are in the scenario export).`,
        ...produces,
      }) }, schema: { tags: ['airports', 'exports'], response: { 200: ok } } },
      async (_req, reply) => sendFile(reply, format, 'airports', body(format, collection((await listAirports(db)).map((a) => airportFeature(a))), 'Airports')));

    app.get(`/assembly-areas/export.${format}`, { onRequest: plannerOrReader, config: { ...docRoute({
        summary: `Export assembly areas as ${format === 'geojson' ? 'GeoJSON' : 'KML'}`,
        description: `Every assembly area (of one country with \`?country=\`) as ${what(format)} points, with the fields the import reads and \`evacuees\`.`,
        ...produces,
      }) }, schema: { tags: ['assembly areas', 'exports'], querystring: AreaExportQuery, response: { 200: ok } } },
      async (req, reply) => {
        const areas = await listAreas(db, req.query.country ? { country: req.query.country } : {});
        const fc = collection(areas.map((a) => areaFeature(a)));
        return sendFile(reply, format, `assembly-areas${req.query.country ? `-${req.query.country}` : ''}`, body(format, fc, 'Assembly areas'));
      });
  }
};
