/** Pixels per hour: the whole horizon in the width available, never so tight that a 2-hour flight is a dot. */
export const MIN_PX_PER_HOUR = 5;
export const LANE_PX = 14;
/** The sticky row-label column: narrower on a phone, where every pixel of the horizon counts. */
export const labelPx = (width: number) => (width > 0 && width < 520 ? 64 : 104);

export const pxPerHour = (width: number, span: number) => Math.max(MIN_PX_PER_HOUR, (width - labelPx(width) - 8) / Math.max(1, span));

/** A tick every 1, 2, 3, 6, 12 or 24 hours — the first step that keeps labels ≥ 56 px apart. */
export function tickHours(span: number, px: number): number[] {
  const step = [1, 2, 3, 6, 12, 24, 48].find((s) => s * px >= 56) ?? 48;
  const out: number[] = [];
  for (let h = 0; h <= span; h += step) out.push(h);
  return out;
}
