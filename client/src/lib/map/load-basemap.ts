import type { Topology, GeometryCollection } from 'topojson-specification';
import { buildBasemap, type Basemap } from './basemap.ts';

let cached: Promise<Basemap> | null = null;

/** Loads Natural Earth 1:50m countries from the app's own assets (a separate, cacheable file). */
export function loadBasemap(): Promise<Basemap> {
  cached ??= (async () => {
    const [{ default: url }, { feature }] = await Promise.all([
      import('world-atlas/countries-50m.json?url'),
      import('topojson-client'),
    ]);
    const res = await fetch(url);
    if (!res.ok) throw new Error(`The offline basemap did not load (${res.status})`);
    const topo = (await res.json()) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const fc = feature(topo, topo.objects.countries);
    return buildBasemap(fc.features as Parameters<typeof buildBasemap>[0]);
  })();
  cached.catch(() => { cached = null; });
  return cached;
}
