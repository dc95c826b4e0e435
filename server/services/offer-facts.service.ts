import type { OperatorCategory } from '../../shared/schemas/common.ts';
import { checkOfferFacts, type Derived } from '../../shared/offers/offer-facts.ts';
import { getAircraftType } from '../repositories/aircraft.repository.ts';
import { getPartner } from '../repositories/partners.repository.ts';
import { airportModes } from '../repositories/airports.repository.ts';
import { badRequest, badRequestCoded } from '../lib/errors.ts';
import type { Db } from '../repositories/db-type.ts';

export interface OfferFactsInput {
  partnerId: string; category?: OperatorCategory | undefined; aircraftType: string; seatsPerSortie: number;
  /** When given, the points' modes are checked too (air and sea do not mix). */
  originAirportIds?: readonly string[]; destinationAirportId?: string;
}

/** The offer checked against its partner and the catalogue (see shared/offers/offer-facts.ts); undefined = unknown partner. */
export async function offerFacts(db: Db, o: OfferFactsInput): Promise<Derived | undefined> {
  const partner = await getPartner(db, o.partnerId);
  if (!partner) return undefined;
  const type = await getAircraftType(db, o.aircraftType);
  if (o.originAirportIds === undefined || o.destinationAirportId === undefined) return checkOfferFacts(o, partner, type);
  const modes = await airportModes(db, [...o.originAirportIds, o.destinationAirportId]);
  const point = (id: string) => ({ id, mode: modes.get(id) });
  return checkOfferFacts(o, partner, type, { origins: o.originAirportIds.map(point), destination: point(o.destinationAirportId) });
}

/** The category the offer has; a 400 naming `body.<field>` when it contradicts its partner or its type. */
export async function requireOfferFacts(db: Db, o: OfferFactsInput): Promise<OperatorCategory> {
  const facts = await offerFacts(db, o);
  if (!facts) throw badRequest('body.partnerId', `unknown partner ${o.partnerId}`);
  if (!facts.ok) throw badRequestCoded(`body.${facts.field}`, facts.reason, facts.words.code, facts.words.params);
  return facts.category;
}
