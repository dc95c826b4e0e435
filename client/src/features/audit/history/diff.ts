/** One field that an audited write changed. */
export interface FieldChange { field: string; before: unknown; after: unknown }

// Bookkeeping every write changes; the version is shown on its own.
const SKIP = new Set(['version', 'updatedAt', 'createdAt']);

/** The top-level fields that differ between before and after (all of after for a create, of before for a delete). */
export function diffFields(before: unknown, after: unknown): FieldChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !SKIP.has(k));
  return keys
    .filter((k) => JSON.stringify(b[k] ?? null) !== JSON.stringify(a[k] ?? null))
    .map((k) => ({ field: k, before: b[k] ?? null, after: a[k] ?? null }));
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A value as a short text: lists joined, objects as JSON, long text cut. */
export function showValue(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (Array.isArray(v) && v.every((x) => typeof x !== 'object')) return v.join(', ');
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}

export const versionOf = (x: unknown): number | null => (isRecord(x) && typeof x.version === 'number' ? x.version : null);
