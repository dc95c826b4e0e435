import type { FeatureCollection, Point } from 'geojson';
import type { AirportProps, SdfAccess } from '../map/to-geojson.ts';

export interface CountrySdf { country: string; access: Exclude<SdfAccess, 'allowed'>; reason: string; airports: number }

/**
 * SDF access said once per country when all its shown airports agree (one badge "SDF denied: KR"),
 * and per airport only where an airport differs from its country — instead of a ring on every airport.
 * Returns the country badges and the ids of the airports that still need their own badge.
 */
export function sdfSummary(airports: FeatureCollection<Point, AirportProps & { country?: string }>, countryOf: (id: string) => string | undefined): {
  countries: CountrySdf[]; airportBadges: Set<string>;
} {
  const byCountry = new Map<string, (AirportProps)[]>();
  for (const f of airports.features) {
    const c = countryOf(f.properties.id);
    if (!c) continue;
    byCountry.set(c, [...(byCountry.get(c) ?? []), f.properties]);
  }
  const countries: CountrySdf[] = [];
  const airportBadges = new Set<string>();
  for (const [country, list] of byCountry) {
    const first = list[0]!.sdf;
    const uniform = list.every((a) => a.sdf === first);
    if (uniform && first !== 'allowed') {
      countries.push({ country, access: first, reason: list[0]!.sdfReason, airports: list.length });
      continue;
    }
    for (const a of list) if (a.sdf !== 'allowed') airportBadges.add(a.id);
  }
  countries.sort((a, b) => a.country.localeCompare(b.country));
  return { countries, airportBadges };
}
