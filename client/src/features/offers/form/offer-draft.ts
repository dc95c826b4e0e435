import type { LiftOffer } from '../../../../../shared/schemas/domain.ts';
import { FACT_CODES, type Derived } from '../../../../../shared/offers/offer-facts.ts';
import { utcToZoned, zonedToUtc } from './time-zones.ts';
import { checkDepartures, departuresFromOffer, rezoneDepartures, serverDepartureProblem, type DepartureDraft, type DepartureProblem } from './seat-share-draft.ts';
import type { FormMsg } from './form-words.ts';

/**
 * What the offer form edits: strings as typed, times as wall-clock values in the form's zone. No
 * category: it is a fact of the partner and the aircraft type, derived (shared/offers/offer-facts.ts)
 * and shown read-only; the server derives it again and refuses a contradicting one.
 */
export interface OfferDraft {
  aircraftType: string;
  seatsPerSortie: string;
  sorties: string;
  aircraftCount: string;
  availableFrom: string;
  availableTo: string;
  originAirportIds: string[];
  destinationAirportId: string;
  turnaroundHours: string;
  note: string;
  /** Seats on the partner's own departures instead of whole aircraft (seat-share-draft.ts). */
  seatShare: boolean;
  departures: DepartureDraft[];
}

export type OfferField = keyof OfferDraft | 'category';
/** Messages per field, as data the form words (form-words.ts); `departures` holds the first wrong departure row. */
export type FieldErrors = Partial<Record<Exclude<OfferField, 'departures'> | 'form', FormMsg>> & { departures?: DepartureProblem | FormMsg };
export type OfferBody = Omit<LiftOffer, 'id' | 'partnerId' | 'status' | 'version' | 'decisionNote' | 'flags' | 'category'>;

export const emptyDraft = (): OfferDraft => ({
  aircraftType: '', seatsPerSortie: '', sorties: '1', aircraftCount: '1', availableFrom: '', availableTo: '',
  originAirportIds: [], destinationAirportId: '', turnaroundHours: '6', note: '', seatShare: false, departures: [],
});

export function draftFromOffer(o: LiftOffer, zone: string): OfferDraft {
  return {
    aircraftType: o.aircraftType, seatsPerSortie: String(o.seatsPerSortie), sorties: String(o.sorties),
    aircraftCount: String(o.aircraftCount), availableFrom: utcToZoned(o.availableFrom, zone), availableTo: utcToZoned(o.availableTo, zone),
    originAirportIds: [...o.originAirportIds], destinationAirportId: o.destinationAirportId, turnaroundHours: String(o.turnaroundHours),
    note: o.note ?? '', seatShare: (o.seatShare?.departures.length ?? 0) > 0, departures: departuresFromOffer(o.seatShare?.departures, zone),
  };
}

/** Re-expresses the draft's times in another zone: the instants stay, the wall-clock values change. */
export function rezone(d: OfferDraft, from: string, to: string): OfferDraft {
  const move = (v: string) => {
    const utc = zonedToUtc(v, from);
    return utc ? utcToZoned(utc, to) : v;
  };
  return { ...d, availableFrom: move(d.availableFrom), availableTo: move(d.availableTo), departures: rezoneDepartures(d.departures, from, to) };
}

const int = (s: string) => (/^\s*\d+\s*$/.test(s) ? Number(s) : NaN);

/** The seat cap's message, shown as soon as the seats typed exceed it. */
export function seatsOverMax(seatsText: string, facts: Derived | null): FormMsg | undefined {
  const seats = int(seatsText);
  if (!facts?.ok || facts.maxSeats === null || !(seats > facts.maxSeats)) return undefined;
  return { key: 'errors.seatsOverMax', params: { max: facts.maxSeats } };
}

/** What deriveCategory says against the draft, as a message of the form (its fact code and parameters). */
export const factMsg = (facts: Extract<Derived, { ok: false }>): FormMsg => ({ key: `facts.${facts.words.code}`, params: facts.words.params });
const msg = (key: string): FormMsg => ({ key: `errors.${key}` });

/**
 * Checks the draft in the browser (the server checks again) and builds the API body. `facts`: what
 * deriveCategory says of the partner and the type (null while the partner is unknown).
 */
export function draftToBody(d: OfferDraft, zone: string, facts: Derived | null = null): { body: OfferBody; errors: null } | { body: null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!d.aircraftType.trim()) errors.aircraftType = msg('typeRequired');
  else if (facts && !facts.ok) errors[facts.field] = factMsg(facts);
  const seats = int(d.seatsPerSortie);
  if (!(seats >= 1 && seats <= 2000)) errors.seatsPerSortie = msg('seatsRange');
  else if (seatsOverMax(d.seatsPerSortie, facts)) errors.seatsPerSortie = seatsOverMax(d.seatsPerSortie, facts);
  // A seat share flies exactly its listed departures: their number is the offer's sorties.
  const sorties = d.seatShare ? d.departures.length : int(d.sorties);
  if (!d.seatShare && !(sorties >= 1 && sorties <= 1000)) errors.sorties = msg('sortiesRange');
  const count = int(d.aircraftCount);
  if (!(count >= 1 && count <= 500)) errors.aircraftCount = msg('aircraftRange');
  const turnaround = Number(d.turnaroundHours);
  if (!d.turnaroundHours.trim() || !(turnaround > 0 && turnaround <= 240)) errors.turnaroundHours = msg('turnaroundRange');
  const from = zonedToUtc(d.availableFrom, zone);
  const to = zonedToUtc(d.availableTo, zone);
  if (!from) errors.availableFrom = msg('fromRequired');
  if (!to) errors.availableTo = msg('toRequired');
  else if (from && Date.parse(to) <= Date.parse(from)) errors.availableTo = msg('toBeforeFrom');
  if (d.originAirportIds.length === 0) errors.originAirportIds = msg('originsRequired');
  if (!d.destinationAirportId) errors.destinationAirportId = msg('destinationRequired');
  else if (d.originAirportIds.includes(d.destinationAirportId)) errors.destinationAirportId = msg('destinationIsOrigin');
  if (d.note.length > 2000) errors.note = msg('noteTooLong');
  const window = from && to ? { from, to } : null;
  const departures = d.seatShare && checkDepartures(d.departures, d.originAirportIds, window, zone);
  if (departures && departures.problem) errors.departures = departures.problem;
  if (Object.keys(errors).length > 0) return { body: null, errors };
  return {
    body: {
      aircraftType: d.aircraftType.trim(), seatsPerSortie: seats, sorties, aircraftCount: count,
      availableFrom: from!, availableTo: to!, originAirportIds: d.originAirportIds, destinationAirportId: d.destinationAirportId,
      turnaroundHours: turnaround, note: d.note.trim() ? d.note.trim() : null,
      seatShare: departures && departures.departures ? { departures: departures.departures } : null,
    },
    errors: null,
  };
}

/** Only what changed, for a PATCH (the server sends an edited accepted offer back to the inbox). */
export function changedFields(before: LiftOffer, body: OfferBody): Partial<OfferBody> {
  const out: Partial<OfferBody> = {};
  for (const key of Object.keys(body) as (keyof OfferBody)[]) {
    const a = before[key] ?? null;
    const b = body[key] ?? null;
    const same = key === 'availableFrom' || key === 'availableTo'
      ? Date.parse(a as string) === Date.parse(b as string)
      : JSON.stringify(a) === JSON.stringify(b);
    if (!same) (out as Record<string, unknown>)[key] = body[key];
  }
  return out;
}

/**
 * The API's 400 details ({field: "body.originAirportIds[1]", reason, code?, params?}) → a message per form
 * field. A coded detail (an offer fact, a seat-share rule) is worded like the form's own check; any other
 * reason is the server's English sentence, shown inside a sentence of the reader's language. What names no
 * field of the form goes to `form`.
 */
export function fieldErrorsFromApi(details: unknown): FieldErrors {
  const out: FieldErrors = {};
  const fields = new Set<string>([...Object.keys(emptyDraft()), 'category']);
  if (Array.isArray(details)) {
    for (const d of details as { field?: unknown; reason?: unknown; code?: unknown; params?: unknown }[]) {
      if (typeof d?.field !== 'string') continue;
      const path = d.field.replace(/^body\.?/, '');
      const name = path.split(/[.[]/)[0] ?? '';
      const reason = typeof d.reason === 'string' ? d.reason : 'is invalid';
      const params = typeof d.params === 'object' && d.params !== null ? d.params as Record<string, string | number> : {};
      if (name === 'seatShare') { out.departures = serverDepartureProblem(path, d.code) ?? { key: 'errors.server', params: { reason } }; continue; }
      const key = (fields.has(name) ? name : 'form') as Exclude<OfferField, 'departures'> | 'form';
      out[key] ??= typeof d.code === 'string' && (FACT_CODES as readonly string[]).includes(d.code) ? { key: `facts.${d.code}`, params }
        : key === 'form' ? { key: 'errors.serverField', params: { field: d.field, reason } } : { key: 'errors.server', params: { reason } };
    }
  }
  if (Object.keys(out).length === 0) out.form = { key: 'errors.rejected' };
  return out;
}
