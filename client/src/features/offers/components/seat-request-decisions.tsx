import { useMemo, useState } from 'react';
import type { Airport } from '../../../../../shared/schemas/domain.ts';
import { airportTitle } from '../../../../../shared/plan/snapshot.ts';
import { useQuery } from '../../../lib/query.ts';
import { getAssemblyAreas, referenceKeys } from '../../planner/api/get-reference-data.ts';
import { useTranslation } from 'react-i18next';
import type { SeatRequest } from '../../../../../shared/schemas/seat-requests.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { ErrorAlert } from '../../../components/feedback.tsx';
import { useSeatRequests } from '../api/get-ledger.ts';
import { decideSeatRequest } from '../api/save-seat-request.ts';

/**
 * The planners' side of partners' seat requests (issue 15): each request with its places and priority mix, and
 * how many of its seats Japan's lift carries — the matcher plans up to that number, never more.
 */
export function SeatRequestDecisions({ partnerName, airports }: { partnerName: (id: string) => string; airports: ReadonlyMap<string, Airport> }) {
  const { t, i18n } = useTranslation('offers', { keyPrefix: 'seatDecisions' });
  const requests = useSeatRequests();
  // Areas are read only when a request names one (the registry can hold tens of thousands).
  const namesAreas = (requests.data ?? []).some((r) => r.places.some((p) => p.kind === 'area'));
  const areas = useQuery({ queryKey: referenceKeys.areas, queryFn: getAssemblyAreas, enabled: namesAreas });
  const areaNames = useMemo(() => new Map((areas.data ?? []).map((a) => [a.id, a.name])), [areas.data]);
  const placeName = (p: SeatRequest['places'][number]) => {
    const a = p.kind === 'airport' ? airports.get(p.id) : undefined;
    return a ? airportTitle(a, p.id, ' ') : areaNames.get(p.id) ?? p.id;
  };
  const [seats, setSeats] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const n = (x: number) => x.toLocaleString(i18n.language);
  async function decide(r: SeatRequest, accepted: number) {
    setFailure(null);
    try {
      await decideSeatRequest(r, accepted);
    } catch (x) {
      setFailure(x instanceof ApiError && x.status === 409 ? new Error(t('conflict')) : x);
      void requests.refetch();
    }
  }
  const live = (requests.data ?? []).filter((r) => r.status !== 'withdrawn');
  return (
    <section aria-labelledby="seat-decisions" data-testid="seat-decisions">
      <h2 id="seat-decisions">{t('title')}</h2>
      <p className="hint">{t('intro')}</p>
      {requests.status === 'error' && <ErrorAlert error={requests.error} />}
      {failure !== null && <ErrorAlert error={failure} />}
      {requests.data && live.length === 0 && <p className="empty">{t('none')}</p>}
      {live.length > 0 && (
        <div className="table-scroll"><table className="table">
          <thead><tr><th>{t('partner')}</th><th>{t('places')}</th><th className="num">{t('seats')}</th><th>{t('status')}</th><th>{t('decide')}</th></tr></thead>
          <tbody>
            {live.map((r) => {
              const value = seats[r.id] ?? String(r.acceptedSeats ?? r.seats);
              const accepted = /^\d+$/.test(value) ? Math.min(Number(value), r.seats) : NaN;
              return (
                <tr key={r.id}>
                  <td>{partnerName(r.partnerId)}</td>
                  <td>{r.places.map((p) => t('place', { place: placeName(p), seats: n(p.seats) })).join(t('placeSeparator'))}<div className="hint">{t('mix', { p1: n(r.priority1), p2: n(r.priority2) })}</div></td>
                  <td className="num">{n(r.seats)}</td>
                  <td>{r.acceptedSeats === null ? t('undecided') : t('decided', { seats: n(r.acceptedSeats) })}</td>
                  <td className="row-actions">
                    <input type="number" min={0} max={r.seats} step={1} aria-label={t('acceptedFor', { partner: partnerName(r.partnerId) })} value={value} onChange={(e) => setSeats({ ...seats, [r.id]: e.target.value })} />
                    <button type="button" className="btn btn-small btn-primary" disabled={Number.isNaN(accepted)} onClick={() => void decide(r, accepted)}>{t('accept')}</button>
                    <button type="button" className="btn btn-small btn-danger" onClick={() => void decide(r, 0)}>{t('decline')}</button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table></div>
      )}
    </section>
  );
}
