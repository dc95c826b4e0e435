import type { Sortie } from '../schemas/domain.ts';
import type { Language } from '../i18n/languages.ts';
import { PLAN_CSV_HEADERS } from '../exchange/plan-csv-headers.ts';
import { groundLeg } from '../plan/rules/ground.ts';
import { latestMoveMs, roundMoveMs } from './call-forward.ts';
import { allocationKey, byDeparture, type SummaryContext } from './context.ts';

/** The columns in file order; their header words per language are in shared/exchange/plan-csv-headers.ts. */
export const PLAN_CSV_COLUMNS = Object.keys(PLAN_CSV_HEADERS) as (keyof typeof PLAN_CSV_HEADERS)[];

/**
 * One RFC 4180 field. Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is
 * prefixed with an apostrophe: names come from users and partners.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Sorties and their allocations, one row per allocation (a sortie without passengers: one row). */
export function planCsv(ctx: SummaryContext, plan: { id: string; version: number }, lang: Language = 'en'): string {
  const { scenario } = ctx.snapshot;
  const lines = [PLAN_CSV_COLUMNS.map((c) => csvField(PLAN_CSV_HEADERS[c][lang])).join(',')];
  const row = (s: Sortie, a: Sortie['allocations'][number] | null) => {
    const offer = ctx.idx.offers.get(s.offerId);
    const partner = offer ? ctx.idx.partners.get(offer.partnerId) : undefined;
    const area = a ? ctx.idx.areas.get(a.assemblyAreaId) : undefined;
    const origin = ctx.idx.airports.get(s.originAirportId);
    const split = a ? ctx.priorities.get(allocationKey(s.id, a.assemblyAreaId)) ?? [0, 0, 0] : null;
    let moveAt: string | null = null;
    if (area && origin) {
      const leg = groundLeg(scenario, ctx.hazards, area, origin);
      moveAt = new Date(roundMoveMs(latestMoveMs(scenario, leg.travelHours, s.departAt))).toISOString();
    }
    const values: (string | number | boolean | null)[] = [
      plan.id, plan.version, s.id, s.departAt, s.originAirportId, ctx.airportLabel(s.originAirportId),
      s.destinationAirportId, ctx.airportLabel(s.destinationAirportId),
      offer?.partnerId ?? null, partner?.name ?? null, s.offerId, offer?.category ?? null, offer?.aircraftType ?? null,
      offer?.seatsPerSortie ?? null, s.allocations.reduce((n, x) => n + x.passengers, 0),
      a?.assemblyAreaId ?? null, area?.name ?? null, area?.country ?? null, a?.passengers ?? null,
      split?.[0] ?? null, split?.[1] ?? null, split?.[2] ?? null, a ? a.locked : null, moveAt,
    ];
    lines.push(values.map(csvField).join(','));
  };
  for (const s of [...ctx.sorties].sort(byDeparture)) {
    if (s.allocations.length === 0) row(s, null);
    for (const a of s.allocations) row(s, a);
  }
  return `${lines.join('\r\n')}\r\n`;
}
