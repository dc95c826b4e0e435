import { useTranslation } from 'react-i18next';
import type { PlannedOn } from '../../../../../shared/schemas/plan-result.ts';
import { plannedOnNotice } from '../../../lib/planned-on.ts';

/** On the paper, under the header: this plan was planned on other data (and whether that breaks it). */
export function PlannedOnNotice({ plannedOn, status }: { plannedOn: PlannedOn; status: 'draft' | 'approved' }) {
  const { t, i18n } = useTranslation('print');
  const n = plannedOnNotice(plannedOn, status, 8);
  // The notice's sentences are built in English by lib/planned-on.ts: marked so until they are structured.
  const english = i18n.language === 'en' ? undefined : 'en';
  if (!n || n.tone === 'info') return null;
  return (
    <div className={`pr-stale pr-stale-${n.tone}`} data-testid="planned-on" lang={english}>
      <strong>{n.title}</strong>
      {n.lines.length > 0 && <ul>{n.lines.map((l, i) => <li key={i}>{l.text}{l.breaks && <strong className="pr-bad">{t('breaksPlan')}</strong>}</li>)}</ul>}
      {n.more > 0 && <div>{t('moreChanges', { count: n.more })}</div>}
      <div>{n.advice}</div>
    </div>
  );
}
