import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useFormat, type Format } from '../../../i18n/format.ts';
import type { AccessRule, Airport, Scenario } from '../../../../../shared/schemas/domain.ts';
import type { AccessRuleCreate } from '../../../../../shared/schemas/api.ts';
import { useScenario } from '../api/get-scenario.ts';
import { usePlans } from '../api/get-plans.ts';
import { usePlan } from '../api/get-plan.ts';
import { createPlan } from '../api/create-plan.ts';
import { duplicateScenario } from '../api/duplicate-scenario.ts';
import { createAccessRule, deleteAccessRule } from '../api/access-rules.ts';
import { comparePlans, type CompareRow } from '../stats/compare.ts';
import { fmtDateTime } from './format.ts';

type Run = (kind: 'solving' | 'saving', fn: () => Promise<string | void>) => void;

interface Props {
  base: Scenario;
  scenarios: Scenario[];
  variantId: string | null;
  airports: Airport[];
  isPlanner: boolean;
  busy: boolean;
  run: Run;
  onVariant: (id: string | null) => void;
  onOpen: (scenarioId: string, planId: string | null) => void;
}

const CATEGORIES = ['sdf', 'foreign_military', 'civil'] as const;

const latestPlanId = (rows: { id: string; updatedAt: string }[] | undefined) =>
  [...(rows ?? [])].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]?.id ?? null;

/** What-if: copy the scenario, change an access rule, plan both, compare them side by side. */
export function ComparePanel(p: Props) {
  const { t } = useTranslation('planner', { keyPrefix: 'compare' });
  const variant = useScenario(p.variantId);
  const basePlans = usePlans(p.base.id);
  const variantPlans = usePlans(p.variantId);
  const [planA, setPlanA] = useState<string | null>(null);
  const [planB, setPlanB] = useState<string | null>(null);
  const a = usePlan(planA ?? latestPlanId(basePlans.data));
  const b = usePlan(p.variantId ? (planB ?? latestPlanId(variantPlans.data)) : null);
  const comparison = useMemo(() => (a.data?.metrics && b.data?.metrics ? comparePlans(a.data.metrics, b.data.metrics) : null), [a.data, b.data]);
  const others = p.scenarios.filter((s) => s.id !== p.base.id);

  return (
    <section aria-label={t('label')} className="compare">
      <h2>{t('title')}</h2>
      <p className="hint">{t('intro')}</p>

      <h3>{t('step1')}</h3>
      {p.isPlanner && <DuplicateForm base={p.base} busy={p.busy} run={p.run} onCreated={(s) => p.onVariant(s.id)} />}
      <label>
        {t('compareWith', { name: p.base.name })}
        <select value={p.variantId ?? ''} onChange={(e) => p.onVariant(e.target.value || null)} aria-label={t('compareWithLabel')}>
          <option value="">{t('chooseScenario')}</option>
          {others.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </label>

      {variant.data && (
        <>
          <h3>{t('step2')}</h3>
          <RuleList scenario={variant.data} airports={p.airports} isPlanner={p.isPlanner} busy={p.busy} run={p.run} />

          <h3>{t('step3')}</h3>
          <div className="compare-plans">
            <PlanPick label={t('planA')} scenario={p.base} plans={basePlans.data} value={a.data?.id ?? null} onChange={setPlanA} isPlanner={p.isPlanner} busy={p.busy} run={p.run} onCreated={setPlanA} />
            <PlanPick label={t('planB')} scenario={variant.data} plans={variantPlans.data} value={b.data?.id ?? null} onChange={setPlanB} isPlanner={p.isPlanner} busy={p.busy} run={p.run} onCreated={setPlanB} />
          </div>

          <h3>{t('step4')}</h3>
          {comparison ? (
            <>
              <CompareTable rows={[...comparison.headline, ...comparison.countries]} id="outcome" caption={t('outcome')} />
              <CompareTable rows={comparison.partners} id="sorties-by-partner" caption={t('byPartner')} />
              <div className="row">
                <button type="button" className="btn btn-small" onClick={() => p.onOpen(p.base.id, a.data!.id)}>{t('openA')}</button>
                <button type="button" className="btn btn-small" onClick={() => p.onOpen(variant.data!.id, b.data!.id)}>{t('openB')}</button>
              </div>
            </>
          ) : <p className="muted">{t('needPlans')}</p>}
        </>
      )}
    </section>
  );
}

function DuplicateForm({ base, busy, run, onCreated }: { base: Scenario; busy: boolean; run: Run; onCreated: (s: Scenario) => void }) {
  const { t } = useTranslation('planner', { keyPrefix: 'compare' });
  const [name, setName] = useState(() => t('copyName', { name: base.name }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run('saving', async () => {
      const s = await duplicateScenario(base.id, name.trim() || t('copyName', { name: base.name }));
      onCreated(s);
      return t('created', { name: s.name });
    });
  };
  return (
    <form className="row" onSubmit={submit}>
      <label className="grow">{t('copyLabel')}<input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} /></label>
      <button type="submit" className="btn" disabled={busy}>{t('copy')}</button>
    </form>
  );
}

function ruleText(r: AccessRule, airports: Airport[], t: TFunction): string {
  const where = r.scope === 'country' ? r.scopeId : (airports.find((a) => a.id === r.scopeId)?.iata ?? r.scopeId);
  return t(r.nation ? `rule.${r.effect}Of` : `rule.${r.effect}`, { category: t(`category.${r.category}`), nation: r.nation, where });
}

function RuleList({ scenario, airports, isPlanner, busy, run }: { scenario: Scenario; airports: Airport[]; isPlanner: boolean; busy: boolean; run: Run }) {
  const { t } = useTranslation('planner', { keyPrefix: 'compare' });
  const sdfDeniedIn = scenario.countries.filter((c) => scenario.accessRules.some((r) => r.scope === 'country' && r.scopeId === c && r.category === 'sdf' && r.effect === 'deny')
    && !scenario.accessRules.some((r) => r.scope === 'country' && r.scopeId === c && r.category === 'sdf' && r.effect === 'allow' && r.nation === 'JP'));
  const add = (rule: AccessRuleCreate) => run('saving', async () => {
    await createAccessRule(scenario.id, rule);
    return t('ruleAdded', { scenario: scenario.name, rule: ruleText({ nation: null, validFrom: null, validTo: null, id: '', ...rule }, airports, t) });
  });
  return (
    <>
      <ul className="list rules">
        {scenario.accessRules.length === 0 && <li className="muted">{t('noRule')}</li>}
        {scenario.accessRules.map((r) => (
          <li key={r.id}>
            <div className="list-head">
              <strong className={r.effect === 'deny' ? 'text-bad' : 'text-ok'}>{ruleText(r, airports, t)}</strong>
              {isPlanner && <button type="button" className="btn btn-small btn-danger" disabled={busy} onClick={() => run('saving', async () => { await deleteAccessRule(scenario.id, r.id); return t('ruleRemoved', { scenario: scenario.name }); })}>{t('delete')}</button>}
            </div>
            <div className="hint">{r.reason}</div>
          </li>
        ))}
      </ul>
      {isPlanner && sdfDeniedIn.map((c) => (
        <button key={c} type="button" className="btn btn-small" disabled={busy}
          onClick={() => add({ scope: 'country', scopeId: c, category: 'sdf', nation: 'JP', effect: 'allow', reason: t('sdfReason', { country: c }) })}>
          {t('allowSdf', { country: c })}
        </button>
      ))}
      {isPlanner && <RuleForm scenario={scenario} airports={airports} busy={busy} onAdd={add} />}
    </>
  );
}

function RuleForm({ scenario, airports, busy, onAdd }: { scenario: Scenario; airports: Airport[]; busy: boolean; onAdd: (r: AccessRuleCreate) => void }) {
  const { t } = useTranslation('planner', { keyPrefix: 'compare' });
  const [open, setOpen] = useState(false);
  const [r, setR] = useState<AccessRuleCreate>({ scope: 'country', scopeId: scenario.countries[0] ?? '', category: 'sdf', nation: null, effect: 'deny', reason: '' });
  if (!open) return <button type="button" className="btn-link" onClick={() => setOpen(true)}>{t('addAnother')}</button>;
  const theatreAirports = airports.filter((a) => scenario.countries.includes(a.country));
  return (
    <form className="add-form" onSubmit={(e) => { e.preventDefault(); onAdd({ ...r, nation: r.nation || null }); setOpen(false); }}>
      <div className="row">
        <select value={r.effect} onChange={(e) => setR({ ...r, effect: e.target.value as 'allow' | 'deny' })} aria-label={t('effect')}><option value="deny">{t('deny')}</option><option value="allow">{t('allow')}</option></select>
        <select value={r.category} onChange={(e) => setR({ ...r, category: e.target.value as AccessRule['category'] })} aria-label={t('categoryLabel')}>
          {CATEGORIES.map((k) => <option key={k} value={k}>{t(`category.${k}`)}</option>)}
        </select>
        <input value={r.nation ?? ''} onChange={(e) => setR({ ...r, nation: e.target.value.toUpperCase().slice(0, 2) || null })} placeholder={t('nation')} aria-label={t('nationLabel')} style={{ width: '5em' }} />
      </div>
      <div className="row">
        <select value={r.scope} onChange={(e) => setR({ ...r, scope: e.target.value as 'country' | 'airport', scopeId: e.target.value === 'country' ? scenario.countries[0] ?? '' : theatreAirports[0]?.id ?? '' })} aria-label={t('scope')}>
          <option value="country">{t('inCountry')}</option><option value="airport">{t('atAirport')}</option>
        </select>
        <select value={r.scopeId} onChange={(e) => setR({ ...r, scopeId: e.target.value })} aria-label={t('where')}>
          {r.scope === 'country' ? scenario.countries.map((c) => <option key={c} value={c}>{c}</option>)
            : theatreAirports.map((a) => <option key={a.id} value={a.id}>{a.iata ?? a.icao ?? a.id} — {a.name}</option>)}
        </select>
      </div>
      <input value={r.reason} onChange={(e) => setR({ ...r, reason: e.target.value })} placeholder={t('reasonPlaceholder')} aria-label={t('reason')} required maxLength={500} />
      <div className="row">
        <button type="submit" className="btn btn-small" disabled={busy || !r.reason.trim()}>{t('addRule')}</button>
        <button type="button" className="btn btn-small btn-ghost" onClick={() => setOpen(false)}>{t('cancel')}</button>
      </div>
    </form>
  );
}

function PlanPick({ label, scenario, plans, value, onChange, isPlanner, busy, run, onCreated }: {
  label: string; scenario: Scenario; plans: { id: string; name: string; version: number; updatedAt: string }[] | undefined; value: string | null;
  onChange: (id: string) => void; isPlanner: boolean; busy: boolean; run: Run; onCreated: (id: string) => void;
}) {
  const { t } = useTranslation('planner', { keyPrefix: 'compare' });
  const f = useFormat();
  return (
    <div className="plan-pick">
      <strong>{label}</strong>
      <span className="hint">{t('scenarioVersion', { name: scenario.name, version: scenario.version })}</span>
      {plans?.length ? (
        <select value={value ?? ''} onChange={(e) => onChange(e.target.value)} aria-label={t('planOf', { label })}>
          {plans.map((pl) => <option key={pl.id} value={pl.id}>{pl.name} (v{pl.version})</option>)}
        </select>
      ) : <span className="muted">{t('noPlan')}</span>}
      {isPlanner && (
        <button type="button" className="btn btn-small" disabled={busy} onClick={() => run('solving', async () => {
          const plan = await createPlan(scenario.id, `${scenario.name} — ${fmtDateTime()}`);
          onCreated(plan.id);
          return t('planned', { name: scenario.name, out: f.number(plan.metrics?.peopleOut) });
        })}>{plans?.length ? t('runAgain') : t('run')}</button>
      )}
    </div>
  );
}

function fmt(r: CompareRow, v: number | null, f: Format, t: TFunction): string {
  if (v === null) return '—';
  if (r.unit === 'hours') return v < 48 ? t('hours', { h: v.toFixed(v < 10 ? 1 : 0) }) : t('days', { d: (v / 24).toFixed(1), h: Math.round(v) });
  if (r.unit === 'share') return f.percent(v);
  return f.number(v);
}

function fmtDelta(r: CompareRow, f: Format, t: TFunction): string {
  if (r.delta === null || r.delta === 0) return r.delta === 0 ? '=' : '';
  const sign = r.delta > 0 ? '+' : '−';
  const abs = Math.abs(r.delta);
  if (r.unit === 'hours') return `${sign}${t('hours', { h: abs.toFixed(0) })}`;
  if (r.unit === 'share') return `${sign}${t('points', { n: Math.round(abs * 100) })}`;
  return `${sign}${f.number(abs)}`;
}

/** A row's name: the headline figures by key, "KR out" per country, a partner by its own name. */
function rowLabel(r: CompareRow, t: TFunction): string {
  if (r.key.startsWith('country-')) return t('countryOut', { country: r.key.slice('country-'.length) });
  if (r.key.startsWith('partner-')) return r.label;
  return t(`row.${r.key}`, { defaultValue: r.label });
}

function CompareTable({ rows, id, caption }: { rows: CompareRow[]; id: string; caption: string }) {
  const { t } = useTranslation('planner', { keyPrefix: 'compare' });
  const f = useFormat();
  return (
    <table className="table compare-table" data-testid={`compare-${id}`}>
      <caption className="hint">{caption}</caption>
      <thead><tr><th scope="col" /><th scope="col" className="num">A</th><th scope="col" className="num">B</th><th scope="col" className="num">B − A</th></tr></thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-row={r.key}>
            <th scope="row">{rowLabel(r, t)}</th>
            <td className={`num ${r.better === 'a' ? 'better' : ''}`}>{fmt(r, r.a, f, t)}</td>
            <td className={`num ${r.better === 'b' ? 'better' : ''}`}>{fmt(r, r.b, f, t)}</td>
            <td className={`num ${r.better === 'b' ? 'text-ok' : r.better === 'a' ? 'text-bad' : 'muted'}`}>{fmtDelta(r, f, t)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
