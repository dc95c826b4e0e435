import type { Partner } from '../../shared/schemas/domain.ts';
import { checkOfferFacts } from '../../shared/offers/offer-facts.ts';
import { listAircraftTypes } from '../repositories/aircraft.repository.ts';
import { listOffers } from '../repositories/offers.repository.ts';
import type { Db } from '../repositories/db-type.ts';

/**
 * The partner's submitted and accepted offers that its changed categories would contradict. A change that
 * leaves any is refused, so no live offer ever breaks the rule (the database trigger refuses it as well).
 */
export async function liveOffersBrokenBy(db: Db, partner: Partner): Promise<{ id: string; reason: string }[]> {
  const offers = (await listOffers(db, { partnerId: partner.id })).filter((o) => o.status === 'submitted' || o.status === 'accepted');
  if (offers.length === 0) return [];
  const types = new Map((await listAircraftTypes(db)).map((t) => [t.type, t]));
  return offers.flatMap((o) => {
    const facts = checkOfferFacts(o, partner, types.get(o.aircraftType));
    return facts.ok ? [] : [{ id: o.id, reason: `${facts.field}: ${facts.reason}` }];
  });
}
