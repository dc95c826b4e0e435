import type { SeatRequest, SeatRequestCreate } from '../../../../../shared/schemas/seat-requests.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateQueries } from '../../../lib/query.ts';

const refresh = () => { void invalidateQueries(['seat-requests']); void invalidateQueries(['ledger']); };

/** A liaison asks for seats on Japan's lift for their partner's nationals (the server sets the partner). */
export async function createSeatRequest(body: SeatRequestCreate): Promise<SeatRequest> {
  const saved = await api.post<SeatRequest>('/seat-requests', body);
  refresh();
  return saved;
}

/** Withdraws the version the liaison saw; 409 when the crisis cell decided or someone edited it since. */
export async function withdrawSeatRequest(r: Pick<SeatRequest, 'id' | 'version'>): Promise<SeatRequest> {
  const saved = await api.patch<SeatRequest>(`/seat-requests/${encodeURIComponent(r.id)}`, { status: 'withdrawn' }, { headers: { 'if-match': `"${r.version}"` } });
  refresh();
  return saved;
}

/** A planner decides how many of the requested seats Japan's lift carries (0 declines); 409 when someone decided since. */
export async function decideSeatRequest(r: Pick<SeatRequest, 'id' | 'version'>, acceptedSeats: number, note?: string): Promise<SeatRequest> {
  const saved = await api.post<SeatRequest>(`/seat-requests/${encodeURIComponent(r.id)}/decision`, { acceptedSeats, ...(note ? { note } : {}) }, { headers: { 'if-match': `"${r.version}"` } });
  refresh();
  return saved;
}
