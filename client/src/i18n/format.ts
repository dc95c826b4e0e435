import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/i18n/languages.ts';

/**
 * Numbers, dates, times and zones by locale, through Intl only. Each language reads times in the zone its
 * users brief in — the Japanese crisis cell in JST, the English-speaking partners in UTC (Zulu) — and
 * the zone is always printed, so two people reading one plan in two languages never confuse the hour:
 * ja "2027年4月6日 21:00 JST", en "6 Apr 2027 12:00 UTC".
 */
export const DISPLAY_ZONE: Record<Language, string> = { en: 'UTC', ja: 'Asia/Tokyo' };
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
const zoneName = (lang: Language, zone: string, d: Date) =>
  dtf(lang, zone, { timeZoneName: 'short' }).formatToParts(d).find((p) => p.type === 'timeZoneName')?.value ?? zone;

export interface Format {
  lang: Language;
  zone: string;
  /** "6 Apr 2027 12:00 UTC" · "2027年4月6日 21:00 JST" */
  dateTime(iso: string | null | undefined, zone?: string): string;
  /** "6 Apr 2027" · "2027年4月6日" */
  date(iso: string | null | undefined, zone?: string): string;
  /** A compact time for tables and timelines: "06 Apr 12:00Z" · "4/6 21:00" (the zone named once, in the heading). */
  shortTime(iso: string | null | undefined, zone?: string): string;
  /** "12:00" in the zone. */
  clock(iso: string | null | undefined, zone?: string): string;
  /** The zone's short name at that instant ("UTC", "JST", "GMT+9"). */
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
      if (lang === 'ja') return `${dtf(lang, z, { month: 'numeric', day: 'numeric' }).format(d)} ${dtf(lang, z, TIME).format(d)}`;
      const day = dtf(lang, z, { day: '2-digit', month: 'short' }).format(d);
      return `${day} ${dtf(lang, z, TIME).format(d)}${z === 'UTC' ? 'Z' : ''}`;
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

const formats = new Map<Language, Format>();
export const formatFor = (lang: Language): Format => {
  let f = formats.get(lang);
  if (!f) formats.set(lang, (f = makeFormat(lang)));
  return f;
};

/** The formats of the language the component is rendered in (the print page may differ from the screen). */
export function useFormat(): Format {
  const { i18n } = useTranslation();
  return formatFor(i18n.language === 'ja' ? 'ja' : 'en');
}
