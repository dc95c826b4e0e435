import { useTranslation } from 'react-i18next';
import type { Execution } from '../api/get-execution.ts';
import { usePrintFormat } from '../use-print-format.ts';

/** How many late sorties the paper lists; the rest are counted. */
const LATE_ROWS = 15;

/**
 * The operation that runs this plan, on paper: out so far against the plan by country (the reconciliation
 * out + waiting + not present = registry + walk-ins), the late sorties and the situation log's last entries.
 */
export function ExecutionSection({ execution }: { execution: Execution }) {
  const { t } = useTranslation('print', { keyPrefix: 'execution' });
  const { t: state } = useTranslation('operation', { keyPrefix: 'state' });
  const f = usePrintFormat();
  const { board, log } = execution;
  const { airports, partners } = board.labels;
  const rows = [...board.countries.map((c) => ({ key: c.country, label: c.country, ...c.total, balanced: c.balanced })), { key: '', label: t('total'), ...board.total }];
  return (
    <section className="pr-section pr-page-start" aria-labelledby="pr-execution">
      <h2 id="pr-execution">{t('title', { name: board.operation.name })}</h2>
      <p className="pr-line">{t('now', { time: f.dateTime(board.now) })}</p>
      <table className="pr-table">
        <thead><tr>
          <th>{t('country')}</th><th className="num">{t('registry')}</th><th className="num">{t('walkIns')}</th><th className="num">{t('checkedIn')}</th>
          <th className="num">{t('out')}</th><th className="num">{t('plannedByNow')}</th><th className="num">{t('waiting')}</th><th className="num">{t('notPresent')}</th><th>{t('reconciled')}</th>
        </tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.balanced ? undefined : 'pr-row-bad'}>
              <th scope="row" className="nowrap">{r.label}</th><td className="num">{f.count(r.registry)}</td><td className="num">{f.count(r.walkIns)}</td><td className="num">{f.count(r.checkedIn)}</td>
              <td className="num">{f.count(r.out)}</td><td className="num">{f.count(r.plannedByNow)}</td><td className="num">{f.count(r.waiting)}</td><td className="num">{f.count(r.notPresent)}</td>
              <td className={r.balanced ? 'pr-ok' : 'pr-bad'}>{r.balanced ? t('balanced') : t('unbalanced')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="pr-hint">{t('reconciliationRule')}</p>

      <h3>{board.late.length === 0 ? t('lateTitle') : t('late', { count: board.late.length })}</h3>
      {board.late.length === 0 ? <p className="pr-empty">{t('noLate')}</p> : (
        <table className="pr-table">
          <thead><tr><th>{t('planned')}</th><th>{t('from')}</th><th>{t('partner')}</th><th>{t('state')}</th><th className="num">{t('minutesLate')}</th></tr></thead>
          <tbody>
            {board.late.slice(0, LATE_ROWS).map((s) => (
              <tr key={s.sortieId}>
                <td className="time">{f.dateTime(s.plannedDepartAt)}</td><td>{airports[s.originAirportId] ?? s.originAirportId}</td>
                <td>{partners[s.partnerId] ?? s.partnerId}</td><td>{state(s.state)}</td><td className="num">{f.count(s.minutesLate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {board.late.length > LATE_ROWS && <p className="pr-hint">{t('moreLate', { count: board.late.length - LATE_ROWS })}</p>}

      <h3>{t('log')}</h3>
      {log.length === 0 ? <p className="pr-empty">{t('noLog')}</p> : (
        <table className="pr-table">
          <thead><tr><th>{t('at')}</th><th>{t('by')}</th><th>{t('kind')}</th><th>{t('entry')}</th></tr></thead>
          <tbody>
            {log.map((e) => (
              <tr key={e.id}><td className="time">{f.dateTime(e.at)}</td><td>{e.username}</td><td>{t(`kinds.${e.kind}`)}</td><td>{e.text}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
