/** Formatting for the printed summary: times in UTC (a briefing read in several time zones), counts with separators. */

const HOUR_MS = 3_600_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const fmtCount = (n: number | null | undefined): string => (n === null || n === undefined ? '–' : Math.round(n).toLocaleString('en-US'));

export function fmtPercent(part: number, whole: number): string {
  if (whole <= 0) return '–';
  return `${Math.round((part / whole) * 100)}%`;
}

/** "01 Apr 06:00Z" */
export function fmtTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const dd = String(d.getUTCDate()).padStart(2, '0');
  return `${dd} ${MONTHS[d.getUTCMonth()]} ${iso.slice(11, 16)}Z`;
}

/** "01 Apr 2027 06:00 UTC" */
export function fmtDateTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${fmtTime(iso).slice(0, 6)} ${d.getUTCFullYear()} ${iso.slice(11, 16)} UTC`;
}

/** Time after the scenario's start: "H+6", "H+6:30", "H−1:15". */
export function fmtHplus(iso: string | null | undefined, startIso: string): string {
  if (!iso) return '–';
  const minutes = Math.round((Date.parse(iso) - Date.parse(startIso)) / 60_000);
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `H${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

export function fmtHours(h: number | null | undefined): string {
  if (h === null || h === undefined) return '–';
  const whole = Math.floor(h);
  const m = Math.round((h - whole) * 60);
  if (m === 60) return `${whole + 1} h`;
  return m ? `${whole} h ${String(m).padStart(2, '0')}` : `${whole} h`;
}

/** The place in an area's name, without the consular district: "Busan - Consulate-General …" → "Busan". */
export function shortAreaName(name: string): string {
  const cut = name.search(/ \(| - | – /);
  return cut > 0 ? name.slice(0, cut) : name;
}

/** An aircraft type without the operators in brackets: "Boeing C-17A Globemaster III (USAF)" → "Boeing C-17A Globemaster III". */
export function shortAircraft(type: string): string {
  const cut = type.indexOf(' (');
  return cut > 0 ? type.slice(0, cut) : type;
}

export const CATEGORY_LABEL = { sdf: 'SDF', foreign_military: 'Foreign military', civil: 'Civil' } as const;

export const hoursBetween = (fromIso: string, toIso: string) => (Date.parse(toIso) - Date.parse(fromIso)) / HOUR_MS;
