import type { Page } from 'playwright-core';
import type { Airport, AssemblyArea, LiftOffer, Partner, Scenario } from '../../shared/schemas/domain.ts';
import type { SeatRequest } from '../../shared/schemas/seat-requests.ts';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';
import { partnerDemandAreas } from '../../shared/plan/partner-demand.ts';

/**
 * The planning snapshot of a scenario built from the API the way the page builds it (use-planner-data.ts),
 * so a browser test can ask the real moveTargets which sorties must accept a drop.
 */
export async function snapshotOf(page: Page, baseUrl: string, scenarioId: string): Promise<PlanningSnapshot> {
  const get = async <T>(url: string): Promise<{ data: T; next: string | null }> => {
    const res = await page.request.get(`${baseUrl}/api${url}`);
    if (!res.ok()) throw new Error(`GET ${url}: ${res.status()}`);
    return { data: (await res.json()) as T, next: res.headers()['x-next-cursor'] ?? null };
  };
  const all = async <T>(url: string): Promise<T[]> => {
    const out: T[] = [];
    let cursor: string | null = null;
    do {
      const r: { data: T[]; next: string | null } = await get<T[]>(cursor ? `${url}?cursor=${encodeURIComponent(cursor)}` : url);
      out.push(...r.data);
      cursor = r.next;
    } while (cursor);
    return out;
  };
  const [scenario, areas, airports, offers, partners, requests] = await Promise.all([
    get<Scenario>(`/scenarios/${scenarioId}`).then((r) => r.data), all<AssemblyArea>('/assembly-areas'), all<Airport>('/airports'),
    all<LiftOffer>('/lift-offers'), all<Partner>('/partners'), get<SeatRequest[]>('/seat-requests?status=accepted').then((r) => r.data),
  ]);
  const inScenario = areas.filter((a) => scenario.countries.includes(a.country));
  const demand = partnerDemandAreas({ requests, partners, areas: inScenario, airports, countries: scenario.countries });
  return { scenario, areas: [...inScenario, ...demand], airports, offers, partners };
}
