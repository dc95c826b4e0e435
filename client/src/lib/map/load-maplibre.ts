import type * as MapLibre from 'maplibre-gl';

let cached: Promise<typeof MapLibre> | null = null;

/**
 * MapLibre in its own chunk. After `vite build` its worker 404s unless told where the bundled worker
 * file is, so the URL comes from Vite (`?url`) and is set before the first map is created.
 */
export function loadMaplibre(): Promise<typeof MapLibre> {
  cached ??= Promise.all([
    import('maplibre-gl'),
    import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
  ]).then(([lib, worker]) => {
    lib.setWorkerUrl(worker.default);
    // Two workers even on a 2-core machine: the basemap's tiling then does not hold up the overlays.
    if (lib.getWorkerCount() < 2) lib.setWorkerCount(2);
    // Start the workers now, while the page still waits for its data, not when the map is created.
    lib.prewarm();
    performance.mark('neo-maplibre-ready');
    return lib;
  });
  return cached;
}
