import { Trans, useTranslation } from 'react-i18next';
import type { SummaryHeader, SummaryTotals } from '../../../../../shared/schemas/summary.ts';
import { describePolicy, hPlus } from '../../../../../shared/policy/describe.ts';
import { usePrintFormat } from '../use-print-format.ts';

type Row = SummaryTotals['all'];
type Fmt = ReturnType<typeof usePrintFormat>;

function PlanRow({ label, r, f }: { label: string; r: Row; f: Fmt }) {
  const ev = r.evacueesByPriority!;
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="num">{f.count(r.evacuees)}</td>
      <td className="num">{f.count(r.out)}</td>
      <td className="num">{f.percent(r.out, r.evacuees ?? 0)}</td>
      <td className="num">{f.count(r.left)}</td>
      <td className="num">{f.count(r.outByPriority.p1)} / {f.count(ev.p1)}</td>
      <td className="num">{f.count(r.outByPriority.p2)} / {f.count(ev.p2)}</td>
      <td className="num">{f.count(r.outByPriority.p3)} / {f.count(ev.p3)}</td>
    </tr>
  );
}

function SelectionRow({ label, r, f }: { label: string; r: Row; f: Fmt }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="num">{f.count(r.out)}</td>
      <td className="num">{f.count(r.outByPriority.p1)}</td>
      <td className="num">{f.count(r.outByPriority.p2)}</td>
      <td className="num">{f.count(r.outByPriority.p3)}</td>
    </tr>
  );
}

/** Totals by country and priority (priority 1 medical / special needs, 2 families, elderly, pregnant, 3 the rest). */
export function TotalsSection({ totals: tot, policy }: { totals: SummaryTotals; policy?: SummaryHeader['policy'] }) {
  const { t, i18n } = useTranslation('print', { keyPrefix: 'totals' });
  const f = usePrintFormat();
  const when = tot.byPriority;
  const plan = tot.scope === 'plan';
  const strong = { strong: <strong /> };
  const Row = plan ? PlanRow : SelectionRow;
  return (
    <section className="pr-section pr-totals" aria-labelledby="pr-totals">
      <h2 id="pr-totals">{plan ? t('titlePlan') : t('titleSelection')}</h2>
      <table className="pr-table">
        <thead>
          {plan ? (
            <tr>
              <th>{t('country')}</th><th className="num">{t('evacuees')}</th><th className="num">{t('plannedOut')}</th><th className="num">{t('share')}</th>
              <th className="num">{t('leftBehind')}</th>{[1, 2, 3].map((n) => <th key={n} className="num">{t('pOutAll', { n })}</th>)}
            </tr>
          ) : (
            <tr><th>{t('country')}</th><th className="num">{t('passengers')}</th>{[1, 2, 3].map((n) => <th key={n} className="num">{t('priority', { n })}</th>)}</tr>
          )}
        </thead>
        <tbody>
          {tot.byCountry.map((c) => <Row key={c.country} label={`${c.name} (${c.country})`} r={c} f={f} />)}
          {tot.byCountry.length !== 1 && <Row label={t('all')} r={tot.all} f={f} />}
        </tbody>
      </table>
      <p className="pr-keyfigures">
        <span><Trans t={t} i18nKey="sorties" count={tot.sorties} values={{ n: f.count(tot.sorties) }} components={strong} /></span>
        <span><Trans t={t} i18nKey="seats" values={{ passengers: f.count(tot.passengers), seats: f.count(tot.seats), share: f.percent(tot.passengers, tot.seats) }} components={strong} /></span>
        <span><Trans t={t} i18nKey="first" values={{ at: f.dateTime(tot.firstDepartureAt) }} components={strong} /></span>
        <span><Trans t={t} i18nKey="last" values={{ at: f.dateTime(tot.lastDepartureAt) }} components={strong} />{tot.clearanceHours !== null && <> (H+{Math.round(tot.clearanceHours)})</>}</span>
      </p>
      {when && (
        <p className="pr-keyfigures" data-testid="priority-out-by">
          {(['p1', 'p2', 'p3'] as const).map((k, i) => (
            <span key={k}><Trans t={t} i18nKey="outBy" values={{ n: i + 1, last: hPlus(when.lastHour[k]), mean: hPlus(when.meanHour[k]) }} components={strong} /></span>
          ))}
          {when.inversions > 0 && <span className="text-bad">{t('inversions', { n: f.count(when.inversions) })}</span>}
        </p>
      )}
      {/* The policy's description is built in English by shared/policy/describe.ts: marked so, until it is structured. */}
      {policy && <p className="pr-hint" data-testid="planning-policy">{t('policyLabel')} <span lang={i18n.language === 'en' ? undefined : 'en'}>{describePolicy(policy)}</span>{t('policyEnd')}</p>}
      <p className="pr-hint">{t('convention')}</p>
    </section>
  );
}
