import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session.ts';
import { patchAirport, patchArea, useAirportRecord, useAreaRecord } from '../api/update-registry.ts';
import { RecordForm, type FieldDef } from './record-form.tsx';

const AIRPORT_FIELDS: FieldDef[] = [
  { key: 'status', kind: 'select', options: ['open', 'closed'] },
  { key: 'departuresPerHour', kind: 'int', min: 0, max: 200 },
  { key: 'runwayM', kind: 'int', min: 0, max: 10_000, nullable: true },
];

const AREA_FIELDS: FieldDef[] = [
  { key: 'residents', kind: 'int', min: 0, max: 10_000_000 },
  { key: 'visitors', kind: 'int', min: 0, max: 10_000_000 },
  { key: 'priority1', kind: 'int', min: 0, max: 10_000_000 },
  { key: 'priority2', kind: 'int', min: 0, max: 10_000_000 },
];

/** The registry record behind a map airport, editable by planners (every scenario and plan uses it). */
export function AirportDetails({ id }: { id: string }) {
  const { user } = useSession();
  const { t } = useTranslation('planner', { keyPrefix: 'registry' });
  const q = useAirportRecord(id, user.role === 'planner');
  if (user.role !== 'planner') return null;
  return (
    <details className="registry-details">
      <summary>{t('airport.summary')}</summary>
      <RecordForm what="airport" record={q.data} loading={q} fields={AIRPORT_FIELDS} save={(v, p) => patchAirport(id, v, p)} />
    </details>
  );
}

/** The registry record behind a map assembly area: its head counts, editable by planners. */
export function AreaDetails({ id }: { id: string }) {
  const { user } = useSession();
  const { t } = useTranslation('planner', { keyPrefix: 'registry' });
  const q = useAreaRecord(id, user.role === 'planner');
  if (user.role !== 'planner') return null;
  return (
    <details className="registry-details">
      <summary>{t('area.summary')}</summary>
      <RecordForm what="area" record={q.data} loading={q} fields={AREA_FIELDS} save={(v, p) => patchArea(id, v, p)} />
    </details>
  );
}
