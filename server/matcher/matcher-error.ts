import { ErrorCode } from '../../shared/schemas/common.ts';
import { HttpError } from '../lib/errors.ts';

/** Why one matcher run did not produce a plan; the error handler answers it as it is (never a bare 500). */
export class MatcherError extends HttpError {}

export const matcherTimeout = (message: string) => new MatcherError(504, ErrorCode.matcherTimeout, message);
/** The solver threw for this scenario: the run's input is what it could not handle. */
export const matcherRejected = (message: string) => new MatcherError(422, ErrorCode.matcherFailed, message);
/** The worker died or could not be reached: nothing about the request itself. */
export const matcherUnavailable = (message: string) => new MatcherError(503, ErrorCode.matcherFailed, message, undefined, 5);
export const matcherBusy = (message: string) => new MatcherError(503, ErrorCode.matcherBusy, message, undefined, 30);
/** The run was cancelled (its job was): not an error of the scenario or of the matcher. */
export const matcherCancelled = () => new MatcherError(409, ErrorCode.jobCancelled, 'The matcher run was cancelled.');
