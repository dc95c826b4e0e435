import type { SessionUser } from '../../shared/schemas/session.ts';
import type { OperationView } from '../../shared/schemas/operation.ts';
import { getOperation, listOperationSorties, type StoredOperation } from '../repositories/operations.repository.ts';
import type { Db } from '../repositories/db-type.ts';
import { notFound } from '../lib/errors.ts';
import { operationNow } from './clock.ts';
import { nameLabels } from './labels.ts';
import { getScenario } from '../repositories/scenarios.repository.ts';
import { listAreas } from '../repositories/areas.repository.ts';
import { listAirports } from '../repositories/airports.repository.ts';
import { listPartners } from '../repositories/partners.repository.ts';

/** Names of the airports, partners and areas these sorties name — so no screen has to show an id. */
async function labelsOf(db: Db, scenarioId: string, sorties: OperationView['sorties']): Promise<OperationView['labels']> {
  const scenario = await getScenario(db, scenarioId);
  const [areas, airports, partners] = await Promise.all([listAreas(db, { country: scenario?.countries ?? [] }), listAirports(db), listPartners(db)]);
  const airportIds = new Set(sorties.flatMap((s) => [s.originAirportId, s.destinationAirportId]));
  const partnerIds = new Set(sorties.map((s) => s.partnerId));
  const areaIds = new Set(sorties.flatMap((s) => [...s.planned.map((p) => p.assemblyAreaId), ...s.manifest.map((m) => m.assemblyAreaId)]));
  return nameLabels({ airports, partners, areas }, { airports: airportIds, partners: partnerIds, areas: areaIds });
}

export const operationOut = (op: StoredOperation) => {
  const { proposal: _p, ...rest } = op;
  return { ...rest, now: new Date(operationNow(op)).toISOString() };
};

/** The operation with its sorties; a liaison sees only their own partner's. */
export async function readOperation(db: Db, user: SessionUser, id: string): Promise<OperationView> {
  const op = await getOperation(db, id);
  if (!op) throw notFound('Operation', id);
  const sorties = await listOperationSorties(db, id, user.role === 'liaison' ? (user.partnerId ?? '') : undefined);
  return { operation: operationOut(op), sorties, labels: await labelsOf(db, op.scenarioId, sorties) };
}
