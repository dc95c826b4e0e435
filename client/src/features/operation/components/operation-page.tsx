import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Spinner } from '../../../components/feedback.tsx';
import { useSession } from '../../../lib/session.ts';
import { useFormat, useTheatreZone } from '../../../i18n/format.ts';
import { zoneOfCountry } from '../../../lib/country-zones.ts';
import { invalidateQueries } from '../../../lib/query.ts';
import { postLog, taskAll, useBoard, useLog, useOperation } from '../api/operation-api.ts';
import { useLiveOperation } from '../api/use-live.ts';
import { BurnDown } from './burn-down.tsx';
import { SortieActions } from './sortie-actions.tsx';
import { BoardTables } from './board-tables.tsx';
import { CheckinPanel } from './checkin-panel.tsx';
import { LOG_KINDS } from '../../../../../shared/schemas/operation.ts';
import './operation.css';

/** /operations/:id — the situation board (planners, readers; live) and the sorties with their steps (a liaison: their own). */
export function OperationPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation('operation');
  const f = useFormat();
  const { user } = useSession();
  const id = params.id ?? '';
  const staff = user.role !== 'liaison';
  const view = useOperation(id);
  const board = useBoard(id, staff);
  // "Local time" on the board is the theatre's (KST, Taiwan), as on the planner and the print.
  useTheatreZone(board.data ? zoneOfCountry(board.data.countries[0]?.country) : null);
  const live = useLiveOperation(id, staff);
  const [kind, setKind] = useState('');
  const log = useLog(id, kind);
  const [text, setText] = useState('');
  if (view.status === 'error') return <ErrorAlert error={view.error} />;
  // 'idle' (before the first fetch starts) and 'loading' both wait: there is nothing to draw yet.
  if (!view.data) return <Spinner label={t('loading')} />;
  const { operation, sorties, labels } = view.data;
  const b = board.data;
  return (
    <main className="op-page">
      <header className="op-head">
        <h1>{operation.name}</h1>
        <p className="muted">{t('now', { time: f.dateTime(operation.now) })} {staff && <span className={`op-live ${live}`} data-testid="live-state">{t(`live.${live}`)}</span>}</p>
        {user.role === 'planner' && <button type="button" onClick={async () => { await taskAll(id); await invalidateQueries(['operation', id]); }}>{t('taskAll')}</button>}
      </header>
      {b && (
        <section className="op-board" aria-label={t('board')}>
          <div className="op-kpis">
            <div><strong data-testid="out-total">{f.number(b.total.out)}</strong> {t('kpi.out')}</div>
            <div><strong>{f.number(b.total.plannedByNow)}</strong> {t('kpi.plannedByNow')}</div>
            <div><strong>{f.number(b.total.waiting)}</strong> {t('kpi.waiting')}</div>
            <div><strong>{f.number(b.total.notPresent)}</strong> {t('kpi.notPresent')}</div>
            <div><strong>{f.number(b.total.walkIns)}</strong> {t('kpi.walkIns')}</div>
            <div className={b.total.balanced ? 'ok' : 'bad'}>{b.total.balanced ? t('kpi.balanced') : t('kpi.unbalanced')}</div>
          </div>
          <BurnDown points={b.burnDown} />
          <BoardTables board={b} />
        </section>
      )}
      {user.role === 'planner' && b && <CheckinPanel opId={id} now={operation.now} areas={b.labels.areas} />}
      <section className="op-sorties">
        <h2>{t('sorties')}</h2>
        <div className="op-scroll">
          <table>
            <thead><tr><th>{t('col.sortie')}</th><th>{t('col.partner')}</th><th>{t('col.from')}</th><th>{t('col.planned')}</th><th>{t('col.pax')}</th><th>{t('col.state')}</th><th /></tr></thead>
            <tbody>
              {sorties.filter((s) => s.inForce).map((s) => (
                <tr key={s.sortieId} data-sortie={s.sortieId} data-state={s.state}>
                  <td>{s.sortieId}{s.change ? ` (${t(`change.${s.change}`)})` : ''}</td>
                  <td>{labels.partners[s.partnerId] ?? s.partnerId}</td>
                  <td>{labels.airports[s.originAirportId] ?? s.originAirportId}</td>
                  <td>{f.dateTime(s.plannedDepartAt)}</td>
                  <td>{s.manifest.length ? f.number(s.manifest.reduce((n, m) => n + m.passengers, 0)) : f.number(s.plannedPassengers)}</td>
                  <td><span className={`op-state ${s.state}`}>{t(`state.${s.state}`)}</span>{s.reason ? ` — ${s.reason}` : ''}</td>
                  <td><SortieActions opId={id} sortie={s} role={user.role} now={operation.now} areas={labels.areas} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="op-log">
        <h2>{t('log.title')}</h2>
        <form onSubmit={async (e) => { e.preventDefault(); if (!text.trim()) return; await postLog(id, { kind: 'report', text }); setText(''); await invalidateQueries(['operation-log', id]); }}>
          <input value={text} onChange={(e) => setText(e.target.value)} aria-label={t('log.entry')} maxLength={4000} />
          <button type="submit">{t('log.add')}</button>
          <select value={kind} onChange={(e) => setKind(e.target.value)} aria-label={t('log.filter')}>
            <option value="">{t('log.all')}</option>
            {LOG_KINDS.map((k) => <option key={k} value={k}>{t(`log.kind.${k}`)}</option>)}
          </select>
        </form>
        <ul>{(log.data ?? []).map((e) => <li key={e.id}><time>{f.dateTime(e.at)}</time> <b>{e.username}</b> [{t(`log.kind.${e.kind}`)}] {e.text}</li>)}</ul>
      </section>
    </main>
  );
}
