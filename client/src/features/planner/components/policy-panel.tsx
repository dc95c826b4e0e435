import { useState } from 'react';
import type { Scenario } from '../../../../../shared/schemas/domain.ts';
import type { PlanningPolicy } from '../../../../../shared/schemas/policy.ts';
import { DEFAULT_POLICY } from '../../../../../shared/policy/presets.ts';
import type { Plan } from '../api/plan-types.ts';
import {
  CRITERION_TEXT, NAMED_PRESETS, PRESET_TEXT, choosePreset, moveCriterion, policyError, samePolicy, setWeight,
  type Level, type WeightKey,
} from '../policy/policy-form.ts';
import { fmtHours } from './format.ts';

interface Props {
  scenario: Scenario;
  plan: Plan | undefined;
  isPlanner: boolean;
  busy: boolean;
  onSave: (policy: PlanningPolicy) => void;
}

const LEVELS: readonly Level[] = ['p1', 'p2', 'p3'];
const WEIGHTS: readonly [WeightKey, string, number, number][] = [
  ['peopleOut', 'Value of one person out', 1, 100],
  ['waitingHour', 'Cost of one hour of waiting', 0, 1000],
];

/** The scenario's planning policy: a preset in plain words, its order and weights visible and editable, saved with the scenario's version. */
export function PolicyPanel({ scenario, plan, isPlanner, busy, onSave }: Props) {
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
    <section aria-label="Planning policy" className="policy-panel">
      <h2>Planning policy</h2>
      <p className="hint">What counts as a better plan in this scenario, in order. The matcher never leaves a person behind for a later criterion.</p>
      <fieldset className="policy-presets" disabled={readOnly}>
        <legend>Preset</legend>
        {[...NAMED_PRESETS, 'custom' as const].map((name) => (
          <label key={name} className={`preset ${policy.preset === name ? 'is-chosen' : ''}`}>
            <input type="radio" name="policy-preset" value={name} checked={policy.preset === name}
              disabled={name === 'custom' && policy.preset !== 'custom'}
              onChange={() => name !== 'custom' && change(choosePreset(name))} />
            <span><strong>{PRESET_TEXT[name].title}</strong>{name === 'most_vulnerable_first' && <span className="muted"> (default)</span>}
              <span className="hint preset-text">{name === 'custom' && policy.preset !== 'custom' ? 'Change the order or a weight below to make your own.' : PRESET_TEXT[name].text}</span></span>
          </label>
        ))}
      </fieldset>
      <h3>Order</h3>
      <ol className="policy-order">
        {policy.order.map((c, i) => (
          <li key={c} data-criterion={c}>
            <span className="grow">{CRITERION_TEXT[c]}</span>
            {i > 0 && !readOnly && (
              <span className="row">
                <button type="button" className="btn btn-small" disabled={i <= 1} onClick={() => change(moveCriterion(policy, i, -1))} aria-label={`Move ${c} up`}>↑</button>
                <button type="button" className="btn btn-small" disabled={i >= policy.order.length - 1} onClick={() => change(moveCriterion(policy, i, 1))} aria-label={`Move ${c} down`}>↓</button>
              </span>
            )}
          </li>
        ))}
      </ol>
      <h3>Weights by priority</h3>
      <table className="table policy-weights">
        <thead><tr><th scope="col" /><th scope="col" className="num" title="medical / special needs">P1</th><th scope="col" className="num" title="families with children, elderly, pregnant">P2</th><th scope="col" className="num" title="everyone else">P3</th></tr></thead>
        <tbody>
          {WEIGHTS.map(([key, label, min, max]) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              {LEVELS.map((l) => (
                <td key={l} className="num">
                  <input type="number" min={min} max={max} step={1} value={policy.weights[key][l]} disabled={readOnly}
                    aria-label={`${label}, ${l.toUpperCase()}`} aria-invalid={error?.field === `weights.${key}.${l}` || undefined}
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
          <button type="button" className="btn btn-primary btn-small" disabled={!dirty || !!error || busy} onClick={() => onSave(policy)}>Save policy</button>
          <button type="button" className="btn btn-small" disabled={!dirty || busy} onClick={() => setEdit(null)}>Discard</button>
          {dirty && <span className="chip chip-unsaved" role="status">unsaved</span>}
        </div>
      )}
      <p className="hint">Saved with the scenario (version {scenario.version}). Plans keep the policy they were planned with: run a new plan or re-optimize to plan with a changed one.</p>
      {plan && (
        <div className="policy-plan" data-testid="policy-plan">
          <h3>This plan</h3>
          <p>{planned ? <>Planned with <strong data-testid="plan-policy">{PRESET_TEXT[planned.preset].title}</strong>{!samePolicy(planned, saved) && <span className="text-bad"> — not the scenario's current policy</span>}.</> : 'Stored as edited, not planned by the matcher.'}</p>
          {mean && (
            <p>Mean departure: <span data-testid="p1-mean">P1 {fmtHours(mean.p1)}</span> · P2 {fmtHours(mean.p2)} · P3 {fmtHours(mean.p3)} after the start.</p>
          )}
        </div>
      )}
    </section>
  );
}
