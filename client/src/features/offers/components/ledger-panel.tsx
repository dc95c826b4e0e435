import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Airport } from '../../../../../shared/schemas/domain.ts';
import type { SeatRequest } from '../../../../../shared/schemas/seat-requests.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { ErrorAlert, Spinner } from '../../../components/feedback.tsx';
import { useOwnLedger, useSeatRequests } from '../api/get-ledger.ts';
import { withdrawSeatRequest } from '../api/save-seat-request.ts';
import { SeatRequestForm } from './seat-request-form.tsx';

/**
 * The liaison's view of reciprocity (issue 15): what their partner offered and Japan used, the seats asked
 * for their nationals, how many were accepted and how many the approved plan carries on Japan's lift.
 */
export function LedgerPanel({ partnerId, airports, zone }: { partnerId: string | null; airports: Airport[] | undefined; zone: string }) {
  const { t, i18n } = useTranslation('offers', { keyPrefix: 'ledger' });
  const ledger = useOwnLedger(partnerId);
  const requests = useSeatRequests();
  const [asking, setAsking] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const n = (x: number) => x.toLocaleString(i18n.language);
  const label = (id: string) => { const a = airports?.find((x) => x.id === id); return a ? a.iata ?? a.name : id; };
  async function withdraw(r: SeatRequest) {
    setFailure(null);
    setNotice(null);
    try {
      await withdrawSeatRequest(r);
      setNotice(t('withdrawnNotice'));
    } catch (x) {
      // A decision or an edit since the list was read: reload it and say so, rather than withdraw blind.
      setFailure(x instanceof ApiError && x.status === 409 ? new Error(t('conflict')) : x);
      void requests.refetch();
    }
  }
  const l = ledger.data;
  return (
    <section aria-labelledby="ledger" className="ledger" data-testid="liaison-ledger">
      <h2 id="ledger">{t('title')}</h2>
      {ledger.status === 'error' && <ErrorAlert error={ledger.error} />}
      {!l && ledger.status !== 'error' && <Spinner label={t('loading')} />}
      {l && (
        <>
          <p className="muted">{l.plan ? t('onPlan', { plan: l.plan.name, version: l.plan.version }) : t('noPlan')}</p>
          <dl className="ledger-figures">
            <dt>{t('offered')}</dt><dd data-figure="offered">{n(l.offered.seats)}</dd>
            <dt>{t('used')}</dt><dd data-figure="used">{t('usedValue', { people: n(l.used.japaneseCarried), sorties: n(l.used.sorties) })}</dd>
            <dt>{t('requested')}</dt><dd data-figure="requested">{n(l.given.requested)}</dd>
            <dt>{t('accepted')}</dt><dd data-figure="accepted">{n(l.given.accepted)}</dd>
            <dt>{t('given')}</dt><dd data-figure="given">{n(l.given.carried)}</dd>
          </dl>
          {l.actual && (
            <p data-testid="ledger-actual">{t('actual', { sorties: n(l.actual.sortiesDeparted), japanese: n(l.actual.japaneseCarried), nationals: n(l.actual.nationalsCarried) })}</p>
          )}
        </>
      )}
      <div className="row">
        <h3>{t('requestsTitle')}</h3>
        {partnerId && !asking && airports && <button type="button" className="btn btn-small btn-primary" onClick={() => { setNotice(null); setAsking(true); }}>{t('ask')}</button>}
      </div>
      {notice && <div className="alert alert-ok" role="status"><span>{notice}</span></div>}
      {failure !== null && <ErrorAlert error={failure} />}
      {asking && airports && (
        <SeatRequestForm airports={airports} zone={zone} onCancel={() => setAsking(false)}
          onDone={(r) => { setAsking(false); setNotice(t('sent', { seats: n(r.seats) })); }} />
      )}
      {requests.status === 'error' && <ErrorAlert error={requests.error} />}
      {requests.data && (requests.data.length === 0 ? <p className="muted">{t('noRequests')}</p> : (
        <table className="table">
          <thead><tr><th>{t('status')}</th><th>{t('places')}</th><th className="num">{t('seats')}</th><th className="num">{t('accepted')}</th><th>{t('note')}</th><th /></tr></thead>
          <tbody>
            {requests.data.map((r) => (
              <tr key={r.id}>
                <td>{t(`statusOf.${r.status}`)}</td>
                <td>{r.places.map((p) => `${label(p.id)} ${n(p.seats)}`).join(', ')}</td>
                <td className="num">{n(r.seats)}</td>
                <td className="num">{r.acceptedSeats === null ? '—' : n(r.acceptedSeats)}</td>
                <td>{r.decisionNote ?? ''}</td>
                <td>{r.status !== 'withdrawn' && <button type="button" className="btn btn-small btn-danger" onClick={() => void withdraw(r)}>{t('withdraw')}</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
