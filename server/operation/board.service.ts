import { buildBoard, type Board } from '../../shared/operation/board.ts';
import { getOperation, listOperationSorties } from '../repositories/operations.repository.ts';
import { listCheckins } from '../repositories/operation-ground.repository.ts';
import { getScenario } from '../repositories/scenarios.repository.ts';
import { listAreas } from '../repositories/areas.repository.ts';
import { listAirports } from '../repositories/airports.repository.ts';
import { listPartners } from '../repositories/partners.repository.ts';
import type { Db } from '../repositories/db-type.ts';
import { notFound } from '../lib/errors.ts';
import { operationNow } from './clock.ts';
import { operationOut } from './view.ts';
import { nameLabels } from './labels.ts';

export interface BoardView extends Board {
  operation: ReturnType<typeof operationOut>;
  scenarioName: string;
  labels: ReturnType<typeof nameLabels>;
}

/** Everything the situation board shows, computed on the current rows (cheap: one operation's sorties and check-ins). */
export async function loadBoard(db: Db, operationId: string): Promise<BoardView> {
  const op = await getOperation(db, operationId);
  if (!op) throw notFound('Operation', operationId);
  const scenario = await getScenario(db, op.scenarioId);
  if (!scenario) throw notFound('Scenario', op.scenarioId);
  const [areas, checkins, sorties, airports, partners] = await Promise.all([
    listAreas(db, { country: scenario.countries }), listCheckins(db, op.id), listOperationSorties(db, op.id), listAirports(db), listPartners(db),
  ]);
  const board = buildBoard({ startsAt: scenario.startsAt, horizonHours: scenario.horizonHours, nowMs: operationNow(op), areas, checkins, sorties });
  const used = new Set(sorties.flatMap((s) => [s.originAirportId, s.destinationAirportId]));
  return {
    ...board, operation: operationOut(op), scenarioName: scenario.name,
    labels: nameLabels({ airports, partners, areas }, { airports: used }),
  };
}
