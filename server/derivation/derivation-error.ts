import { ErrorCode } from '../../shared/schemas/common.ts';
import { HttpError } from '../lib/errors.ts';

/** Why a plan could not be checked; the error handler answers it as it is (never a bare 500). */
export class DerivationError extends HttpError {}

/** The check itself threw on this plan's data: the same data fails again, so it is the request's problem. */
export const derivationRejected = (message: string) =>
  new DerivationError(422, ErrorCode.derivationRejected, `The plan could not be checked on today's data: ${message}`);

/** A derivation thread died (out of memory, terminated) or could not start: nothing about the request itself. */
export const derivationUnavailable = (message: string) =>
  new DerivationError(503, ErrorCode.derivationFailed, `The plan checker is unavailable (${message}); try again shortly`, undefined, 5);
