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
