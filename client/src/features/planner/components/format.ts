/** Display formats: counts with separators, times in UTC (the crisis cell works in Zulu time). */
export const fmtCount = (n: number | null | undefined): string => (n === null || n === undefined ? '—' : Math.round(n).toLocaleString('en-US'));

export const fmtTime = (iso: string | null | undefined): string => {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(5, 10)} ${d.toISOString().slice(11, 16)}Z`;
};

export const fmtHours = (h: number | null | undefined): string => {
  if (h === null || h === undefined) return '—';
  if (h < 48) return `${h.toFixed(h < 10 ? 1 : 0)} h`;
  return `${(h / 24).toFixed(1)} days (${Math.round(h)} h)`;
};

export const fmtPct = (x: number): string => `${Math.round(x * 100)}%`;

/** "H+12" relative to the scenario start. */
export const fmtOffset = (hours: number): string => `H${hours >= 0 ? '+' : ''}${Math.round(hours)}`;
