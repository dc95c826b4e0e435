import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, TimeZoneChoice } from '../../../shared/i18n/languages.ts';

/**
 * Numbers, dates, times and zones by locale, through Intl only. Each language reads times in the zone its
 * users brief in — the Japanese crisis cell in JST, the English-speaking partners in UTC (Zulu) — and
 * the zone is always printed, so two people reading one plan in two languages never confuse the hour:
 * ja "2027年4月6日 21:00 JST", en "6 Apr 2027 12:00 UTC".
 *
 * A user may pick another zone (UTC, JST, or the theatre's local time: KST, Taiwan time), stored with the
 * account; the one choice holds for the whole client (the zone store below), so the time slider, the
 * schedule, the hover cards and the print all follow it.
 */
export const DISPLAY_ZONE: Record<Language, string> = { en: 'UTC', ja: 'Asia/Tokyo' };

/**
 * The IANA zone times are shown in: the user's choice; without one (or 'local' while no theatre is known,
 * e.g. on a page of no plan) the language's default.
 */
export function zoneFor(lang: Language, choice: TimeZoneChoice | null, theatreZone: string | null): string {
  if (choice === 'utc') return 'UTC';
  if (choice === 'jst') return 'Asia/Tokyo';
  if (choice === 'local' && theatreZone) return theatreZone;
  return DISPLAY_ZONE[lang];
}
/** What the zone switch shows for no choice: the language's default. */
export const effectiveChoice = (lang: Language, choice: TimeZoneChoice | null): TimeZoneChoice => choice ?? (lang === 'ja' ? 'jst' : 'utc');

/**
 * Names for the zones of the theatres, the same in both languages (Intl's en-GB says "GMT+9" for Tokyo and
 * Seoul). Others read as Intl names them, "GMT" written "UTC" as everywhere else in the app.
 */
const ZONE_ABBREVIATION: Record<string, string> = { UTC: 'UTC', 'Asia/Tokyo': 'JST', 'Asia/Seoul': 'KST' };
const LOCALE: Record<Language, string> = { en: 'en-GB', ja: 'ja-JP' };
const NONE = '–';

const cache = new Map<string, Intl.DateTimeFormat>();
function dtf(lang: Language, zone: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${zone}|${JSON.stringify(opts)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(LOCALE[lang], { timeZone: zone, ...opts })));
  return f;
}
const parse = (iso: string | null | undefined): Date | null => {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
};
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const zoneName = (lang: Language, zone: string, d: Date) => ZONE_ABBREVIATION[zone]
  ?? (dtf(lang, zone, { timeZoneName: 'short' }).formatToParts(d).find((p) => p.type === 'timeZoneName')?.value ?? zone).replace(/^GMT(?=[+-]|$)/, 'UTC');

export interface Format {
  lang: Language;
  zone: string;
  /** "6 Apr 2027 12:00 UTC" · "2027年4月6日 21:00 JST" */
  dateTime(iso: string | null | undefined, zone?: string): string;
  /** "6 Apr 2027" · "2027年4月6日" */
  date(iso: string | null | undefined, zone?: string): string;
  /**
   * A compact time for tables and timelines: "06 Apr 12:00Z" · "4/6 21:00" (the zone named once, in the
   * heading) in the language's own zone; in any other the zone is named: "06 Apr 21:00 JST" · "4/6 12:00 UTC".
   */
  shortTime(iso: string | null | undefined, zone?: string): string;
  /** "12:00" in the zone. */
  clock(iso: string | null | undefined, zone?: string): string;
  /** The zone's short name at that instant ("UTC", "JST", "KST", "UTC+8"). */
  zoneLabel(iso?: string | null, zone?: string): string;
  number(n: number | null | undefined, opts?: Intl.NumberFormatOptions): string;
  /** part/whole as a percentage; "–" when whole is 0. */
  percent(part: number, whole?: number): string;
}

export function makeFormat(lang: Language, zone = DISPLAY_ZONE[lang]): Format {
  const numbers = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 0 });
  return {
    lang, zone,
    dateTime(iso, z = zone) {
      const d = parse(iso);
      if (!d) return iso ?? NONE;
      const date = dtf(lang, z, { year: 'numeric', month: lang === 'ja' ? 'long' : 'short', day: 'numeric' }).format(d);
      return `${date} ${dtf(lang, z, TIME).format(d)} ${zoneName(lang, z, d)}`;
    },
    date(iso, z = zone) {
      const d = parse(iso);
      return d ? dtf(lang, z, { year: 'numeric', month: lang === 'ja' ? 'long' : 'short', day: 'numeric' }).format(d) : iso ?? NONE;
    },
    shortTime(iso, z = zone) {
      const d = parse(iso);
      if (!d) return iso ?? NONE;
      const named = z === DISPLAY_ZONE[lang] ? '' : ` ${zoneName(lang, z, d)}`;
      if (lang === 'ja') return `${dtf(lang, z, { month: 'numeric', day: 'numeric' }).format(d)} ${dtf(lang, z, TIME).format(d)}${named}`;
      const day = dtf(lang, z, { day: '2-digit', month: 'short' }).format(d);
      return `${day} ${dtf(lang, z, TIME).format(d)}${z === 'UTC' ? 'Z' : named}`;
    },
    clock(iso, z = zone) {
      const d = parse(iso);
      return d ? dtf(lang, z, TIME).format(d) : iso ?? NONE;
    },
    zoneLabel(iso, z = zone) {
      return zoneName(lang, z, parse(iso) ?? new Date());
    },
    number(n, opts) {
      if (n === null || n === undefined || Number.isNaN(n)) return NONE;
      return opts ? new Intl.NumberFormat(LOCALE[lang], opts).format(n) : numbers.format(Math.round(n));
    },
    percent(part, whole = 1) {
      if (whole <= 0) return NONE;
      return new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 0 }).format(part / whole);
    },
  };
}

// The one zone choice of the client: the account's (applied at sign-in, changed by the header's switch)
// and the theatre of the plan on screen (for 'local'). A small external store, read with
// useSyncExternalStore, so every component formatting through useFormat re-renders when it changes.
export interface ZoneState { choice: TimeZoneChoice | null; theatreZone: string | null }
let zoneState: ZoneState = { choice: null, theatreZone: null };
let theatreToken = 0;
const listeners = new Set<() => void>();
const setZoneState = (next: ZoneState) => {
  if (next.choice === zoneState.choice && next.theatreZone === zoneState.theatreZone) return;
  zoneState = next;
  for (const l of [...listeners]) l();
};
export const getZoneState = (): ZoneState => zoneState;
export function subscribeZone(listener: () => void): () => void {
  listeners.add(listener);
  return () => { listeners.delete(listener); };
}
/** The user's choice (null: the language's default). */
export const setZoneChoice = (choice: TimeZoneChoice | null): void => setZoneState({ ...zoneState, choice });
/**
 * The theatre's zone while a page of one plan is shown; the returned release forgets it (unless another
 * page has set its own since).
 */
export function setTheatreZone(zone: string | null): () => void {
  const token = ++theatreToken;
  setZoneState({ ...zoneState, theatreZone: zone });
  return () => { if (token === theatreToken) setZoneState({ ...zoneState, theatreZone: null }); };
}
export const useZoneState = (): ZoneState => useSyncExternalStore(subscribeZone, getZoneState, getZoneState);
/** A page of one plan: the theatre's zone (IANA) for 'local' while it is mounted. */
export function useTheatreZone(zone: string | null | undefined): void {
  useEffect(() => (zone ? setTheatreZone(zone) : undefined), [zone]);
}

const formats = new Map<string, Format>();
/** The format of a language in a zone; by default the zone chosen now (for code that is no component). */
export const formatFor = (lang: Language, zone = zoneFor(lang, zoneState.choice, zoneState.theatreZone)): Format => {
  const key = `${lang}|${zone}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = makeFormat(lang, zone)));
  return f;
};

/**
 * The formats of the language the component is rendered in (the print page may differ from the screen),
 * in the zone chosen for the whole client.
 */
export function useFormat(): Format {
  const { i18n } = useTranslation();
  const { choice, theatreZone } = useZoneState();
  const lang: Language = i18n.language === 'ja' ? 'ja' : 'en';
  return formatFor(lang, zoneFor(lang, choice, theatreZone));
}
