import { Layer, Source } from 'react-map-gl/maplibre';
import type { FeatureCollection, Geometry } from 'geojson';
import type { SortieFocusProps } from './sortie-focus.ts';

export const SORTIE_FOCUS_SOURCE = 'sortie-focus';
const ACCENT = '#c2410c';

/** Drawn above the plan's layers while a sortie is selected on the schedule. */
export function SortieFocus({ data }: { data: FeatureCollection<Geometry, SortieFocusProps> }) {
  return (
    <Source id={SORTIE_FOCUS_SOURCE} type="geojson" data={data}>
      <Layer id="sortie-focus-ground" type="line" filter={['==', ['get', 'kind'], 'ground']}
        paint={{ 'line-color': ACCENT, 'line-width': 2, 'line-dasharray': [2, 1.5] }} />
      <Layer id="sortie-focus-leg" type="line" filter={['==', ['get', 'kind'], 'leg']}
        paint={{ 'line-color': ACCENT, 'line-width': 3.5, 'line-opacity': 0.9 }} />
      <Layer id="sortie-focus-origin" type="circle" filter={['==', ['get', 'kind'], 'origin']}
        paint={{ 'circle-radius': 13, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': ACCENT, 'circle-stroke-width': 3 }} />
    </Source>
  );
}
