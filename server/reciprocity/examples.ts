/** Examples for the API docs of the reciprocity routes (checked against their schemas by test/api/openapi-docs.test.ts). */
export const seatRequestCreateExample = {
  partnerId: 'gb-raf',
  places: [{ kind: 'area', id: 'tw-taipei-city', seats: 250 }, { kind: 'airport', id: 'RCKH', seats: 50 }],
  priority1: 20, priority2: 60, windowFrom: '2027-04-02T00:00:00Z', windowTo: '2027-04-05T00:00:00Z',
  note: 'British nationals registered with the British Office Taipei',
};
export const seatRequestExample = {
  ...seatRequestCreateExample, id: 'sr-gb-taipei', seats: 300, windowFrom: '2027-04-02T00:00:00.000Z', windowTo: '2027-04-05T00:00:00.000Z',
  status: 'submitted', acceptedSeats: null, decisionNote: null, version: 1,
};
export const ledgerExample = {
  partnerId: 'gb-raf', name: 'Royal Air Force', nation: 'GB',
  plan: { id: 'plan-korea-1', name: 'Korea day 1', status: 'approved', version: 3 },
  offered: { offers: 1, sorties: 20, seats: 2320 },
  used: { sorties: 12, seats: 1392, japaneseCarried: 1350 },
  given: { requested: 300, accepted: 200, carried: 200, requests: [{ id: 'sr-gb-taipei', status: 'accepted', seats: 300, acceptedSeats: 200, carried: 200 }] },
  actual: { operationId: 'op-korea-1', sortiesDeparted: 5, japaneseCarried: 561, nationalsCarried: 80 },
};
