/** Examples for the OpenAPI document of the execution routes (checked against the routes' own schemas). */
const at = '2027-04-02T06:00:00.000Z';
export const SORTIE_EXAMPLE = {
  sortieId: 'm-0007', planId: 'plan-korea-1', inForce: true, change: null, replacesSortieId: null, retiredReason: null,
  offerId: 'offer-gb-a400m-1', partnerId: 'gb-raf', originAirportId: 'RKSO', destinationAirportId: 'RJTY',
  plannedDepartAt: at, planned: [{ assemblyAreaId: 'kr-seoul-yongsan', passengers: 110 }], plannedPassengers: 110, seats: 116,
  state: 'departed', reason: null, departedAt: '2027-04-02T06:25:00.000Z', arrivedAt: null,
  manifest: [{ assemblyAreaId: 'kr-seoul-yongsan', priority: 1, passengers: 12 }, { assemblyAreaId: 'kr-seoul-yongsan', priority: 3, passengers: 80 }],
  version: 4, updatedBy: 'liaison-gb-raf', updatedAt: '2027-04-02T06:31:00.000Z',
};
export const OPERATION_EXAMPLE = {
  id: 'op-1', scenarioId: 'korea', planId: 'plan-korea-1', name: 'Korea — execution', version: 3, proposalPlanId: null,
  clockOffsetMs: 0, now: at, createdBy: 'planner', createdAt: '2027-04-01T00:10:00.000Z', updatedAt: at,
};
export const VIEW_EXAMPLE = { operation: OPERATION_EXAMPLE, sorties: [SORTIE_EXAMPLE], labels: { airports: { 'kr-icn': 'ICN', 'jp-fuk': 'FUK' }, partners: { 'gb-raf': 'Royal Air Force' }, areas: { 'kr-seoul-yongsan': 'Seoul Yongsan' } } };
export const CHECKIN_EXAMPLE = { id: 7, assemblyAreaId: 'kr-seoul-yongsan', at, priority1: 40, priority2: 210, priority3: 900, source: 'manual', enteredBy: 'planner' };
export const LOG_EXAMPLE = { id: 12, at, username: 'liaison-gb-raf', kind: 'partner_message', text: 'Crew rest at Osan: 40 min delay', sortieId: 'm-0007', airportId: null, assemblyAreaId: null };
export const PROPOSAL_EXAMPLE = {
  planId: 'plan-korea-2', from: at, basedOnVersion: 4, solve: { status: 'optimal', replannedFrom: at, keptSorties: 9, actuals: true },
  changes: {
    kept: ['m-0001', 'm-0007'], added: [{ sortieId: '5f2c1a9b-3', offerId: 'offer-au-c17-1', originAirportId: 'RKSO', departAt: '2027-04-02T09:00:00.000Z', passengers: 120 }],
    moved: [], dropped: [{ sortieId: 'm-0011', reason: 'declined by its partner or the cell: no landing slot', code: 'out', params: { state: 'declined', note: 'no landing slot' } }],
    newlyLeftBehind: [{
      assemblyAreaId: 'kr-busan', name: 'Busan', before: 0, after: 140, reason: 'every accepted offer that may fly from PUS is full (2 offers, 6 sorties)',
      reasonCode: 'lift_exhausted', reasonParams: { airports: ['PUS'], moreAirports: 0, offers: 2, sorties: 6 }, reasonNotes: [], remedyCode: 'more_sorties', remedyParams: { airports: ['PUS'], moreAirports: 0 },
    }],
  },
};
export const BOARD_EXAMPLE = {
  now: at, scenarioName: 'Korean Peninsula contingency', operation: OPERATION_EXAMPLE,
  total: { registry: 41000, walkIns: 320, checkedIn: 9800, out: 2200, waiting: 7600, notPresent: 31520, uncounted: 0, plannedByNow: 2600, plannedTotal: 39000, balanced: true },
  countries: [], burnDown: [{ at: '2027-04-01T00:00:00.000Z', planned: 41320, actual: 41320 }], late: [], belowLoad: [], stalled: [], nextSixHours: [], manifests: [], states: { departed: 20, tasked: 40 },
  labels: { airports: { RKSO: 'OSN' }, partners: { 'gb-raf': 'Royal Air Force' }, areas: {} },
};
export const STEP_ERRORS = {
  404: 'No such operation, or no such sortie — a liaison gets this for another partner\'s sortie',
  409: 'The sortie changed since you read it (details.currentVersion), or its state does not allow the step (details.state names it)',
  428: 'If-Match is missing',
};
