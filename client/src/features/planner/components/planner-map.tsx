import { useTranslation } from 'react-i18next';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Layer, Map, ScaleControl, Source, type MapLayerMouseEvent, type MapRef } from 'react-map-gl/maplibre';
import type { FeatureCollection, LineString, Point, Polygon } from 'geojson';
import type { GeoJSONSource, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { env } from '../../../lib/env.ts';
import { loadMaplibre } from '../../../lib/map/load-maplibre.ts';
import { basemapUrl } from '../../../lib/map/load-basemap.ts';
import { enableAdaptiveResolution } from '../map/adaptive-resolution.ts';
import { BASEMAP_COLORS, BASEMAP_SOURCE, IDEOGRAPH_FONT, offlineStyle } from '../map/basemap-style.ts';
import * as L from '../map/layers.ts';
import type { HazardProps } from '../map/to-geojson.ts';
import type { NamedAircraftProps, NamedLineProps, TimedAirportProps, TimedAreaProps } from '../map-view/decorate.ts';
import type { LegProps } from '../map-view/time-state.ts';
import * as T from '../map-view/layers.ts';
import { HoverCard, type Hovered } from '../map-view/hover-card.tsx';
import { shipIconPixels } from '../map-view/ship-icon.ts';

const INTERACTIVE = [...L.INTERACTIVE_LAYERS, T.areaCluster.id, T.aircraft.id, T.ships.id];

/** Every overlay layer in drawing order, each with its source. */
const LAYERS = [
  { ...L.hazardFill, source: L.SOURCE.hazards }, { ...L.hazardOutline, source: L.SOURCE.hazards },
  { ...L.allocationLine, source: L.SOURCE.lines }, T.flightLeg,
  { ...L.areaCircle, source: L.SOURCE.areas }, T.areaCluster, T.areaWaiting, T.clusterWaiting,
  T.airportDepartures, { ...L.airportCircle, source: L.SOURCE.airports }, T.airportSdfBadge, T.aircraft, T.ships,
  { ...L.focusRing, source: L.SOURCE.focus },
  { ...L.hazardLabel, source: L.SOURCE.hazards }, { ...L.areaLabel, source: L.SOURCE.areas }, T.areaClusterCount,
  { ...L.airportLabel, source: L.SOURCE.airports }, T.areaCollider, T.airportCollider,
];

/** The colliders' and ships' icons are added on load: a layer asking for one earlier logs 'image could not be loaded'. Mounted later they are drawn on top (the ships too, which suits a marker on the move). */
const NEEDS_COLLIDER_IMAGE = new Set([T.areaCollider.id, T.airportCollider.id, T.ships.id]);

export type Selection = { kind: 'area' | 'airport'; id: string };

export interface MapData {
  areas: FeatureCollection<Point, TimedAreaProps>;
  airports: FeatureCollection<Point, TimedAirportProps>;
  lines: FeatureCollection<LineString, NamedLineProps>;
  hazards: FeatureCollection<Polygon, HazardProps>;
  focus: FeatureCollection<Point, { kind: string; radius?: number }>;
  /** Great-circle legs and aircraft positions at the chosen hour (empty when no hour is chosen). */
  legs: FeatureCollection<LineString, LegProps>;
  aircraft: FeatureCollection<Point, NamedAircraftProps>;
}

interface Props {
  data: MapData;
  theatre: string[];
  mapRef: RefObject<MapRef | null>;
  /** The scenario and plan are loaded (the sources are empty before). */
  dataReady: boolean;
  /** While drawing hazard zones, clicks belong to the drawing tool. */
  interactive: boolean;
  onSelect: (s: Selection | null) => void;
  /** First `idle` after the plan's data is on the map (used by the benchmark and the browser tests). */
  onFirstIdle?: () => void;
  /** Which groups of layers are shown (layer toggles). */
  toggles?: Record<T.LayerToggle, boolean>;
  children?: ReactNode;
}

/** A layer spec with its visibility from the toggles (layout kept, so the draw order never changes). */
function shown<S extends { id: string; layout?: object }>(spec: S, toggles: Record<T.LayerToggle, boolean>): S {
  return { ...spec, layout: { ...(spec.layout ?? {}), visibility: T.layerVisible(spec.id, toggles) ? 'visible' : 'none' } } as S;
}

const INITIAL_VIEW = { longitude: 126.5, latitude: 31.5, zoom: 4.3 };

/** The deployment's style URL, or the offline style over the prebuilt basemap (nothing to wait for). */
const mapStyle = (): StyleSpecification | string => env.mapStyleUrl ?? offlineStyle(basemapUrl(), { sea: false });

export function PlannerMap({ data, theatre, mapRef, dataReady, interactive, onSelect, onFirstIdle, toggles = T.ALL_ON, children }: Props) {
  const { t } = useTranslation('planner');
  const style = useMemo(mapStyle, []);
  const mapLib = useMemo(() => loadMaplibre(), []);
  const [hovered, setHovered] = useState<Hovered | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [mapError, setMapError] = useState<string | null>(null);
  const idleReported = useRef(false);

  const onMove = useCallback((e: MapLayerMouseEvent) => {
    const f = e.features?.[0];
    setHovered(f ? { layer: f.layer.id, props: f.properties as Record<string, unknown>, x: e.point.x, y: e.point.y } : null);
  }, []);
  const onClick = useCallback((e: MapLayerMouseEvent) => {
    const f = e.features?.[0];
    if (!f) return onSelect(null);
    if (f.layer.id === T.areaCluster.id) {
      // A cluster opens to the zoom where it splits.
      const map = mapRef.current?.getMap();
      const src = map?.getSource(L.SOURCE.areas) as GeoJSONSource | undefined;
      const geom = f.geometry as Point;
      void src?.getClusterExpansionZoom(Number((f.properties as { cluster_id: number }).cluster_id)).then((zoom) => map?.easeTo({ center: geom.coordinates as [number, number], zoom: zoom + 0.2 }));
      return;
    }
    const id = String((f.properties as { id?: string }).id ?? '');
    if (f.layer.id === L.areaCircle.id) onSelect({ kind: 'area', id });
    else if (f.layer.id === L.airportCircle.id) onSelect({ kind: 'airport', id });
    else if (f.layer.id === L.allocationLine.id) onSelect({ kind: 'area', id: String((f.properties as { areaId: string }).areaId) });
  }, [onSelect, mapRef]);

  // The first `idle` once the plan's data is on the map: every tile and layer drawn.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!loaded || !dataReady || idleReported.current || !map) return;
    const report = () => {
      if (idleReported.current) return;
      idleReported.current = true;
      onFirstIdle?.();
    };
    map.once('idle', report);
    map.triggerRepaint();
    return () => { map.off('idle', report); };
  }, [loaded, dataReady, mapRef, onFirstIdle]);

  const offline = typeof style !== 'string';
  return (
    <Map
      ref={mapRef}
      mapLib={mapLib}
      initialViewState={INITIAL_VIEW}
      mapStyle={style}
      localIdeographFontFamily={IDEOGRAPH_FONT}
      interactiveLayerIds={interactive ? INTERACTIVE : []}
      onMouseMove={interactive ? onMove : undefined}
      onMouseLeave={() => setHovered(null)}
      onClick={interactive ? onClick : undefined}
      onLoad={(e) => {
        // The benchmark and the browser tests drive the map through this handle.
        (window as unknown as { __neoMap?: unknown }).__neoMap = e.target;
        performance.mark('neo-map-load');
        enableAdaptiveResolution(e.target);
        const px = T.COLLIDER_PX;
        if (!e.target.hasImage(T.COLLIDER_IMAGE)) e.target.addImage(T.COLLIDER_IMAGE, { width: px, height: px, data: new Uint8Array(px * px * 4) });
        if (!e.target.hasImage(T.SHIP_IMAGE)) e.target.addImage(T.SHIP_IMAGE, shipIconPixels());
        setLoaded(true);
      }}
      onError={(e) => setMapError(e.error?.message ?? 'unknown error')}
      cursor={hovered && interactive ? 'pointer' : undefined}
      fadeDuration={0}
      dragRotate={false}
      pitchWithRotate={false}
      touchPitch={false}
      attributionControl={{ compact: true }}
      style={{ position: 'absolute', inset: 0, background: BASEMAP_COLORS.sea }}
    >
      {offline && (
        <Layer id="theatre" type="fill" source={BASEMAP_SOURCE} beforeId="borders"
          filter={['all', ['==', ['get', 'kind'], 'country'], ['in', ['get', 'iso2'], ['literal', theatre]]]}
          paint={{ 'fill-color': BASEMAP_COLORS.theatre }} />
      )}
      {/* Sources first, then every layer in drawing order (symbols last: the top ones are placed first). */}
      <Source id={L.SOURCE.hazards} type="geojson" data={data.hazards} />
      <Source id={L.SOURCE.lines} type="geojson" data={data.lines} />
      <Source id={T.TIME_SOURCE.legs} type="geojson" data={data.legs} />
      <Source id={L.SOURCE.areas} type="geojson" data={data.areas} cluster clusterMaxZoom={T.CLUSTER_MAX_ZOOM} clusterRadius={36}
        clusterProperties={T.AREA_CLUSTER_PROPERTIES as never} />
      <Source id={L.SOURCE.airports} type="geojson" data={data.airports} />
      <Source id={T.TIME_SOURCE.aircraft} type="geojson" data={data.aircraft} />
      <Source id={L.SOURCE.focus} type="geojson" data={data.focus} />
      {LAYERS.filter((spec) => loaded || !NEEDS_COLLIDER_IMAGE.has(spec.id)).map((spec) => <Layer key={spec.id} {...(shown(spec, toggles) as LayerSpecification)} />)}
      {hovered && interactive && <HoverCard hovered={hovered} />}
      {mapError && <div className="map-error alert alert-error" role="alert"><span>{t('mapError', { error: mapError })}</span><button type="button" className="btn-link" onClick={() => setMapError(null)}>{t('common:dismiss')}</button></div>}
      <ScaleControl position="bottom-left" unit="metric" />
      {loaded && children}
    </Map>
  );
}
