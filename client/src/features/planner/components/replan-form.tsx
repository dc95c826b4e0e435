import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../../../shared/schemas/domain.ts';
import type { Plan } from '../api/plan-types.ts';
import { fromLocalInput, toLocalInput } from './sortie-label.ts';

const HOUR = 3_600_000;

/** Now, or the nearest end of the scenario's horizon when now is outside it (a what-if scenario in the future). */
function defaultFrom(scenario: Scenario): string {
  const start = Date.parse(scenario.startsAt);
  const end = start + scenario.horizonHours * HOUR;
  const t = Math.min(end, Math.max(start, Date.now()));
  return new Date(Math.floor(t / HOUR) * HOUR).toISOString();
}

/**
 * Re-plan from a given time: what departed before it is kept as it is, the rest is re-planned on
 * today's data. An approved plan is not changed: it is copied and the copy re-planned.
 */
export function ReplanForm({ plan, scenario, busy, onReplan }: { plan: Plan; scenario: Scenario; busy: boolean; onReplan: (fromIso: string) => void }) {
  const { t } = useTranslation('planner', { keyPrefix: 'replan' });
  const [from, setFrom] = useState<string | null>(null);
  const value = from ?? defaultFrom(scenario);
  const kept = plan.sorties.filter((s) => Date.parse(s.departAt) < Date.parse(value)).length;
  const start = toLocalInput(scenario.startsAt);
  const end = toLocalInput(new Date(Date.parse(scenario.startsAt) + scenario.horizonHours * HOUR).toISOString());
  return (
    <details className="replan-form">
      <summary>{t('summary')}</summary>
      <form aria-label={t('label')} onSubmit={(e) => { e.preventDefault(); onReplan(value); }}>
      <div className="row">
        <label className="inline">{t('from')}
          <input type="datetime-local" value={toLocalInput(value)} min={start} max={end} required
            onChange={(e) => e.target.value && setFrom(fromLocalInput(e.target.value))} />
        </label>
        <button type="submit" className="btn btn-small" disabled={busy}>
          {plan.status === 'approved' ? t('copy') : t('here')}
        </button>
      </div>
      <p className="hint">{t('hint', { count: plan.sorties.length, kept })}{plan.status === 'approved' ? ` ${t('approved')}` : ''}</p>
      </form>
    </details>
  );
}
