import type { LiftOffer } from '../../../../../shared/schemas/domain.ts';
import type { Derived } from '../../../../../shared/offers/offer-facts.ts';
import { utcToZoned, zonedToUtc } from './time-zones.ts';
import { checkDepartures, departuresFromOffer, rezoneDepartures, type DepartureDraft, type DepartureProblem } from './seat-share-draft.ts';

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
/** Messages per field; `departures` holds a DepartureProblem for the form to word (or the server's reason). */
export type FieldErrors = Partial<Record<Exclude<OfferField, 'departures'> | 'form', string>> & { departures?: DepartureProblem | string };
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
export function seatsOverMax(seatsText: string, facts: Derived | null): string | undefined {
  const seats = int(seatsText);
  if (!facts?.ok || facts.maxSeats === null || !(seats > facts.maxSeats)) return undefined;
  return `At most ${facts.maxSeats} seats on this type (the catalogue's evacuation maximum)`;
}

/**
 * Checks the draft in the browser (the server checks again) and builds the API body. `facts`: what
 * deriveCategory says of the partner and the type (null while the partner is unknown).
 */
export function draftToBody(d: OfferDraft, zone: string, facts: Derived | null = null): { body: OfferBody; errors: null } | { body: null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!d.aircraftType.trim()) errors.aircraftType = 'Choose or type the aircraft type';
  else if (facts && !facts.ok) errors[facts.field] = facts.reason.charAt(0).toUpperCase() + facts.reason.slice(1);
  const seats = int(d.seatsPerSortie);
  if (!(seats >= 1 && seats <= 2000)) errors.seatsPerSortie = 'A whole number of seats, 1–2000';
  else if (seatsOverMax(d.seatsPerSortie, facts)) errors.seatsPerSortie = seatsOverMax(d.seatsPerSortie, facts);
  // A seat share flies exactly its listed departures: their number is the offer's sorties.
  const sorties = d.seatShare ? d.departures.length : int(d.sorties);
  if (!d.seatShare && !(sorties >= 1 && sorties <= 1000)) errors.sorties = 'A whole number of sorties, 1–1000';
  const count = int(d.aircraftCount);
  if (!(count >= 1 && count <= 500)) errors.aircraftCount = 'A whole number of aircraft, 1–500';
  const turnaround = Number(d.turnaroundHours);
  if (!d.turnaroundHours.trim() || !(turnaround > 0 && turnaround <= 240)) errors.turnaroundHours = 'Hours between two departures of one aircraft, above 0 and at most 240';
  const from = zonedToUtc(d.availableFrom, zone);
  const to = zonedToUtc(d.availableTo, zone);
  if (!from) errors.availableFrom = 'Give the first time a sortie can depart';
  if (!to) errors.availableTo = 'Give the last time a sortie can depart';
  else if (from && Date.parse(to) <= Date.parse(from)) errors.availableTo = 'Must be after “available from”';
  if (d.originAirportIds.length === 0) errors.originAirportIds = 'Pick at least one airport the aircraft can fly out of';
  if (!d.destinationAirportId) errors.destinationAirportId = 'Pick where the evacuees are flown to';
  else if (d.originAirportIds.includes(d.destinationAirportId)) errors.destinationAirportId = 'The destination is also one of the origins';
  if (d.note.length > 2000) errors.note = 'At most 2000 characters';
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
 * The API's 400 details ({field: "body.originAirportIds[1]", reason}) → a message per form field;
 * what names no field of the form goes to `form`.
 */
export function fieldErrorsFromApi(details: unknown, fallback: string): FieldErrors {
  const out: FieldErrors = {};
  const fields = new Set<string>([...Object.keys(emptyDraft()), 'category']);
  if (Array.isArray(details)) {
    for (const d of details as { field?: unknown; reason?: unknown }[]) {
      if (typeof d?.field !== 'string') continue;
      const name = d.field.replace(/^body\.?/, '').split(/[.[]/)[0] ?? '';
      const reason = typeof d.reason === 'string' ? d.reason : 'is invalid';
      if (name === 'seatShare') { out.departures = reason.charAt(0).toUpperCase() + reason.slice(1); continue; }
      const key = (fields.has(name) ? name : 'form') as Exclude<OfferField, 'departures'> | 'form';
      const text = key === 'form' ? `${d.field} ${reason}` : reason.charAt(0).toUpperCase() + reason.slice(1);
      out[key] = out[key] ? `${out[key]}; ${text}` : text;
    }
  }
  if (Object.keys(out).length === 0) out.form = fallback;
  return out;
}
