import type { Airport } from '../schemas/domain.ts';
import type { SummaryRestrictions } from '../schemas/summary.ts';
import { airportClosure, hazardContaining } from '../plan/rules/ground.ts';
import { airportLabel } from '../plan/snapshot.ts';
import type { SummaryContext } from './context.ts';

/**
 * The access rules in force, the airports closed and the hazard zones of the scenario; for one
 * airport's paper, the rules and closure that concern that airport.
 */
export function restrictionsInForce(ctx: SummaryContext, airport?: Airport): SummaryRestrictions {
  const { scenario } = ctx.snapshot;
  const theatre = new Set(scenario.countries);
  const rules = scenario.accessRules.filter((r) => !airport
    || (r.scope === 'airport' ? r.scopeId === airport.id : r.scopeId === airport.country));
  const scopeLabel = (scope: 'country' | 'airport', id: string) => {
    if (scope === 'country') return `${ctx.countryName(id)} (${id})`;
    const a = ctx.idx.airports.get(id);
    return a ? `${airportLabel(a, id)} — ${a.name}` : id;
  };
  const accessRules = rules.map((r) => ({
    id: r.id, scope: r.scope, scopeId: r.scopeId, scopeLabel: scopeLabel(r.scope, r.scopeId), category: r.category,
    nation: r.nation, nationLabel: r.nation === null ? null : ctx.countryName(r.nation), effect: r.effect,
    validFrom: r.validFrom, validTo: r.validTo, reason: r.reason,
  })).sort((a, b) => (a.effect === b.effect ? 0 : a.effect === 'deny' ? -1 : 1)
    || (a.scope === b.scope ? 0 : a.scope === 'country' ? -1 : 1) || a.scopeLabel.localeCompare(b.scopeLabel));

  // Airports that matter here: the theatre's, and every airport an offer names as origin or destination.
  const relevant = new Set<string>();
  for (const a of ctx.snapshot.airports) if (theatre.has(a.country)) relevant.add(a.id);
  for (const o of ctx.snapshot.offers) for (const id of [...o.originAirportIds, o.destinationAirportId]) relevant.add(id);
  const closedAirports: SummaryRestrictions['closedAirports'] = [];
  for (const a of ctx.snapshot.airports) {
    if (!relevant.has(a.id) || (airport && a.id !== airport.id)) continue;
    const closure = airportClosure(scenario, ctx.hazards, a);
    if (!closure) continue;
    closedAirports.push({
      airportId: a.id, label: airportLabel(a, a.id), name: a.name, country: a.country,
      reason: closure.kind === 'status'
        ? (scenario.airportStatus[a.id] === 'closed' ? 'closed in this scenario' : 'closed')
        : `inside hazard zone "${closure.zone.name}"`,
    });
  }
  closedAirports.sort((a, b) => a.country.localeCompare(b.country) || a.label.localeCompare(b.label));

  const hazardZones = scenario.hazardZones.map((z) => {
    const one = [ctx.hazards.find((h) => h.zone.id === z.id)!];
    return {
      id: z.id, name: z.name,
      airportsInside: ctx.snapshot.airports.filter((a) => hazardContaining(one, a.lat, a.lon)).map((a) => airportLabel(a, a.id)),
      areasInside: ctx.snapshot.areas.filter((a) => hazardContaining(one, a.lat, a.lon)).map((a) => a.name),
    };
  });
  return { accessRules, closedAirports, hazardZones, ground: { ...scenario.ground } };
}
