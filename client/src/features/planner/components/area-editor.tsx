import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format.ts';
import type { AssemblyArea, Sortie } from '../../../../../shared/schemas/domain.ts';
import { evacuees } from '../../../../../shared/plan/snapshot.ts';
import { allocationsOfArea, movePassengers, passengersOf, setLocked, setPassengers } from '../edit/plan-edits.ts';
import type { Violation } from '../api/plan-types.ts';
import { AreaDetails } from './registry-details.tsx';
import { ViolationText } from './violation-text.tsx';
import { sortieLabel, type Lookup } from './sortie-label.ts';
import { useRotations } from '../hooks/use-rotations.ts';
import type { MoveTarget } from '../map-view/move-targets.ts';
import { TargetOptions } from '../map-view/target-options.tsx';
import { DragHandle } from '../drag-move/drag-handle.tsx';

interface Props {
  area: AssemblyArea;
  sorties: Sortie[];
  lookup: Lookup;
  /** Airports of the area's zone, nearest first, for "add people to a sortie". */
  reachableAirports: Set<string>;
  /** The sorties that can legally take this area's people (seats left, reachable in time), earliest first. */
  targets: (exclude?: string) => MoveTarget[];
  violations: Violation[];
  editable: boolean;
  apply: (edit: (s: Sortie[]) => Sortie[]) => void;
  onError: (e: unknown) => void;
}

/** One assembly area: its people on each sortie; change counts, lock, move to another sortie, add. */
export function AreaEditor({ area, sorties, lookup, targets, violations, editable, apply, onError }: Props) {
  const { t } = useTranslation('planner', { keyPrefix: 'area' });
  const f = useFormat();
  const fmtCount = f.number;
  const allocs = allocationsOfArea(sorties, area.id);
  const planned = allocs.reduce((n, x) => n + x.allocation.passengers, 0);
  const total = evacuees(area);
  const run = (edit: (s: Sortie[]) => Sortie[]) => { try { apply(edit); } catch (e) { onError(e); } };
  const { tails } = useRotations(lookup, sorties);

  return (
    <section aria-label={t('label', { name: area.name })}>
      <h2>{t('title')}</h2>
      <h3>{area.name}</h3>
      <p className="muted">{area.country} · {area.zone} · {t('people', { residents: fmtCount(area.residents), visitors: fmtCount(area.visitors) })} · P1 {fmtCount(area.priority1)} · P2 {fmtCount(area.priority2)}</p>
      <p><Trans t={t} i18nKey="planned" values={{ planned: fmtCount(planned), total: fmtCount(total) }} components={{ strong: <strong /> }} /> · <span className={total - planned > 0 ? 'text-bad' : 'text-ok'}>{t('left', { n: fmtCount(Math.max(0, total - planned)) })}</span></p>
      {violations.length > 0 && (
        <ul className="list violations compact">{violations.map((v, i) => <li key={i}><span className="rule-tag">!</span><ViolationText violation={v} /></li>)}</ul>
      )}
      <table className="table edit-table">
        <thead><tr><th scope="col">{t('col.sortie')}</th><th scope="col" className="num">{t('col.people')}</th><th scope="col">{t('col.lock')}</th><th scope="col">{t('col.move')}</th></tr></thead>
        <tbody>
          {allocs.length === 0 && <tr><td colSpan={4} className="muted">{t('nobody')}</td></tr>}
          {allocs.map(({ sortie, allocation }) => (
            <tr key={sortie.id} data-sortie={sortie.id}>
              <td className="sortie-cell">{editable && allocation.passengers > 0 && <DragHandle areaId={area.id} fromSortieId={sortie.id} />}{sortieLabel(sortie, lookup, tails)}</td>
              <td className="num">
                <input type="number" min={0} step={1} value={allocation.passengers} disabled={!editable}
                  aria-label={t('peopleOn', { area: area.name, sortie: sortie.id })}
                  onChange={(e) => run((s) => setPassengers(s, sortie.id, area.id, Number(e.target.value)))} />
              </td>
              <td>
                <button type="button" className={`btn btn-small lock ${allocation.locked ? 'is-locked' : ''}`} disabled={!editable}
                  aria-pressed={allocation.locked} title={allocation.locked ? t('lockedTitle') : t('lockTitle')}
                  onClick={() => run((s) => setLocked(s, sortie.id, area.id, !allocation.locked))}>
                  {allocation.locked ? t('locked') : t('lock')}
                </button>
              </td>
              <td>{editable && <MoveControl areaId={area.id} from={sortie} targets={targets} lookup={lookup} onMove={(to, n) => run((s) => movePassengers(s, area.id, sortie.id, to, n))} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {editable && <AddToSortie area={area} targets={targets} lookup={lookup}
        onAdd={(sortieId, n) => run((s) => setPassengers(s, sortieId, area.id, passengersOf(s.find((x) => x.id === sortieId), area.id) + n))} />}
      <AreaDetails id={area.id} />
    </section>
  );
}

function MoveControl({ areaId, from, targets, lookup, onMove }: {
  areaId: string; from: Sortie; targets: (exclude?: string) => MoveTarget[]; lookup: Lookup; onMove: (to: string, n: number) => void;
}) {
  const { t } = useTranslation('planner', { keyPrefix: 'area' });
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState('');
  const [n, setN] = useState(passengersOf(from, areaId));
  const list = open ? targets(from.id) : [];
  // Never more than the chosen sortie's free seats: a move cannot overfill it.
  const max = Math.min(passengersOf(from, areaId), list.find((x) => x.sortie.id === to)?.free ?? Infinity);
  if (!open) return <button type="button" className="btn btn-small" onClick={() => { setN(passengersOf(from, areaId)); setOpen(true); }}>{t('moveOpen')}</button>;
  return (
    <div className="move-control">
      <select value={to} onChange={(e) => setTo(e.target.value)} aria-label={t('moveTo')}>
        <TargetOptions targets={list} label={(x) => sortieLabel(x.sortie, lookup)} />
      </select>
      <input type="number" min={1} max={max} value={Math.min(n, max)} onChange={(e) => setN(Number(e.target.value))} aria-label={t('moveCount')} />
      <button type="button" className="btn btn-small btn-primary" disabled={!to || n <= 0} onClick={() => { onMove(to, Math.min(n, max)); setOpen(false); }}>{t('move')}</button>
      <button type="button" className="btn btn-small btn-ghost" onClick={() => setOpen(false)}>{t('cancel')}</button>
    </div>
  );
}

function AddToSortie({ area, targets, lookup, onAdd }: {
  area: AssemblyArea; targets: (exclude?: string) => MoveTarget[]; lookup: Lookup; onAdd: (sortieId: string, n: number) => void;
}) {
  const { t } = useTranslation('planner', { keyPrefix: 'area' });
  const f = useFormat();
  const [to, setTo] = useState('');
  const [n, setN] = useState(10);
  const list = targets();
  const free = list.find((x) => x.sortie.id === to)?.free ?? null;
  return (
    <form className="add-form" onSubmit={(e) => { e.preventDefault(); if (to) onAdd(to, n); }}>
      <h3>{t('addTitle', { area: area.name })}</h3>
      <select value={to} onChange={(e) => setTo(e.target.value)} aria-label={t('addTo')}>
        <TargetOptions targets={list} label={(x) => sortieLabel(x.sortie, lookup)} />
      </select>
      <div className="row">
        <input type="number" min={1} value={n} onChange={(e) => setN(Number(e.target.value))} aria-label={t('addCount')} />
        <button type="submit" className="btn btn-small" disabled={!to || n <= 0}>{t('add')}</button>
        {free !== null && <span className="hint">{t('free', { count: free, n: f.number(free) })}</span>}
      </div>
    </form>
  );
}
