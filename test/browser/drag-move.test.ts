import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import path from 'node:path';
import type { Sortie } from '../../shared/schemas/domain.ts';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';
import { moveTargets } from '../../client/src/features/planner/map-view/move-targets.ts';
import { ARTIFACTS, apiClient, launch, mapSettled, signIn, waitForMapIdle, type Browser } from './browser.ts';
import { snapshotOf } from './drag-snapshot.ts';
import { shortName } from '../../client/src/features/planner/map-view/short-name.ts';

const env = inject('browserEnv');
const skip = 'skip' in env ? env.skip : null;

interface PlanLite { id: string; sorties: Sortie[] }
const used = (s: Sortie) => s.allocations.reduce((n, a) => n + a.passengers, 0);

/** Drag an area's people onto a sortie: only the legal targets accept, the count dialog checks the rules (issue 13). */
describe.skipIf(!!skip)('drag-move of passengers onto sortie bars (Chromium)', () => {
  const { baseUrl, chromium } = env as { baseUrl: string; chromium: string };
  let b: Browser;
  let plan: PlanLite;
  let snap: PlanningSnapshot;
  // An area with people on a sortie that has both legal and illegal targets (a full sortie among the illegal).
  let pick: { areaId: string; name: string; from: string; legal: Set<string> };
  let roomyIllegal: string | null = null;

  beforeAll(async () => {
    b = await launch(chromium, baseUrl);
    const csrf = await signIn(b.page, baseUrl);
    plan = await apiClient(b.page, baseUrl, csrf).post<PlanLite>('/scenarios/korea/plans?wait=true', { name: 'Browser test — drag-move', timeLimitSeconds: 20 });
    snap = await snapshotOf(b.page, baseUrl, 'korea');
    const seats = new Map(snap.offers.map((o) => [o.id, o.seatsPerSortie]));
    const candidates = plan.sorties.flatMap((s) => s.allocations.map((a) => ({ areaId: a.assemblyAreaId, from: s.id })))
      .map((c) => ({ ...c, legal: new Set(moveTargets(snap, plan.sorties, c.areaId, c.from).map((x) => x.sortie.id)) }))
      .filter((c) => c.legal.size > 0 && c.legal.size < plan.sorties.length - 5 && snap.areas.some((a) => a.id === c.areaId && !a.id.startsWith('demand')));
    // Prefer an area for which some sortie with free seats is still illegal (too early, out of reach, access denied):
    // a bar that looks like room but must refuse the drop.
    const roomy = (c: { legal: Set<string>; from: string }) => plan.sorties.filter((s) => !c.legal.has(s.id) && s.id !== c.from && used(s) < (seats.get(s.offerId) ?? 0)).length;
    const c = candidates.sort((x, y) => Math.min(1, roomy(y)) - Math.min(1, roomy(x)) || y.legal.size - x.legal.size)[0]!;
    roomyIllegal = plan.sorties.find((s) => !c.legal.has(s.id) && s.id !== c.from && used(s) < (seats.get(s.offerId) ?? 0))?.id ?? null;
    pick = { ...c, name: snap.areas.find((a) => a.id === c.areaId)!.name };
    console.log(`drag-move: ${pick.areaId} from ${pick.from}: ${pick.legal.size} legal of ${plan.sorties.length}; illegal with seats left: ${roomyIllegal ?? 'none'}`);
    // The illegal ones include full sorties and ones from airports the area cannot reach: what the bars must refuse.
    expect(plan.sorties.some((s) => !c.legal.has(s.id) && used(s) >= (seats.get(s.offerId) ?? 0))).toBe(true);
  });
  afterAll(async () => { await b?.close(); });

  const openArea = async () => {
    await b.page.goto(`${baseUrl}/?scenario=korea&plan=${plan.id}`);
    await waitForMapIdle(b.page, 150_000);
    await mapSettled(b.page);
    await b.page.locator('.map-search input').fill(`${shortName(pick.name)} — ${pick.name}`);
    await b.page.getByRole('region', { name: `Assembly area ${pick.name}` }).waitFor();
  };
  /** Presses on the grip and moves a little: the drag starts, the schedule opens with every bar marked. */
  const startDrag = async () => {
    const grip = b.page.locator(`tr[data-sortie="${pick.from}"] .drag-handle`);
    await grip.scrollIntoViewIfNeeded();
    const g = (await grip.boundingBox())!;
    await b.page.mouse.move(g.x + g.width / 2, g.y + g.height / 2);
    await b.page.mouse.down();
    await b.page.mouse.move(g.x + 40, g.y + 10, { steps: 4 });
    await expect.poll(() => b.page.locator('.gantt-bar[data-drop]').count(), { timeout: 10_000 }).toBe(plan.sorties.length);
  };
  const dropOn = async (id: string) => {
    const bar = b.page.locator(`.gantt-bar[data-sortie="${id}"]`);
    await bar.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
    const r = (await bar.boundingBox())!;
    await b.page.mouse.move(r.x + r.width / 2, r.y + r.height / 2, { steps: 4 });
    await b.page.mouse.move(r.x + r.width / 2 + 1, r.y + r.height / 2, { steps: 1 });
    await b.page.mouse.up();
  };
  const title = (id: string) => b.page.locator(`.gantt-bar[data-sortie="${id}"]`).getAttribute('title');

  it('marks exactly the legal targets droppable; a drop on another bar changes nothing', async () => {
    await openArea();
    // The drop that must do nothing: on a bar with seats left if there is one, else on a full one.
    const illegal = plan.sorties.find((s) => s.id === roomyIllegal) ?? plan.sorties.find((s) => !pick.legal.has(s.id) && s.id !== pick.from)!;
    await b.page.getByRole('button', { name: 'Schedule' }).click();
    const before = await title(illegal.id);
    await startDrag();
    const marked = await b.page.$$eval('.gantt-bar[data-drop="yes"]', (els) => els.map((e) => (e as HTMLElement).dataset.sortie!));
    expect(new Set(marked)).toEqual(pick.legal);
    const seats = new Map(snap.offers.map((o) => [o.id, o.seatsPerSortie]));
    if (roomyIllegal) expect(await b.page.locator(`.gantt-bar[data-sortie="${roomyIllegal}"]`).getAttribute('data-drop')).toBe('no');
    expect(plan.sorties.filter((s) => marked.includes(s.id) && used(s) >= (seats.get(s.offerId) ?? 0))).toEqual([]);
    // Each legal bar shows its free seats, as moveTargets counts them.
    const free = new Map(moveTargets(snap, plan.sorties, pick.areaId, pick.from).map((x) => [x.sortie.id, x.free]));
    for (const id of marked.slice(0, 5)) expect(await title(id)).toContain(`${free.get(id)} seat`);
    // The map marks only the airports of legal targets, each naming its earliest legal sortie.
    const targets = moveTargets(snap, plan.sorties, pick.areaId, pick.from);
    const marks = await b.page.$$eval('.map-drop', (els) => els.map((e) => [(e as HTMLElement).dataset.dropAirport!, (e as HTMLElement).dataset.dropSortie!] as const));
    expect(new Map(marks)).toEqual(new Map([...new Set(targets.map((x) => x.sortie.originAirportId))].map((a) => [a, targets.find((x) => x.sortie.originAirportId === a)!.sortie.id])));
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'drag-move-1440.png') });
    await dropOn(illegal.id);
    await b.page.waitForTimeout(300);
    expect(await b.page.getByTestId('drop-dialog').count()).toBe(0);
    expect(await b.page.locator('.gantt-bar[data-drop]').count()).toBe(0);
    expect(await title(illegal.id)).toBe(before);
    expect(await b.page.locator('.chip-unsaved').count()).toBe(0);
  });

  it('a drop on an airport the map marks asks about its earliest legal sortie; Cancel changes nothing', async () => {
    // The schedule opens over the map's lower half: bring the first marked airport into the upper half.
    const first = moveTargets(snap, plan.sorties, pick.areaId, pick.from)[0]!.sortie.originAirportId;
    const a = snap.airports.find((x) => x.id === first)!;
    await b.page.evaluate(([lon, lat]) => {
      const map = (window as unknown as { __neoMap: { jumpTo: (o: unknown) => void; panBy: (p: [number, number], o: unknown) => void } }).__neoMap;
      map.jumpTo({ center: [lon, lat], zoom: 7 });
      map.panBy([0, 220], { animate: false });
    }, [a.lon, a.lat]);
    await startDrag();
    const mark = b.page.locator(`.map-drop[data-drop-airport="${first}"]`);
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'drag-move-map-1440.png') });
    const r = (await mark.boundingBox())!;
    await b.page.mouse.move(r.x + r.width / 2, r.y + r.height / 2, { steps: 4 });
    await b.page.mouse.move(r.x + r.width / 2 + 1, r.y + r.height / 2, { steps: 1 });
    await b.page.mouse.up();
    const dialog = b.page.getByTestId('drop-dialog');
    await dialog.waitFor();
    expect(await mark.count()).toBe(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await b.page.locator('.chip-unsaved').count()).toBe(0);
  });

  it('a drop on a legal bar asks how many, says whether a rule breaks, and moves them', async () => {
    await startDrag();
    const to = [...pick.legal][0]!;
    const target = plan.sorties.find((s) => s.id === to)!;
    const have = plan.sorties.find((s) => s.id === pick.from)!.allocations.find((a) => a.assemblyAreaId === pick.areaId)!.passengers;
    const free = moveTargets(snap, plan.sorties, pick.areaId, pick.from).find((x) => x.sortie.id === to)!.free;
    await dropOn(to);
    const dialog = b.page.getByTestId('drop-dialog');
    await dialog.waitFor();
    const count = dialog.getByRole('spinbutton');
    expect(Number(await count.inputValue())).toBe(Math.min(free, have));
    await expect.poll(() => dialog.getByText(/No rule is broken by this move|would break/).count()).toBeGreaterThan(0);
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'drag-move-dialog-1440.png') });
    const n = Math.max(1, Math.min(free, have) - 1);
    await count.fill(String(n));
    await dialog.getByRole('button', { name: /^Move( anyway)?$/ }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const seats = snap.offers.find((o) => o.id === target.offerId)!.seatsPerSortie;
    await expect.poll(() => title(to)).toContain(`${used(target) + n}/${seats} seats`);
    const fromSortie = plan.sorties.find((s) => s.id === pick.from)!;
    const fromSeats = snap.offers.find((o) => o.id === fromSortie.offerId)!.seatsPerSortie;
    expect(await title(pick.from)).toContain(`${used(fromSortie) - n}/${fromSeats} seats`);
    await b.page.locator('.chip-unsaved').waitFor();
    expect(b.errors).toEqual([]);
  });

  it('on a phone (390 × 844) the Move… list offers only the legal targets', async () => {
    await b.page.setViewportSize({ width: 390, height: 844 });
    plan = { ...plan, sorties: (await apiClient(b.page, baseUrl, '').get<PlanLite>(`/plans/${plan.id}`)).sorties };
    pick.legal = new Set(moveTargets(snap, plan.sorties, pick.areaId, pick.from).map((x) => x.sortie.id));
    b.page.once('dialog', (d) => void d.accept());
    await openArea();
    const row = b.page.locator(`tr[data-sortie="${pick.from}"]`);
    await row.getByRole('button', { name: 'Move…' }).click();
    const options = await row.getByRole('combobox', { name: 'Move to sortie' }).locator('option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value).filter(Boolean));
    expect(new Set(options)).toEqual(pick.legal);
    expect(await b.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'drag-move-list-390.png') });
    expect(b.errors).toEqual([]);
  });
});
