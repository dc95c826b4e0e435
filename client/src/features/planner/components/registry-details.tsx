import { useSession } from '../../../lib/session.ts';
import { patchAirport, patchArea, useAirportRecord, useAreaRecord } from '../api/update-registry.ts';
import { RecordForm, type FieldDef } from './record-form.tsx';

const AIRPORT_FIELDS: FieldDef[] = [
  { key: 'status', label: 'Status', kind: 'select', options: [{ value: 'open', label: 'Open' }, { value: 'closed', label: 'Closed' }] },
  { key: 'departuresPerHour', label: 'Departures per hour', kind: 'int', min: 0, max: 200 },
  { key: 'runwayM', label: 'Runway (m)', kind: 'int', min: 0, max: 10_000, nullable: true },
];

const AREA_FIELDS: FieldDef[] = [
  { key: 'residents', label: 'Residents', kind: 'int', min: 0, max: 10_000_000 },
  { key: 'visitors', label: 'Visitors', kind: 'int', min: 0, max: 10_000_000 },
  { key: 'priority1', label: 'Priority 1', kind: 'int', min: 0, max: 10_000_000 },
  { key: 'priority2', label: 'Priority 2', kind: 'int', min: 0, max: 10_000_000 },
];

/** The registry record behind a map airport, editable by planners (every scenario and plan uses it). */
export function AirportDetails({ id }: { id: string }) {
  const { user } = useSession();
  const q = useAirportRecord(id, user.role === 'planner');
  if (user.role !== 'planner') return null;
  return (
    <details className="registry-details">
      <summary>Airport record (all scenarios)</summary>
      <RecordForm what="airport" record={q.data} loading={q} fields={AIRPORT_FIELDS} save={(v, p) => patchAirport(id, v, p)} />
    </details>
  );
}

/** The registry record behind a map assembly area: its head counts, editable by planners. */
export function AreaDetails({ id }: { id: string }) {
  const { user } = useSession();
  const q = useAreaRecord(id, user.role === 'planner');
  if (user.role !== 'planner') return null;
  return (
    <details className="registry-details">
      <summary>Head counts (all scenarios)</summary>
      <RecordForm what="assembly area" record={q.data} loading={q} fields={AREA_FIELDS} save={(v, p) => patchArea(id, v, p)} />
    </details>
  );
}
