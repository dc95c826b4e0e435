import type { PartnerTasking } from '../schemas/summary.ts';
import { nextLegOf, tailsBySortie } from '../plan/solve/rotations.ts';
import {
  byDeparture, modeAt, passengersOf, seatsOf, sortiePriorities, toPriorities, type SummaryContext,
} from './context.ts';

function nextOf(ctx: SummaryContext, sortieId: string): { departAt: string; originLabel: string } | null {
  const leg = nextLegOf(ctx.rotations, sortieId);
  return leg ? { departAt: leg.departAt, originLabel: ctx.airportLabel(leg.originAirportId) } : null;
}

/** What the plan asks of each partner: their sorties in departure order, with seats and passengers. */
export function taskingByPartner(ctx: SummaryContext): PartnerTasking[] {
  const byPartner = new Map<string, PartnerTasking>();
  const planned = new Map<string, number>();
  const tails = tailsBySortie(ctx.rotations);
  for (const s of [...ctx.sorties].sort(byDeparture)) {
    const offer = ctx.idx.offers.get(s.offerId);
    const partnerId = offer?.partnerId ?? 'unknown';
    const partner = ctx.idx.partners.get(partnerId);
    let t = byPartner.get(partnerId);
    if (!t) {
      t = {
        partnerId, name: partner?.name ?? (offer ? partnerId : 'Unknown offer'), nation: partner?.nation ?? null,
        sorties: 0, seats: 0, passengers: 0, firstDepartureAt: null, lastDepartureAt: null, offers: [], sortieRows: [],
      };
      byPartner.set(partnerId, t);
    }
    const seats = seatsOf(ctx, s);
    const passengers = passengersOf(s);
    t.sorties++; t.seats += seats; t.passengers += passengers;
    t.firstDepartureAt ??= s.departAt;
    t.lastDepartureAt = s.departAt;
    planned.set(s.offerId, (planned.get(s.offerId) ?? 0) + 1);
    t.sortieRows.push({
      sortieId: s.id, offerId: s.offerId, aircraftType: offer?.aircraftType ?? '?', category: offer?.category ?? null,
      mode: modeAt(ctx, s.originAirportId), departAt: s.departAt,
      originId: s.originAirportId, originLabel: ctx.airportLabel(s.originAirportId),
      destinationId: s.destinationAirportId, destinationLabel: ctx.airportLabel(s.destinationAirportId),
      seats, passengers, outByPriority: toPriorities(sortiePriorities(ctx, s)),
      areas: s.allocations.filter((a) => a.passengers > 0).map((a) => ({
        assemblyAreaId: a.assemblyAreaId, name: ctx.idx.areas.get(a.assemblyAreaId)?.name ?? a.assemblyAreaId, passengers: a.passengers,
      })),
      tail: tails.get(s.id) ?? null,
      next: nextOf(ctx, s.id),
    });
  }
  for (const t of byPartner.values()) {
    const offerIds = [...new Set(t.sortieRows.map((r) => r.offerId))].sort();
    t.offers = offerIds.map((offerId) => {
      const o = ctx.idx.offers.get(offerId);
      return { offerId, aircraftType: o?.aircraftType ?? '?', planned: planned.get(offerId) ?? 0, offered: o?.sorties ?? 0 };
    });
  }
  return [...byPartner.values()].sort((a, b) => b.sorties - a.sorties || a.name.localeCompare(b.name));
}
