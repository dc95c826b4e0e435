import type { AirportDepartures } from '../schemas/summary.ts';
import { HOUR_MS, toMs } from '../plan/snapshot.ts';
import {
  addSplit, byDeparture, modeAt, passengersOf, seatsOf, sortiePriorities, toPriorities, type Split, type SummaryContext,
} from './context.ts';

/** Departures per origin airport and clock hour (UTC), against the airport's departures per hour. */
export function departuresByAirport(ctx: SummaryContext): AirportDepartures[] {
  const byAirport = new Map<string, AirportDepartures & { split: Split; hourIndex: Map<number, AirportDepartures['hours'][number]> }>();
  for (const s of [...ctx.sorties].sort(byDeparture)) {
    const airport = ctx.idx.airports.get(s.originAirportId);
    let a = byAirport.get(s.originAirportId);
    if (!a) {
      a = {
        airportId: s.originAirportId, label: ctx.airportLabel(s.originAirportId), name: airport?.name ?? s.originAirportId,
        country: airport?.country ?? 'ZZ', mode: modeAt(ctx, s.originAirportId), departuresPerHour: airport?.departuresPerHour ?? 0,
        sorties: 0, seats: 0, passengers: 0, outByPriority: toPriorities([0, 0, 0]), hours: [],
        split: [0, 0, 0], hourIndex: new Map(),
      };
      byAirport.set(s.originAirportId, a);
    }
    const seats = seatsOf(ctx, s);
    const pax = passengersOf(s);
    a.sorties++; a.seats += seats; a.passengers += pax;
    addSplit(a.split, sortiePriorities(ctx, s));
    const hour = Math.floor(toMs(s.departAt) / HOUR_MS);
    let h = a.hourIndex.get(hour);
    if (!h) {
      h = { hourStart: new Date(hour * HOUR_MS).toISOString(), sorties: 0, seats: 0, passengers: 0, overCapacity: false, partners: [], destinations: [] };
      a.hourIndex.set(hour, h);
      a.hours.push(h);
    }
    h.sorties++; h.seats += seats; h.passengers += pax;
    h.overCapacity = h.sorties > a.departuresPerHour;
    const offer = ctx.idx.offers.get(s.offerId);
    const partner = offer ? (ctx.idx.partners.get(offer.partnerId)?.name ?? offer.partnerId) : s.offerId;
    if (!h.partners.includes(partner)) h.partners.push(partner);
    const dest = ctx.airportLabel(s.destinationAirportId);
    if (!h.destinations.includes(dest)) h.destinations.push(dest);
  }
  return [...byAirport.values()]
    .map(({ split, hourIndex: _h, ...a }) => ({ ...a, outByPriority: toPriorities(split) }))
    .sort((a, b) => b.passengers - a.passengers || a.label.localeCompare(b.label));
}
