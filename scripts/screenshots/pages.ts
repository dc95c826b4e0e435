import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { apiClient } from '../../test/browser/browser.ts';

type Api = ReturnType<typeof apiClient>;
export interface Shot { name: string; url: string; ready: string; as?: 'liaison'; schedule?: boolean }

/** The plans, operation and offer the pages show: a draft for the map, an approved plan run as an operation (its history has writes). */
export async function pagesToShoot(api: Api): Promise<Shot[]> {
  const draft = await api.post<{ id: string }>('/scenarios/korea/plans?wait=true', { name: 'Screenshots — draft', timeLimitSeconds: 20 });
  const approved = await api.post<{ id: string; version: number }>('/scenarios/korea/plans?wait=true', { name: 'Screenshots — approved', timeLimitSeconds: 20 });
  await api.post(`/plans/${approved.id}/approve`);
  const op = await api.post<{ operation: { id: string } }>('/operations', { planId: approved.id, clockAt: '2027-04-01T09:00:00Z' });
  await api.post(`/operations/${encodeURIComponent(op.operation.id)}/task-all`);
  const offerId = (await api.get<{ id: string }[]>('/lift-offers'))[0]!.id;
  const map = `/?scenario=korea&plan=${draft.id}`;
  return [
    { name: 'planner', url: map, ready: '[data-map-idle="true"]' },
    { name: 'planner-schedule', url: map, ready: '[data-map-idle="true"]', schedule: true },
    { name: 'plans', url: '/plans', ready: '.plans-table' },
    { name: 'offers', url: '/offers', ready: '.offers-table' },
    { name: 'liaison-portal', url: '/offers', ready: 'main h1', as: 'liaison' },
    { name: 'operations', url: '/operations', ready: 'main h1' },
    { name: 'operation', url: `/operations/${encodeURIComponent(op.operation.id)}`, ready: '[data-testid="live-state"]' },
    { name: 'accounts', url: '/accounts', ready: '.accounts-table' },
    { name: 'import', url: '/import', ready: '.import-form' },
    { name: 'history', url: `/history/plan/${encodeURIComponent(approved.id)}`, ready: '.history-event, .empty' },
    { name: 'offer-history', url: `/history/lift_offer/${encodeURIComponent(offerId)}`, ready: '.history-event, .empty' },
    { name: 'print', url: `/plans/${approved.id}/print`, ready: '[data-print-ready="true"]' },
  ];
}

const VIEWPORTS = [{ width: 1440, height: 900 }, { width: 390, height: 844 }] as const;

/** Each page at each size; a page that does not get ready is still shot (the picture shows why) and named. */
export async function shootAll(o: { baseUrl: string; out: string; planner: Page; liaison: Page; pages: Shot[]; docs: string | null }): Promise<string[]> {
  const written: string[] = [];
  for (const vp of VIEWPORTS) {
    for (const s of o.pages) {
      const page = s.as === 'liaison' ? o.liaison : o.planner;
      await page.setViewportSize(vp);
      await page.goto(`${o.baseUrl}${s.url}`);
      await page.waitForSelector(s.ready, { state: 'attached', timeout: 120_000 }).catch(() => console.warn(`${s.name} @${vp.width}: not ready (${s.ready})`));
      if (s.schedule) await page.getByRole('button', { name: 'Schedule' }).click();
      await page.waitForTimeout(800);
      const file = path.join(o.out, `${s.name}-${vp.width}.png`);
      await page.screenshot({ path: file });
      written.push(file);
      if (o.docs && s.name === 'planner' && vp.width === 1440) {
        mkdirSync(o.docs, { recursive: true });
        await page.screenshot({ path: path.join(o.docs, 'planner-1440.jpg'), type: 'jpeg', quality: 72 });
      }
    }
  }
  return written;
}
