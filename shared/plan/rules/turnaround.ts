import { HOUR_MS } from '../snapshot.ts';

/** Most departures inside any half-open window [t, t + turnaroundHours) of a sorted list of times. */
export function maxInWindow(sortedMs: readonly number[], turnaroundHours: number): number {
  const span = turnaroundHours * HOUR_MS;
  let best = 0;
  let j = 0;
  for (let i = 0; i < sortedMs.length; i++) {
    if (j < i) j = i;
    while (j + 1 < sortedMs.length && sortedMs[j + 1]! < sortedMs[i]! + span) j++;
    best = Math.max(best, j - i + 1);
  }
  return best;
}

/** Inserts t into a sorted list (copy) — departures lists are short. */
export function withDeparture(sortedMs: readonly number[], t: number): number[] {
  const i = sortedMs.findIndex((x) => x > t);
  return i < 0 ? [...sortedMs, t] : [...sortedMs.slice(0, i), t, ...sortedMs.slice(i)];
}
