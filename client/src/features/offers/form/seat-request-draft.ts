import type { SeatRequestCreate } from '../../../../../shared/schemas/seat-requests.ts';
import { zonedToUtc } from './time-zones.ts';

/** The seat-request form as typed: strings, so a half-typed number is kept as it is. */
export interface SeatRequestDraft {
  places: { id: string; seats: string }[];
  priority1: string;
  priority2: string;
  windowFrom: string;
  windowTo: string;
  note: string;
}
export type SeatRequestField = 'places' | 'priority1' | 'priority2' | 'windowFrom' | 'windowTo';
/** Message keys (offers:seatRequest.errors.*) per field. */
export type SeatRequestErrors = Partial<Record<SeatRequestField, string>>;

export const emptySeatRequest = (): SeatRequestDraft => ({ places: [{ id: '', seats: '' }], priority1: '0', priority2: '0', windowFrom: '', windowTo: '', note: '' });

const whole = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s) : NaN);

/**
 * The same checks as the server, before sending: at least one place with whole seats, no place twice, the
 * priority mix within the seats, a window that ends after it starts. The server checks again.
 */
export function checkSeatRequest(d: SeatRequestDraft, zone: string): { errors: SeatRequestErrors; body: SeatRequestCreate | null } {
  const errors: SeatRequestErrors = {};
  const places = d.places.filter((p) => p.id !== '' || p.seats !== '');
  const seats = places.map((p) => whole(p.seats));
  if (places.length === 0) errors.places = 'placesMissing';
  else if (places.some((p) => p.id === '')) errors.places = 'placeMissing';
  else if (seats.some((n) => !(n >= 1 && n <= 100_000))) errors.places = 'seatsInvalid';
  else if (new Set(places.map((p) => p.id)).size !== places.length) errors.places = 'placeTwice';
  const total = seats.reduce((a, b) => a + b, 0);
  const p1 = whole(d.priority1);
  const p2 = whole(d.priority2);
  if (Number.isNaN(p1)) errors.priority1 = 'countInvalid';
  if (Number.isNaN(p2)) errors.priority2 = 'countInvalid';
  else if (!errors.places && !Number.isNaN(p1) && p1 + p2 > total) errors.priority2 = 'priorityOverSeats';
  const from = zonedToUtc(d.windowFrom, zone);
  const to = zonedToUtc(d.windowTo, zone);
  if (!from) errors.windowFrom = 'timeMissing';
  if (!to) errors.windowTo = 'timeMissing';
  else if (from && Date.parse(to) <= Date.parse(from)) errors.windowTo = 'windowOrder';
  if (Object.keys(errors).length > 0 || !from || !to) return { errors, body: null };
  return {
    errors,
    body: {
      places: places.map((p, i) => ({ kind: 'airport' as const, id: p.id, seats: seats[i]! })),
      priority1: p1, priority2: p2, windowFrom: from, windowTo: to,
      ...(d.note.trim() ? { note: d.note.trim() } : {}),
    },
  };
}
