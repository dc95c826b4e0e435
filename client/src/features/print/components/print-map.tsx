import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Map as MapLibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { SummaryMap } from '../../../../../shared/schemas/summary.ts';
import { loadMaplibre } from '../../../lib/map/load-maplibre.ts';
import { loadBasemap } from '../../../lib/map/load-basemap.ts';
import { printMapData, sdfCoverage } from '../map/print-map-data.ts';
import { printMapStyle } from '../map/print-map-style.ts';
import { MapLegend } from './map-legend.tsx';

const DRAW_TIMEOUT_MS = 45_000;
/** Device pixels per CSS pixel of the captured map: about 190 dpi across the 186 mm column. */
const PIXEL_RATIO = 2;

type State = { kind: 'drawing' } | { kind: 'ready'; src: string } | { kind: 'error'; message: string };

/**
 * The plan's map for paper. MapLibre draws it once (with preserveDrawingBuffer, so the canvas can be
 * read), the picture is kept as an <img> and the WebGL map is removed: an image prints on every
 * browser and PDF engine, while a live canvas may come out blank or be re-rendered at print size.
 */
export function PrintMap({ map, onReady }: { map: SummaryMap; onReady: (ok: boolean) => void }) {
  const container = useRef<HTMLDivElement>(null);
  // `t` changes with the language, so the picture is drawn again in the new one. The map's canvas draws
  // with the machine's fonts: the words drawn into it stay in Latin script and digits (the legend words them).
  const { t } = useTranslation('print');
  const [state, setState] = useState<State>({ kind: 'drawing' });

  useEffect(() => {
    let live = true;
    let instance: MapLibreMap | null = null;
    setState({ kind: 'drawing' });
    const fail = (message: string) => {
      if (!live) return;
      setState({ kind: 'error', message });
      onReady(false);
    };
    const timer = setTimeout(() => fail(t('mapTimeout')), DRAW_TIMEOUT_MS);
    const drawn = printMapData(map, (sorties, pax) => t('mapAirportDetail', { sorties, pax }));
    Promise.all([loadMaplibre(), loadBasemap()]).then(([lib, basemap]) => {
      if (!live || !container.current) return;
      instance = new lib.Map({
        container: container.current,
        style: printMapStyle(basemap, drawn, map.theatre),
        bounds: map.bounds,
        fitBoundsOptions: { padding: 28 },
        interactive: false,
        attributionControl: false,
        fadeDuration: 0,
        pixelRatio: PIXEL_RATIO,
        canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
      });
      instance.on('error', (e) => console.warn('print map:', e.error?.message ?? e));
      instance.once('idle', () => {
        if (!live || !instance) return;
        const src = instance.getCanvas().toDataURL('image/png');
        instance.remove();
        instance = null;
        clearTimeout(timer);
        setState({ kind: 'ready', src });
        onReady(true);
      });
    }, (err: unknown) => fail(t('basemapFailed', { reason: (err as Error).message ?? String(err) })));
    return () => {
      live = false;
      clearTimeout(timer);
      instance?.remove();
    };
  }, [map, onReady, t]);

  return (
    <figure className="pr-map" data-map-ready={state.kind === 'ready'} data-map-error={state.kind === 'error' || undefined}>
      <div className="pr-map-box">
        {state.kind === 'ready'
          ? <img src={state.src} alt={t('mapAlt')} />
          : <div ref={container} className="pr-map-canvas" aria-hidden="true" />}
        {state.kind === 'drawing' && <div className="pr-map-note">{t('mapDrawing')}</div>}
        {state.kind === 'error' && <div className="pr-map-note pr-map-error" role="alert">{state.message}</div>}
      </div>
      <MapLegend airportsOnly={map.areas.length === 0 && map.legs.length === 0} sdf={sdfCoverage(map)} />
    </figure>
  );
}
