import { ErrorCode } from '../../shared/schemas/common.ts';
import { conflict, HttpError } from './errors.ts';

/** `If-Match: 3`, `"3"`, `W/"3"` or a plan read's `"3.<hash>"` → 3 (the header's form is checked by the route schema). */
export function parseIfMatch(header: string): number {
  return Number(header.replace(/^W\//, '').replace(/"/g, '').split('.')[0]);
}

export const etag = (version: number) => `"${version}"`;

/**
 * The version a write was based on. Required: a write that does not say which version it edited
 * could silently undo a concurrent one (two PATCHes each merging into a row the other changed).
 */
export function requireIfMatch(header: string | undefined, what: string): number {
  if (header === undefined) {
    throw new HttpError(428, ErrorCode.preconditionRequired, `Send If-Match with the version of the ${what} you edited (its ETag, from GET)`,
      [{ field: 'headers.if-match', reason: 'is required' }]);
  }
  return parseIfMatch(header);
}

/** 409 when the row changed since the client read it; the body names the current version. */
export function checkVersion(what: string, id: string, sent: number, current: number): void {
  if (sent === current) return;
  throw conflict(`${what} ${id} was changed by someone else since you read it (your version ${sent}, now ${current}). Reload it and apply your change again.`,
    { currentVersion: current });
}
