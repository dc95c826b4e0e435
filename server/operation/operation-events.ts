/**
 * What changed in an operation, told to every open board. The bus is the queue helper's
 * server/events (LISTEN/NOTIFY on PostgreSQL, in-process on PGlite); until it is wired, and in
 * code paths without one, publishing is a no-op: the board is then only as fresh as its last load.
 */
export interface OperationPublisher { publish(topic: string, payload: unknown): Promise<unknown> }

export const operationTopic = (operationId: string) => `operation.${operationId.toLowerCase()}`;

export type OperationChange = 'sortie' | 'checkin' | 'log' | 'plan' | 'proposal';

/** Called after the change committed: a failure to tell the boards must not undo or fail the change. */
export async function announce(bus: OperationPublisher | undefined, operationId: string, what: OperationChange, detail: Record<string, unknown> = {}) {
  if (!bus) return;
  try {
    await bus.publish(operationTopic(operationId), { type: 'changed', operationId, what, ...detail });
  } catch {
    // The boards resync on their next event or reconnect.
  }
}
