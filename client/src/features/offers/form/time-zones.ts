/**
 * Offer windows are stored in UTC; a liaison thinks in their own or the airport's local time. Pure
 * conversions between a UTC instant and the wall-clock time of an IANA zone, with Intl only.
 */

/** The zones the form offers, besides the browser's own. */
export const COMMON_ZONES = ['UTC', 'Asia/Seoul', 'Asia/Taipei', 'Asia/Tokyo', 'Europe/London', 'America/New_York', 'Australia/Sydney'] as const;

/** An airport's country → its (main) time zone; the form shows departure windows there too. */
export { zoneOfCountry } from '../../../lib/country-zones.ts';

export function browserZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

function parts(instant: number, zone: string) {
  const f = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  });
  const p = Object.fromEntries(f.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  return { y: +p.year!, mo: +p.month!, d: +p.day!, h: +p.hour!, mi: +p.minute!, s: +p.second! };
}

/** Minutes the zone is ahead of UTC at that instant (KST: +540). */
export function offsetMinutes(instant: number, zone: string): number {
  const p = parts(instant, zone);
  const asUtc = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** "2027-04-02T09:00" (a datetime-local value) in `zone` → ISO UTC; null when it is not a time. */
export function zonedToUtc(local: string, zone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
  if (Number.isNaN(wall)) return null;
  // Two passes settle the offset across a daylight-saving change.
  let guess = wall - offsetMinutes(wall, zone) * 60_000;
  guess = wall - offsetMinutes(guess, zone) * 60_000;
  return new Date(guess).toISOString();
}

/** ISO UTC → the datetime-local value ("YYYY-MM-DDTHH:mm") of that instant in `zone`. */
export function utcToZoned(iso: string, zone: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  const p = parts(t, zone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.y}-${two(p.mo)}-${two(p.d)}T${two(p.h)}:${two(p.mi)}`;
}

/** "UTC+9", "UTC", "UTC-4:30" for the zone at that instant. */
export function offsetLabel(instant: number, zone: string): string {
  const off = offsetMinutes(instant, zone);
  if (off === 0) return 'UTC';
  const sign = off > 0 ? '+' : '-';
  const h = Math.floor(Math.abs(off) / 60);
  const m = Math.abs(off) % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/** "02 Apr 2027 09:00 UTC+9" — a time with its zone always written out. */
export function formatInZone(iso: string, zone: string, lang: string = 'en'): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  // Japanese writes the date its own way (2027年4月2日); the offset label stays the same in both.
  const date = lang === 'ja'
    ? new Intl.DateTimeFormat('ja-JP', { timeZone: zone, year: 'numeric', month: 'long', day: 'numeric' }).format(t)
    : new Intl.DateTimeFormat('en-GB', { timeZone: zone, day: '2-digit', month: 'short', year: 'numeric' }).format(t);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(t);
  return `${date} ${time} ${offsetLabel(t, zone)}`;
}
