import type { LiftOffer, Partner, Sortie } from '../schemas/domain.ts';
import type { SeatRequest } from '../schemas/seat-requests.ts';
import type { PartnerLedger } from '../schemas/ledger.ts';
import type { OperationSortie } from '../schemas/operation.ts';
import { FLOWN_STATES } from '../operation/lifecycle.ts';
import { PARTNER_AREA_PREFIX } from '../plan/partner-demand.ts';

/** The seat request whose demand group an allocation's area is (`sr:<request>:<place>`), or null for Japanese demand. */
export function requestOfArea(areaId: string): string | null {
  if (!areaId.startsWith(PARTNER_AREA_PREFIX)) return null;
  const end = areaId.lastIndexOf(':');
  return end > PARTNER_AREA_PREFIX.length ? areaId.slice(PARTNER_AREA_PREFIX.length, end) : null;
}

export interface LedgerInput {
  partner: Partner;
  /** Every offer (the partner's are picked out; the plan's sorties name theirs). */
  offers: readonly LiftOffer[];
  /** The partner's seat requests. */
  requests: readonly SeatRequest[];
  plan: { id: string; name: string; status: string; version: number; sorties: readonly Sortie[] } | null;
  /** The operation running the plan and its sorties (null before one starts). */
  operation?: { id: string; sorties: readonly Pick<OperationSortie, 'partnerId' | 'state' | 'manifest'>[] } | null;
}

/** Departed and arrived sorties' manifests: the partner's own sorties carrying Japanese, and its nationals on anyone's (Japan's) lift. */
export function actualLedger(partnerId: string, requestIds: ReadonlySet<string>, op: NonNullable<LedgerInput['operation']>): NonNullable<PartnerLedger['actual']> {
  const out = { operationId: op.id, sortiesDeparted: 0, japaneseCarried: 0, nationalsCarried: 0 };
  for (const s of op.sorties) {
    if (!FLOWN_STATES.has(s.state)) continue;
    const theirs = s.partnerId === partnerId;
    if (theirs) out.sortiesDeparted += 1;
    for (const line of s.manifest) {
      const request = requestOfArea(line.assemblyAreaId);
      if (request === null) { if (theirs) out.japaneseCarried += line.passengers; }
      else if (requestIds.has(request)) out.nationalsCarried += line.passengers;
    }
  }
  return out;
}

/** One partner's ledger; pure, so the server, the print page and tests compute the same figures. */
export function partnerLedger({ partner, offers, requests, plan, operation }: LedgerInput): PartnerLedger {
  const own = offers.filter((o) => o.partnerId === partner.id);
  const accepted = own.filter((o) => o.status === 'accepted');
  const byId = new Map(offers.map((o) => [o.id, o]));
  const carried = new Map<string, number>(requests.map((r) => [r.id, 0]));
  const used = { sorties: 0, seats: 0, japaneseCarried: 0 };
  for (const s of plan?.sorties ?? []) {
    const offer = byId.get(s.offerId);
    const theirs = offer?.partnerId === partner.id;
    if (theirs) { used.sorties += 1; used.seats += offer.seatsPerSortie; }
    for (const a of s.allocations) {
      const request = requestOfArea(a.assemblyAreaId);
      if (request === null) { if (theirs) used.japaneseCarried += a.passengers; continue; }
      if (carried.has(request)) carried.set(request, carried.get(request)! + a.passengers);
    }
  }
  const live = requests.filter((r) => r.status !== 'withdrawn');
  const rows = requests.map((r) => ({ id: r.id, status: r.status, seats: r.seats, acceptedSeats: r.acceptedSeats, carried: carried.get(r.id) ?? 0 }));
  return {
    partnerId: partner.id, name: partner.name, nation: partner.nation,
    plan: plan ? { id: plan.id, name: plan.name, status: plan.status, version: plan.version } : null,
    offered: { offers: accepted.length, sorties: accepted.reduce((n, o) => n + o.sorties, 0), seats: accepted.reduce((n, o) => n + o.seatsPerSortie * o.sorties, 0) },
    used,
    given: {
      requested: live.reduce((n, r) => n + r.seats, 0),
      accepted: requests.filter((r) => r.status === 'accepted').reduce((n, r) => n + (r.acceptedSeats ?? 0), 0),
      carried: rows.reduce((n, r) => n + r.carried, 0),
      requests: rows,
    },
    actual: operation ? actualLedger(partner.id, new Set(requests.map((r) => r.id)), operation) : null,
  };
}
