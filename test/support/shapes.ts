/** Hazard-zone rings for the abuse tests and bench/abuse.bench.ts, [lon, lat] as GeoJSON has them. */
export type Ring = [number, number][];

export const closeRing = (pts: Ring): Ring => [...pts, pts[0]!];

/**
 * A zig-zag of n corners that crosses itself about n²/4 times: the shape for which turf's kinks built every
 * crossing (at n = 6,001 the 137 KB reproduction of issue 9 ran the server out of memory).
 */
export function scribble(n: number): Ring {
  return closeRing(Array.from({ length: n }, (_, i) => [127 + (i % 2) * 0.5 + i * 1e-5, 37 + ((i * 7919) % n) / n] as [number, number]));
}

/** A simple ring of n corners around (lon, lat), radius r degrees with a wobble; coordinates rounded to `decimals`. */
export function wobblyCircle(n: number, lon = 127, lat = 37.5, r = 0.3, decimals = 9): Ring {
  const f = 10 ** decimals;
  return closeRing(Array.from({ length: n }, (_, i) => {
    const t = (2 * Math.PI * i) / n;
    const radius = r * (1 + 0.05 * Math.sin(7 * t));
    return [Math.round((lon + radius * Math.cos(t)) * f) / f, Math.round((lat + radius * Math.sin(t)) * f) / f] as [number, number];
  }));
}

export const polygonZone = (name: string, ...rings: Ring[]) => ({ name, geometry: { type: 'Polygon' as const, coordinates: rings } });
