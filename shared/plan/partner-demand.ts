import type { Airport, AssemblyArea, Partner } from '../schemas/domain.ts';
import type { SeatRequest } from '../schemas/seat-requests.ts';

/**
 * Partners' nationals as demand (issue 15, reciprocity). Each accepted seat request becomes one demand
 * group per requested place: an assembly area of its own (id `sr:<request>:<n>`) at the place, with its
 * share of the accepted seats and their priority mix, and a `partner` tag. Everything that plans or checks
 * people — reach, matcher, validator, explanations, metrics — then treats it as an area; the tag adds the
 * three promises made to the partner: only Japan's lift carries them, only within the requested window,
 * and never more than the seats accepted.
 */
export interface PartnerTag {
  requestId: string;
  partnerId: string;
  nation: string;
  /** Seats accepted for the whole request (all its places). */
  acceptedSeats: number;
  /** No departure carries them before / after these instants (ms). */
  fromMs: number;
  toMs: number;
}

export type DemandArea = AssemblyArea & { partner?: PartnerTag };

/** The nation whose lift carries partners' nationals: Japan's (JASDF, MSDF, Japanese charters and ferries). */
export const CARRIER_NATION = 'JP';
export const PARTNER_AREA_PREFIX = 'sr:';

export const partnerOf = (area: AssemblyArea | undefined): PartnerTag | undefined => (area as DemandArea | undefined)?.partner;
/** Japanese demand is group ''; a partner's, its request: people are only ever swapped within a group. */
export const demandGroup = (area: AssemblyArea | undefined): string => partnerOf(area)?.requestId ?? '';
/** May an offer of `nation` carry people of `area`? Everyone on Japan's lift; partners' nationals only there. */
export const mayCarry = (area: AssemblyArea | undefined, nation: string | null | undefined): boolean =>
  partnerOf(area) === undefined || nation === CARRIER_NATION;
/** May a departure at `t` carry people of `area`? A partner's nationals only inside their window. */
export const inWindow = (area: AssemblyArea | undefined, t: number): boolean => {
  const p = partnerOf(area);
  return p === undefined || (t >= p.fromMs && t <= p.toMs);
};

/** `total` split in proportion to `weights` (largest remainder; each part ≤ its weight when total ≤ Σ weights). */
export function splitProportionally(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let rest = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) { if (rest <= 0) break; parts[i]! += 1; rest -= 1; }
  return parts;
}

export interface PartnerDemandInput {
  requests: readonly SeatRequest[];
  partners: readonly Partner[];
  /** Areas of the scenario's countries (places elsewhere are not part of this scenario). */
  areas: readonly AssemblyArea[];
  airports: readonly Airport[];
  countries: readonly string[];
}

/**
 * The demand groups of the accepted requests. The accepted seats are shared among the places in
 * proportion to the seats asked there; the most vulnerable keep their seats first (priority 1, then 2),
 * as everywhere else in the planner. Places no longer in the scenario (deleted, or in another theatre)
 * give no group, and their seats are not planned.
 */
export function partnerDemandAreas(input: PartnerDemandInput): DemandArea[] {
  const areas = new Map(input.areas.map((a) => [a.id, a]));
  const airports = new Map(input.airports.map((a) => [a.id, a]));
  const partners = new Map(input.partners.map((p) => [p.id, p]));
  const countries = new Set(input.countries);
  const out: DemandArea[] = [];
  for (const r of input.requests) {
    if (r.status !== 'accepted' || !r.acceptedSeats) continue;
    const accepted = Math.min(r.acceptedSeats, r.seats);
    const shares = splitProportionally(accepted, r.places.map((p) => p.seats));
    const p1 = Math.min(r.priority1, accepted);
    const p2 = Math.min(r.priority2, accepted - p1);
    const p1s = splitProportionally(p1, shares);
    const p2s = splitProportionally(p2, shares.map((s, i) => s - p1s[i]!));
    const partner = partners.get(r.partnerId);
    const tag: PartnerTag = {
      requestId: r.id, partnerId: r.partnerId, nation: partner?.nation ?? '', acceptedSeats: accepted,
      fromMs: Date.parse(r.windowFrom), toMs: Date.parse(r.windowTo),
    };
    r.places.forEach((place, i) => {
      const at = place.kind === 'area' ? areas.get(place.id) : airports.get(place.id);
      if (!at || !countries.has(at.country) || shares[i]! <= 0) return;
      out.push({
        id: `${PARTNER_AREA_PREFIX}${r.id}:${i}`, country: at.country, zone: at.zone, lat: at.lat, lon: at.lon,
        name: `${partner?.name ?? r.partnerId} nationals at ${at.name}`,
        residents: shares[i]!, visitors: 0, priority1: p1s[i]!, priority2: p2s[i]!, partner: tag,
      });
    });
  }
  return out;
}
