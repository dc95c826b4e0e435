import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format.ts';
import type { BoardView } from '../api/operation-api.ts';

/** The board's lists: reconciliation by country and priority, late and short sorties, stalled areas, the next six hours. */
export function BoardTables({ board: b }: { board: BoardView }) {
  const { t } = useTranslation('operation');
  const f = useFormat();
  const ap = (id: string) => b.labels.airports[id] ?? id;
  // A sortie as people know it — partner, origin, planned time — never its id (m-0114).
  const sortie = (s: { partnerId: string; originAirportId: string; at: string }) =>
    `${b.labels.partners[s.partnerId] ?? s.partnerId} · ${ap(s.originAirportId)} ${f.shortTime(s.at)}`;
  return (
    <div className="op-tables">
      <div className="op-scroll">
        <table data-testid="reconciliation">
          <thead><tr><th>{t('col.country')}</th><th>{t('col.priority')}</th><th>{t('kpi.out')}</th><th>{t('kpi.plannedByNow')}</th><th>{t('kpi.waiting')}</th><th>{t('kpi.notPresent')}</th><th>{t('col.registry')}</th><th>{t('kpi.walkIns')}</th></tr></thead>
          <tbody>
            {b.countries.flatMap((c) => ([1, 2, 3] as const).map((p) => (
              <tr key={`${c.country}${p}`}><td>{c.country}</td><td>P{p}</td><td>{f.number(c.byPriority[p].out)}</td><td>{f.number(c.byPriority[p].plannedByNow)}</td><td>{f.number(c.byPriority[p].waiting)}</td><td>{f.number(c.byPriority[p].notPresent)}</td><td>{f.number(c.byPriority[p].registry)}</td><td>{f.number(c.byPriority[p].walkIns)}</td></tr>
            )))}
          </tbody>
        </table>
      </div>
      <div className="op-lists">
        <div><h3>{t('late')}</h3><ul>{b.late.slice(0, 10).map((l) => <li key={l.sortieId + (l.departedAt ?? '')}>{sortie({ ...l, at: l.plannedDepartAt })} — {t('minutesLate', { count: l.minutesLate })}</li>)}</ul>{b.late.length === 0 && <p className="muted">{t('noneYet')}</p>}</div>
        <div><h3>{t('belowLoad')}</h3><ul>{b.belowLoad.slice(0, 10).map((s) => <li key={s.sortieId}>{sortie({ ...s, at: s.departedAt })}: {f.number(s.aboard)}/{f.number(s.planned)}</li>)}</ul>{b.belowLoad.length === 0 && <p className="muted">{t('noneYet')}</p>}</div>
        <div><h3>{t('stalled')}</h3><ul>{b.stalled.slice(0, 10).map((s) => <li key={s.assemblyAreaId}>{s.name}: {t('waitingCount', { count: s.waiting })}</li>)}</ul>{b.stalled.length === 0 && <p className="muted">{t('noneYet')}</p>}</div>
        <div><h3>{t('next6')}</h3><ul>{b.nextSixHours.map((a) => <li key={a.airportId}><b>{ap(a.airportId)}</b>: {a.sorties.map((s) => f.clock(s.plannedDepartAt)).join(', ')}</li>)}</ul>{b.nextSixHours.length === 0 && <p className="muted">{t('noneYet')}</p>}</div>
      </div>
    </div>
  );
}
