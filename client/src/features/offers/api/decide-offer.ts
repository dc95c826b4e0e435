import type { LiftOffer } from '../../../../../shared/schemas/domain.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateQueries } from '../../../lib/query.ts';

/** A planner accepts or declines, with a note back to the liaison; 409 when the offer changed since `version`. */
export async function decideOffer(id: string, version: number, status: 'accepted' | 'declined', note: string): Promise<LiftOffer> {
  const offer = await api.post<LiftOffer>(`/lift-offers/${encodeURIComponent(id)}/decision`, {
    status, version, ...(note.trim() ? { note: note.trim() } : {}),
  });
  void invalidateQueries(['lift-offers']);
  return offer;
}
