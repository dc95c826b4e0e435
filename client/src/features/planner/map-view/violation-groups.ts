import type { Violation } from '../../../../../shared/plan/checks/violations.ts';
import { fmtTime } from '../components/format.ts';

/** Rules about a place (an airport, an area, a leg between them) and rules about an offer. */
const BY_AIRPORT = new Set(['airport_closed', 'airport_in_hazard', 'access_denied', 'origin_not_eligible', 'departures_per_hour_exceeded', 'unknown_airport']);
const BY_LEG = new Set(['ground_other_country', 'ground_other_zone', 'ground_too_far', 'ground_hazard_crossing', 'ground_too_early']);
const BY_OFFER = new Set(['seats_exceeded', 'unknown_offer', 'offer_not_accepted', 'offer_sorties_exceeded', 'outside_availability', 'destination_mismatch', 'turnaround_exceeded', 'seat_share_departure', 'seat_share_twice']);

export interface ViolationGroup {
  key: string;
  rule: Violation['rule'];
  airportId?: string;
  assemblyAreaId?: string;
  offerId?: string;
  violations: Violation[];
  /** Distinct sorties in the group (a group about an area or an offer total may have none). */
  sortieIds: string[];
}

/**
 * Violations grouped by rule and place: one hazard over TPE breaking 171 sorties is one group
 * "TPE inside a hazard zone: 171 sorties", not 171 cards. Groups keep the order of their first
 * violation, so the validator's order (sorties, offers, airports, areas) is kept.
 */
export function groupViolations(violations: readonly Violation[]): ViolationGroup[] {
  const groups = new Map<string, ViolationGroup>();
  for (const v of violations) {
    const airportId = BY_AIRPORT.has(v.rule) || BY_LEG.has(v.rule) ? v.airportId : undefined;
    const assemblyAreaId = BY_LEG.has(v.rule) || !BY_AIRPORT.has(v.rule) ? v.assemblyAreaId : undefined;
    const offerId = BY_OFFER.has(v.rule) ? v.offerId : undefined;
    const key = [v.rule, airportId ?? '', assemblyAreaId ?? '', offerId ?? ''].join('|');
    let g = groups.get(key);
    if (!g) {
      g = { key, rule: v.rule, violations: [], sortieIds: [], ...(airportId ? { airportId } : {}), ...(assemblyAreaId ? { assemblyAreaId } : {}), ...(offerId ? { offerId } : {}) };
      groups.set(key, g);
    }
    g.violations.push(v);
    if (v.sortieId && !g.sortieIds.includes(v.sortieId)) g.sortieIds.push(v.sortieId);
  }
  return [...groups.values()];
}

/**
 * The validator's sentences name sorties and offers by id ("Sortie m-0146 …", "(offer offer-gb-c17-1)"):
 * words for people instead — the sortie as its departure and route, the offer by partner and type
 * (which the sentence already says beside the id).
 */
export function humanizeMessage(message: string, sortieName: (id: string) => string | undefined): string {
  return message
    .replace(/\s*\(offer [^)]+\)/g, '')
    .replace(/\b[Ss]ortie ([\w.:-]+)/g, (m, id: string) => {
      const name = sortieName(id.replace(/[:.,]$/, ''));
      return name ? `${m[0] === 'S' ? 'The sortie' : 'the sortie'} ${name}${/[:.,]$/.test(id) ? id.slice(-1) : ''}` : m;
    })
    .replace(/\bfrom area ([\w-]+)/g, 'from an area')
    // The validator writes "2027-04-02 06:00Z"; the page shows every time in its one format.
    .replace(/\b(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})Z/g, (_m, d: string, t: string) => fmtTime(`${d}T${t}:00Z`));
}
