import { useTranslation } from 'react-i18next';
import type { PlannedOn } from '../../../../../shared/schemas/plan-result.ts';
import { plannedOnNotice } from '../../../lib/planned-on.ts';
import { plannedOnWords } from '../../../lib/planned-on-words.ts';
import { formatFor } from '../../../i18n/format.ts';

/** On the paper, under the header: this plan was planned on other data (and whether that breaks it). */
export function PlannedOnNotice({ plannedOn, status }: { plannedOn: PlannedOn; status: 'draft' | 'approved' }) {
  const { t, i18n } = useTranslation('print');
  const inEnglish = plannedOnNotice(plannedOn, status, 8);
  // English keeps the server's own sentences; the print's language words the change codes (lib/planned-on-words.ts).
  const n = inEnglish && i18n.language !== 'en' ? plannedOnWords(inEnglish, plannedOn, status, 8, i18n.getFixedT(i18n.language), formatFor(i18n.language === 'ja' ? 'ja' : 'en')) : inEnglish;
  if (!n || n.tone === 'info') return null;
  return (
    <div className={`pr-stale pr-stale-${n.tone}`} data-testid="planned-on">
      <strong>{n.title}</strong>
      {n.lines.length > 0 && <ul>{n.lines.map((l, i) => <li key={i}>{l.text}{l.breaks && <strong className="pr-bad">{t('breaksPlan')}</strong>}</li>)}</ul>}
      {n.more > 0 && <div>{t('moreChanges', { count: n.more })}</div>}
      <div>{n.advice}</div>
    </div>
  );
}
