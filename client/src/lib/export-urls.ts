import type { ExportFormat } from '../components/export-links.tsx';
import { isLanguage } from '../../../shared/i18n/languages.ts';

/** The API's export routes (server/exchange), by what they export. */
type Hrefs = Partial<Record<ExportFormat, string>>;
const enc = encodeURIComponent;
const geo = (base: string): Hrefs => ({ geojson: `${base}.geojson`, kml: `${base}.kml` });

export const exportUrls = {
  scenario: (id: string): Hrefs => geo(`/api/scenarios/${enc(id)}/export`),
  plan: (id: string): Hrefs => ({ ...geo(`/api/plans/${enc(id)}/export`), csv: `/api/plans/${enc(id)}/export.csv` }),
  areas: (): Hrefs => ({ ...geo('/api/assembly-areas/export'), csv: '/api/assembly-areas/export.csv' }),
  airports: (): Hrefs => ({ ...geo('/api/airports/export'), csv: '/api/airports/export.csv' }),
  offers: (): Hrefs => ({ csv: '/api/lift-offers/export.csv' }),
  partners: (): Hrefs => ({ csv: '/api/partners/export.csv' }),
  scenarios: (): Hrefs => ({ csv: '/api/scenarios/export.csv' }),
  plans: (): Hrefs => ({ csv: '/api/plans/export.csv' }),
  accounts: (): Hrefs => ({ csv: '/api/users/export.csv' }),
};

/** A CSV link in the interface's language: the header row is worded in it (the values are data either way). */
export function withCsvLang(href: string, language: string | undefined): string {
  if (!isLanguage(language)) return href;
  return `${href}${href.includes('?') ? '&' : '?'}lang=${language}`;
}
