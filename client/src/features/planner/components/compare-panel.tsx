import { useMemo, useState, type FormEvent } from 'react';
import type { AccessRule, Airport, Scenario } from '../../../../../shared/schemas/domain.ts';
import type { AccessRuleCreate } from '../../../../../shared/schemas/api.ts';
import { useScenario } from '../api/get-scenario.ts';
import { usePlans } from '../api/get-plans.ts';
import { usePlan } from '../api/get-plan.ts';
import { createPlan } from '../api/create-plan.ts';
import { duplicateScenario } from '../api/duplicate-scenario.ts';
import { createAccessRule, deleteAccessRule } from '../api/access-rules.ts';
import { comparePlans, type CompareRow } from '../stats/compare.ts';
import { fmtCount, fmtDateTime, fmtHours, fmtPct } from './format.ts';

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

const CATEGORY = { sdf: 'SDF', foreign_military: 'Foreign military', civil: 'Civil' } as const;

const latestPlanId = (rows: { id: string; updatedAt: string }[] | undefined) =>
  [...(rows ?? [])].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]?.id ?? null;

/** What-if: copy the scenario, change an access rule, plan both, compare them side by side. */
export function ComparePanel(p: Props) {
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
    <section aria-label="What-if comparison" className="compare">
      <h2>What-if</h2>
      <p className="hint">Copy this scenario, change what you want to test (for example allow SDF aircraft in Taiwan), plan both and compare who gets out, how fast and on whose aircraft.</p>

      <h3>1. The what-if scenario</h3>
      {p.isPlanner && <DuplicateForm base={p.base} busy={p.busy} run={p.run} onCreated={(s) => p.onVariant(s.id)} />}
      <label>
        Compare “{p.base.name}” with
        <select value={p.variantId ?? ''} onChange={(e) => p.onVariant(e.target.value || null)} aria-label="Scenario to compare with">
          <option value="">Choose a scenario…</option>
          {others.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </label>

      {variant.data && (
        <>
          <h3>2. Its access rules</h3>
          <RuleList scenario={variant.data} airports={p.airports} isPlanner={p.isPlanner} busy={p.busy} run={p.run} />

          <h3>3. Plans</h3>
          <div className="compare-plans">
            <PlanPick label="A — base" scenario={p.base} plans={basePlans.data} value={a.data?.id ?? null} onChange={setPlanA} isPlanner={p.isPlanner} busy={p.busy} run={p.run} onCreated={setPlanA} />
            <PlanPick label="B — what-if" scenario={variant.data} plans={variantPlans.data} value={b.data?.id ?? null} onChange={setPlanB} isPlanner={p.isPlanner} busy={p.busy} run={p.run} onCreated={setPlanB} />
          </div>

          <h3>4. Side by side</h3>
          {comparison ? (
            <>
              <CompareTable rows={[...comparison.headline, ...comparison.countries]} caption="Outcome" />
              <CompareTable rows={comparison.partners} caption="Sorties by partner" />
              <div className="row">
                <button type="button" className="btn btn-small" onClick={() => p.onOpen(p.base.id, a.data!.id)}>Open A on the map</button>
                <button type="button" className="btn btn-small" onClick={() => p.onOpen(variant.data!.id, b.data!.id)}>Open B on the map</button>
              </div>
            </>
          ) : <p className="muted">Both scenarios need a plan to compare.</p>}
        </>
      )}
    </section>
  );
}

function DuplicateForm({ base, busy, run, onCreated }: { base: Scenario; busy: boolean; run: Run; onCreated: (s: Scenario) => void }) {
  const [name, setName] = useState(`${base.name} — what-if`);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run('saving', async () => {
      const s = await duplicateScenario(base.id, name.trim() || `${base.name} — what-if`);
      onCreated(s);
      return `Created the what-if scenario "${s.name}": change its rules below, then plan it.`;
    });
  };
  return (
    <form className="row" onSubmit={submit}>
      <label className="grow">Name of the copy<input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} /></label>
      <button type="submit" className="btn" disabled={busy}>Copy as what-if</button>
    </form>
  );
}

function ruleText(r: AccessRule, airports: Airport[]): string {
  const where = r.scope === 'country' ? r.scopeId : (airports.find((a) => a.id === r.scopeId)?.iata ?? r.scopeId);
  return `${r.effect === 'allow' ? 'Allow' : 'Deny'} ${CATEGORY[r.category]}${r.nation ? ` of ${r.nation}` : ''} at ${where}`;
}

function RuleList({ scenario, airports, isPlanner, busy, run }: { scenario: Scenario; airports: Airport[]; isPlanner: boolean; busy: boolean; run: Run }) {
  const sdfDeniedIn = scenario.countries.filter((c) => scenario.accessRules.some((r) => r.scope === 'country' && r.scopeId === c && r.category === 'sdf' && r.effect === 'deny')
    && !scenario.accessRules.some((r) => r.scope === 'country' && r.scopeId === c && r.category === 'sdf' && r.effect === 'allow' && r.nation === 'JP'));
  const add = (rule: AccessRuleCreate) => run('saving', async () => {
    await createAccessRule(scenario.id, rule);
    return `Rule added to "${scenario.name}": ${ruleText({ nation: null, validFrom: null, validTo: null, id: '', ...rule }, airports)}. Plan it again to see the effect.`;
  });
  return (
    <>
      <ul className="list rules">
        {scenario.accessRules.length === 0 && <li className="muted">No rule: every operator may use every airport.</li>}
        {scenario.accessRules.map((r) => (
          <li key={r.id}>
            <div className="list-head">
              <strong className={r.effect === 'deny' ? 'text-bad' : 'text-ok'}>{ruleText(r, airports)}</strong>
              {isPlanner && <button type="button" className="btn btn-small btn-danger" disabled={busy} onClick={() => run('saving', async () => { await deleteAccessRule(scenario.id, r.id); return `Rule removed from "${scenario.name}".`; })}>Delete</button>}
            </div>
            <div className="hint">{r.reason}</div>
          </li>
        ))}
      </ul>
      {isPlanner && sdfDeniedIn.map((c) => (
        <button key={c} type="button" className="btn btn-small" disabled={busy}
          onClick={() => add({ scope: 'country', scopeId: c, category: 'sdf', nation: 'JP', effect: 'allow', reason: `What-if: ${c} grants landing rights to Japan's SDF aircraft.` })}>
          Allow SDF aircraft in {c} (what-if)
        </button>
      ))}
      {isPlanner && <RuleForm scenario={scenario} airports={airports} busy={busy} onAdd={add} />}
    </>
  );
}

function RuleForm({ scenario, airports, busy, onAdd }: { scenario: Scenario; airports: Airport[]; busy: boolean; onAdd: (r: AccessRuleCreate) => void }) {
  const [open, setOpen] = useState(false);
  const [r, setR] = useState<AccessRuleCreate>({ scope: 'country', scopeId: scenario.countries[0] ?? '', category: 'sdf', nation: null, effect: 'deny', reason: '' });
  if (!open) return <button type="button" className="btn-link" onClick={() => setOpen(true)}>Add another rule…</button>;
  const theatreAirports = airports.filter((a) => scenario.countries.includes(a.country));
  return (
    <form className="add-form" onSubmit={(e) => { e.preventDefault(); onAdd({ ...r, nation: r.nation || null }); setOpen(false); }}>
      <div className="row">
        <select value={r.effect} onChange={(e) => setR({ ...r, effect: e.target.value as 'allow' | 'deny' })} aria-label="Effect"><option value="deny">Deny</option><option value="allow">Allow</option></select>
        <select value={r.category} onChange={(e) => setR({ ...r, category: e.target.value as AccessRule['category'] })} aria-label="Operator category">
          {Object.entries(CATEGORY).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
        </select>
        <input value={r.nation ?? ''} onChange={(e) => setR({ ...r, nation: e.target.value.toUpperCase().slice(0, 2) || null })} placeholder="nation" aria-label="Operator nation (ISO code, optional)" style={{ width: '5em' }} />
      </div>
      <div className="row">
        <select value={r.scope} onChange={(e) => setR({ ...r, scope: e.target.value as 'country' | 'airport', scopeId: e.target.value === 'country' ? scenario.countries[0] ?? '' : theatreAirports[0]?.id ?? '' })} aria-label="Scope">
          <option value="country">in country</option><option value="airport">at airport</option>
        </select>
        <select value={r.scopeId} onChange={(e) => setR({ ...r, scopeId: e.target.value })} aria-label="Where">
          {r.scope === 'country' ? scenario.countries.map((c) => <option key={c} value={c}>{c}</option>)
            : theatreAirports.map((a) => <option key={a.id} value={a.id}>{a.iata ?? a.icao ?? a.id} — {a.name}</option>)}
        </select>
      </div>
      <input value={r.reason} onChange={(e) => setR({ ...r, reason: e.target.value })} placeholder="Reason shown to users" aria-label="Reason" required maxLength={500} />
      <div className="row">
        <button type="submit" className="btn btn-small" disabled={busy || !r.reason.trim()}>Add rule</button>
        <button type="button" className="btn btn-small btn-ghost" onClick={() => setOpen(false)}>Cancel</button>
      </div>
    </form>
  );
}

function PlanPick({ label, scenario, plans, value, onChange, isPlanner, busy, run, onCreated }: {
  label: string; scenario: Scenario; plans: { id: string; name: string; version: number; updatedAt: string }[] | undefined; value: string | null;
  onChange: (id: string) => void; isPlanner: boolean; busy: boolean; run: Run; onCreated: (id: string) => void;
}) {
  return (
    <div className="plan-pick">
      <strong>{label}</strong>
      <span className="hint">{scenario.name} · version {scenario.version}</span>
      {plans?.length ? (
        <select value={value ?? ''} onChange={(e) => onChange(e.target.value)} aria-label={`Plan ${label}`}>
          {plans.map((pl) => <option key={pl.id} value={pl.id}>{pl.name} (v{pl.version})</option>)}
        </select>
      ) : <span className="muted">No plan yet.</span>}
      {isPlanner && (
        <button type="button" className="btn btn-small" disabled={busy} onClick={() => run('solving', async () => {
          const plan = await createPlan(scenario.id, `${scenario.name} — ${fmtDateTime()}`);
          onCreated(plan.id);
          return `Planned "${scenario.name}": ${fmtCount(plan.metrics?.peopleOut)} people out.`;
        })}>Run the matcher{plans?.length ? ' again' : ''}</button>
      )}
    </div>
  );
}

function fmt(r: CompareRow, v: number | null): string {
  if (v === null) return '—';
  if (r.unit === 'hours') return fmtHours(v);
  if (r.unit === 'share') return fmtPct(v);
  return fmtCount(v);
}

function fmtDelta(r: CompareRow): string {
  if (r.delta === null || r.delta === 0) return r.delta === 0 ? '=' : '';
  const sign = r.delta > 0 ? '+' : '−';
  const abs = Math.abs(r.delta);
  if (r.unit === 'hours') return `${sign}${abs.toFixed(0)} h`;
  if (r.unit === 'share') return `${sign}${Math.round(abs * 100)} pt`;
  return `${sign}${fmtCount(abs)}`;
}

function CompareTable({ rows, caption }: { rows: CompareRow[]; caption: string }) {
  return (
    <table className="table compare-table" data-testid={`compare-${caption.toLowerCase().replace(/\s+/g, '-')}`}>
      <caption className="hint">{caption}</caption>
      <thead><tr><th scope="col" /><th scope="col" className="num">A</th><th scope="col" className="num">B</th><th scope="col" className="num">B − A</th></tr></thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-row={r.key}>
            <th scope="row">{r.label}</th>
            <td className={`num ${r.better === 'a' ? 'better' : ''}`}>{fmt(r, r.a)}</td>
            <td className={`num ${r.better === 'b' ? 'better' : ''}`}>{fmt(r, r.b)}</td>
            <td className={`num ${r.better === 'b' ? 'text-ok' : r.better === 'a' ? 'text-bad' : 'muted'}`}>{fmtDelta(r)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
