import { useState } from 'react';
import type { AssemblyArea, Sortie } from '../../../../../shared/schemas/domain.ts';
import { evacuees } from '../../../../../shared/plan/snapshot.ts';
import { allocationsOfArea, movePassengers, passengersOf, seatsUsed, setLocked, setPassengers } from '../edit/plan-edits.ts';
import type { Violation } from '../api/plan-types.ts';
import { AreaDetails } from './registry-details.tsx';
import { fmtCount } from './format.ts';
import { sortieLabel, type Lookup } from './sortie-label.ts';
import { useRotations } from '../hooks/use-rotations.ts';

interface Props {
  area: AssemblyArea;
  sorties: Sortie[];
  lookup: Lookup;
  /** Airports of the area's zone, nearest first, for "add people to a sortie". */
  reachableAirports: Set<string>;
  violations: Violation[];
  editable: boolean;
  apply: (edit: (s: Sortie[]) => Sortie[]) => void;
  onError: (e: unknown) => void;
}

/** One assembly area: its people on each sortie; change counts, lock, move to another sortie, add. */
export function AreaEditor({ area, sorties, lookup, reachableAirports, violations, editable, apply, onError }: Props) {
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
              <td>{editable && <MoveControl areaId={area.id} from={sortie} sorties={sorties} lookup={lookup} reachable={reachableAirports} onMove={(to, n) => run((s) => movePassengers(s, area.id, sortie.id, to, n))} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {editable && <AddToSortie area={area} sorties={sorties} lookup={lookup} reachable={reachableAirports}
        onAdd={(sortieId, n) => run((s) => setPassengers(s, sortieId, area.id, passengersOf(s.find((x) => x.id === sortieId), area.id) + n))} />}
      <AreaDetails id={area.id} />
    </section>
  );
}

/** Sorties sorted with those from the area's reachable airports first, then by departure. */
function candidateSorties(sorties: Sortie[], reachable: Set<string>, exclude?: string) {
  return sorties.filter((s) => s.id !== exclude)
    .sort((a, b) => Number(reachable.has(b.originAirportId)) - Number(reachable.has(a.originAirportId)) || a.departAt.localeCompare(b.departAt));
}

function SortieOptions({ list, lookup, reachable }: { list: Sortie[]; lookup: Lookup; reachable: Set<string> }) {
  const near = list.filter((s) => reachable.has(s.originAirportId));
  const far = list.filter((s) => !reachable.has(s.originAirportId));
  return (
    <>
      <option value="">Choose a sortie…</option>
      {near.length > 0 && <optgroup label="From airports this area can reach">{near.map((s) => <option key={s.id} value={s.id}>{sortieLabel(s, lookup)}</option>)}</optgroup>}
      {far.length > 0 && <optgroup label="Other airports (ground rules will be broken)">{far.map((s) => <option key={s.id} value={s.id}>{sortieLabel(s, lookup)}</option>)}</optgroup>}
    </>
  );
}

function MoveControl({ areaId, from, sorties, lookup, reachable, onMove }: {
  areaId: string; from: Sortie; sorties: Sortie[]; lookup: Lookup; reachable: Set<string>; onMove: (to: string, n: number) => void;
}) {
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState('');
  const [n, setN] = useState(passengersOf(from, areaId));
  if (!open) return <button type="button" className="btn btn-small" onClick={() => { setN(passengersOf(from, areaId)); setOpen(true); }}>Move…</button>;
  return (
    <div className="move-control">
      <select value={to} onChange={(e) => setTo(e.target.value)} aria-label="Move to sortie">
        <SortieOptions list={candidateSorties(sorties, reachable, from.id)} lookup={lookup} reachable={reachable} />
      </select>
      <input type="number" min={1} max={passengersOf(from, areaId)} value={n} onChange={(e) => setN(Number(e.target.value))} aria-label="People to move" />
      <button type="button" className="btn btn-small btn-primary" disabled={!to || n <= 0} onClick={() => { onMove(to, n); setOpen(false); }}>Move</button>
      <button type="button" className="btn btn-small btn-ghost" onClick={() => setOpen(false)}>Cancel</button>
    </div>
  );
}

function AddToSortie({ area, sorties, lookup, reachable, onAdd }: {
  area: AssemblyArea; sorties: Sortie[]; lookup: Lookup; reachable: Set<string>; onAdd: (sortieId: string, n: number) => void;
}) {
  const [to, setTo] = useState('');
  const [n, setN] = useState(10);
  const target = sorties.find((s) => s.id === to);
  const free = target ? Math.max(0, (lookup.offers.get(target.offerId)?.seatsPerSortie ?? 0) - seatsUsed(target)) : null;
  return (
    <form className="add-form" onSubmit={(e) => { e.preventDefault(); if (to) onAdd(to, n); }}>
      <h3>Put people from {area.name} on a sortie</h3>
      <select value={to} onChange={(e) => setTo(e.target.value)} aria-label="Sortie to add people to">
        <SortieOptions list={candidateSorties(sorties, reachable)} lookup={lookup} reachable={reachable} />
      </select>
      <div className="row">
        <input type="number" min={1} value={n} onChange={(e) => setN(Number(e.target.value))} aria-label="People to add" />
        <button type="submit" className="btn btn-small" disabled={!to || n <= 0}>Add</button>
        {free !== null && <span className="hint">{fmtCount(free)} seats free</span>}
      </div>
    </form>
  );
}
