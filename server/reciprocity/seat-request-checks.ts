import type { SeatRequest } from '../../shared/schemas/seat-requests.ts';
import { getPartner } from '../repositories/partners.repository.ts';
import { existingAirportIds } from '../repositories/airports.repository.ts';
import { badRequest } from '../lib/errors.ts';
import type { Db } from '../repositories/db-type.ts';

/** Seats asked for: the sum of the places' seats (the request states them per place, where people are). */
export const requestedSeats = (places: SeatRequest['places']): number => places.reduce((n, p) => n + p.seats, 0);

/**
 * The checks of every write of a request, each a 400 naming the field: the partner and every place exist,
 * no place twice, the priority mix fits the seats, the window ends after it starts.
 */
export async function checkSeatRequest(db: Db, r: SeatRequest): Promise<void> {
  if (!(await getPartner(db, r.partnerId))) throw badRequest('body.partnerId', `unknown partner ${r.partnerId}`);
  const seen = new Set<string>();
  r.places.forEach((p, i) => {
    const key = `${p.kind}|${p.id}`;
    if (seen.has(key)) throw badRequest(`body.places[${i}]`, `lists ${p.kind} ${p.id} twice`);
    seen.add(key);
  });
  const areaIds = r.places.filter((p) => p.kind === 'area').map((p) => p.id);
  const areas = areaIds.length === 0 ? new Set<string>()
    : new Set((await db.selectFrom('assembly_areas').select('id').where('id', 'in', areaIds).execute()).map((a) => a.id));
  const airports = await existingAirportIds(db, r.places.filter((p) => p.kind === 'airport').map((p) => p.id));
  r.places.forEach((p, i) => {
    if (!(p.kind === 'area' ? areas : airports).has(p.id)) {
      throw badRequest(`body.places[${i}].id`, `unknown ${p.kind === 'area' ? 'assembly area' : 'airport or port'} ${p.id}`);
    }
  });
  if (r.priority1 > r.seats) throw badRequest('body.priority1', `is ${r.priority1}, more than the ${r.seats} seats requested`);
  if (r.priority1 + r.priority2 > r.seats) {
    throw badRequest('body.priority2', `priority1 + priority2 is ${r.priority1 + r.priority2}, more than the ${r.seats} seats requested`);
  }
  if (Date.parse(r.windowTo) <= Date.parse(r.windowFrom)) throw badRequest('body.windowTo', 'must be after windowFrom');
}
