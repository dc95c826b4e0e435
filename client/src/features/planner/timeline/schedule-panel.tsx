import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Airport, Sortie } from '../../../../../shared/schemas/domain.ts';
import { airframeLabel, tailsBySortie, assignRotations } from '../../../../../shared/plan/solve/rotations.ts';
import { useFormat } from '../../../i18n/format.ts';
import type { PlanTimeline } from '../map-view/time-state.ts';
import { offerName, type Lookup } from '../components/sortie-label.ts';
import { shortName } from '../map-view/short-name.ts';
import { ganttRows, type GanttGroup, type GanttRow } from './gantt-rows.ts';
import { Gantt } from './gantt.tsx';
import { SortieDetail } from './sortie-detail.tsx';
import { useDragMove } from '../drag-move/drag-context.ts';
import './timeline.css';

interface Props {
  sorties: Sortie[];
  airports: Airport[];
  timeline: PlanTimeline;
  lookup: Lookup;
  hour: number | null;
  onHour: (h: number) => void;
  selectedId: string | null;
  onSelect: (sortieId: string | null) => void;
  editable: boolean;
  apply: (edit: (s: Sortie[]) => Sortie[]) => void;
  onAirport: (id: string) => void;
  onArea: (id: string) => void;
  onClose: () => void;
}

/** The plan's schedule under the map: a Gantt per airport or per airframe, and the selected sortie. */
const GROUPS = ['airport', 'airframe'] as const;

export function SchedulePanel(p: Props) {
  const { t } = useTranslation('schedule');
  const f = useFormat();
  const [group, setGroup] = useState<GanttGroup>('airport');
  const dragging = !!useDragMove().dragging;
  const input = useMemo(() => ({ sorties: p.sorties, timeline: p.timeline, offers: p.lookup.offers, airports: p.airports }), [p.sorties, p.timeline, p.lookup.offers, p.airports]);
  const rows = useMemo(() => ganttRows(input, group), [input, group]);
  const tails = useMemo(() => tailsBySortie(assignRotations([...p.lookup.offers.values()], p.sorties)), [p.lookup.offers, p.sorties]);
  const byId = useMemo(() => new Map(p.sorties.map((s) => [s.id, s])), [p.sorties]);
  const arrive = useMemo(() => new Map(p.timeline.flights.map((x) => [x.sortieId, x.arriveMs])), [p.timeline]);
  const names = useMemo(() => new Map(p.airports.map((a) => [a.id, a.name])), [p.airports]);
  // A seaport has no airport code: its short name, not its id.
  const placeLabel = (id: string) => { const code = p.lookup.airportLabel(id); return code === id && names.has(id) ? shortName(names.get(id)!, 14) : code; };
  const rowLabel = (row: GanttRow) => {
    if (row.airportId) return { short: placeLabel(row.airportId), full: t('airportRow', { airport: `${placeLabel(row.airportId)} (${names.get(row.airportId) ?? row.airportId})`, capacity: row.capacity ?? 0 }) };
    const offer = p.lookup.offers.get(row.offerId ?? '');
    const name = offer ? offerName(offer, p.lookup) : t('unknownOffer');
    const short = offer ? airframeLabel(offer.aircraftType, row.tail ?? null) : '?';
    return row.tail ? { short, full: `${name} #${row.tail}` } : { short: t('noAirframeShort', { type: short }), full: t('noAirframe', { offer: name }) };
  };
  const barLabel = (id: string) => {
    const s = byId.get(id);
    if (!s) return id;
    const seats = p.lookup.offers.get(s.offerId)?.seatsPerSortie ?? 0;
    return t('barLabel', { time: f.shortTime(s.departAt), from: placeLabel(s.originAirportId), to: placeLabel(s.destinationAirportId), n: s.allocations.reduce((n, a) => n + a.passengers, 0), seats });
  };
  const selected = p.selectedId ? byId.get(p.selectedId) : undefined;
  return (
    <section className="schedule" aria-label={t('title')} data-testid="schedule">
      <header className="schedule-head">
        <h2>{t('title')}</h2>
        <div className="schedule-group" role="radiogroup" aria-label={t('groupBy')}>
          {GROUPS.map((g) => (
            <button key={g} type="button" role="radio" aria-checked={group === g} className={`btn btn-small${group === g ? ' is-on' : ''}`} onClick={() => setGroup(g)}>{t(`group.${g}`)}</button>
          ))}
        </div>
        <span className="muted schedule-count">{dragging ? <span className="text-ok" role="status">{t('drop.hint')}</span> : t('count', { count: p.sorties.length })}</span>
        <button type="button" className="btn-link" onClick={p.onClose}>{t('close')}</button>
      </header>
      <div className="schedule-body">
        {rows.length === 0 ? <p className="muted">{t('empty')}</p> : (
          <Gantt rows={rows} span={p.timeline.horizonHours} startMs={p.timeline.startMs} hour={p.hour} onHour={p.onHour}
            selectedId={p.selectedId} onSelect={p.onSelect} rowLabel={rowLabel} barLabel={barLabel} />
        )}
        {selected && (
          <SortieDetail sortie={selected} lookup={p.lookup} place={placeLabel} tail={tails.get(selected.id)} arriveMs={arrive.get(selected.id)}
            editable={p.editable} apply={p.apply} onAirport={p.onAirport} onArea={p.onArea} onClose={() => p.onSelect(null)} />
        )}
      </div>
    </section>
  );
}
