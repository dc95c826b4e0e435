import { Type, type Static } from 'typebox';

/**
 * The languages the interface speaks. Adding one: add its code here, then its catalogues under
 * client/src/i18n/locales/<code>/ (the catalogue test names every missing key). No migration needed:
 * the users.language column takes any language tag; this list is what the API accepts.
 */
export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];
// Unsafe only for the static type: the schema itself is the union of the literals, built from the list.
export const Language = Type.Unsafe<Language>(Type.Union(LANGUAGES.map((l) => Type.Literal(l)), { description: 'Interface language (BCP 47 code)' }));

export const isLanguage = (x: unknown): x is Language => typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);

/**
 * The zone times are shown in: `utc`, `jst` (Asia/Tokyo) or `local` — the theatre's own zone (KST in South
 * Korea, Taiwan time). Stored per account; `null` means the language's default (en → UTC, ja → JST).
 */
export const TIME_ZONES = ['utc', 'jst', 'local'] as const;
export type TimeZoneChoice = (typeof TIME_ZONES)[number];
export const TimeZoneChoice = Type.Unsafe<TimeZoneChoice>(Type.Union(TIME_ZONES.map((z) => Type.Literal(z)), {
  description: 'Zone times are shown in: utc, jst (Japan), local (the theatre\'s zone: KST, Taiwan time)',
}));

export const isTimeZoneChoice = (x: unknown): x is TimeZoneChoice => typeof x === 'string' && (TIME_ZONES as readonly string[]).includes(x);

export const Preferences = Type.Object({
  /** Null: follow the browser (planners, readers) or English (liaisons). */
  language: Type.Union([Language, Type.Null()]),
  /** Null: the language's default zone (English UTC, Japanese JST). */
  timeZone: Type.Union([TimeZoneChoice, Type.Null()]),
}, { additionalProperties: false });
export type Preferences = Static<typeof Preferences>;

/** A partial update: only the fields sent change (at least one). */
export const PreferencesPatch = Type.Object({
  language: Type.Optional(Type.Union([Language, Type.Null()])),
  timeZone: Type.Optional(Type.Union([TimeZoneChoice, Type.Null()])),
}, { additionalProperties: false, minProperties: 1 });
export type PreferencesPatch = Static<typeof PreferencesPatch>;
