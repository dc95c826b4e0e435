import type { PlanningPolicy, PolicyCriterion, PolicyPreset } from '../schemas/policy.ts';

// Words for a planning policy and for when each priority leaves, shared by the planner panel and the print.

export const PRESET_LABELS: Record<PolicyPreset, string> = {
  most_vulnerable_first: 'Most vulnerable first',
  most_people_out: 'Most people out',
  clear_fastest: 'Clear fastest',
  custom: 'Custom',
};

const CRITERION_LABELS: Record<PolicyCriterion, string> = {
  peopleOut: 'people out',
  earliness: 'priority-weighted waiting',
  clearance: 'clearance (last departure)',
  groundTravel: 'ground travel',
  sorties: 'sorties flown',
};

const triple = (w: { p1: number; p2: number; p3: number }) => `P1 ${w.p1} · P2 ${w.p2} · P3 ${w.p3}`;

/** "Most vulnerable first: people out (a person P1 1 · P2 1 · P3 1), then priority-weighted waiting (an hour P1 10 · P2 3 · P3 1), then …". */
export function describePolicy(p: PlanningPolicy): string {
  const parts = p.order.map((c) => {
    if (c === 'peopleOut') return `${CRITERION_LABELS[c]} (a person ${triple(p.weights.peopleOut)})`;
    if (c === 'earliness') return `${CRITERION_LABELS[c]} (an hour ${triple(p.weights.waitingHour)})`;
    return CRITERION_LABELS[c];
  });
  return `${PRESET_LABELS[p.preset]}: ${parts.join(', then ')}`;
}

/** "H+6" (whole hours, rounded up: everyone of it is out by then), or "—" when nobody of it leaves. */
export function hPlus(hours: number | null | undefined): string {
  return hours === null || hours === undefined ? '—' : `H+${Math.ceil(hours - 1e-9)}`;
}
