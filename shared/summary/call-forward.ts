import type { CallForwardArea } from '../schemas/summary.ts';
import type { Scenario } from '../schemas/domain.ts';
import { groundLeg } from '../plan/rules/ground.ts';
import { HOUR_MS, evacuees, toMs } from '../plan/snapshot.ts';
import { addSplit, allocationKey, toPriorities, type Split, type SummaryContext } from './context.ts';

const FIVE_MINUTES_MS = 5 * 60_000;

const GROUND_ISSUE = {
  other_country: 'airport is in another country',
  other_zone: 'airport is on another landmass',
  too_far: 'beyond the maximum ground distance',
  hazard_crossing: 'the road crosses a hazard zone',
} as const;

type Move = CallForwardArea['moves'][number] & { split: Split };

/** The latest time to leave, unrounded (ms): departure − processing hours − road travel hours. */
export function latestMoveMs(scenario: Scenario, travelHours: number, departAt: string): number {
  return toMs(departAt) - (scenario.ground.processingHours + travelHours) * HOUR_MS;
}

/** Rounded down to 5 minutes, so the time printed is never too late. */
export function roundMoveMs(ms: number): number {
  return Math.floor(ms / FIVE_MINUTES_MS) * FIVE_MINUTES_MS;
}

/**
 * When each assembly area's people must set off, to which airport and how many: the latest start is
 * departAt − processing hours − travel time (rounded down to 5 minutes, so it is never late).
 */
export function callForward(ctx: SummaryContext): CallForwardArea[] {
  const { scenario } = ctx.snapshot;
  const start = toMs(scenario.startsAt);
  const moves = new Map<string, Map<string, Move>>();
  for (const s of ctx.sorties) {
    const airport = ctx.idx.airports.get(s.originAirportId);
    for (const a of s.allocations) {
      const area = ctx.idx.areas.get(a.assemblyAreaId);
      if (!area || !airport || a.passengers <= 0) continue;
      const byArea = moves.get(area.id) ?? new Map<string, Move>();
      moves.set(area.id, byArea);
      const key = `${airport.id}|${s.departAt}`;
      let m = byArea.get(key);
      if (!m) {
        const leg = groundLeg(scenario, ctx.hazards, area, airport);
        const latest = latestMoveMs(scenario, leg.travelHours, s.departAt);
        const moveAt = roundMoveMs(latest);
        m = {
          moveAt: new Date(moveAt).toISOString(), departAt: s.departAt, airportId: airport.id, airportLabel: ctx.airportLabel(airport.id),
          passengers: 0, outByPriority: toPriorities([0, 0, 0]), sorties: 0,
          km: Math.round(leg.km * 10) / 10, travelHours: Math.round(leg.travelHours * 100) / 100,
          beforeStart: latest < start - 1000,
          groundIssue: leg.failure ? GROUND_ISSUE[leg.failure] : null,
          split: [0, 0, 0],
        };
        byArea.set(key, m);
      }
      m.passengers += a.passengers;
      m.sorties++;
      addSplit(m.split, ctx.priorities.get(allocationKey(s.id, area.id)) ?? [0, 0, 0]);
    }
  }
  const out: CallForwardArea[] = [];
  for (const [areaId, byArea] of moves) {
    const area = ctx.idx.areas.get(areaId)!;
    const list = [...byArea.values()]
      .map(({ split, ...m }) => ({ ...m, outByPriority: toPriorities(split) }))
      .sort((a, b) => a.moveAt.localeCompare(b.moveAt) || a.departAt.localeCompare(b.departAt) || a.airportLabel.localeCompare(b.airportLabel));
    out.push({
      assemblyAreaId: area.id, name: area.name, country: area.country, zone: area.zone, evacuees: evacuees(area),
      planned: list.reduce((n, m) => n + m.passengers, 0), moves: list,
    });
  }
  return out.sort((a, b) => a.country.localeCompare(b.country) || b.planned - a.planned || a.name.localeCompare(b.name));
}
