import { COLORS } from '../map/layers.ts';

/**
 * The ship marker as RGBA pixels: a hull and a bridge in the sea-lift blue with a white outline, drawn in
 * code so the map needs no sprite sheet (the app ships every asset and runs offline).
 */
export const SHIP_PX = 22;

/** Whether pixel (x, y) of the icon lies in the hull (a trapezoid) or the bridge (a block on deck). */
function inShip(x: number, y: number): boolean {
  const hullTop = 12, hullBottom = 18;
  if (y >= hullTop && y <= hullBottom) {
    const inset = (y - hullTop) * 0.6; // the hull narrows toward the keel
    return x >= 2 + inset && x <= SHIP_PX - 3 - inset;
  }
  return y >= 6 && y < hullTop && x >= 8 && x <= 14;
}

export function shipIconPixels(): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(SHIP_PX * SHIP_PX * 4);
  const fill = hex(COLORS.sea);
  for (let y = 0; y < SHIP_PX; y++) {
    for (let x = 0; x < SHIP_PX; x++) {
      const i = (y * SHIP_PX + x) * 4;
      const inside = inShip(x, y);
      // A pixel next to the ship but outside it is the outline, so the marker reads on land and sea alike.
      const edge = !inside && [[1, 0], [-1, 0], [0, 1], [0, -1]].some(([dx, dy]) => inShip(x + dx!, y + dy!));
      const c = inside ? fill : edge ? [255, 255, 255] : null;
      if (!c) continue;
      data.set([c[0]!, c[1]!, c[2]!, 255], i);
    }
  }
  return { width: SHIP_PX, height: SHIP_PX, data };
}

function hex(color: string): number[] {
  const n = Number.parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
