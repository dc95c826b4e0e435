import { LIMITS } from '../limits.ts';

/**
 * An instant as the API takes it: RFC 3339 `YYYY-MM-DDTHH:mm:ss[.fraction](Z|±hh:mm)`, a real point in
 * time. RFC 3339 (and the stock `date-time` format check) also accept a leap second (23:59:60) and lower-case
 * t/z; JavaScript's Date gives NaN for the first, PostgreSQL refuses offsets beyond ±15:59, and Feb 30 is no
 * day at all — each would fail later as a 500 or a silent NaN. Refused here with the reason.
 */
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|([+-])(\d{2}):(\d{2}))$/;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);

/** Why `s` is not an instant the API accepts, or null when it is one. */
export function instantProblem(s: string): string | null {
  const m = SHAPE.exec(s);
  if (!m) {
    if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/i.test(s)) return 'needs a UTC offset: end it with Z or ±hh:mm (e.g. 2027-04-01T06:00:00Z)';
    if (/^[+-]?\d{5,}-/.test(s)) return `the year must have four digits (${LIMITS.minYear}–${LIMITS.maxYear})`;
    return 'must be an ISO-8601 time such as 2027-04-01T06:00:00Z or 2027-04-01T15:00:00+09:00';
  }
  const [, ys, mos, ds, hs, mins, ss, , , , ohs, omins] = m;
  const [y, mo, d, h, mi, sec] = [ys, mos, ds, hs, mins, ss].map(Number) as [number, number, number, number, number, number];
  if (y < LIMITS.minYear || y > LIMITS.maxYear) return `year ${ys} is outside ${LIMITS.minYear}–${LIMITS.maxYear}`;
  if (mo < 1 || mo > 12) return `month ${mos} does not exist`;
  if (d < 1 || d > daysIn(y, mo)) return `${MONTHS[mo - 1]} ${y} has no day ${ds} (it has ${daysIn(y, mo)} days)`;
  if (h > 23) return `hour ${hs} does not exist (00–23)`;
  if (mi > 59) return `minute ${mins} does not exist (00–59)`;
  if (sec === 60) return 'is a leap second (:60), which computers cannot represent; use :59 or the next minute';
  if (sec > 59) return `second ${ss} does not exist (00–59)`;
  if (ohs !== undefined && omins !== undefined) {
    const offsetMinutes = Number(ohs) * 60 + Number(omins);
    if (Number(omins) > 59 || offsetMinutes > 14 * 60) return `UTC offset ${m[8]} does not exist (−14:00 to +14:00)`;
  }
  return Number.isFinite(Date.parse(s)) ? null : 'is not a valid time';
}

export const isIsoInstant = (s: string): boolean => instantProblem(s) === null;
