import type { PlanMetrics } from '../../../../../shared/plan/checks/metrics.ts';

export type Better = 'a' | 'b' | null;
export interface CompareRow {
  key: string;
  label: string;
  a: number | null;
  b: number | null;
  /** b − a; null when either side is unknown. */
  delta: number | null;
  better: Better;
  unit: 'people' | 'hours' | 'sorties' | 'share';
}

/** Shares are shown in whole percentage points: a difference that rounds to 0 pt is no difference (never "−0 pt" in red). */
const shown = (x: number, unit: CompareRow['unit']) => (unit === 'share' ? Math.round(x * 100) / 100 : x);

function row(key: string, label: string, a: number | null, b: number | null, unit: CompareRow['unit'], higherIsBetter: boolean | null): CompareRow {
  const delta = a === null || b === null ? null : shown(b, unit) - shown(a, unit);
  let better: Better = null;
  if (delta !== null && delta !== 0 && higherIsBetter !== null) better = (delta > 0) === higherIsBetter ? 'b' : 'a';
  return { key, label, a, b, delta, better, unit };
}

/** The side-by-side figures of two plans (base A, what-if B): who gets out, how fast, on whose aircraft. */
export function comparePlans(a: PlanMetrics, b: PlanMetrics): { headline: CompareRow[]; countries: CompareRow[]; partners: CompareRow[] } {
  const headline = [
    row('out', 'People out', a.peopleOut, b.peopleOut, 'people', true),
    row('left', 'Left behind', a.peopleLeft, b.peopleLeft, 'people', false),
    row('p1', 'Priority 1 out', a.outByPriority.p1, b.outByPriority.p1, 'people', true),
    row('p2', 'Priority 2 out', a.outByPriority.p2, b.outByPriority.p2, 'people', true),
    row('p3', 'Priority 3 out', a.outByPriority.p3, b.outByPriority.p3, 'people', true),
    // Clearance only compares fairly when both plans get the same people out; otherwise it is context.
    row('clearance', 'Clearance time', a.clearanceHours, b.clearanceHours, 'hours', a.peopleOut === b.peopleOut ? false : null),
    row('sorties', 'Sorties flown', a.sorties, b.sorties, 'sorties', null),
    row('sdf', 'SDF sorties', a.sortiesByCategory.sdf, b.sortiesByCategory.sdf, 'sorties', null),
    row('seatUse', 'Seats used', a.seatUse, b.seatUse, 'share', true),
  ];
  const countryCodes = [...new Set([...a.byCountry, ...b.byCountry].map((c) => c.country))].sort();
  const countries = countryCodes.map((code) => row(`country-${code}`, `${code} out`,
    a.byCountry.find((c) => c.country === code)?.out ?? null, b.byCountry.find((c) => c.country === code)?.out ?? null, 'people', true));
  const names = new Map([...a.sortiesByPartner, ...b.sortiesByPartner].map((p) => [p.partnerId, p.name]));
  const partners = [...names.keys()]
    .map((id) => row(`partner-${id}`, names.get(id)!, a.sortiesByPartner.find((p) => p.partnerId === id)?.sorties ?? 0, b.sortiesByPartner.find((p) => p.partnerId === id)?.sorties ?? 0, 'sorties', null))
    .sort((x, y) => Math.max(y.a ?? 0, y.b ?? 0) - Math.max(x.a ?? 0, x.b ?? 0) || x.label.localeCompare(y.label));
  return { headline, countries, partners };
}
