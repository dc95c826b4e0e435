import { Trans, useTranslation } from 'react-i18next';
import type { SummaryHeader as Header } from '../../../../../shared/schemas/summary.ts';
import { usePrintFormat } from '../use-print-format.ts';
import { PlannedOnNotice } from './planned-on-notice.tsx';

export function SummaryHeader({ header: h }: { header: Header }) {
  const { t } = useTranslation('print', { keyPrefix: 'header' });
  const f = usePrintFormat();
  return (
    <header className="pr-header">
      <div className="pr-header-top">
        <div>
          <div className="pr-kicker">{t('kicker', { title: h.title })}</div>
          <h1>{h.planName}</h1>
        </div>
        {h.draft
          ? <div className="pr-stamp pr-stamp-draft" data-testid="draft-mark">{t('draft')}<small>{t('notApproved')}</small></div>
          : <div className="pr-stamp pr-stamp-approved">{t('approved')}<small>{h.approvedBy ?? ''} {f.dateTime(h.approvedAt)}</small></div>}
      </div>
      <dl className="pr-facts">
        <dt>{t('scenario')}</dt>
        <dd>{t('scenarioLine', { name: h.scenarioName, countries: h.countries.map((c) => c.name).join(', '), start: f.dateTime(h.scenarioStartsAt), hours: h.horizonHours })}</dd>
        <dt>{t('plan')}</dt>
        <dd><Trans t={t} i18nKey="planLine" values={{ version: h.version, status: t(`status.${h.status}`), saved: f.dateTime(h.updatedAt) }} components={{ strong: <strong /> }} />
          {h.violations > 0 && <> · <strong className="pr-bad">{t('breaks', { count: h.violations })}</strong></>}</dd>
        <dt>{t('printed')}</dt>
        <dd>{t('printedLine', { at: f.dateTime(h.printedAt), by: h.printedBy })}</dd>
      </dl>
      <PlannedOnNotice plannedOn={h.plannedOn} status={h.status} />
      {h.draft && <p className="pr-draft-note">{t('draftNote')}</p>}
    </header>
  );
}
