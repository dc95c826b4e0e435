import type { Sortie } from '../../shared/schemas/domain.ts';
import type { SortieInput } from '../../shared/schemas/api.ts';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';
import { badRequest } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';

/**
 * Checks that every id a client sent refers to something of this scenario (a 400 naming the field
 * otherwise) and gives new sorties ids. Breaking the plan's rules is not an error here: the
 * validator lists those, and a draft may be saved with them.
 */
export function normaliseSorties(snapshot: PlanningSnapshot, input: SortieInput[]): Sortie[] {
  const offers = new Set(snapshot.offers.map((o) => o.id));
  const airports = new Set(snapshot.airports.map((a) => a.id));
  const areas = new Set(snapshot.areas.map((a) => a.id));
  const seen = new Set<string>();
  return input.map((s, i) => {
    const f = `body.sorties[${i}]`;
    const id = s.id ?? newId();
    if (seen.has(id)) throw badRequest(`${f}.id`, `duplicate sortie id ${id}`);
    seen.add(id);
    if (!offers.has(s.offerId)) throw badRequest(`${f}.offerId`, `unknown lift offer ${s.offerId}`);
    if (!airports.has(s.originAirportId)) throw badRequest(`${f}.originAirportId`, `unknown airport ${s.originAirportId}`);
    if (!airports.has(s.destinationAirportId)) throw badRequest(`${f}.destinationAirportId`, `unknown airport ${s.destinationAirportId}`);
    const areaSeen = new Set<string>();
    s.allocations.forEach((a, j) => {
      if (!areas.has(a.assemblyAreaId)) {
        throw badRequest(`${f}.allocations[${j}].assemblyAreaId`, `unknown assembly area ${a.assemblyAreaId} (or not in this scenario's countries)`);
      }
      if (areaSeen.has(a.assemblyAreaId)) throw badRequest(`${f}.allocations[${j}].assemblyAreaId`, 'area listed twice on one sortie: merge the passengers');
      areaSeen.add(a.assemblyAreaId);
    });
    return { ...s, id, allocations: s.allocations.filter((a) => a.passengers > 0 || a.locked) };
  });
}

export { parseIfMatch } from '../lib/if-match.ts';
