import type { TFunction } from 'i18next';
import { ApiError } from '../lib/api-client.ts';

export interface ErrorText {
  /** In the user's language, from the error's code (never from the server's English sentence). */
  message: string;
  /** The request fields the server named, e.g. "body.seatsPerSortie". */
  fields: string[];
  /** The server's own words (English, for the log and for support); shown apart, marked lang="en". */
  serverDetail: string | null;
}

const fieldsOf = (details: unknown): string[] => Array.isArray(details)
  ? [...new Set(details.map((d) => (d as { field?: unknown })?.field).filter((f): f is string => typeof f === 'string'))].slice(0, 5)
  : [];

/**
 * Words for any error. The API answers `{ code, message, details: [{ field, reason }] }`: the code picks the
 * sentence in the user's language, the fields say where; the English message stays available as detail.
 * In English that message is the most precise sentence there is, so it is the message itself.
 */
export function errorText(err: unknown, t: TFunction, lang: string): ErrorText {
  if (err instanceof ApiError) {
    const known = t(`common:error.code.${err.code}`, { defaultValue: '' });
    const generic = err.status === 0 ? t('common:error.network') : known || t('common:error.http', { status: err.status });
    if (lang === 'en' && err.status !== 0) return { message: err.message || generic, fields: [], serverDetail: null };
    return { message: generic, fields: fieldsOf(err.details), serverDetail: err.status === 0 ? null : err.message || null };
  }
  return { message: err instanceof Error ? err.message : String(err), fields: [], serverDetail: null };
}
