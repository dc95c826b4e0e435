/**
 * Packs intervals into as few lanes as possible (first fit in start order): overlapping sorties at one
 * airport sit on separate lines instead of hiding each other. Input must be sorted by start.
 */
export function packLanes<T extends { start: number; end: number }>(items: readonly T[]): { item: T; lane: number }[] {
  const laneEnds: number[] = [];
  return items.map((item) => {
    let lane = laneEnds.findIndex((end) => end <= item.start);
    if (lane < 0) lane = laneEnds.push(item.end) - 1;
    else laneEnds[lane] = item.end;
    return { item, lane };
  });
}
