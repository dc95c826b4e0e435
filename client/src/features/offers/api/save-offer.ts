import type { LiftOffer } from '../../../../../shared/schemas/domain.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateQueries } from '../../../lib/query.ts';
import type { OfferBody } from '../form/offer-draft.ts';

const refresh = () => void invalidateQueries(['lift-offers']);

/** Submits a new offer (a liaison's is always for their own partner). */
export async function createOffer(body: OfferBody): Promise<LiftOffer> {
  const offer = await api.post<LiftOffer>('/lift-offers', body);
  refresh();
  return offer;
}

/** Saves changes made to `version`; 409 (code "conflict") when someone saved the offer since. */
export async function updateOffer(id: string, version: number, changes: Partial<OfferBody>): Promise<LiftOffer> {
  const offer = await api.patch<LiftOffer>(`/lift-offers/${encodeURIComponent(id)}`, { ...changes, version });
  refresh();
  return offer;
}

export async function withdrawOffer(id: string, version: number): Promise<LiftOffer> {
  const offer = await api.patch<LiftOffer>(`/lift-offers/${encodeURIComponent(id)}`, { version, status: 'withdrawn' });
  refresh();
  return offer;
}
