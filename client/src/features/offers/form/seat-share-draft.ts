import type { SeatShareDeparture } from '../../../../../shared/schemas/domain.ts';
import { SAME_DEPARTURE_MS } from '../../../../../shared/offers/seat-share.ts';
import { utcToZoned, zonedToUtc } from './time-zones.ts';

/** One of the partner's own departures as typed: an origin and a wall-clock time in the form's zone. */
export interface DepartureDraft { originAirportId: string; departAt: string }

/** Message keys (offers:form.seatShare.errors.*), the same rules as the server (shared/offers/seat-share.ts). */
export const DEPARTURE_ERRORS = ['departuresMissing', 'originMissing', 'originNotListed', 'timeMissing', 'outsideWindow', 'listedTwice'] as const;
export type DepartureError = (typeof DEPARTURE_ERRORS)[number];
export interface DepartureProblem { code: DepartureError; row: number }

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
    const fail = (code: DepartureError) => ({ departures: null, problem: { code, row: i + 1 } });
    if (!r.originAirportId) return fail('originMissing');
    if (!origins.includes(r.originAirportId)) return fail('originNotListed');
    const at = zonedToUtc(r.departAt, zone);
    if (!at) return fail('timeMissing');
    const t = Date.parse(at);
    if (window && !(t >= Date.parse(window.from) && t <= Date.parse(window.to))) return fail('outsideWindow');
    if (out.some((d) => d.originAirportId === r.originAirportId && Math.abs(Date.parse(d.departAt) - t) < SAME_DEPARTURE_MS)) return fail('listedTwice');
    out.push({ originAirportId: r.originAirportId, departAt: at });
  }
  return { departures: out, problem: null };
}
