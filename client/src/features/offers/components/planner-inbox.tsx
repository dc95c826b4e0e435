import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferStatus } from '../../../../../shared/schemas/domain.ts';
import { Link } from '../../../lib/router.tsx';
import { ErrorAlert, Spinner } from '../../../components/feedback.tsx';
import { ExportLinks } from '../../../components/export-links.tsx';
import { exportUrls } from '../../../lib/export-urls.ts';
import { useAirports } from '../api/get-airports.ts';
import { useOffers } from '../api/get-offers.ts';
import { usePartners } from '../api/get-partners.ts';
import { SeatRequestDecisions } from './seat-request-decisions.tsx';
import { DecisionDialog, type Decision } from './decision-dialog.tsx';
import { OfferCells } from './offer-summary.tsx';
import { StatusChip } from './status-chip.tsx';
import { ZoneSelect } from './zone-select.tsx';

const TABS: (OfferStatus | 'all')[] = ['submitted', 'accepted', 'declined', 'withdrawn', 'all'];

/** The planners' inbox: submitted offers to accept or decline (with a note back), and every offer by status. */
export function PlannerInbox({ zone, onZoneChange }: { zone: string; onZoneChange: (z: string) => void }) {
  const { t } = useTranslation('offers');
  const offers = useOffers(null);
  const airports = useAirports();
  const partners = usePartners();
  const [tab, setTab] = useState<OfferStatus | 'all'>('submitted');
  const [decision, setDecision] = useState<Decision | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const byId = useMemo(() => new Map((airports.data ?? []).map((a) => [a.id, a])), [airports.data]);
  const partnerName = (id: string) => partners.data?.find((p) => p.id === id)?.name ?? id;
  const all = offers.data ?? [];
  const shown = tab === 'all' ? all : all.filter((o) => o.status === tab);
  const count = (s: OfferStatus | 'all') => (s === 'all' ? all.length : all.filter((o) => o.status === s).length);

  return (
    <main className="offers-page">
      <header className="offers-head">
        <div>
          <h1>{t('inbox.title')}</h1>
          <p className="muted">{t('inbox.intro')}</p>
        </div>
        <div className="offers-head-actions">
          <ExportLinks what="offers" hrefs={exportUrls.offers()} />
          <ExportLinks what="partners" hrefs={exportUrls.partners()} />
          <ZoneSelect zone={zone} onChange={onZoneChange} />
        </div>
      </header>
      {notice && <div className="alert alert-ok" role="status"><span>{notice}</span><button type="button" className="btn-link" onClick={() => setNotice(null)}>{t('common:dismiss')}</button></div>}
      <div className="tabs" role="tablist" aria-label={t('inbox.tabs')}>
        {TABS.map((s) => (
          <button key={s} type="button" role="tab" className="tab" aria-selected={tab === s} onClick={() => setTab(s)}>
            {t(`inbox.tab.${s}`)} <span className={`count ${s === 'submitted' && count('submitted') > 0 ? 'count-bad' : 'count-muted'}`}>{count(s)}</span>
          </button>
        ))}
      </div>
      {offers.status === 'error' && <ErrorAlert error={offers.error} title={t('inbox.failed')} />}
      {(offers.status === 'loading' || offers.status === 'idle') && <Spinner label={t('inbox.loading')} />}
      {offers.data && shown.length === 0 && <p className="empty">{tab === 'submitted' ? t('inbox.noneWaiting') : t('inbox.none')}</p>}
      {shown.length > 0 && (
        <div className="table-scroll"><table className="table offers-table" role="tabpanel">
          <thead><tr><th>{t('col.partner')}</th><th>{t('col.status')}</th><th>{t('col.aircraft')}</th><th className="num">{t('col.seats')}</th><th>{t('col.window')}</th><th>{t('col.route')}</th><th>{t('col.notes')}</th><th /></tr></thead>
          <tbody>
            {shown.map((o) => (
              <tr key={o.id}>
                <td>{partnerName(o.partnerId)}</td>
                <td><StatusChip status={o.status} /><div className="hint">v{o.version}</div></td>
                <OfferCells offer={o} airports={byId} zone={zone} />
                <td className="offer-notes">
                  {o.note && <div>“{o.note}”</div>}
                  {o.decisionNote && <div className="decision-note">{t('plannersNote', { note: o.decisionNote })}</div>}
                </td>
                <td className="row-actions">
                  {o.status !== 'withdrawn' && o.status !== 'accepted' && (
                    <button type="button" className="btn btn-small btn-primary" onClick={() => setDecision({ offer: o, status: 'accepted', partnerName: partnerName(o.partnerId) })}>{t('inbox.accept')}</button>
                  )}
                  {o.status !== 'withdrawn' && o.status !== 'declined' && (
                    <button type="button" className="btn btn-small btn-danger" onClick={() => setDecision({ offer: o, status: 'declined', partnerName: partnerName(o.partnerId) })}>{t('inbox.decline')}</button>
                  )}
                  <Link className="btn btn-small btn-ghost" to={`/history/lift_offer/${encodeURIComponent(o.id)}`}>{t('inbox.history')}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table></div>
      )}
      <DecisionDialog decision={decision} onClose={() => setDecision(null)}
        onDecided={(o) => { setDecision(null); setNotice(t(o.status === 'accepted' ? 'inbox.accepted' : 'inbox.declined', { partner: partnerName(o.partnerId), type: o.aircraftType })); }} />
      <SeatRequestDecisions partnerName={partnerName} airports={byId} />
    </main>
  );
}
