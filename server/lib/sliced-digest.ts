import { createHash } from 'node:crypto';

/** How long one slice of hashing may hold the event loop before it lets other requests in. */
const SLICE_MS = 8;

/**
 * SHA-256 (base64url) of an object's lists, item by item, yielding to the event loop every few
 * milliseconds: a scenario snapshot is megabytes (5,000 areas, 1,000 offers), and stringifying and
 * hashing it whole held every other request for ~100 ms on each plan read. Keys are hashed in a fixed
 * order with their counts, so two objects with the same items in the same order hash the same.
 */
export async function slicedDigest(value: Record<string, unknown>): Promise<string> {
  const hash = createHash('sha256');
  let slice = performance.now();
  for (const key of Object.keys(value).sort()) {
    const v = value[key];
    const items = Array.isArray(v) ? v : [v];
    hash.update(`${key}:${Array.isArray(v) ? items.length : 'one'}\n`);
    for (const item of items) {
      hash.update(JSON.stringify(item) ?? 'undefined');
      hash.update('\n');
      if (performance.now() - slice > SLICE_MS) {
        await new Promise<void>((r) => setImmediate(r));
        slice = performance.now();
      }
    }
  }
  return hash.digest('base64url');
}
