import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import path from 'node:path';
import { ARTIFACTS, apiClient, launch, signIn, waitForMapIdle, type Browser } from './browser.ts';

const env = inject('browserEnv');
const skip = 'skip' in env ? env.skip : null;

interface SortieLite { id: string; departAt: string; offerId: string; originAirportId: string; allocations: unknown[] }
interface PlanLite { id: string; status: string; sorties: SortieLite[]; solve: { keptSorties?: number }; metrics: { meanDepartureHourByPriority: { p1: number | null } } }

describe.skipIf(!!skip)('planning policy and re-plan from a time, in Chromium', () => {
  const { baseUrl, chromium } = env as { baseUrl: string; chromium: string };
  let b: Browser;
  let api: ReturnType<typeof apiClient>;
  let scenarioId: string;

  beforeAll(async () => {
    b = await launch(chromium, baseUrl);
    api = apiClient(b.page, baseUrl, await signIn(b.page, baseUrl));
    const copy = await api.post<{ id: string; version: number }>('/scenarios/korea/duplicate', { name: 'Browser test — policy and re-plan' });
    scenarioId = copy.id;
    // One day of lift for a week's demand: not everyone leaves, so who boards first is the policy's to say.
    await api.patch(`/scenarios/${scenarioId}`, { version: copy.version, horizonHours: 24 });
  });
  afterAll(async () => { await b?.close(); });

  const planId = () => new URL(b.page.url()).searchParams.get('plan')!;
  const policyTab = () => b.page.getByRole('tab', { name: 'Policy' }).click();
  /** Picks a preset in the Policy tab, saves it, runs a new plan and returns it. */
  async function planWith(title: string): Promise<PlanLite> {
    await policyTab();
    const panel = b.page.getByRole('region', { name: 'Planning policy' });
    await panel.getByRole('radio', { name: new RegExp(`^${title}`) }).check();
    await panel.getByRole('button', { name: 'Save policy' }).click();
    await b.page.getByText(`Policy "${title}" saved`).waitFor({ timeout: 30_000 });
    await b.page.getByRole('button', { name: 'New plan' }).click();
    await b.page.getByText(/Matcher finished/).waitFor({ timeout: 120_000 });
    await policyTab();
    await expect.poll(() => b.page.locator('[data-testid="plan-policy"]').textContent()).toBe(title);
    return api.get<PlanLite>(`/plans/${planId()}`);
  }

  let flat: PlanLite;
  let vulnerable: PlanLite;

  it('picks a preset, saves it with the scenario, re-runs; weights are visible, editable and checked', async () => {
    await b.page.goto(`${baseUrl}/?scenario=${scenarioId}`);
    await waitForMapIdle(b.page);
    flat = await planWith('Most people out');
    vulnerable = await planWith('Most vulnerable first');
    expect(await b.page.locator('[data-testid="p1-mean"]').textContent()).toMatch(/^P1 \d/);
    // Editing a weight makes the policy custom; the weights are visible and named.
    const panel = b.page.getByRole('region', { name: 'Planning policy' });
    await panel.getByLabel('Cost of one hour of waiting, P1').fill('12');
    expect(await panel.getByRole('radio', { name: /^Custom/ }).isChecked()).toBe(true);
    await panel.getByLabel('Cost of one hour of waiting, P3').fill('20');
    expect(await panel.getByRole('alert').textContent()).toMatch(/weights\.waitingHour\.p2/);
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'policy-1440.png') });
    await b.page.setViewportSize({ width: 390, height: 844 });
    await b.page.waitForTimeout(300);
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'policy-390.png'), fullPage: true });
    await b.page.setViewportSize({ width: 1440, height: 900 });
    await panel.getByRole('button', { name: 'Discard' }).click();
    expect(await panel.getByRole('radio', { name: /^Most vulnerable first/ }).isChecked()).toBe(true);
  });

  // The matcher models people per priority class (shared/plan/solve/flow.ts): "most people out" pools
  // them (every hour costs the same), "most vulnerable first" charges a priority-1 hour ten times a
  // priority-3 one. With a week's lift both get priority 1 out within the first hours (8.1 h against
  // 8.2 h, closer than the planning grid); with one day's lift for the same demand the pooled plan
  // boards whoever is nearest, and priority 1 leaves at ≈ 14.2 h against ≈ 8.2 h.
  it('changing the preset from "most people out" to "most vulnerable first" makes priority 1 leave earlier', () => {
    const [v, f] = [vulnerable.metrics.meanDepartureHourByPriority.p1!, flat.metrics.meanDepartureHourByPriority.p1!];
    expect(v, `priority 1 out at ${v.toFixed(2)} h (most vulnerable first) against ${f.toFixed(2)} h (most people out)`).toBeLessThan(f);
  });

  it('re-planning an approved plan from a time in its middle keeps the departed sorties in a copy', async () => {
    const approvedId = planId();
    await b.page.getByRole('button', { name: 'Approve' }).click();
    await b.page.getByText(/Plan approved/).waitFor({ timeout: 60_000 });
    const approved = await api.get<PlanLite>(`/plans/${approvedId}`);
    expect(approved.status).toBe('approved');
    const times = approved.sorties.map((s) => Date.parse(s.departAt)).sort((x, y) => x - y);
    const from = new Date(Math.ceil(times[Math.floor(times.length / 2)]! / 3_600_000) * 3_600_000 + 1_800_000);
    await b.page.getByText('Re-plan from a time…').click();
    const form = b.page.getByRole('form', { name: 'Re-plan from a time' });
    await form.getByLabel('Re-plan from (UTC)').fill(from.toISOString().slice(0, 16));
    const departed = approved.sorties.filter((s) => Date.parse(s.departAt) < from.getTime());
    expect(departed.length).toBeGreaterThan(0);
    expect(await form.textContent()).toContain(`${departed.length} of ${approved.sorties.length} sorties depart before it`);
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'replan-form-1440.png') });
    await form.getByRole('button', { name: 'Copy and re-plan' }).click();
    await b.page.getByText(/Re-planned from .*: \d+ departed sorties kept/).waitFor({ timeout: 120_000 });
    const copyId = planId();
    expect(copyId).not.toBe(approvedId);
    const copy = await api.get<PlanLite>(`/plans/${copyId}`);
    expect(copy.solve.keptSorties).toBe(departed.length);
    const byId = new Map(copy.sorties.map((s) => [s.id, s]));
    for (const s of departed) expect(byId.get(s.id)).toEqual(s);
    const keptIds = new Set(departed.map((s) => s.id));
    expect(copy.sorties.filter((s) => !keptIds.has(s.id)).every((s) => Date.parse(s.departAt) >= from.getTime())).toBe(true);
    // The approved plan itself is as it was.
    expect((await api.get<PlanLite>(`/plans/${approvedId}`)).sorties).toEqual(approved.sorties);
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'replan-done-1440.png') });
    expect(b.errors).toEqual([]);
  });
});
