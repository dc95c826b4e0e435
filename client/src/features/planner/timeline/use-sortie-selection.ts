import { useCallback, useMemo, useState, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import type { Sortie } from '../../../../../shared/schemas/domain.ts';
import type { PlanningSnapshot } from '../../../../../shared/plan/snapshot.ts';
import type { PlanTimeline } from '../map-view/time-state.ts';
import { boundsOf, sortieFocusGeoJSON } from './sortie-focus.ts';

interface Args {
  sorties: readonly Sortie[];
  timeline: PlanTimeline | null;
  snapshot: PlanningSnapshot | null;
  mapRef: RefObject<MapRef | null>;
  /** The map's time follows the selection: the hour the sortie is in the air. */
  onHour: (h: number) => void;
}

/**
 * The sortie picked on the schedule: highlighted on the map, framed, and the map's time moved to its
 * departure so its aircraft is drawn on its leg. Cleared by itself when the sortie leaves the plan.
 */
export function useSortieSelection({ sorties, timeline, snapshot, mapRef, onHour }: Args) {
  const [picked, setPicked] = useState<string | null>(null);
  const lookups = useMemo(() => snapshot && {
    areas: new Map(snapshot.areas.map((a) => [a.id, a])), airports: new Map(snapshot.airports.map((a) => [a.id, a])),
  }, [snapshot]);
  const sortie = picked ? sorties.find((s) => s.id === picked) : undefined;
  const focus = useMemo(() => (sortie && timeline && lookups ? sortieFocusGeoJSON(sortie, timeline, lookups.areas, lookups.airports) : null), [sortie, timeline, lookups]);

  const select = useCallback((id: string | null) => {
    setPicked(id);
    const s = id ? sorties.find((x) => x.id === id) : undefined;
    if (!s || !timeline || !lookups) return;
    onHour(Math.max(0, Math.ceil((Date.parse(s.departAt) - timeline.startMs) / 3_600_000)));
    const b = boundsOf(sortieFocusGeoJSON(s, timeline, lookups.areas, lookups.airports));
    const map = mapRef.current;
    if (!b || !map) return;
    // Frame it above the schedule and the time bar, which cover the bottom of the map.
    const covered = map.getContainer().parentElement?.querySelector('.map-bottom')?.getBoundingClientRect().height ?? 60;
    const room = map.getContainer().clientHeight;
    map.fitBounds(b, { padding: { top: 60, left: 40, right: 40, bottom: Math.min(covered + 20, room * 0.7) }, maxZoom: 7, duration: 600 });
  }, [sorties, timeline, lookups, mapRef, onHour]);

  return { sortieId: sortie ? sortie.id : null, focus, select };
}
