import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiftOffer } from '../../../../../shared/schemas/domain.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { useSession } from '../../../lib/session.ts';
import { Dialog, ErrorAlert, Spinner } from '../../../components/feedback.tsx';
import { ExportLinks } from '../../../components/export-links.tsx';
import { exportUrls } from '../../../lib/export-urls.ts';
import { useAircraft } from '../api/get-aircraft.ts';
import { useAirports } from '../api/get-airports.ts';
import { useOffers } from '../api/get-offers.ts';
import { usePartners } from '../api/get-partners.ts';
import { useTasking } from '../api/get-tasking.ts';
import { withdrawOffer } from '../api/save-offer.ts';
import { getOffer } from '../api/get-offer.ts';
import { OfferCells } from './offer-summary.tsx';
import { OfferForm } from './offer-form.tsx';
import { StatusChip } from './status-chip.tsx';
import { TaskingTable } from './tasking-table.tsx';
import { LedgerPanel } from './ledger-panel.tsx';
import { ZoneSelect } from './zone-select.tsx';

type Editing = { offer: LiftOffer | null } | null;

/** A partner liaison's page: their offers and status, submit, edit, withdraw, and the tasking of approved plans. */
export function LiaisonPortal({ zone, onZoneChange }: { zone: string; onZoneChange: (z: string) => void }) {
  const { t } = useTranslation('offers');
  const { user } = useSession();
  const offers = useOffers(null);
  const airports = useAirports();
  const aircraft = useAircraft();
  const partners = usePartners();
  const tasking = useTasking();
  const [editing, setEditing] = useState<Editing>(null);
  const [withdrawing, setWithdrawing] = useState<LiftOffer | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [withdrawError, setWithdrawError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const byId = useMemo(() => new Map((airports.data ?? []).map((a) => [a.id, a])), [airports.data]);
  const partner = partners.data?.find((p) => p.id === user.partnerId);

  const loading = [offers, airports, aircraft].some((q) => q.status === 'loading' || q.status === 'idle');
  const failed = [offers, airports, aircraft].find((q) => q.status === 'error');

  async function confirmWithdraw() {
    if (!withdrawing) return;
    setBusy(true);
    setWithdrawError(null);
    try {
      await withdrawOffer(withdrawing.id, withdrawing.version);
      setNotice(t('portal.withdrawn', { type: withdrawing.aircraftType }));
      setWithdrawing(null);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        // Someone changed it since the list was loaded: show the current offer and let the liaison decide again.
        const fresh = await getOffer(withdrawing.id).catch(() => null);
        if (fresh) setWithdrawing(fresh);
        setWithdrawError(new Error(t('portal.withdrawConflict', { version: fresh?.version ?? '?', status: fresh ? t(`status.${fresh.status}`) : '?' })));
        void offers.refetch();
      } else setWithdrawError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="offers-page">
      <header className="offers-head">
        <div>
          <h1>{partner ? t('portal.titleOf', { partner: partner.name }) : t('common:nav.offers')}</h1>
          <p className="muted">{t('portal.intro')}</p>
        </div>
        <div className="offers-head-actions">
          <ExportLinks what="offers" hrefs={exportUrls.offers()} />
          <ExportLinks what="airports" hrefs={exportUrls.airports()} />
          <ZoneSelect zone={zone} onChange={onZoneChange} />
          <button type="button" className="btn btn-primary" onClick={() => { setNotice(null); setEditing({ offer: null }); }} disabled={loading || !!failed}>{t('portal.new')}</button>
        </div>
      </header>
      {notice && <div className="alert alert-ok" role="status"><span>{notice}</span><button type="button" className="btn-link" onClick={() => setNotice(null)}>{t('common:dismiss')}</button></div>}
      {failed && <ErrorAlert error={failed.error} title={t('portal.failed')} />}
      {loading && <Spinner label={t('portal.loading')} />}

      <div className={`offers-layout${editing ? ' with-form' : ''}`}>
        <section aria-labelledby="own-offers">
          <h2 id="own-offers">{t('portal.yours')}</h2>
          {offers.data && offers.data.length === 0 && <p className="empty">{t('portal.empty')}</p>}
          {offers.data && offers.data.length > 0 && (
            <div className="table-scroll"><table className="table offers-table">
              <thead><tr><th>{t('col.status')}</th><th>{t('col.aircraft')}</th><th className="num">{t('col.seats')}</th><th>{t('col.window')}</th><th>{t('col.route')}</th><th>{t('col.notes')}</th><th /></tr></thead>
              <tbody>
                {offers.data.map((o) => (
                  <tr key={o.id} aria-current={editing?.offer?.id === o.id || undefined}>
                    <td><StatusChip status={o.status} /><div className="hint">v{o.version}</div></td>
                    <OfferCells offer={o} airports={byId} zone={zone} />
                    <td className="offer-notes">
                      {o.decisionNote && <div className="decision-note">{t('plannersNote', { note: o.decisionNote })}</div>}
                      {o.note && <div>{t('yourNote', { note: o.note })}</div>}
                    </td>
                    <td className="row-actions">
                      {o.status !== 'withdrawn' && <button type="button" className="btn btn-small" onClick={() => { setNotice(null); setEditing({ offer: o }); }}>{t('portal.edit')}</button>}
                      {o.status !== 'withdrawn' && <button type="button" className="btn btn-small btn-danger" onClick={() => { setWithdrawError(null); setWithdrawing(o); }}>{t('portal.withdraw')}</button>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table></div>
          )}
        </section>

        {editing && airports.data && aircraft.data && (
          <aside className="offers-form-panel">
            <OfferForm key={editing.offer?.id ?? 'new'} offer={editing.offer} partner={partner} airports={airports.data} aircraft={aircraft.data} zone={zone} onZoneChange={onZoneChange}
              onCancel={() => setEditing(null)}
              onDone={(saved) => { setEditing(null); setNotice(editing.offer ? t('portal.saved', { type: saved.aircraftType, version: saved.version, status: t(`status.${saved.status}`) }) : t('portal.submitted', { type: saved.aircraftType })); }} />
          </aside>
        )}
      </div>

      <section aria-labelledby="tasking" className="tasking">
        <h2 id="tasking">{t('portal.tasking')}</h2>
        {tasking.status === 'error' ? <ErrorAlert error={tasking.error} /> : tasking.data ? <TaskingTable plans={tasking.data} airports={byId} zone={zone} /> : <Spinner label={t('common:loading')} />}
      </section>

      <LedgerPanel partnerId={user.partnerId ?? null} airports={airports.data} zone={zone} />

      <Dialog open={!!withdrawing} title={t('portal.withdrawTitle')} onClose={() => setWithdrawing(null)}>
        <p>{t('portal.withdrawText', { type: withdrawing?.aircraftType ?? '', seats: withdrawing ? withdrawing.seatsPerSortie * withdrawing.sorties : 0 })}</p>
        {withdrawError !== null && <ErrorAlert error={withdrawError} />}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={() => setWithdrawing(null)} disabled={busy}>{t('portal.keep')}</button>
          <button type="button" className="btn btn-danger" onClick={() => void confirmWithdraw()} disabled={busy}>{busy ? t('portal.withdrawing') : t('portal.withdraw')}</button>
        </div>
      </Dialog>
    </main>
  );
}
