import type { LiftOffer, Sortie } from '../../shared/schemas/domain.ts';
import type { SortieState } from '../../shared/schemas/operation.ts';
import type { NewOperationSortie } from '../repositories/operations.repository.ts';

/** A plan's sorties as execution records: the partner and seats come from their offers. */
export function sortieRows(planId: string, sorties: readonly Sortie[], offers: ReadonlyMap<string, LiftOffer>, state: SortieState, username: string,
  change: (s: Sortie) => Pick<NewOperationSortie, 'change' | 'replacesSortieId'> = () => ({})): NewOperationSortie[] {
  return sorties.map((s) => {
    const offer = offers.get(s.offerId);
    return {
      sortieId: s.id, planId, offerId: s.offerId, partnerId: offer?.partnerId ?? 'unknown',
      originAirportId: s.originAirportId, destinationAirportId: s.destinationAirportId, plannedDepartAt: s.departAt,
      planned: s.allocations.map((a) => ({ assemblyAreaId: a.assemblyAreaId, passengers: a.passengers })),
      seats: offer?.seatsPerSortie ?? 0, state, updatedBy: username, ...change(s),
    };
  });
}
