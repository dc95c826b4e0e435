import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { ARTIFACTS, apiClient, canvasStats, launch, mapPoint, mapSettled, signIn, waitForMapIdle, type Browser } from './browser.ts';

const env = inject('browserEnv');
const skip = 'skip' in env ? env.skip : null;
if (skip) console.warn(`[browser tests] ${skip}`);

interface PlanLite { id: string; version: number; sorties: { id: string; originAirportId: string; allocations: { assemblyAreaId: string; passengers: number; locked: boolean }[] }[] }

describe.skipIf(!!skip)('map planner in Chromium', () => {
  const { baseUrl, chromium } = env as { baseUrl: string; chromium: string };
  let b: Browser;
  let api: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    b = await launch(chromium, baseUrl);
    api = apiClient(b.page, baseUrl, await signIn(b.page, baseUrl));
  });
  afterAll(async () => {
    await b?.close();
  });

  const open = async (query: string) => {
    await b.page.goto(`${baseUrl}/${query}`);
    await waitForMapIdle(b.page);
  };
  const jumpTo = async (lon: number, lat: number, zoom: number) => {
    await b.page.evaluate(([lo, la, z]) => (window as unknown as { __neoMap: { jumpTo: (o: unknown) => void } }).__neoMap.jumpTo({ center: [lo, la], zoom: z }), [lon, lat, zoom]);
    await mapSettled(b.page);
  };
  const clickMap = async (lon: number, lat: number) => {
    const p = await mapPoint(b.page, lon, lat);
    await b.page.mouse.click(p.x, p.y);
  };

  it('renders the demo scenario on the offline map, with no request leaving the machine', async () => {
    await open('');
    const shot = path.join(ARTIFACTS, 'planner-map.png');
    await b.page.screenshot({ path: shot });
    const stats = await canvasStats(b.page);
    writeFileSync(path.join(ARTIFACTS, 'planner-map.json'), JSON.stringify(stats, null, 2));
    expect(stats.width).toBeGreaterThan(500);
    // Sea, land, theatre, borders, area circles, airport marks: many colours, a large share not sea.
    expect(stats.colours).toBeGreaterThan(30);
    expect(stats.nonBackground).toBeGreaterThan(0.2);
    const rendered = await b.page.evaluate(() => {
      const map = (window as unknown as { __neoMap: { queryRenderedFeatures: (o: unknown) => { properties: { point_count?: number } }[] } }).__neoMap;
      // Areas drawn one by one or inside a cluster (the theatre framed below zoom 5 is clustered).
      return { areas: map.queryRenderedFeatures({ layers: ['area-circles', 'area-clusters'] }).reduce((n, f) => n + (f.properties.point_count ?? 1), 0), airports: map.queryRenderedFeatures({ layers: ['airport-circles'] }).length, land: map.queryRenderedFeatures({ layers: ['land'] }).length };
    });
    expect(rendered.areas).toBeGreaterThan(5);
    expect(rendered.airports).toBeGreaterThan(5);
    expect(rendered.land).toBeGreaterThan(3);
    // SDF denial is said once for the country (a badge over the map), not as a ring on every airport.
    expect(await b.page.getByTestId('sdf-badge').first().textContent()).toMatch(/SDF denied: KR/);
    expect(b.foreignRequests).toEqual([]);
    expect(b.errors).toEqual([]);
  });

  it('runs the matcher on a scenario and shows the plan: figures, left behind, lines on the map', async () => {
    await open('?scenario=taiwan-blockade');
    await b.page.getByRole('button', { name: 'Run the matcher' }).click();
    // The run is a job on the server's queue: its phase and progress show over the map until it ends.
    const progress = b.page.locator('.job-progress');
    await progress.waitFor();
    expect(await progress.getAttribute('data-job-phase')).toMatch(/^(queued|model|greedy|lp|rounding|mip|post-pass|decode|done)$/);
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'planner-job-progress.png') });
    await b.page.locator('[data-testid="people-out"]').waitFor({ timeout: 90_000 });
    const out = Number((await b.page.locator('[data-testid="people-out"]').textContent())!.replace(/,/g, ''));
    expect(out).toBeGreaterThan(1000);
    await expect.poll(() => b.page.locator('.chip-draft').count()).toBe(1);
    await b.page.getByRole('region', { name: 'Departures timeline' }).waitFor();
    await mapSettled(b.page);
    const lines = await b.page.evaluate(() => (window as unknown as { __neoMap: { querySourceFeatures: (s: string) => unknown[] } }).__neoMap.querySourceFeatures('allocation-lines').length);
    expect(lines).toBeGreaterThan(0);
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'planner-optimized.png') });
  });

  it('cancels a running matcher job from its progress card: nothing is saved, the planner says so', async () => {
    await open('?scenario=concurrent');
    const plansBefore = (await api.get<unknown[]>('/plans?scenarioId=concurrent')).length;
    await b.page.getByRole('button', { name: 'Run the matcher' }).click();
    const progress = b.page.locator('.job-progress');
    await progress.waitFor();
    await progress.getByRole('button', { name: 'Cancel the run' }).click();
    await b.page.getByText('The matcher run was cancelled').waitFor({ timeout: 30_000 });
    expect(await progress.count()).toBe(0);
    expect((await api.get<unknown[]>('/plans?scenarioId=concurrent')).length).toBe(plansBefore);
    expect(b.errors).toEqual([]);
  });

  it('shows the access violation when people are put on an SDF sortie at an airport where SDF is denied', async () => {
    const plan = await api.post<PlanLite>('/scenarios/korea/plans?wait=true', { name: 'Browser test — SDF edit' });
    await open(`?scenario=korea&plan=${plan.id}`);
    await expect.poll(() => b.page.locator('[data-testid="violation-count"]').textContent()).toBe('0');
    // Gimhae (PUS): click it on the map, add a JASDF C-2 sortie there.
    await jumpTo(129.0, 35.18, 9);
    await clickMap(128.938004, 35.179501);
    await b.page.getByRole('region', { name: /Airport Gimhae/ }).waitFor();
    await b.page.getByLabel('Lift offer for the new sortie').selectOption({ value: 'offer-jp-c2-1' });
    await b.page.getByRole('button', { name: 'Add sortie' }).click();
    // Busan: the SDF sortie at PUS is not offered for its people — only sorties that can legally take them are.
    await clickMap(129.075, 35.18);
    await b.page.getByRole('region', { name: /Assembly area Busan/ }).waitFor();
    const select = b.page.getByLabel('Sortie to add people to');
    expect(await select.locator('option', { hasText: 'Kawasaki C-2' }).count()).toBe(0);
    // A fresh optimal plan fills every seat: any option offered names its free seats, else the list says none can.
    const offered = await select.locator('option').allTextContents();
    if (offered.length > 1) expect(offered[1]).toMatch(/seats? free/);
    else expect(offered[0]).toMatch(/No sortie can take them/);
    // The SDF sortie itself breaks the access rule: the airport's list says so.
    await clickMap(128.938004, 35.179501);
    await b.page.getByRole('region', { name: /Airport Gimhae/ }).waitFor();
    const violation = b.page.locator('.violations li', { hasText: 'may not depart from PUS' }).first();
    await violation.waitFor({ timeout: 20_000 });
    expect(await violation.textContent()).toMatch(/sdf aircraft of JP may not depart from PUS .*SDF aircraft/i);
    // The Overview lists it too, with a link that flies the map there.
    await b.page.getByRole('tab', { name: /Overview/ }).click();
    expect(Number(await b.page.locator('[data-testid="violation-count"]').textContent())).toBeGreaterThan(0);
    await b.page.locator('.violations li', { hasText: 'may not depart from PUS' }).first().getByRole('button', { name: 'Show on map' }).click();
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'planner-sdf-violation.png') });
    expect(await b.page.locator('.chip-unsaved').count()).toBe(1);
  });

  it('says so when someone else saved first, and keeps my edits as a copy', async () => {
    const plan = await api.post<PlanLite>('/scenarios/korea/plans?wait=true', { name: 'Browser test — conflict' });
    await open(`?scenario=korea&plan=${plan.id}`);
    // My edit: lock the first allocation of the biggest area.
    const sortie = plan.sorties.find((s) => s.allocations.some((a) => a.assemblyAreaId === 'kr-seoul-capital-area'))!;
    await jumpTo(126.99, 37.56, 8);
    await clickMap(126.99, 37.56);
    await b.page.getByRole('region', { name: /Assembly area Seoul/ }).waitFor();
    await b.page.locator(`tr[data-sortie="${sortie.id}"]`).getByRole('button', { name: 'Lock' }).click();
    await b.page.locator('.chip-unsaved').waitFor();
    // Someone else saves the plan meanwhile.
    await api.put(`/plans/${plan.id}`, { sorties: plan.sorties }, { 'if-match': `"${plan.version}"` });
    await b.page.getByRole('button', { name: 'Save', exact: true }).click();
    const dialog = b.page.getByRole('dialog', { name: 'Someone else saved this plan first' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/saved by someone else since you opened it/);
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'planner-conflict.png') });
    await dialog.getByRole('button', { name: 'Keep mine as a copy' }).click();
    await b.page.getByText(/Your edits were saved as a new plan/).waitFor({ timeout: 90_000 });
    const copyId = new URL(b.page.url()).searchParams.get('plan');
    expect(copyId).not.toBe(plan.id);
    const copy = await api.get<PlanLite>(`/plans/${copyId}`);
    expect(copy.sorties.some((s) => s.allocations.some((a) => a.assemblyAreaId === 'kr-seoul-capital-area' && a.locked))).toBe(true);
    const theirs = await api.get<PlanLite>(`/plans/${plan.id}`);
    expect(theirs.version).toBe(plan.version + 1);
  });

  it('closes an airport when a hazard zone is drawn over it, and saves the zone to the scenario', async () => {
    const scenario = await api.post<{ id: string; hazardZones: unknown[] }>('/scenarios/korea/duplicate', { name: 'Browser test — hazard over Gimpo' });
    await open(`?scenario=${scenario.id}`);
    await b.page.getByRole('tab', { name: 'Hazard zones' }).click();
    await b.page.getByRole('button', { name: 'Edit hazard zones on the map' }).click();
    await b.page.getByRole('button', { name: 'Draw rectangle' }).click();
    await jumpTo(126.79, 37.56, 9);
    await b.page.waitForTimeout(300);
    const a = await mapPoint(b.page, 126.70, 37.50);
    const c = await mapPoint(b.page, 126.88, 37.62);
    await b.page.mouse.click(a.x, a.y);
    await b.page.mouse.move((a.x + c.x) / 2, (a.y + c.y) / 2, { steps: 4 });
    await b.page.mouse.move(c.x, c.y, { steps: 4 });
    await b.page.mouse.click(c.x, c.y);
    const zone = b.page.locator('.list li', { hasText: 'Closes' }).filter({ hasText: 'GMP' });
    await zone.waitFor({ timeout: 10_000 });
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'planner-hazard-drawn.png') });
    await b.page.getByRole('button', { name: 'Save zones to the scenario' }).click();
    await b.page.getByText(/Hazard zones saved .*closed: .*GMP/).waitFor({ timeout: 20_000 });
    const saved = await api.get<{ hazardZones: { id: string }[]; version: number }>(`/scenarios/${scenario.id}`);
    expect(saved.hazardZones.length).toBe(scenario.hazardZones.length + 1);
    await mapSettled(b.page);
    const gimpo = await b.page.evaluate(() => (window as unknown as { __neoMap: { querySourceFeatures: (s: string, o: unknown) => { properties: { state: string } }[] } }).__neoMap
      .querySourceFeatures('airports', { filter: ['==', ['get', 'id'], 'RKSS'] })[0]?.properties.state);
    expect(gimpo).toBe('hazard');
    expect(b.errors).toEqual([]);
  });

  it('compares a what-if copy that allows SDF aircraft in Taiwan with the base scenario, side by side', async () => {
    await api.post('/scenarios/taiwan-invasion/plans?wait=true', { name: 'Browser test — base' });
    await open('?scenario=taiwan-invasion');
    await b.page.getByRole('tab', { name: 'What-if' }).click();
    await b.page.getByRole('button', { name: 'Copy as what-if' }).click();
    await b.page.getByText(/Created the what-if scenario/).waitFor({ timeout: 20_000 });
    await b.page.getByRole('button', { name: 'Allow SDF aircraft in TW (what-if)' }).click();
    await b.page.locator('.rules li', { hasText: 'Allow SDF of JP at TW' }).waitFor({ timeout: 20_000 });
    await b.page.locator('.plan-pick', { hasText: 'B — what-if' }).getByRole('button', { name: /Run the matcher/ }).click();
    const sdfRow = b.page.locator('[data-testid="compare-outcome"] tr[data-row="sdf"]');
    await sdfRow.waitFor({ timeout: 90_000 });
    const cells = await sdfRow.locator('td').allTextContents();
    expect(Number(cells[0])).toBe(0);
    expect(Number(cells[1])).toBeGreaterThan(0);
    expect(await b.page.locator('[data-testid="compare-sorties-by-partner"]').textContent()).toMatch(/Japan Air Self-Defense Force/);
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'planner-what-if.png') });
  });

  it('re-optimizes the rest of a plan and keeps the allocation locked on the map page', async () => {
    const plan = await api.post<PlanLite>('/scenarios/korea/plans?wait=true', { name: 'Browser test — re-optimize' });
    await open(`?scenario=korea&plan=${plan.id}`);
    const sortie = plan.sorties.find((s) => s.allocations.some((a) => a.assemblyAreaId === 'kr-daegu'))!;
    const before = sortie.allocations.find((a) => a.assemblyAreaId === 'kr-daegu')!;
    await jumpTo(128.6017, 35.8717, 8);
    await clickMap(128.6017, 35.8717);
    await b.page.getByRole('region', { name: /Assembly area Daegu/ }).waitFor();
    await b.page.locator(`tr[data-sortie="${sortie.id}"]`).getByRole('button', { name: 'Lock' }).click();
    await b.page.getByRole('button', { name: 'Re-optimize the rest' }).click();
    await b.page.getByText(/Re-optimized around the locked allocations/).waitFor({ timeout: 90_000 });
    const after = await api.get<PlanLite>(`/plans/${plan.id}`);
    expect(after.version).toBe(plan.version + 2); // the draft's lock saved, then the re-plan
    const kept = after.sorties.find((s) => s.id === sortie.id)?.allocations.find((a) => a.assemblyAreaId === 'kr-daegu');
    expect(kept).toEqual({ ...before, locked: true });
    expect(await b.page.locator('.chip-unsaved').count()).toBe(0);
  });
});
