import type { SeatShareDeparture } from '../../../../../shared/schemas/domain.ts';
import { seatShareProblem, type SeatShareCode } from '../../../../../shared/offers/seat-share.ts';
import { utcToZoned, zonedToUtc } from './time-zones.ts';

/** One of the partner's own departures as typed: an origin and a wall-clock time in the form's zone. */
export interface DepartureDraft { originAirportId: string; departAt: string }

/** Message keys (offers:form.seatShare.errors.*), the same rules as the server (shared/offers/seat-share.ts). */
export const DEPARTURE_ERRORS = ['departuresMissing', 'originMissing', 'originNotListed', 'timeMissing', 'outsideWindow', 'listedTwice'] as const;
export type DepartureError = (typeof DEPARTURE_ERRORS)[number];
export interface DepartureProblem { code: DepartureError; row: number }

const SERVER_CODE: Record<SeatShareCode, DepartureError> = {
  origin_not_listed: 'originNotListed', outside_window: 'outsideWindow', listed_twice: 'listedTwice', sorties_mismatch: 'departuresMissing',
};

export const emptyDeparture = (origin = ''): DepartureDraft => ({ originAirportId: origin, departAt: '' });

export const departuresFromOffer = (list: readonly SeatShareDeparture[] | undefined, zone: string): DepartureDraft[] =>
  (list ?? []).map((d) => ({ originAirportId: d.originAirportId, departAt: utcToZoned(d.departAt, zone) }));

export function rezoneDepartures(rows: readonly DepartureDraft[], from: string, to: string): DepartureDraft[] {
  return rows.map((r) => {
    const utc = zonedToUtc(r.departAt, from);
    return utc ? { ...r, departAt: utcToZoned(utc, to) } : r;
  });
}

/**
 * The departures as the API takes them, or the first row that is wrong (1-based). `window`: the offer's
 * availability as UTC instants, null while it is not typed yet (then only the rows themselves are checked).
 */
export function checkDepartures(rows: readonly DepartureDraft[], origins: readonly string[], window: { from: string; to: string } | null, zone: string):
  { departures: SeatShareDeparture[]; problem: null } | { departures: null; problem: DepartureProblem } {
  if (rows.length === 0) return { departures: null, problem: { code: 'departuresMissing', row: 0 } };
  const out: SeatShareDeparture[] = [];
  for (const [i, r] of rows.entries()) {
    const at = zonedToUtc(r.departAt, zone);
    if (!r.originAirportId || !at) return { departures: null, problem: { code: r.originAirportId ? 'timeMissing' : 'originMissing', row: i + 1 } };
    out.push({ originAirportId: r.originAirportId, departAt: at });
  }
  // The rest is the server's own rule (origins, window, listed twice); without a window yet, the window is open.
  const problem = seatShareProblem({
    sorties: out.length, originAirportIds: [...origins], seatShare: { departures: out },
    availableFrom: window?.from ?? new Date(-8.64e15).toISOString(), availableTo: window?.to ?? new Date(8.64e15).toISOString(),
  });
  const row = problem && Number(/departures\[(\d+)\]/.exec(problem.field)?.[1] ?? -1) + 1;
  if (problem && row) return { departures: null, problem: { code: SERVER_CODE[problem.code], row } };
  return { departures: out, problem: null };
}

/** A seat-share detail of the API's 400 (`seatShare.departures[i]…`, a SeatShareCode) as the form's own problem. */
export function serverDepartureProblem(path: string, code: unknown): DepartureProblem | null {
  if (typeof code !== 'string' || !(code in SERVER_CODE)) return null;
  const row = Number(/departures\[(\d+)\]/.exec(path)?.[1] ?? -1) + 1;
  return { code: SERVER_CODE[code as SeatShareCode], row: Math.max(0, row) };
}
