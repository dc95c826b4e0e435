import type { Sortie } from '../../../../../shared/schemas/domain.ts';

/**
 * Edits of a draft plan as pure functions: sorties in, new sorties out (the input is never mutated).
 * The validator then says what the edit broke; these functions only keep counts whole and ≥ 0.
 */

export const seatsUsed = (s: Sortie): number => s.allocations.reduce((n, a) => n + a.passengers, 0);

const clampCount = (n: number): number => Math.max(0, Math.round(Number.isFinite(n) ? n : 0));

function mapSortie(sorties: readonly Sortie[], id: string, f: (s: Sortie) => Sortie): Sortie[] {
  let found = false;
  const out = sorties.map((s) => {
    if (s.id !== id) return s;
    found = true;
    return f(s);
  });
  if (!found) throw new Error(`No sortie ${id} in this plan`);
  return out;
}

/** Sets the passengers an area has on a sortie; adds the allocation if needed, drops it at 0 unless locked. */
export function setPassengers(sorties: readonly Sortie[], sortieId: string, areaId: string, passengers: number): Sortie[] {
  const n = clampCount(passengers);
  return mapSortie(sorties, sortieId, (s) => {
    const existing = s.allocations.find((a) => a.assemblyAreaId === areaId);
    if (!existing) return n === 0 ? s : { ...s, allocations: [...s.allocations, { assemblyAreaId: areaId, passengers: n, locked: false }] };
    const allocations = s.allocations
      .map((a) => (a.assemblyAreaId === areaId ? { ...a, passengers: n } : a))
      .filter((a) => a.passengers > 0 || a.locked);
    return { ...s, allocations };
  });
}

export const passengersOf = (s: Sortie | undefined, areaId: string): number =>
  s?.allocations.find((a) => a.assemblyAreaId === areaId)?.passengers ?? 0;

/**
 * Moves up to `passengers` people of an area from one sortie to another (never more than the source
 * sortie carries). The moved people are unlocked on the target: a planner locks deliberately.
 */
export function movePassengers(
  sorties: readonly Sortie[], areaId: string, fromSortieId: string, toSortieId: string, passengers: number,
): Sortie[] {
  if (fromSortieId === toSortieId) return [...sorties];
  const from = sorties.find((s) => s.id === fromSortieId);
  const to = sorties.find((s) => s.id === toSortieId);
  if (!from) throw new Error(`No sortie ${fromSortieId} in this plan`);
  if (!to) throw new Error(`No sortie ${toSortieId} in this plan`);
  const available = passengersOf(from, areaId);
  const n = Math.min(clampCount(passengers), available);
  if (n === 0) return [...sorties];
  const step = setPassengers(sorties, fromSortieId, areaId, available - n);
  return setPassengers(step, toSortieId, areaId, passengersOf(to, areaId) + n);
}

export function setLocked(sorties: readonly Sortie[], sortieId: string, areaId: string, locked: boolean): Sortie[] {
  return mapSortie(sorties, sortieId, (s) => ({
    ...s,
    allocations: s.allocations
      .map((a) => (a.assemblyAreaId === areaId ? { ...a, locked } : a))
      .filter((a) => a.passengers > 0 || a.locked),
  }));
}

export interface NewSortie { offerId: string; originAirportId: string; destinationAirportId: string; departAt: string }

let seq = 0;
/** Ids for sorties made in the page; the server keeps them (its id pattern allows this form). */
export function draftSortieId(now: number = Date.now()): string {
  seq = (seq + 1) % 1_000_000;
  return `draft-${now.toString(36)}-${seq.toString(36)}`;
}

export function addSortie(sorties: readonly Sortie[], s: NewSortie, id: string = draftSortieId()): Sortie[] {
  if (sorties.some((x) => x.id === id)) throw new Error(`Sortie ${id} exists already`);
  return [...sorties, { id, ...s, allocations: [] }];
}

export function removeSortie(sorties: readonly Sortie[], sortieId: string): Sortie[] {
  const out = sorties.filter((s) => s.id !== sortieId);
  if (out.length === sorties.length) throw new Error(`No sortie ${sortieId} in this plan`);
  return out;
}

export function setDeparture(sorties: readonly Sortie[], sortieId: string, departAt: string): Sortie[] {
  if (Number.isNaN(Date.parse(departAt))) throw new Error(`Not a time: ${departAt}`);
  return mapSortie(sorties, sortieId, (s) => ({ ...s, departAt: new Date(departAt).toISOString() }));
}

/** Every allocation of an area, with its sortie, in departure order. */
export function allocationsOfArea(sorties: readonly Sortie[], areaId: string) {
  return sorties
    .flatMap((s) => s.allocations.filter((a) => a.assemblyAreaId === areaId).map((a) => ({ sortie: s, allocation: a })))
    .sort((x, y) => x.sortie.departAt.localeCompare(y.sortie.departAt));
}

/** True when the draft differs from what was loaded (order-insensitive on sorties). */
export function isDirty(saved: readonly Sortie[], draft: readonly Sortie[]): boolean {
  if (saved.length !== draft.length) return true;
  const key = (s: Sortie) => JSON.stringify([s.id, s.offerId, s.originAirportId, s.destinationAirportId, Date.parse(s.departAt),
    [...s.allocations].sort((a, b) => a.assemblyAreaId.localeCompare(b.assemblyAreaId))]);
  const a = new Set(saved.map(key));
  return draft.some((s) => !a.has(key(s)));
}
