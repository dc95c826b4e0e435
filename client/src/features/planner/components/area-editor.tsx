import { useState } from 'react';
import type { AssemblyArea, Sortie } from '../../../../../shared/schemas/domain.ts';
import { evacuees } from '../../../../../shared/plan/snapshot.ts';
import { allocationsOfArea, movePassengers, passengersOf, setLocked, setPassengers } from '../edit/plan-edits.ts';
import type { Violation } from '../api/plan-types.ts';
import { AreaDetails } from './registry-details.tsx';
import { fmtCount } from './format.ts';
import { sortieLabel, type Lookup } from './sortie-label.ts';
import { useRotations } from '../hooks/use-rotations.ts';
import type { MoveTarget } from '../map-view/move-targets.ts';
import { TargetOptions } from '../map-view/target-options.tsx';

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
  const allocs = allocationsOfArea(sorties, area.id);
  const planned = allocs.reduce((n, x) => n + x.allocation.passengers, 0);
  const total = evacuees(area);
  const run = (edit: (s: Sortie[]) => Sortie[]) => { try { apply(edit); } catch (e) { onError(e); } };
  const { tails } = useRotations(lookup, sorties);

  return (
    <section aria-label={`Assembly area ${area.name}`}>
      <h2>Assembly area</h2>
      <h3>{area.name}</h3>
      <p className="muted">{area.country} · {area.zone} · {fmtCount(area.residents)} residents + {fmtCount(area.visitors)} visitors · P1 {fmtCount(area.priority1)} · P2 {fmtCount(area.priority2)}</p>
      <p><strong>{fmtCount(planned)}</strong> of {fmtCount(total)} evacuees planned · <span className={total - planned > 0 ? 'text-bad' : 'text-ok'}>{fmtCount(Math.max(0, total - planned))} left</span></p>
      {violations.length > 0 && (
        <ul className="list violations compact">{violations.map((v, i) => <li key={i}><span className="rule-tag">!</span>{v.message}</li>)}</ul>
      )}
      <table className="table edit-table">
        <thead><tr><th scope="col">Sortie</th><th scope="col" className="num">People</th><th scope="col">Lock</th><th scope="col">Move</th></tr></thead>
        <tbody>
          {allocs.length === 0 && <tr><td colSpan={4} className="muted">Nobody from this area is on a sortie.</td></tr>}
          {allocs.map(({ sortie, allocation }) => (
            <tr key={sortie.id} data-sortie={sortie.id}>
              <td className="sortie-cell">{sortieLabel(sortie, lookup, tails)}</td>
              <td className="num">
                <input type="number" min={0} step={1} value={allocation.passengers} disabled={!editable}
                  aria-label={`People from ${area.name} on sortie ${sortie.id}`}
                  onChange={(e) => run((s) => setPassengers(s, sortie.id, area.id, Number(e.target.value)))} />
              </td>
              <td>
                <button type="button" className={`btn btn-small lock ${allocation.locked ? 'is-locked' : ''}`} disabled={!editable}
                  aria-pressed={allocation.locked} title={allocation.locked ? 'Locked: re-optimizing keeps it. Click to unlock.' : 'Lock: re-optimizing keeps it as it is'}
                  onClick={() => run((s) => setLocked(s, sortie.id, area.id, !allocation.locked))}>
                  {allocation.locked ? 'Locked' : 'Lock'}
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
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState('');
  const [n, setN] = useState(passengersOf(from, areaId));
  const list = open ? targets(from.id) : [];
  // Never more than the chosen sortie's free seats: a move cannot overfill it.
  const max = Math.min(passengersOf(from, areaId), list.find((x) => x.sortie.id === to)?.free ?? Infinity);
  if (!open) return <button type="button" className="btn btn-small" onClick={() => { setN(passengersOf(from, areaId)); setOpen(true); }}>Move…</button>;
  return (
    <div className="move-control">
      <select value={to} onChange={(e) => setTo(e.target.value)} aria-label="Move to sortie">
        <TargetOptions targets={list} label={(x) => sortieLabel(x.sortie, lookup)} />
      </select>
      <input type="number" min={1} max={max} value={Math.min(n, max)} onChange={(e) => setN(Number(e.target.value))} aria-label="People to move" />
      <button type="button" className="btn btn-small btn-primary" disabled={!to || n <= 0} onClick={() => { onMove(to, Math.min(n, max)); setOpen(false); }}>Move</button>
      <button type="button" className="btn btn-small btn-ghost" onClick={() => setOpen(false)}>Cancel</button>
    </div>
  );
}

function AddToSortie({ area, targets, lookup, onAdd }: {
  area: AssemblyArea; targets: (exclude?: string) => MoveTarget[]; lookup: Lookup; onAdd: (sortieId: string, n: number) => void;
}) {
  const [to, setTo] = useState('');
  const [n, setN] = useState(10);
  const list = targets();
  const free = list.find((x) => x.sortie.id === to)?.free ?? null;
  return (
    <form className="add-form" onSubmit={(e) => { e.preventDefault(); if (to) onAdd(to, n); }}>
      <h3>Put people from {area.name} on a sortie</h3>
      <select value={to} onChange={(e) => setTo(e.target.value)} aria-label="Sortie to add people to">
        <TargetOptions targets={list} label={(x) => sortieLabel(x.sortie, lookup)} />
      </select>
      <div className="row">
        <input type="number" min={1} value={n} onChange={(e) => setN(Number(e.target.value))} aria-label="People to add" />
        <button type="submit" className="btn btn-small" disabled={!to || n <= 0}>Add</button>
        {free !== null && <span className="hint">{fmtCount(free)} seats free</span>}
      </div>
    </form>
  );
}
