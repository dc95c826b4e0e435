import type { Selectable } from 'kysely';
import type { SeatRequestTable } from '../db/database.ts';
import type { SeatRequest, SeatRequestStatus } from '../../shared/schemas/seat-requests.ts';
import { iso, jsonb } from '../lib/json.ts';
import type { Db } from './db-type.ts';
import { keysetPage, type PageRequest, type PageResult } from './keyset.ts';
import type { ListSpec } from '../lib/pagination.ts';

const toRequest = (r: Selectable<SeatRequestTable>): SeatRequest => ({
  id: r.id, partnerId: r.partner_id, places: r.places, seats: r.seats, priority1: r.priority1, priority2: r.priority2,
  windowFrom: iso(r.window_from), windowTo: iso(r.window_to), note: r.note, status: r.status,
  acceptedSeats: r.accepted_seats, decisionNote: r.decision_note, version: r.version,
});

export interface SeatRequestFilter { partnerId?: string; status?: SeatRequestStatus; id?: string }

function filtered(db: Db, f: SeatRequestFilter) {
  let q = db.selectFrom('seat_requests').selectAll();
  // '' (a liaison without a partner) matches nothing, never everything.
  if (f.partnerId !== undefined) q = q.where('partner_id', '=', f.partnerId);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.id !== undefined) q = q.where('id', '=', f.id);
  return q;
}

export async function listSeatRequests(db: Db, f: SeatRequestFilter = {}, forUpdate = false): Promise<SeatRequest[]> {
  let q = filtered(db, f).orderBy('partner_id').orderBy('created_at').orderBy('id');
  if (forUpdate) q = q.forUpdate();
  return (await q.execute()).map(toRequest);
}

/** The list's order (a partner's requests together, oldest first), made unique by the id. */
export const SEAT_REQUEST_LIST: ListSpec = { name: 'seat-requests', keys: [
  { column: 'partner_id', dir: 'asc', type: 'text' }, { column: 'created_at', dir: 'asc', type: 'timestamptz' }, { column: 'id', dir: 'asc', type: 'text' },
] };
export const pageSeatRequests = (db: Db, f: SeatRequestFilter, page: PageRequest): Promise<PageResult<SeatRequest>> =>
  keysetPage(filtered(db, f), SEAT_REQUEST_LIST.keys, page, (r) => toRequest(r as Selectable<SeatRequestTable>));

/** `forUpdate` takes the row lock: a concurrent edit or decision waits, then sees this one's version. */
export async function getSeatRequest(db: Db, id: string, forUpdate = false): Promise<SeatRequest | undefined> {
  return (await listSeatRequests(db, { id }, forUpdate))[0];
}

const columns = (r: SeatRequest) => ({
  places: jsonb(r.places), seats: r.seats, priority1: r.priority1, priority2: r.priority2,
  window_from: r.windowFrom, window_to: r.windowTo, note: r.note, status: r.status,
  accepted_seats: r.acceptedSeats, decision_note: r.decisionNote, version: r.version, updated_at: new Date(),
});

export async function insertSeatRequest(db: Db, r: SeatRequest): Promise<void> {
  await db.insertInto('seat_requests').values({ id: r.id, partner_id: r.partnerId, ...columns(r) }).execute();
}

/** Writes the whole request as given (the caller holds the lock, checked the version and bumped it). */
export async function replaceSeatRequest(db: Db, r: SeatRequest): Promise<void> {
  await db.updateTable('seat_requests').set(columns(r)).where('id', '=', r.id).execute();
}
