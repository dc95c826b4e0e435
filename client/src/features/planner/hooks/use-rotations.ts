import { useMemo } from 'react';
import type { Sortie } from '../../../../../shared/schemas/domain.ts';
import type { OfferRotation } from '../../../../../shared/schemas/rotations.ts';
import { assignRotations, tailsBySortie } from '../../../../../shared/plan/solve/rotations.ts';
import type { Lookup } from '../components/sortie-label.ts';

export interface Rotations { rotations: OfferRotation[]; tails: Map<string, number> }

/** The draft's airframe rotations, recomputed as it is edited (the same code the server stores). */
export function useRotations(lookup: Lookup, sorties: readonly Sortie[]): Rotations {
  return useMemo(() => {
    const rotations = assignRotations([...lookup.offers.values()], sorties);
    return { rotations, tails: tailsBySortie(rotations) };
  }, [lookup.offers, sorties]);
}
