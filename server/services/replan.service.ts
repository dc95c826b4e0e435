import type { Scenario, Sortie } from '../../shared/schemas/domain.ts';
import { replanBreaks, splitForReplan } from '../../shared/plan/solve/replan.ts';
import { HOUR_MS } from '../../shared/plan/snapshot.ts';
import { badRequest } from '../lib/errors.ts';
import type { SolveOptions } from './plan-solver.ts';

const fmt = (ms: number) => new Date(ms).toISOString();

/**
 * The instant a re-plan starts from: `from` when sent — a real instant within the scenario's
 * horizon, or a 400 naming body.from — and now otherwise (before the scenario starts that keeps
 * nothing; after its horizon, everything).
 */
export function replanInstant(scenario: Scenario, from: string | undefined, nowMs = Date.now()): number {
  if (from === undefined) return nowMs;
  const ms = Date.parse(from);
  if (Number.isNaN(ms)) throw badRequest('body.from', `"${from}" is not a date and time`);
  const start = Date.parse(scenario.startsAt);
  const end = start + scenario.horizonHours * HOUR_MS;
  if (ms < start || ms > end) {
    throw badRequest('body.from', `${fmt(ms)} is outside the scenario's horizon (${fmt(start)} – ${fmt(end)})`);
  }
  return ms;
}

/**
 * The solver options of a re-plan from `fromMs`: departed sorties (and `keepIds`, the sorties
 * partners have confirmed once execution records it) kept whole, locked allocations kept, nothing
 * new before the instant — and a check of that promise for the result.
 */
export function replanOptions(sorties: readonly Sortie[], fromMs: number, keepIds?: ReadonlySet<string>) {
  const { fixed, locked } = splitForReplan(sorties, fromMs, keepIds);
  const options: Omit<SolveOptions, 'timeLimitSeconds'> = { fixed, locked, notBefore: fmt(fromMs) };
  return {
    options,
    /** Stored with the plan's solve info: what the re-plan kept. */
    info: { replannedFrom: fmt(fromMs), keptSorties: fixed.length },
    /** Throws when the result breaks the promise: a matcher bug, never saved. */
    check(result: readonly Sortie[]) {
      const broken = replanBreaks(fixed, fromMs, result);
      if (broken.length > 0) throw new Error(`The re-plan broke what it keeps: ${broken.slice(0, 3).join('; ')}`);
    },
  };
}
