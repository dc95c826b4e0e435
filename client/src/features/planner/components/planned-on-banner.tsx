import { useTranslation } from 'react-i18next';
import type { PlannedOn } from '../../../../../shared/schemas/plan-result.ts';
import { plannedOnNotice } from '../../../lib/planned-on.ts';
import { plannedOnWords } from '../../../lib/planned-on-words.ts';
import { useFormat } from '../../../i18n/format.ts';

/** Above the plan in the panel: the plan was planned on other data, what changed, and whether that breaks it. */
export function PlannedOnBanner({ plannedOn, status }: { plannedOn: PlannedOn; status: 'draft' | 'approved' }) {
  const { t, i18n } = useTranslation('planner', { keyPrefix: 'plannedOn' });
  const { t: tr } = useTranslation();
  const f = useFormat();
  const english = plannedOnNotice(plannedOn, status, 5);
  // English keeps the server's own sentences (the most precise); other languages word the codes.
  const n = english && i18n.language !== 'en' ? plannedOnWords(english, plannedOn, status, 5, tr, f) : english;
  if (!n) return null;
  return (
    <div className={`alert planned-on alert-${n.tone === 'bad' ? 'error' : n.tone === 'warn' ? 'warn' : 'info'}`} role={n.tone === 'bad' ? 'alert' : 'status'} data-testid="planned-on">
      <div>
        <strong>{n.title}</strong>
        {n.lines.length > 0 && (
          <ul>{n.lines.map((l, i) => <li key={i}>{l.text}{l.breaks && <span className="count count-bad" title={t('breaksTitle')}>{t('breaks')}</span>}</li>)}</ul>
        )}
        {n.more > 0 && <p className="hint">{t('more', { count: n.more })}</p>}
        <p className="hint">{n.advice}</p>
      </div>
    </div>
  );
}
