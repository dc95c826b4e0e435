import { expect } from 'vitest';
import type { Session, TestApp } from './app.ts';
import type { OperationSortie, OperationView } from '../../shared/schemas/operation.ts';
import { upsertCountry } from '../../server/repositories/countries.repository.ts';

export const WORLD_START = '2027-04-01T00:00:00.000Z';

/**
 * A small world in an empty database, so the matcher solves it in a moment: two assembly areas
 * near Seoul, two Korean airports and one in Japan, two civil partners with one accepted offer each.
 */
export async function tinyWorld(t: TestApp, planner: Session, tag = Math.random().toString(36).slice(2, 7), sorties = 6) {
  await upsertCountry(t.database.db, { code: 'KR', name: 'Republic of Korea' });
  await upsertCountry(t.database.db, { code: 'JP', name: 'Japan' });
  const post = async <T>(url: string, payload: unknown): Promise<T> => {
    const res = await t.as(planner, { method: 'POST', url, payload: payload as Record<string, unknown> });
    expect(res.statusCode, `${url} ${res.body}`).toBeLessThan(300);
    return res.json() as T;
  };
  const areas = [
    await post<{ id: string }>('/api/assembly-areas', { id: `ex-seoul-${tag}`, country: 'KR', zone: 'KR-main', name: `Seoul ${tag}`, lat: 37.57, lon: 126.98, residents: 120, priority1: 20, priority2: 40 }),
    await post<{ id: string }>('/api/assembly-areas', { id: `ex-suwon-${tag}`, country: 'KR', zone: 'KR-main', name: `Suwon ${tag}`, lat: 37.26, lon: 127.03, residents: 60, priority1: 10, priority2: 20 }),
  ];
  const airports = [
    await post<{ id: string }>('/api/airports', { id: `EXGMP${tag}`, iata: 'GMP', name: `Gimpo ${tag}`, country: 'KR', zone: 'KR-main', lat: 37.558, lon: 126.79, departuresPerHour: 4 }),
    await post<{ id: string }>('/api/airports', { id: `EXOSN${tag}`, iata: 'OSN', name: `Osan ${tag}`, country: 'KR', zone: 'KR-main', lat: 37.09, lon: 127.03, departuresPerHour: 4 }),
    await post<{ id: string }>('/api/airports', { id: `EXHND${tag}`, iata: 'HND', name: `Haneda ${tag}`, country: 'JP', zone: 'JP-main', lat: 35.55, lon: 139.78, departuresPerHour: 20 }),
  ];
  const partners = [
    await post<{ id: string }>('/api/partners', { id: `ex-air-a-${tag}`, name: `Air A ${tag}`, nation: 'AU', categories: ['civil'] }),
    await post<{ id: string }>('/api/partners', { id: `ex-air-b-${tag}`, name: `Air B ${tag}`, nation: 'GB', categories: ['civil'] }),
  ];
  const offers: string[] = [];
  for (const p of partners) {
    const o = await post<{ id: string; version: number }>('/api/lift-offers', {
      partnerId: p.id, aircraftType: 'Exercise jet', seatsPerSortie: 15, sorties, aircraftCount: 2,
      availableFrom: '2027-04-01T04:00:00Z', availableTo: '2027-04-02T12:00:00Z',
      originAirportIds: [airports[0]!.id, airports[1]!.id], destinationAirportId: airports[2]!.id, turnaroundHours: 6,
    });
    await post(`/api/lift-offers/${o.id}/decision`, { status: 'accepted' });
    offers.push(o.id);
  }
  const scenario = await post<{ id: string; startsAt: string; horizonHours: number }>('/api/scenarios', {
    id: `ex-scn-${tag}`, name: `Exercise ${tag}`, countries: ['KR'], startsAt: WORLD_START, horizonHours: 48,
  });
  return { scenario, areas: areas.map((a) => a.id), airports: airports.map((a) => a.id), partners: partners.map((p) => p.id), offers };
}

/** An approved plan of a tiny world, and an operation executing it at `clockHours` into the scenario. */
export async function newOperation(t: TestApp, planner: Session, opts: { clockHours?: number; sorties?: number; clock?: (departures: number[]) => number } = {}) {
  const world = await tinyWorld(t, planner, undefined, opts.sorties);
  const plan = await t.as(planner, { method: 'POST', url: `/api/scenarios/${world.scenario.id}/plans?wait=true`, payload: { name: 'Exec plan', timeLimitSeconds: 10 } });
  expect(plan.statusCode, plan.body).toBe(201);
  const planId = (plan.json() as { id: string }).id;
  const approve = await t.as(planner, { method: 'POST', url: `/api/plans/${planId}/approve` });
  expect(approve.statusCode, approve.body).toBe(200);
  const departures = (approve.json() as { sorties: { departAt: string }[] }).sorties.map((s) => Date.parse(s.departAt)).sort((a, b) => a - b);
  const clockAt = new Date(opts.clock ? opts.clock(departures) : Date.parse(world.scenario.startsAt) + (opts.clockHours ?? 0) * 3_600_000).toISOString();
  const res = await t.as(planner, { method: 'POST', url: '/api/operations', payload: { planId, clockAt } });
  expect(res.statusCode, res.body).toBe(201);
  return { ...world, planId, view: res.json() as OperationView };
}

export const step = (t: TestApp, who: Session, opId: string, s: Pick<OperationSortie, 'sortieId' | 'version'>, action: string, payload: Record<string, unknown> = {}) =>
  t.as(who, { method: 'POST', url: `/api/operations/${opId}/sorties/${s.sortieId}/${action}`, headers: { 'if-match': `"${s.version}"` }, payload });
