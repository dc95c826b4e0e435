import type { SummaryContext } from '../summary/context.ts';
import { byDeparture, passengersOf, seatsOf } from '../summary/context.ts';
import { summaryMap } from '../summary/summary-map.ts';
import { airportFeature, areaFeature, collection, hazardFeature, lineFeature, type ExportCollection, type ExportFeature } from './geojson.ts';

/**
 * A plan's legs as GeoJSON: one `flight` line per sortie (origin → destination airport, with its offer,
 * partner, departure and passengers), one `ground_leg` line per area → airport pair (passengers summed), and
 * the areas and airports they touch as points. `withHazards` adds the scenario's hazard zones: a partner's
 * tasking leaves them out, as its printed summary does (they are the crisis cell's to brief).
 */
export function planGeoJson(ctx: SummaryContext, plan: { id: string; version: number; name: string; status: string }, o: { selection: boolean; withHazards: boolean }): ExportCollection {
  const map = summaryMap(ctx, o.selection);
  const features: ExportFeature[] = [];
  const planProps = { planId: plan.id, planVersion: plan.version };
  for (const s of [...ctx.sorties].sort(byDeparture)) {
    const from = ctx.idx.airports.get(s.originAirportId);
    const to = ctx.idx.airports.get(s.destinationAirportId);
    if (!from || !to) continue;
    const offer = ctx.idx.offers.get(s.offerId);
    const partner = offer ? ctx.idx.partners.get(offer.partnerId) : undefined;
    const passengers = passengersOf(s);
    features.push(lineFeature('flight', s.id, [from.lon, from.lat], [to.lon, to.lat], {
      ...planProps, sortieId: s.id, name: `${ctx.airportLabel(s.originAirportId)} → ${ctx.airportLabel(s.destinationAirportId)} ${s.departAt}`,
      departAt: s.departAt, originAirportId: s.originAirportId, destinationAirportId: s.destinationAirportId,
      offerId: s.offerId, partnerId: offer?.partnerId ?? null, partner: partner?.name ?? null, category: offer?.category ?? null,
      aircraftType: offer?.aircraftType ?? null, seats: seatsOf(ctx, s), passengers,
      description: `${partner?.name ?? s.offerId} ${offer?.aircraftType ?? ''}: ${passengers} passengers, departs ${s.departAt}`,
    }));
  }
  for (const leg of map.legs) {
    const area = ctx.idx.areas.get(leg.areaId);
    features.push(lineFeature('ground_leg', `${leg.areaId}>${leg.airportId}`, leg.from, leg.to, {
      ...planProps, name: `${area?.name ?? leg.areaId} → ${ctx.airportLabel(leg.airportId)}`,
      assemblyAreaId: leg.areaId, airportId: leg.airportId, passengers: leg.passengers,
    }));
  }
  for (const a of map.areas) {
    const area = ctx.idx.areas.get(a.id);
    if (area) features.push(areaFeature(area, { planned: a.planned }));
  }
  for (const a of map.airports) {
    const airport = ctx.idx.airports.get(a.id);
    if (airport) features.push(airportFeature(airport, { scenarioStatus: a.state, sdfDenied: a.sdfDenied, sorties: a.sorties, passengers: a.passengers }));
  }
  if (o.withHazards) features.push(...ctx.snapshot.scenario.hazardZones.map(hazardFeature));
  return collection(features);
}
