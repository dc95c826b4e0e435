import { getOperation } from '../repositories/operations.repository.ts';
import type { Db } from '../repositories/db-type.ts';
import { notFound } from '../lib/errors.ts';

/** The operation a route acts on, or the 404 every operation route answers for an unknown id. */
export async function operationOr404(db: Db, id: string) {
  const op = await getOperation(db, id);
  if (!op) throw notFound('Operation', id);
  return op;
}
