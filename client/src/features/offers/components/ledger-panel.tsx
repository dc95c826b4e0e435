import { useTranslation } from 'react-i18next';
import { ErrorAlert, Spinner } from '../../../components/feedback.tsx';
import { useOwnLedger, useSeatRequests } from '../api/get-ledger.ts';

/**
 * The liaison's view of reciprocity (issue 15): what their partner offered and Japan used, the seats asked
 * for their nationals, how many were accepted and how many the approved plan carries on Japan's lift.
 */
export function LedgerPanel({ partnerId }: { partnerId: string | null }) {
  const { t, i18n } = useTranslation('offers', { keyPrefix: 'ledger' });
  const ledger = useOwnLedger(partnerId);
  const requests = useSeatRequests();
  const n = (x: number) => x.toLocaleString(i18n.language);
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
        </>
      )}
      <h3>{t('requestsTitle')}</h3>
      {requests.status === 'error' && <ErrorAlert error={requests.error} />}
      {requests.data && (requests.data.length === 0 ? <p className="muted">{t('noRequests')}</p> : (
        <table className="table">
          <thead><tr><th>{t('status')}</th><th>{t('places')}</th><th className="num">{t('seats')}</th><th className="num">{t('accepted')}</th><th>{t('note')}</th></tr></thead>
          <tbody>
            {requests.data.map((r) => (
              <tr key={r.id}>
                <td>{t(`statusOf.${r.status}`)}</td>
                <td>{r.places.map((p) => `${p.id} ${n(p.seats)}`).join(', ')}</td>
                <td className="num">{n(r.seats)}</td>
                <td className="num">{r.acceptedSeats === null ? '—' : n(r.acceptedSeats)}</td>
                <td>{r.decisionNote ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
