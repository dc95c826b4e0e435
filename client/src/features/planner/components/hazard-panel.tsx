import type { Airport, HazardZone } from '../../../../../shared/schemas/domain.ts';
import { airportsClosedByZones } from '../map/hazard-edit.ts';
import type { DrawMode } from './hazard-draw.tsx';

interface Props {
  zones: HazardZone[];
  airports: Airport[];
  isPlanner: boolean;
  editing: { mode: DrawMode; dirty: boolean } | null;
  saving: boolean;
  onStart: () => void;
  onMode: (m: DrawMode) => void;
  onRename: (id: string, name: string) => void;
  onDelete: (id: string) => void;
  onSave: () => void;
  onDiscard: () => void;
  onZoom: (z: HazardZone) => void;
}

const HINT: Record<DrawMode, string> = {
  select: 'Click a zone to select it: drag it to move it, drag a corner to reshape it, drag a midpoint to add a corner; Delete removes the selected corner or zone.',
  polygon: 'Click on the map to add corners; click the first corner (or double-click) to close the zone.',
  rectangle: 'Click one corner, move the pointer, click the opposite corner.',
};

/** The scenario's hazard zones: what each closes, and drawing, moving and deleting them on the map. */
export function HazardPanel(p: Props) {
  const closed = airportsClosedByZones(p.zones, p.airports);
  return (
    <section aria-label="Hazard zones">
      <h2>Hazard zones</h2>
      <p className="hint">Airports inside a hazard zone are closed; ground routes from assembly areas may not cross one. The plan is re-checked as you draw.</p>
      {p.editing ? (
        <>
          <div className="row draw-tools" role="toolbar" aria-label="Drawing tools">
            {(['select', 'polygon', 'rectangle'] as const).map((m) => (
              <button key={m} type="button" className={`btn btn-small ${p.editing?.mode === m ? 'btn-primary' : ''}`} aria-pressed={p.editing?.mode === m} onClick={() => p.onMode(m)}>
                {m === 'select' ? 'Select / move' : m === 'polygon' ? 'Draw polygon' : 'Draw rectangle'}
              </button>
            ))}
          </div>
          <p className="alert alert-info">{HINT[p.editing.mode]}</p>
        </>
      ) : p.isPlanner && <button type="button" className="btn" onClick={p.onStart}>Edit hazard zones on the map</button>}
      {p.zones.length === 0 ? <p className="muted">No hazard zone in this scenario.</p> : (
        <ul className="list">
          {p.zones.map((z) => {
            const inside = closed.get(z.id) ?? [];
            return (
              <li key={z.id} data-zone={z.id}>
                {p.editing ? (
                  <input className="zone-name" value={z.name} onChange={(e) => p.onRename(z.id, e.target.value)} aria-label="Zone name" maxLength={200} />
                ) : <strong>{z.name}</strong>}
                <div className="hint zone-closes">
                  {inside.length === 0 ? 'No airport inside.' : <>Closes <span className="text-bad">{inside.map((a) => a.iata ?? a.icao ?? a.id).join(', ')}</span>.</>}
                </div>
                <div className="row">
                  <button type="button" className="btn-link" onClick={() => p.onZoom(z)}>Show on map</button>
                  {p.editing && <button type="button" className="btn btn-small btn-danger" onClick={() => p.onDelete(z.id)}>Delete</button>}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {p.editing && (
        <div className="row">
          <button type="button" className="btn btn-primary" onClick={p.onSave} disabled={p.saving || !p.editing.dirty}>{p.saving ? 'Saving…' : 'Save zones to the scenario'}</button>
          <button type="button" className="btn" onClick={p.onDiscard} disabled={p.saving}>{p.editing.dirty ? 'Discard changes' : 'Done'}</button>
        </div>
      )}
    </section>
  );
}
