const building = new Map<string, Promise<unknown>>();

/**
 * Runs `build` once for every caller that asks for the same `key` while it runs: eight readers opening the
 * same large plan at once read and encode it once, and a plan whose data changed is derived again once,
 * not once per reader, side by side. Per process; the work is idempotent, so two processes doing it is only waste.
 */
export function once<T>(key: string, build: () => Promise<T>): Promise<T> {
  const running = building.get(key) as Promise<T> | undefined;
  if (running) return running;
  const p = build().finally(() => building.delete(key));
  building.set(key, p);
  return p;
}
