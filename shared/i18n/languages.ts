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

export const Preferences = Type.Object({
  /** Null: follow the browser (planners, readers) or English (liaisons). */
  language: Type.Union([Language, Type.Null()]),
}, { additionalProperties: false });
export type Preferences = Static<typeof Preferences>;

export const PreferencesPatch = Type.Object({
  language: Type.Union([Language, Type.Null()]),
}, { additionalProperties: false, minProperties: 1 });
export type PreferencesPatch = Static<typeof PreferencesPatch>;
