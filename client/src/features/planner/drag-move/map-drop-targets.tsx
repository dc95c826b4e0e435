import { useState, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import { useTranslation } from 'react-i18next';
import type { Airport, Sortie } from '../../../../../shared/schemas/domain.ts';
import { useFormat } from '../../../i18n/format.ts';
import { airportLabel } from '../../../../../shared/plan/snapshot.ts';
import { useDragMove } from './drag-context.ts';

// The map's own label of the place: a seaport by its UN/LOCODE or name, never its id.
const label = (a: Airport) => airportLabel(a, a.id);

interface Props { mapRef: RefObject<MapRef | null>; airports: readonly Airport[]; sorties: readonly Sortie[] }
interface Group { airportId: string; first: string; count: number; free: number }

/**
 * While people are dragged, the map marks only the airports with a legal target (moveTargets' list, earliest
 * first): a drop on one takes its earliest legal sortie, which the count dialog names before anything changes.
 * Every other airport has no mark, so it is visibly no place to drop.
 */
export function MapDropTargets({ mapRef, airports, sorties }: Props) {
  const { t } = useTranslation('schedule', { keyPrefix: 'drop' });
  const f = useFormat();
  const d = useDragMove();
  const [over, setOver] = useState<string | null>(null);
  const map = mapRef.current;
  if (!d.free?.size || !map) return null;
  const origin = new Map(sorties.map((s) => [s.id, s.originAirportId]));
  const groups = new Map<string, Group>();
  for (const [id, free] of d.free) {
    const a = origin.get(id);
    if (!a) continue;
    const g = groups.get(a) ?? { airportId: a, first: id, count: 0, free: 0 };
    groups.set(a, { ...g, count: g.count + 1, free: g.free + free });
  }
  const where = new Map(airports.map((a) => [a.id, a]));
  return (
    <div className="map-drop-layer">
      {[...groups.values()].map((g) => {
        const a = where.get(g.airportId);
        if (!a) return null;
        const p = map.project([a.lon, a.lat]);
        return (
          <span key={g.airportId} className={`map-drop${over === g.airportId ? ' is-over' : ''}`} data-drop-airport={g.airportId} data-drop-sortie={g.first}
            style={{ left: p.x, top: p.y }} title={t('airport', { airport: label(a), count: g.count, n: f.number(g.free) })}
            onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'move'; setOver(g.airportId); }} onDragLeave={() => setOver(null)}
            onDrop={(e) => { e.preventDefault(); setOver(null); d.drop(g.first); }}>
            {t('badge', { airport: label(a), n: f.number(g.free) })}
          </span>
        );
      })}
    </div>
  );
}
