import type { Plugin } from 'vite';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { basemapCollection } from './src/lib/map/basemap.ts';

const ID = 'virtual:offline-basemap';
const DEV_PATH = '/@neo/basemap-50m.json';

/**
 * Builds the offline basemap (Natural Earth 1:50m countries, antimeridian unwrapped, label points) once
 * at build time and emits it as a static asset; `import url from 'virtual:offline-basemap'` gives its URL.
 * In the dev server the same JSON is served from memory.
 */
export function offlineBasemap(): Plugin {
  let json: string | null = null;
  const build = () => {
    if (json) return json;
    const topo = countries50m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    json = JSON.stringify(basemapCollection(feature(topo, topo.objects.countries).features as Parameters<typeof basemapCollection>[0]));
    return json;
  };
  let serve = false;
  return {
    name: 'neo-offline-basemap',
    configResolved(config) { serve = config.command === 'serve'; },
    resolveId(id) { return id === ID ? `\0${ID}` : null; },
    load(id) {
      if (id !== `\0${ID}`) return null;
      if (serve) return `export default ${JSON.stringify(DEV_PATH)};`;
      const ref = this.emitFile({ type: 'asset', name: 'basemap-50m.json', source: build() });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_PATH, (_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(build());
      });
    },
  };
}
