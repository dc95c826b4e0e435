import { useEffect, useRef } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import type { TerraDraw } from 'terra-draw';
import type { HazardZone } from '../../../../../shared/schemas/domain.ts';
import { newZoneId, zonesToDrawFeatures, type DrawFeature } from '../map/hazard-edit.ts';

export type DrawMode = 'select' | 'polygon' | 'rectangle';

interface Props {
  /** The zones to start from (loaded into the tool when it starts). */
  zones: HazardZone[];
  mode: DrawMode;
  /** Every change (drawn, moved, reshaped, deleted) with all features now in the tool. */
  onChange: (features: DrawFeature[]) => void;
  /** A polygon or rectangle was finished: the page switches back to select mode. */
  onFinish: () => void;
  /** Lets the panel delete a zone from the tool. */
  apiRef: { current: { remove: (id: string) => void } | null };
}

const STYLE = { fillColor: '#e74c3c', outlineColor: '#c0392b', fillOpacity: 0.22, outlineWidth: 2 } as const;

/**
 * terra-draw on the MapLibre map, alive while hazard zones are being edited. Loaded in its own chunk
 * (only planners who edit zones need it).
 */
export function HazardDraw({ zones, mode, onChange, onFinish, apiRef }: Props) {
  const { current } = useMap();
  const drawRef = useRef<TerraDraw | null>(null);
  const cbs = useRef({ onChange, onFinish });
  cbs.current = { onChange, onFinish };
  const initial = useRef(zones);
  const modeRef = useRef(mode);
  modeRef.current = mode;

  useEffect(() => {
    const map = current?.getMap();
    if (!map) return;
    let draw: TerraDraw | null = null;
    let cancelled = false;
    void Promise.all([import('terra-draw'), import('terra-draw-maplibre-gl-adapter')]).then(([td, { TerraDrawMapLibreGLAdapter }]) => {
      if (cancelled) return;
      const polygonStyles = { fillColor: STYLE.fillColor, outlineColor: STYLE.outlineColor, fillOpacity: STYLE.fillOpacity, outlineWidth: STYLE.outlineWidth } as const;
      draw = new td.TerraDraw({
        adapter: new TerraDrawMapLibreGLAdapter({ map }),
        idStrategy: { isValidId: (id) => typeof id === 'string' && /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/.test(id), getId: newZoneId },
        modes: [
          new td.TerraDrawPolygonMode({ styles: polygonStyles }),
          new td.TerraDrawRectangleMode({ styles: polygonStyles }),
          new td.TerraDrawSelectMode({
            styles: { selectedPolygonColor: '#f59e0b', selectedPolygonOutlineColor: '#b45309', selectedPolygonFillOpacity: 0.25 },
            flags: {
              polygon: { feature: { draggable: true, coordinates: { midpoints: true, draggable: true, deletable: true } } },
              rectangle: { feature: { draggable: true, coordinates: { draggable: true, deletable: true } } },
            },
          }),
        ],
      });
      draw.start();
      draw.addFeatures(zonesToDrawFeatures(initial.current) as never);
      draw.setMode(modeRef.current);
      const emit = () => draw && cbs.current.onChange(draw.getSnapshot().filter((f) => f.geometry.type === 'Polygon') as unknown as DrawFeature[]);
      draw.on('change', (_ids, type) => { if (type !== 'styling') emit(); });
      draw.on('finish', (_id, ctx) => { if (ctx.action === 'draw') cbs.current.onFinish(); });
      drawRef.current = draw;
      apiRef.current = { remove: (id) => { if (draw?.hasFeature(id)) draw.removeFeatures([id]); } };
      (window as unknown as { __neoDraw?: unknown }).__neoDraw = draw;
    });
    return () => {
      cancelled = true;
      drawRef.current = null;
      apiRef.current = null;
      draw?.stop();
    };
    // The tool lives as long as the editing session; `mode` changes are applied below.
  }, [current, apiRef]);

  useEffect(() => {
    const d = drawRef.current;
    if (d?.enabled && d.getMode() !== mode) d.setMode(mode);
  }, [mode]);

  return null;
}
