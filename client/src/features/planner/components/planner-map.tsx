import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Layer, Map, Source, type MapLayerMouseEvent, type MapRef } from 'react-map-gl/maplibre';
import type { FeatureCollection, LineString, Point, Polygon } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { env } from '../../../lib/env.ts';
import { loadMaplibre } from '../../../lib/map/load-maplibre.ts';
import { basemapUrl } from '../../../lib/map/load-basemap.ts';
import { enableAdaptiveResolution } from '../map/adaptive-resolution.ts';
import { BASEMAP_COLORS, BASEMAP_SOURCE, IDEOGRAPH_FONT, offlineStyle } from '../map/basemap-style.ts';
import * as L from '../map/layers.ts';
import type { AirportProps, AllocationLineProps, AreaProps, HazardProps } from '../map/to-geojson.ts';
import { HoverCard, type Hovered } from './hover-card.tsx';

export type Selection = { kind: 'area' | 'airport'; id: string };

export interface MapData {
  areas: FeatureCollection<Point, AreaProps>;
  airports: FeatureCollection<Point, AirportProps>;
  lines: FeatureCollection<LineString, AllocationLineProps>;
  hazards: FeatureCollection<Polygon, HazardProps>;
  focus: FeatureCollection<Point, { kind: string; radius?: number }>;
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
  children?: ReactNode;
}

const INITIAL_VIEW = { longitude: 126.5, latitude: 31.5, zoom: 4.3 };

/** The deployment's style URL, or the offline style over the prebuilt basemap (nothing to wait for). */
const mapStyle = (): StyleSpecification | string => env.mapStyleUrl ?? offlineStyle(basemapUrl(), { sea: false });

export function PlannerMap({ data, theatre, mapRef, dataReady, interactive, onSelect, onFirstIdle, children }: Props) {
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
    const id = String((f.properties as { id?: string }).id ?? '');
    if (f.layer.id === L.areaCircle.id) onSelect({ kind: 'area', id });
    else if (f.layer.id === L.airportCircle.id) onSelect({ kind: 'airport', id });
    else if (f.layer.id === L.allocationLine.id) onSelect({ kind: 'area', id: String((f.properties as { areaId: string }).areaId) });
  }, [onSelect]);

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
      interactiveLayerIds={interactive ? L.INTERACTIVE_LAYERS : []}
      onMouseMove={interactive ? onMove : undefined}
      onMouseLeave={() => setHovered(null)}
      onClick={interactive ? onClick : undefined}
      onLoad={(e) => {
        // The benchmark and the browser tests drive the map through this handle.
        (window as unknown as { __neoMap?: unknown }).__neoMap = e.target;
        performance.mark('neo-map-load');
        enableAdaptiveResolution(e.target);
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
      <Source id={L.SOURCE.hazards} type="geojson" data={data.hazards}>
        <Layer {...L.hazardFill} />
        <Layer {...L.hazardOutline} />
        <Layer {...L.hazardLabel} />
      </Source>
      <Source id={L.SOURCE.lines} type="geojson" data={data.lines}>
        <Layer {...L.allocationLine} />
      </Source>
      <Source id={L.SOURCE.areas} type="geojson" data={data.areas}>
        <Layer {...L.areaCircle} />
        <Layer {...L.areaLabel} />
      </Source>
      <Source id={L.SOURCE.airports} type="geojson" data={data.airports}>
        <Layer {...L.airportSdfRing} />
        <Layer {...L.airportCircle} />
        <Layer {...L.airportLabel} />
      </Source>
      <Source id={L.SOURCE.focus} type="geojson" data={data.focus}>
        <Layer {...L.focusRing} />
      </Source>
      {hovered && interactive && <HoverCard hovered={hovered} />}
      {mapError && <div className="map-error alert alert-error" role="alert"><span>The map could not draw everything: {mapError}</span><button type="button" className="btn-link" onClick={() => setMapError(null)}>Dismiss</button></div>}
      {loaded && children}
    </Map>
  );
}
