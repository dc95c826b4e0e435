import { Value } from 'typebox/value';
import type { SummaryLeftBehind } from '../schemas/summary.ts';
import { LeftBehind as LeftBehindSchema } from '../schemas/plan-result.ts';
import { explainLeftBehind, type LeftBehind, type StructuredExplanation } from '../plan/checks/explain.ts';
import { splitByPriority } from '../plan/checks/score.ts';
import { evacuees, type PlanningSnapshot } from '../plan/snapshot.ts';
import type { Sortie } from '../schemas/domain.ts';
import { toPriorities, type SummaryContext } from './context.ts';

const structured = (e: StructuredExplanation): StructuredExplanation => ({
  reasonCode: e.reasonCode, reasonParams: e.reasonParams, reasonNotes: e.reasonNotes,
  remedyCode: e.remedyCode, remedyParams: e.remedyParams, remedyAlternatives: e.remedyAlternatives,
});

/**
 * Areas a summary names under "left behind". A paper lists the worst off, not every area: the XL data
 * leaves ~3,000 areas behind in Korea, 8 MB of explanations and some sixty printed pages nobody reads in
 * a crisis cell. Four pages of rows; the rest are counted in `unlisted`, and the planner lists them all.
 */
export const LISTED_AREAS = 100;

/** Priority first: the areas with the most priority-1 people left, then priority 2, then everyone. */
const worstFirst = (a: LeftBehind['areas'][number], b: LeftBehind['areas'][number]): number =>
  b.leftByPriority.p1 - a.leftByPriority.p1 || b.leftByPriority.p2 - a.leftByPriority.p2
  || b.left - a.left || a.assemblyAreaId.localeCompare(b.assemblyAreaId);

/** People not in the plan per area of today's data: area id → count (areas with nobody left omitted). */
function leftByArea(snapshot: PlanningSnapshot, sorties: Sortie[]): Map<string, number> {
  const split = splitByPriority(snapshot, { sorties });
  const left = new Map<string, number>();
  for (const area of snapshot.areas) {
    const out = split.get(area.id)?.out ?? [0, 0, 0];
    const n = evacuees(area) - out[0] - out[1] - out[2];
    if (n > 0) left.set(area.id, n);
  }
  return left;
}

/**
 * Who is left behind and why: the matcher's explanation stored with the plan, as long as it still
 * counts the same people per area as today's data does; otherwise it is worked out again, so the paper
 * never contradicts its own totals.
 */
export function leftBehindSection(ctx: SummaryContext, stored: unknown): SummaryLeftBehind {
  const expected = leftByArea(ctx.snapshot, ctx.sorties);
  let explained: LeftBehind;
  let source: SummaryLeftBehind['source'] = 'plan';
  const usable = Value.Check(LeftBehindSchema, stored)
    && (stored as LeftBehind).areas.length === expected.size
    && (stored as LeftBehind).areas.every((a) => expected.get(a.assemblyAreaId) === a.left);
  if (usable) explained = stored as LeftBehind;
  else {
    explained = explainLeftBehind(ctx.snapshot, { sorties: ctx.sorties });
    source = 'recomputed';
  }
  const total = [0, 0, 0];
  const rest = [0, 0, 0];
  const ordered = [...explained.areas].sort(worstFirst);
  ordered.forEach((a, i) => {
    const p = [a.leftByPriority.p1, a.leftByPriority.p2, a.leftByPriority.p3];
    for (let k = 0; k < 3; k++) {
      total[k]! += p[k]!;
      if (i >= LISTED_AREAS) rest[k]! += p[k]!;
    }
  });
  const unlisted = ordered.slice(LISTED_AREAS);
  return {
    left: explained.areas.reduce((n, a) => n + a.left, 0),
    leftByPriority: toPriorities(total),
    countries: explained.countries.map((c) => ({
      country: c.country, name: ctx.countryName(c.country), left: c.left, binding: c.binding, reason: c.reason, remedy: c.remedy,
      ...structured(c),
    })),
    areas: ordered.slice(0, LISTED_AREAS).map((a) => ({
      assemblyAreaId: a.assemblyAreaId, name: a.name, country: a.country, left: a.left,
      leftByPriority: { p1: a.leftByPriority.p1, p2: a.leftByPriority.p2, p3: a.leftByPriority.p3 },
      binding: a.binding, reason: a.reason, remedy: a.remedy,
      ...structured(a),
    })),
    unlisted: { areas: unlisted.length, left: unlisted.reduce((n, a) => n + a.left, 0), leftByPriority: toPriorities(rest) },
    source,
  };
}
