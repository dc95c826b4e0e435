import type { StoredOperation } from '../repositories/operations.repository.ts';

/**
 * Operation time. A real operation runs on the wall clock (offset 0); an exercise runs on the
 * scenario's clock, set when it starts, so "late", "next six hours" and "re-plan from now" mean
 * the same thing in a rehearsal as on the day.
 */
export const operationNow = (op: Pick<StoredOperation, 'clockOffsetMs'>, wallMs = Date.now()): number => wallMs + op.clockOffsetMs;
