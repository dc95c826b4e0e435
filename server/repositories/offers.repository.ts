import type { Selectable } from 'kysely';
import type { LiftOfferTable } from '../db/database.ts';
import type { LiftOffer, OfferStatus } from '../../shared/schemas/domain.ts';
import { iso, jsonb } from '../lib/json.ts';
import { offerFlags } from '../../shared/offers/offer-facts.ts';
import type { Db } from './db-type.ts';
import { keysetPage, type PageRequest, type PageResult } from './keyset.ts';
import type { ListSpec } from '../lib/pagination.ts';

type OfferRow = Selectable<LiftOfferTable> & { catalogue_type: string | null; typical_pax: number | null; max_pax_evac: number | null };

function toOffer(r: OfferRow, origins: string[]): LiftOffer {
  const type = r.catalogue_type === null ? undefined : { seats: r.typical_pax, maxPaxEvac: r.max_pax_evac };
  return {
    id: r.id, partnerId: r.partner_id, category: r.category, aircraftType: r.aircraft_type,
    seatsPerSortie: r.seats_per_sortie, sorties: r.sorties, aircraftCount: r.aircraft_count,
    availableFrom: iso(r.available_from), availableTo: iso(r.available_to),
    originAirportIds: origins, destinationAirportId: r.destination_airport_id,
    turnaroundHours: r.turnaround_hours, seatShare: r.seat_share ?? null, status: r.status, note: r.note, decisionNote: r.decision_note, version: r.version,
    flags: offerFlags(type),
  };
}

export interface OfferFilter { status?: OfferStatus; partnerId?: string; category?: string; id?: string }

function filtered(db: Db, f: OfferFilter) {
  // What the catalogue says of the offer's type, for its flags (not in catalogue, seats unchecked).
  let q = db.selectFrom('lift_offers').leftJoin('aircraft_types', 'aircraft_types.type', 'lift_offers.aircraft_type')
    .selectAll('lift_offers')
    .select(['aircraft_types.type as catalogue_type', 'aircraft_types.typical_pax', 'aircraft_types.max_pax_evac']);
  if (f.status) q = q.where('lift_offers.status', '=', f.status);
  // '' (a liaison without a partner) matches nothing, never everything.
  if (f.partnerId !== undefined) q = q.where('lift_offers.partner_id', '=', f.partnerId);
  if (f.category) q = q.where('lift_offers.category', '=', f.category as LiftOffer['category']);
  if (f.id) q = q.where('lift_offers.id', '=', f.id);
  return q;
}

async function withOrigins(db: Db, rows: OfferRow[]): Promise<LiftOffer[]> {
  if (rows.length === 0) return [];
  const origins = await db.selectFrom('lift_offer_origins').select(['offer_id', 'airport_id'])
    .where('offer_id', 'in', rows.map((r) => r.id)).orderBy('offer_id').orderBy('position').execute();
  const byOffer = new Map<string, string[]>();
  for (const o of origins) {
    const list = byOffer.get(o.offer_id) ?? [];
    list.push(o.airport_id);
    byOffer.set(o.offer_id, list);
  }
  return rows.map((r) => toOffer(r, byOffer.get(r.id) ?? []));
}

export async function listOffers(db: Db, f: OfferFilter = {}, forUpdate = false): Promise<LiftOffer[]> {
  let q = filtered(db, f).orderBy('lift_offers.partner_id').orderBy('lift_offers.id');
  // Locks the offer rows only: the catalogue is read, not changed.
  if (forUpdate) q = q.forUpdate(['lift_offers']);
  return withOrigins(db, await q.execute());
}

export const OFFER_LIST: ListSpec = { name: 'lift-offers', keys: [
  { column: 'lift_offers.partner_id', dir: 'asc', type: 'text' }, { column: 'lift_offers.id', dir: 'asc', type: 'text' },
] };
export async function pageOffers(db: Db, f: OfferFilter, page: PageRequest): Promise<PageResult<LiftOffer>> {
  const rows = await keysetPage(filtered(db, f), OFFER_LIST.keys, page, (r): OfferRow => r);
  return { ...rows, items: await withOrigins(db, rows.items) };
}

export async function getOffer(db: Db, id: string, forUpdate = false): Promise<LiftOffer | undefined> {
  return (await listOffers(db, { id }, forUpdate))[0];
}

const seatShareValue = (o: LiftOffer) => (o.seatShare ? jsonb(o.seatShare) : null);

async function writeOrigins(db: Db, offerId: string, airportIds: string[]) {
  await db.deleteFrom('lift_offer_origins').where('offer_id', '=', offerId).execute();
  await db.insertInto('lift_offer_origins')
    .values(airportIds.map((airport_id, position) => ({ offer_id: offerId, airport_id, position })))
    .execute();
}

export async function insertOffer(db: Db, o: LiftOffer) {
  await db.insertInto('lift_offers').values({
    id: o.id, partner_id: o.partnerId, category: o.category, aircraft_type: o.aircraftType,
    seats_per_sortie: o.seatsPerSortie, sorties: o.sorties, aircraft_count: o.aircraftCount,
    available_from: o.availableFrom, available_to: o.availableTo, destination_airport_id: o.destinationAirportId,
    turnaround_hours: o.turnaroundHours, status: o.status, note: o.note ?? null, decision_note: o.decisionNote ?? null, version: o.version,
    seat_share: seatShareValue(o), updated_at: new Date(),
  }).execute();
  await writeOrigins(db, o.id, o.originAirportIds);
}

/** Writes the whole offer as given (the caller merged the patch and bumped the version). */
export async function replaceOffer(db: Db, o: LiftOffer) {
  await db.updateTable('lift_offers').set({
    category: o.category, aircraft_type: o.aircraftType, seats_per_sortie: o.seatsPerSortie, sorties: o.sorties,
    aircraft_count: o.aircraftCount, available_from: o.availableFrom, available_to: o.availableTo,
    destination_airport_id: o.destinationAirportId, turnaround_hours: o.turnaroundHours, status: o.status,
    note: o.note ?? null, decision_note: o.decisionNote ?? null, version: o.version, seat_share: seatShareValue(o), updated_at: new Date(),
  }).where('id', '=', o.id).execute();
  await writeOrigins(db, o.id, o.originAirportIds);
}

export async function deleteOffer(db: Db, id: string) {
  await db.deleteFrom('lift_offers').where('id', '=', id).execute();
}
