import type { SummaryMap } from '../schemas/summary.ts';
import { resolveAccess } from '../plan/rules/access.ts';
import { airportClosure } from '../plan/rules/ground.ts';
import { evacuees, toMs } from '../plan/snapshot.ts';
import { passengersOf, type SummaryContext } from './context.ts';

/** Degrees of margin around what the map shows. */
const PAD_DEG = 0.6;

/**
 * What the printed map draws: assembly areas (sized by evacuees, coloured by the share planned),
 * airports (state, SDF denial, use), one line per area → airport leg sized by passengers, hazard zones.
 * A selection (one airport, one partner) draws only the areas and airports its sorties touch.
 */
export function summaryMap(ctx: SummaryContext, selection: boolean): SummaryMap {
  const { scenario } = ctx.snapshot;
  const theatre = new Set(scenario.countries);
  const planned = new Map<string, number>();
  const use = new Map<string, { sorties: number; passengers: number }>();
  const legs = new Map<string, SummaryMap['legs'][number]>();
  for (const s of ctx.sorties) {
    const u = use.get(s.originAirportId) ?? { sorties: 0, passengers: 0 };
    u.sorties++; u.passengers += passengersOf(s);
    use.set(s.originAirportId, u);
    const airport = ctx.idx.airports.get(s.originAirportId);
    for (const a of s.allocations) {
      const area = ctx.idx.areas.get(a.assemblyAreaId);
      if (!area || !airport || a.passengers <= 0) continue;
      planned.set(area.id, (planned.get(area.id) ?? 0) + a.passengers);
      const key = `${area.id}>${airport.id}`;
      const leg = legs.get(key) ?? { areaId: area.id, airportId: airport.id, from: [area.lon, area.lat], to: [airport.lon, airport.lat], passengers: 0 };
      leg.passengers += a.passengers;
      legs.set(key, leg);
    }
  }
  const areas = ctx.snapshot.areas
    .filter((a) => !selection || planned.has(a.id))
    .map((a) => {
      const total = evacuees(a);
      const p = Math.min(planned.get(a.id) ?? 0, total);
      return { id: a.id, name: a.name, lat: a.lat, lon: a.lon, evacuees: total, planned: p, share: total === 0 ? 1 : p / total };
    });
  const start = toMs(scenario.startsAt);
  const airports = ctx.snapshot.airports
    .filter((a) => use.has(a.id) || (!selection && theatre.has(a.country)))
    .map((a) => {
      const closure = airportClosure(scenario, ctx.hazards, a);
      const u = use.get(a.id);
      return {
        id: a.id, label: ctx.airportLabel(a.id), lat: a.lat, lon: a.lon,
        state: !closure ? 'open' as const : closure.kind === 'status' ? 'closed' as const : 'hazard' as const,
        sdfDenied: !resolveAccess(scenario, a, 'sdf', 'JP', start).allowed,
        sorties: u?.sorties ?? 0, passengers: u?.passengers ?? 0,
      };
    });
  const hazards = scenario.hazardZones.map((z) => ({ id: z.id, name: z.name, geometry: z.geometry }));

  // Frame the people and the airports they leave from (and the hazard zones): the theatre's other
  // airports are drawn where they fall inside, but do not widen the view.
  const points: [number, number][] = [
    ...areas.map((a): [number, number] => [a.lon, a.lat]),
    ...airports.filter((a) => a.sorties > 0).map((a): [number, number] => [a.lon, a.lat]),
  ];
  if (!selection) for (const z of hazards) for (const ring of z.geometry.coordinates) for (const [lon, lat] of ring) points.push([lon, lat]);
  return {
    bounds: boundsOf(points), theatre: [...scenario.countries], areas, airports,
    legs: [...legs.values()].sort((a, b) => a.passengers - b.passengers), hazards,
  };
}

function boundsOf(points: [number, number][]): SummaryMap['bounds'] {
  if (points.length === 0) return [[120, 20], [135, 42]];
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of points) {
    w = Math.min(w, lon); e = Math.max(e, lon); s = Math.min(s, lat); n = Math.max(n, lat);
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return [[round(Math.max(-180, w - PAD_DEG)), round(Math.max(-85, s - PAD_DEG))], [round(Math.min(180, e + PAD_DEG)), round(Math.min(85, n + PAD_DEG))]];
}
