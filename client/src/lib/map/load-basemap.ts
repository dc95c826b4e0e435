import basemapAsset from 'virtual:offline-basemap';
import { splitBasemap, type Basemap, type BasemapCollection } from './basemap.ts';

/** Absolute URL of the prebuilt basemap GeoJSON (MapLibre's worker fetches it; relative URLs would not resolve there). */
export function basemapUrl(): string {
  return new URL(basemapAsset, location.href).href;
}

let cached: Promise<Basemap> | null = null;

/** Loads the prebuilt Natural Earth 1:50m basemap from the app's own assets (a separate, cacheable file). */
export function loadBasemap(): Promise<Basemap> {
  cached ??= (async () => {
    const res = await fetch(basemapUrl());
    if (!res.ok) throw new Error(`The offline basemap did not load (${res.status})`);
    return splitBasemap((await res.json()) as BasemapCollection);
  })();
  cached.catch(() => { cached = null; });
  return cached;
}
