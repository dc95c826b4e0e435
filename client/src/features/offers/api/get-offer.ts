import type { LiftOffer } from '../../../../../shared/schemas/domain.ts';
import { api } from '../../../lib/api-client.ts';

/** One offer as stored now (after a 409, to reload what someone else saved). */
export const getOffer = (id: string, signal?: AbortSignal) => api.get<LiftOffer>(`/lift-offers/${encodeURIComponent(id)}`, { signal });
