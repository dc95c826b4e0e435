import { useMemo } from 'react';
import type { FeatureCollection, Point } from 'geojson';
import type { Sortie } from '../../../../../shared/schemas/domain.ts';
import type { PlanningSnapshot } from '../../../../../shared/plan/snapshot.ts';
import type { Violation } from '../api/plan-types.ts';
import { allocationLines, areasToGeoJSON, hazardsToGeoJSON, plannedByArea, type AirportProps } from '../map/to-geojson.ts';
import type { MapData, Selection } from '../components/planner-map.tsx';
import { offerName, type Lookup } from '../components/sortie-label.ts';
import { decorateLines, decorateTime, type Names } from './decorate.ts';
import type { TimeState } from './time-state.ts';

interface Args {
  snapshot: PlanningSnapshot | null;
  airportFC: FeatureCollection<Point, AirportProps> | null;
  sorties: readonly Sortie[];
  selection: Selection | null;
  focus: Violation | null;
  /** While zones are drawn the drawing tool shows them, not the map's hazard layer. */
  drawingHazards: boolean;
  timeState: TimeState | null;
  sdfBadges: ReadonlySet<string>;
  lookup: Lookup | null;
}

type FocusFC = FeatureCollection<Point, { kind: string; radius?: number }>;

/**
 * The map's sources, each memoised on what it depends on: react-map-gl re-sends a source to MapLibre
 * (setData, re-tiled in the worker) whenever its object changes. Moving the time slider or playing
 * then re-sends areas, airports and aircraft only — not the allocation lines (2,000 in the bench load),
 * the hazard zones or the focus rings, which the one big memo rebuilt at every hour.
 */
export function useMapData({ snapshot, airportFC, sorties, selection, focus, drawingHazards, timeState, sdfBadges, lookup }: Args): MapData | null {
  const names = useMemo<Names>(() => {
    const byId = new Map(sorties.map((s) => [s.id, s]));
    return {
      areaName: (id) => lookup?.areaName(id) ?? '',
      airportLabel: (id) => lookup?.airportLabel(id) ?? '',
      operatorOf: (sortieId) => { const s = byId.get(sortieId); return s && lookup ? offerName(lookup.offers.get(s.offerId), lookup) : ''; },
    };
  }, [sorties, lookup]);
  const areas = useMemo(() => (snapshot ? areasToGeoJSON(snapshot.areas, plannedByArea(sorties as Sortie[])) : null), [snapshot, sorties]);
  const lines = useMemo(() => (snapshot ? decorateLines(allocationLines(sorties as Sortie[], snapshot.areas, snapshot.airports), names) : null), [snapshot, sorties, names]);
  const timed = useMemo(() => (areas && airportFC ? decorateTime({ areas, airports: airportFC }, timeState, sdfBadges, names) : null), [areas, airportFC, timeState, sdfBadges, names]);
  const hazards = useMemo(() => (snapshot ? hazardsToGeoJSON(drawingHazards ? [] : snapshot.scenario.hazardZones) : null), [snapshot, drawingHazards]);
  const focusFC = useMemo<FocusFC | null>(() => (snapshot ? focusPoints(snapshot, sorties, selection, focus) : null), [snapshot, sorties, selection, focus]);
  return useMemo(() => (timed && lines && hazards && focusFC ? { ...timed, lines, hazards, focus: focusFC } : null), [timed, lines, hazards, focusFC]);
}

/** Rings on the selected area or airport, and on the places of the violation being shown. */
function focusPoints(snapshot: PlanningSnapshot, sorties: readonly Sortie[], selection: Selection | null, focus: Violation | null): FocusFC {
  const features: FocusFC['features'] = [];
  const point = (kind: string, lon: number, lat: number, radius?: number) => features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { kind, ...(radius ? { radius } : {}) } });
  if (selection?.kind === 'area') { const a = snapshot.areas.find((x) => x.id === selection.id); if (a) point('selection', a.lon, a.lat, 22); }
  if (selection?.kind === 'airport') { const a = snapshot.airports.find((x) => x.id === selection.id); if (a) point('selection', a.lon, a.lat, 14); }
  if (focus) {
    const a = focus.assemblyAreaId ? snapshot.areas.find((x) => x.id === focus.assemblyAreaId) : undefined;
    if (a) point('violation', a.lon, a.lat, 24);
    const apId = focus.airportId ?? sorties.find((s) => s.id === focus.sortieId)?.originAirportId;
    const ap = apId ? snapshot.airports.find((x) => x.id === apId) : undefined;
    if (ap) point('violation', ap.lon, ap.lat, 16);
  }
  return { type: 'FeatureCollection', features };
}
