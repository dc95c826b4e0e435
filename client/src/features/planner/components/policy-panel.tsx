import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format.ts';
import type { Scenario } from '../../../../../shared/schemas/domain.ts';
import type { PlanningPolicy } from '../../../../../shared/schemas/policy.ts';
import { DEFAULT_POLICY } from '../../../../../shared/policy/presets.ts';
import type { Plan } from '../api/plan-types.ts';
import {
  NAMED_PRESETS, choosePreset, moveCriterion, policyError, samePolicy, setWeight,
  type Level, type WeightKey,
} from '../policy/policy-form.ts';

interface Props {
  scenario: Scenario;
  plan: Plan | undefined;
  isPlanner: boolean;
  busy: boolean;
  onSave: (policy: PlanningPolicy) => void;
}

const LEVELS: readonly Level[] = ['p1', 'p2', 'p3'];
const PRESETS = [...NAMED_PRESETS, 'custom' as const];
const WEIGHTS: readonly [WeightKey, number, number][] = [
  ['peopleOut', 1, 100],
  ['waitingHour', 0, 1000],
];

/** The scenario's planning policy: a preset in plain words, its order and weights visible and editable, saved with the scenario's version. */
export function PolicyPanel({ scenario, plan, isPlanner, busy, onSave }: Props) {
  const { t } = useTranslation('planner', { keyPrefix: 'policy' });
  const f = useFormat();
  const fmtHours = (h: number | null | undefined) => (h === null || h === undefined ? '—' : t('hours', { h: f.number(h, { maximumFractionDigits: 1 }) }));
  const saved = scenario.policy ?? DEFAULT_POLICY;
  // The edit belongs to the scenario version it started from: a newer version (saved here or elsewhere) resets it.
  const [edit, setEdit] = useState<{ version: number; policy: PlanningPolicy } | null>(null);
  const policy = edit && edit.version === scenario.version ? edit.policy : saved;
  const change = (p: PlanningPolicy) => setEdit({ version: scenario.version, policy: p });
  const dirty = !samePolicy(policy, saved);
  const error = policyError(policy);
  const readOnly = !isPlanner || busy;
  const planned = plan?.policy;
  const mean = plan?.metrics?.meanDepartureHourByPriority;
  return (
    <section aria-label={t('title')} className="policy-panel">
      <h2>{t('title')}</h2>
      <p className="hint">{t('intro')}</p>
      <fieldset className="policy-presets" disabled={readOnly}>
        <legend>{t('presetLegend')}</legend>
        {PRESETS.map((name) => (
          <label key={name} className={`preset ${policy.preset === name ? 'is-chosen' : ''}`}>
            <input type="radio" name="policy-preset" value={name} checked={policy.preset === name}
              disabled={name === 'custom' && policy.preset !== 'custom'}
              onChange={() => name !== 'custom' && change(choosePreset(name))} />
            <span><strong>{t(`preset.${name}.title`)}</strong>{name === 'most_vulnerable_first' && <span className="muted"> {t('default')}</span>}
              <span className="hint preset-text">{name === 'custom' && policy.preset !== 'custom' ? t('makeCustom') : t(`preset.${name}.text`)}</span></span>
          </label>
        ))}
      </fieldset>
      <h3>{t('order')}</h3>
      <ol className="policy-order">
        {policy.order.map((c, i) => (
          <li key={c} data-criterion={c}>
            <span className="grow">{t(`criterion.${c}`)}</span>
            {i > 0 && !readOnly && (
              <span className="row">
                <button type="button" className="btn btn-small" disabled={i <= 1} onClick={() => change(moveCriterion(policy, i, -1))} aria-label={t('up', { criterion: t(`criterion.${c}`) })}>↑</button>
                <button type="button" className="btn btn-small" disabled={i >= policy.order.length - 1} onClick={() => change(moveCriterion(policy, i, 1))} aria-label={t('down', { criterion: t(`criterion.${c}`) })}>↓</button>
              </span>
            )}
          </li>
        ))}
      </ol>
      <h3>{t('weights')}</h3>
      <table className="table policy-weights">
        <thead><tr><th scope="col" /><th scope="col" className="num" title={t('priority.p1')}>P1</th><th scope="col" className="num" title={t('priority.p2')}>P2</th><th scope="col" className="num" title={t('priority.p3')}>P3</th></tr></thead>
        <tbody>
          {WEIGHTS.map(([key, min, max]) => (
            <tr key={key}>
              <th scope="row">{t(`weight.${key}`)}</th>
              {LEVELS.map((l) => (
                <td key={l} className="num">
                  <input type="number" min={min} max={max} step={1} value={policy.weights[key][l]} disabled={readOnly}
                    aria-label={`${t(`weight.${key}`)}, ${l.toUpperCase()}`} aria-invalid={error?.field === `weights.${key}.${l}` || undefined}
                    onChange={(e) => change(setWeight(policy, key, l, e.target.value === '' ? Number.NaN : Number(e.target.value)))} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {error && <p className="field-error" role="alert">{error.field}: {error.reason}</p>}
      {isPlanner && (
        <div className="row actions">
          <button type="button" className="btn btn-primary btn-small" disabled={!dirty || !!error || busy} onClick={() => onSave(policy)}>{t('save')}</button>
          <button type="button" className="btn btn-small" disabled={!dirty || busy} onClick={() => setEdit(null)}>{t('discard')}</button>
          {dirty && <span className="chip chip-unsaved" role="status">{t('unsaved')}</span>}
        </div>
      )}
      <p className="hint">{t('savedWith', { version: scenario.version })}</p>
      {plan && (
        <div className="policy-plan" data-testid="policy-plan">
          <h3>{t('thisPlan')}</h3>
          <p>{planned ? <><Trans t={t} i18nKey="plannedWith" values={{ policy: t(`preset.${planned.preset}.title`) }} components={{ strong: <strong data-testid="plan-policy" /> }} />{!samePolicy(planned, saved) && <span className="text-bad"> {t('notCurrent')}</span>}</> : t('notPlanned')}</p>
          {mean && (
            <p><Trans t={t} i18nKey="mean" values={{ p1: fmtHours(mean.p1), p2: fmtHours(mean.p2), p3: fmtHours(mean.p3) }} components={{ p1: <span data-testid="p1-mean" /> }} /></p>
          )}
        </div>
      )}
    </section>
  );
}
