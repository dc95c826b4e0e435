import { describe, expect, it } from 'vitest';
import { Value } from 'typebox/value';
import type { Sortie } from '../../shared/schemas/domain.ts';
import { PlanSummary } from '../../shared/schemas/summary.ts';
import { computeMetrics } from '../../shared/plan/checks/metrics.ts';
import { explainLeftBehind } from '../../shared/plan/checks/explain.ts';
import { greedyPlan } from '../../shared/plan/solve/greedy.ts';
import { groundLeg, prepareHazards } from '../../shared/plan/rules/ground.ts';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';
import { buildPlanCsv, buildPlanSummary, type SummaryOptions, type SummaryPlan } from '../../shared/summary/plan-summary.ts';
import { csvField } from '../../shared/summary/plan-csv.ts';
import { presetPolicy } from '../../shared/policy/presets.ts';
import { describePolicy } from '../../shared/policy/describe.ts';
import { loadDemoData } from '../../server/seed/load-files.ts';
import { airport, area, at, hazardAround, offer, rule, snapshot } from './fixtures.ts';

const PRINTED = { printedAt: '2030-02-27T09:00:00.000Z', printedBy: 'duty-officer' };

const civil = offer({ id: 'civ', partnerId: 'jal', seatsPerSortie: 100, sorties: 6, aircraftCount: 6, originAirportIds: ['RKSI', 'RKPK'] });
const usaf = offer({ id: 'usaf', partnerId: 'us-af', category: 'foreign_military', aircraftType: 'C-17', seatsPerSortie: 150, sorties: 4, aircraftCount: 4 });
const base = (over: Parameters<typeof snapshot>[0]['scenario'] = {}) => snapshot({
  areas: [
    area('seoul', 'seoul', 300, { priority1: 20, priority2: 80 }),
    area('busan', 'busan', 100, { priority1: 5, priority2: 10, visitors: 10 }),
    area('jeju', 'jeju', 50, { zone: 'KR-jeju' }),
  ],
  airports: [airport('ICN', { departuresPerHour: 2 }), airport('GMP'), airport('PUS'), airport('CJU'), airport('FUK'), airport('NRT')],
  offers: [civil, usaf, offer({ id: 'pending', status: 'submitted', originAirportIds: ['RKPC'] })],
  scenario: { accessRules: [rule({})], horizonHours: 48, ...over },
});

let seq = 0;
const sortie = (offerId: string, origin: string, hour: number, alloc: [string, number][]): Sortie => ({
  id: `s${++seq}`, offerId, originAirportId: origin, departAt: at(hour), destinationAirportId: 'RJFF',
  allocations: alloc.map(([assemblyAreaId, passengers]) => ({ assemblyAreaId, passengers, locked: false })),
});

const demoSorties = (): Sortie[] => [
  sortie('civ', 'RKSI', 6, [['seoul', 60], ['busan', 0]]),
  sortie('civ', 'RKSI', 6.5, [['seoul', 90]]),
  sortie('usaf', 'RKSI', 6.75, [['seoul', 150]]),
  sortie('civ', 'RKPK', 8, [['busan', 100]]),
  sortie('usaf', 'RKSI', 12, []),
];

function plan(snap: PlanningSnapshot, sorties: Sortie[], over: Partial<SummaryPlan> = {}): SummaryPlan {
  return {
    id: 'plan-1', scenarioId: snap.scenario.id, name: 'Option A', status: 'draft', version: 4, sorties,
    violations: [], leftBehind: explainLeftBehind(snap, { sorties }), approvedAt: null, approvedBy: null,
    updatedAt: '2030-02-27T08:00:00.000Z',
    plannedOn: { known: true, at: '2030-02-27T08:00:00.000Z', basis: 'saved', checkedAt: '2030-02-27T08:00:00.000Z', changed: false, changes: [], moreChanges: 0, newViolations: 0, breaks: false },
    ...over,
  };
}

function summarise(snap: PlanningSnapshot, p: SummaryPlan, opts: Partial<SummaryOptions> = {}) {
  const r = buildPlanSummary(snap, p, { ...PRINTED, countryNames: { KR: 'South Korea', JP: 'Japan' }, ...opts });
  if (!r.ok) throw new Error(r.message);
  return r.summary;
}

describe('buildPlanSummary — the full summary', () => {
  const snap = base();
  const sorties = demoSorties();
  const s = summarise(snap, plan(snap, sorties));

  it('heads the paper with scenario, plan, status, version, printed at/by and a DRAFT flag', () => {
    expect(s.header).toMatchObject({
      variant: 'full', title: 'Plan summary', scenarioName: 'Test', planName: 'Option A', status: 'draft', draft: true,
      version: 4, printedAt: PRINTED.printedAt, printedBy: 'duty-officer', countries: [{ code: 'KR', name: 'South Korea' }],
    });
    const approved = summarise(snap, plan(snap, sorties, { status: 'approved', approvedBy: 'chief', approvedAt: at(-10) }));
    expect(approved.header.draft).toBe(false);
    expect(approved.header.approvedBy).toBe('chief');
  });

  it('totals by country and priority agree with the matcher\'s metrics', () => {
    const m = computeMetrics(snap, { sorties });
    expect(s.totals.scope).toBe('plan');
    expect(s.totals.all).toMatchObject({ evacuees: m.evacuees, out: m.peopleOut, left: m.peopleLeft, outByPriority: m.outByPriority });
    expect(s.totals.all.evacuees).toBe(300 + 110 + 50);
    expect(s.totals.all.out).toBe(400);
    expect(s.totals.byCountry).toEqual([expect.objectContaining({ country: 'KR', name: 'South Korea', out: 400, left: 60 })]);
    expect(s.totals).toMatchObject({ sorties: 5, seats: 100 * 3 + 150 * 2, passengers: 400, firstDepartureAt: at(6), lastDepartureAt: at(8), clearanceHours: 8 });
  });

  it('gives the earliest-departing seats of an area priority 1, then 2, then 3', () => {
    // Seoul: 20 p1, 80 p2, 200 p3. Its seats leave at 06:00 (60), 06:30 (90), 06:45 (150).
    const icn = s.departures!.find((d) => d.airportId === 'RKSI')!;
    expect(icn.outByPriority).toEqual({ p1: 20, p2: 80, p3: 200 });
    const rows = s.tasking.flatMap((t) => t.sortieRows);
    expect(rows.find((r) => r.departAt === at(6))!.outByPriority).toEqual({ p1: 20, p2: 40, p3: 0 });
    expect(rows.find((r) => r.departAt === at(6.5))!.outByPriority).toEqual({ p1: 0, p2: 40, p3: 50 });
    expect(rows.find((r) => r.departAt === at(6.75))!.outByPriority).toEqual({ p1: 0, p2: 0, p3: 150 });
    const sum = rows.reduce((t, r) => ({ p1: t.p1 + r.outByPriority.p1, p2: t.p2 + r.outByPriority.p2, p3: t.p3 + r.outByPriority.p3 }), { p1: 0, p2: 0, p3: 0 });
    expect(sum).toEqual(s.totals.all.outByPriority);
  });

  it('departures by airport and clock hour, against departures per hour', () => {
    expect(s.departures!.map((d) => [d.label, d.sorties, d.passengers])).toEqual([['ICN', 4, 300], ['PUS', 1, 100]]);
    const icn = s.departures!.find((d) => d.label === 'ICN')!;
    expect(icn.departuresPerHour).toBe(2);
    expect(icn.hours.map((h) => [h.hourStart, h.sorties, h.seats, h.passengers, h.overCapacity])).toEqual([
      [at(6), 3, 350, 300, true],
      [at(12), 1, 150, 0, false],
    ]);
    expect(icn.hours[0]!.partners).toEqual(['Japan Airlines', 'US Air Force']);
    expect(icn.hours[0]!.destinations).toEqual(['FUK']);
  });

  it('tasking per partner: their sorties in time order, seats, passengers, origin → destination', () => {
    expect(s.tasking.map((t) => [t.name, t.sorties, t.seats, t.passengers])).toEqual([
      ['Japan Airlines', 3, 300, 250], ['US Air Force', 2, 300, 150],
    ]);
    const jal = s.tasking[0]!;
    expect(jal.sortieRows.map((r) => [r.departAt, r.originLabel, r.destinationLabel])).toEqual([
      [at(6), 'ICN', 'FUK'], [at(6.5), 'ICN', 'FUK'], [at(8), 'PUS', 'FUK'],
    ]);
    expect(jal.sortieRows[0]!.areas).toEqual([{ assemblyAreaId: 'seoul', name: 'seoul', passengers: 60 }]);
    expect(jal.offers).toEqual([{ offerId: 'civ', aircraftType: 'B767', planned: 3, offered: 6 }]);
    expect(jal).toMatchObject({ firstDepartureAt: at(6), lastDepartureAt: at(8), nation: 'JP' });
  });

  it('call-forward: latest move = departure − processing − travel, rounded down to 5 minutes', () => {
    const seoul = s.callForward!.find((c) => c.assemblyAreaId === 'seoul')!;
    expect(seoul).toMatchObject({ evacuees: 300, planned: 300 });
    expect(seoul.moves).toHaveLength(3);
    const leg = groundLeg(snap.scenario, prepareHazards([]), snap.areas[0]!, snap.airports[0]!);
    const latest = Date.parse(at(6)) - (2 + leg.travelHours) * 3_600_000;
    const first = seoul.moves[0]!;
    expect(Date.parse(first.moveAt)).toBe(Math.floor(latest / 300_000) * 300_000);
    expect(Date.parse(first.moveAt)).toBeLessThanOrEqual(latest);
    expect(first).toMatchObject({ departAt: at(6), airportLabel: 'ICN', passengers: 60, sorties: 1, beforeStart: false, groundIssue: null });
    expect(first.km).toBeCloseTo(leg.km, 0);
    expect(seoul.moves.map((m) => m.moveAt)).toEqual([...seoul.moves.map((m) => m.moveAt)].sort());
    const busan = s.callForward!.find((c) => c.assemblyAreaId === 'busan')!;
    expect(busan.moves.map((m) => [m.airportLabel, m.passengers])).toEqual([['PUS', 100]]);
  });

  it('flags a move that would have to start before the scenario does', () => {
    const early = [sortie('civ', 'RKPK', 1, [['busan', 10]])];
    const cf = summarise(snap, plan(snap, early)).callForward!;
    expect(cf[0]!.moves[0]!.beforeStart).toBe(true);
  });

  it('people left behind and why, from the plan\'s stored explanation', () => {
    expect(s.leftBehind!.source).toBe('plan');
    expect(s.leftBehind!.left).toBe(60);
    expect(s.leftBehind!.areas.map((a) => [a.assemblyAreaId, a.left])).toEqual(
      expect.arrayContaining([['jeju', 50], ['busan', 10]]),
    );
    expect(s.leftBehind!.areas.every((a) => a.reason.length > 0 && a.remedy.length > 0)).toBe(true);
    expect(s.leftBehind!.countries[0]).toMatchObject({ country: 'KR', name: 'South Korea', left: 60 });
  });

  it('recomputes the explanation when the stored one no longer matches the people in the data', () => {
    const stale = summarise(snap, plan(snap, sorties, { leftBehind: { countries: [], areas: [] } }));
    expect(stale.leftBehind!.source).toBe('recomputed');
    expect(stale.leftBehind!.left).toBe(60);
    expect(summarise(snap, plan(snap, sorties, { leftBehind: null as unknown as SummaryPlan['leftBehind'] })).leftBehind!.source).toBe('recomputed');
  });

  it('lists the access restrictions in force with reasons, closed airports and hazard zones', () => {
    const hz = hazardAround('hz-1', 37.56, 126.79, 8);
    const snap2 = base({ hazardZones: [hz], airportStatus: { RKPC: 'closed' }, accessRules: [rule({}), rule({ scope: 'airport', scopeId: 'RKPK', category: 'civil', reason: 'runway damaged' })] });
    const r = summarise(snap2, plan(snap2, [])).restrictions!;
    expect(r.accessRules.map((x) => [x.scopeLabel, x.category, x.effect])).toEqual([
      ['South Korea (KR)', 'sdf', 'deny'], ['PUS — Gimhae', 'civil', 'deny'],
    ]);
    expect(r.accessRules[0]!.reason).toMatch(/landing rights/);
    expect(r.closedAirports.map((a) => [a.label, a.reason])).toEqual([
      ['CJU', 'closed in this scenario'], ['GMP', 'inside hazard zone "hz-1"'],
    ]);
    expect(r.hazardZones).toEqual([{ id: 'hz-1', name: 'hz-1', airportsInside: ['GMP'], areasInside: [] }]);
    expect(r.ground).toEqual(snap2.scenario.ground);
  });

  it('draws the map: areas by share planned, airports used, legs by passengers, in bounds', () => {
    expect(s.map.areas.find((a) => a.id === 'seoul')).toMatchObject({ planned: 300, share: 1 });
    expect(s.map.areas.find((a) => a.id === 'jeju')).toMatchObject({ planned: 0, share: 0 });
    expect(s.map.legs.map((l) => [l.areaId, l.airportId, l.passengers])).toEqual([['busan', 'RKPK', 100], ['seoul', 'RKSI', 300]]);
    const icn = s.map.airports.find((a) => a.id === 'RKSI')!;
    expect(icn).toMatchObject({ state: 'open', sdfDenied: true, sorties: 4, passengers: 300 });
    const [[w, so], [e, n]] = s.map.bounds;
    for (const a of s.map.areas) expect(a.lon > w && a.lon < e && a.lat > so && a.lat < n).toBe(true);
    expect(s.map.airports.some((a) => a.id === 'RJFF')).toBe(false);
  });

  it('matches the response schema', () => {
    expect([...Value.Errors(PlanSummary, s)].slice(0, 3)).toEqual([]);
  });
});

describe('buildPlanSummary — variants', () => {
  const snap = base();
  const sorties = demoSorties();
  const p = plan(snap, sorties);

  it('one airport, by id, IATA or ICAO code: its departures, tasking and call-forward only', () => {
    for (const key of ['RKSI', 'ICN', 'icn']) {
      const s = summarise(snap, p, { airport: key });
      expect(s.header).toMatchObject({ variant: 'airport', airportId: 'RKSI', title: 'Departures from ICN — Incheon' });
      expect(s.departures!.map((d) => d.airportId)).toEqual(['RKSI']);
    }
    const s = summarise(snap, p, { airport: 'ICN' });
    expect(s.tasking.flatMap((t) => t.sortieRows).every((r) => r.originId === 'RKSI')).toBe(true);
    expect(s.callForward!.map((c) => c.assemblyAreaId)).toEqual(['seoul']);
    expect(s.totals).toMatchObject({ scope: 'selection', sorties: 4, passengers: 300, all: { evacuees: null, left: null, out: 300 } });
    expect(s.leftBehind).toBeNull();
    // Rules that apply to ICN: the country-wide SDF denial.
    expect(s.restrictions!.accessRules.map((r) => r.id)).toEqual([snap.scenario.accessRules[0]!.id]);
    expect(s.map.areas.map((a) => a.id)).toEqual(['seoul']);
    expect(s.map.airports.map((a) => a.id)).toEqual(['RKSI']);
  });

  it('one partner: their tasking only, without the crisis cell\'s own data', () => {
    const s = summarise(snap, p, { partner: 'us-af' });
    expect(s.header).toMatchObject({ variant: 'partner', partnerId: 'us-af', title: 'Tasking of US Air Force' });
    expect(s.tasking.map((t) => t.partnerId)).toEqual(['us-af']);
    expect(s.tasking[0]!.sortieRows).toHaveLength(2);
    expect(s.departures).toBeNull();
    expect(s.callForward).toBeNull();
    expect(s.leftBehind).toBeNull();
    // What a liaison may not read stays off their paper, whoever prints it.
    expect(s.restrictions).toBeNull();
    expect(s.map).toMatchObject({ areas: [], legs: [], hazards: [] });
    expect(s.map.airports.map((a) => a.id)).toEqual(['RKSI']);
    // Priorities are those of the whole plan, not re-derived from their sorties alone.
    expect(s.tasking[0]!.sortieRows[0]!.outByPriority).toEqual({ p1: 0, p2: 0, p3: 150 });
    const fromPus = summarise(snap, p, { partner: 'jal', airport: 'PUS' });
    expect(fromPus.header.title).toBe('Tasking of Japan Airlines from PUS — Gimhae');
    expect(fromPus.tasking[0]!.sortieRows.map((r) => r.originLabel)).toEqual(['PUS']);
  });

  it('reports an unknown airport or partner instead of printing an empty page', () => {
    const bad = buildPlanSummary(snap, p, { ...PRINTED, airport: 'XXX' });
    expect(bad).toMatchObject({ ok: false, error: 'unknown_airport', field: 'airport' });
    expect(buildPlanSummary(snap, p, { ...PRINTED, partner: 'nobody' })).toMatchObject({ ok: false, error: 'unknown_partner' });
  });
});

describe('buildPlanCsv', () => {
  const snap = base();
  const p = plan(snap, demoSorties());

  it('writes one row per allocation, a sortie without passengers as one row', () => {
    const r = buildPlanCsv(snap, p, {});
    if (!r.ok) throw new Error(r.message);
    const lines = r.csv.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^plan_id,plan_version,sortie_id,depart_at_utc,/);
    // 5 sorties: 2 allocations on the first (one of 0), 1 on three, none on the last.
    expect(lines).toHaveLength(1 + 2 + 1 + 1 + 1 + 1);
    const header = lines[0]!.split(',');
    const first = lines[1]!.split(',');
    const col = (row: string[], name: string) => row[header.indexOf(name)];
    expect(col(first, 'origin')).toBe('ICN');
    expect(col(first, 'partner')).toBe('Japan Airlines');
    expect(col(first, 'passengers')).toBe('60');
    expect(col(first, 'priority1')).toBe('20');
    expect(col(first, 'move_at_utc')).toMatch(/^2030-03-01T0[0-4]:[0-5][05]:00.000Z$/);
    const empty = lines.at(-1)!.split(',');
    expect(col(empty, 'assembly_area_id')).toBe('');
    expect(col(empty, 'sortie_passengers')).toBe('0');
  });

  it('selects like the summary does', () => {
    const r = buildPlanCsv(snap, p, { partner: 'us-af' });
    expect(r.ok && r.csv.trimEnd().split('\r\n')).toHaveLength(3);
  });

  it('quotes by RFC 4180 and defuses spreadsheet formulas', () => {
    expect(csvField('Seoul, Incheon')).toBe('"Seoul, Incheon"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1+1')).toBe("'-1+1");
    expect(csvField(12)).toBe('12');
    expect(csvField(null)).toBe('');
    expect(csvField(false)).toBe('false');
  });
});

describe('buildPlanSummary over the demo data', () => {
  const data = loadDemoData();
  const scenario = data.scenarios.find((s) => s.id === 'korea')!;
  const snap: PlanningSnapshot = {
    scenario, areas: data.areas.filter((a) => scenario.countries.includes(a.country)),
    airports: data.airports, offers: data.offers, partners: data.partners,
  };
  const { sorties } = greedyPlan(snap);
  const s = summarise(snap, plan(snap, sorties));

  it('is consistent: every section sums to the same people', () => {
    expect([...Value.Errors(PlanSummary, s)].slice(0, 3)).toEqual([]);
    const out = s.totals.all.out;
    expect(out).toBe(computeMetrics(snap, { sorties }).peopleOut);
    expect(s.departures!.reduce((n, d) => n + d.passengers, 0)).toBe(s.totals.passengers);
    expect(s.tasking.reduce((n, t) => n + t.passengers, 0)).toBe(s.totals.passengers);
    expect(s.callForward!.reduce((n, c) => n + c.planned, 0)).toBe(s.totals.passengers);
    expect(s.totals.all.left).toBe(s.leftBehind!.left);
    expect(s.map.legs.reduce((n, l) => n + l.passengers, 0)).toBe(s.totals.passengers);
    expect(s.callForward!.every((c) => c.moves.every((m) => !m.beforeStart && m.groundIssue === null))).toBe(true);
  });

  it('prints the SDF denial over South Korea among the restrictions', () => {
    expect(s.restrictions!.accessRules.some((r) => r.scopeId === 'KR' && r.category === 'sdf' && r.effect === 'deny')).toBe(true);
    expect(s.map.airports.find((a) => a.id === 'RKSI')?.sdfDenied).toBe(true);
  });
});

describe('buildPlanSummary — who leaves first and the policy planned with', () => {
  it('prints when each priority is out, the inversion count and the plan\'s policy', () => {
    const snap = base();
    const policy = presetPolicy('clear_fastest');
    const s = summarise(snap, plan(snap, demoSorties(), { policy }));
    expect(s.header.policy).toEqual(policy);
    const m = computeMetrics(snap, { sorties: demoSorties() });
    expect(s.totals.byPriority).toEqual({
      meanHour: m.meanDepartureHourByPriority, lastHour: m.lastDepartureHourByPriority, inversions: m.priorityInversions,
    });
    expect(s.totals.byPriority!.lastHour.p1).toBe(8); // Busan's priority 1 leave from PUS at H+8
    expect(describePolicy(policy)).toBe('Clear fastest: people out (a person P1 1 · P2 1 · P3 1), then clearance (last departure), then priority-weighted waiting (an hour P1 3 · P2 2 · P3 1), then ground travel, then sorties flown');
    expect(Value.Check(PlanSummary, s)).toBe(true);
    // A plan stored as given carries no policy; a selection has no whole-plan priority figures.
    expect(summarise(snap, plan(snap, demoSorties(), { policy: null })).header.policy).toBeNull();
    expect(summarise(snap, plan(snap, demoSorties()), { airport: 'ICN' }).totals.byPriority).toBeUndefined();
  });
});
