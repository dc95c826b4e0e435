import { formatFor } from '../../../i18n/format.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';

/** Display formats: counts with separators; times in the one format of the interface (i18n/format.ts). */
export const fmtCount = (n: number | null | undefined): string => (n === null || n === undefined ? '—' : Math.round(n).toLocaleString('en-US'));

/**
 * A compact time for labels and tables, the same everywhere in the planner, the map and the print:
 * "06 Apr 12:00Z" in English (UTC), "4/6 21:00" in Japanese (JST, the zone named in the heading).
 * Not a hook, so plain label builders (sortie-label.ts) use it too: it reads the language shown now.
 */
export const fmtTime = (iso: string | null | undefined): string => (iso ? formatFor(currentLanguage()).shortTime(iso) : '—');

/** "2 Dec 2026 16:20 UTC": a readable instant for names and notices. */
export const fmtDateTime = (iso: string | Date = new Date()): string => formatFor(currentLanguage()).dateTime(typeof iso === 'string' ? iso : iso.toISOString());

export const fmtHours = (h: number | null | undefined): string => {
  if (h === null || h === undefined) return '—';
  if (h < 48) return `${h.toFixed(h < 10 ? 1 : 0)} h`;
  return `${(h / 24).toFixed(1)} days (${Math.round(h)} h)`;
};

export const fmtPct = (x: number): string => `${Math.round(x * 100)}%`;

/** "H+12" relative to the scenario start. */
export const fmtOffset = (hours: number): string => `H${hours >= 0 ? '+' : ''}${Math.round(hours)}`;
