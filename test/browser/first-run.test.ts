import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, launch, type Browser } from './browser.ts';
import { startServer } from '../support/browser-setup.ts';

// A deployment without demo data (DEMO_DATA=off): the first visitor sees the first-run page, creates the
// first planner, is signed in and lands on the getting-started list; then imports a CSV file and adds
// an account in the UI. The sign-in page never names a demo account. Its own server and database.

const env = inject('browserEnv');
const skip = 'skip' in env ? env.skip : null;
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `first-run-${name}.png`), fullPage: true });

describe.skipIf(!!skip)('first run in Chromium', () => {
  const { chromium } = env as { chromium: string };
  let server: { proc: ChildProcess; baseUrl: string };
  let desk: Browser;
  let phone: Browser;

  beforeAll(async () => {
    server = await startServer(mkdtempSync(path.join(tmpdir(), 'neo-first-run-')), { DEMO_DATA: 'off' });
    desk = await launch(chromium, server.baseUrl);
    phone = await launch(chromium, server.baseUrl, { width: 390, height: 844 });
  });
  afterAll(async () => {
    await desk?.close();
    await phone?.close();
    server?.proc.kill('SIGTERM');
  });

  it('empty database → first-run page → create planner → signed in → getting started', async () => {
    const page = desk.page;
    await page.goto(server.baseUrl);
    await page.getByRole('heading', { name: 'Set up the planner' }).waitFor();
    expect(await page.content()).not.toMatch(/planner-demo|Demo accounts/);
    await phone.page.goto(server.baseUrl);
    await phone.page.getByRole('heading', { name: 'Set up the planner' }).waitFor();
    await shot(page, 'setup-1440');
    await shot(phone.page, 'setup-390');

    await page.getByLabel('Username').fill('chief');
    await page.getByLabel('Password (12+ characters)').fill('short');
    await page.getByText('Password: at least 12 characters.').waitFor();
    await page.getByLabel('Password (12+ characters)').fill('first-planner-pass');
    await page.getByLabel('Password again').fill('first-planner-pass');
    await page.getByRole('button', { name: 'Create planner account' }).click();
    await page.getByRole('heading', { name: 'Getting started' }).waitFor();
    expect(page.url()).toMatch(/\/welcome$/);
    await page.getByText('The planner is set up. Next: import airports.').waitFor();
    await expect.poll(() => page.locator('.topbar-user').innerText()).toMatch(/chief\s+planner/i);
    await shot(page, 'welcome-1440');

    // The phone, still on the first-run page, is told someone else set it up and gets sign-in, without demo accounts.
    await phone.page.getByLabel('Username').fill('late');
    await phone.page.getByLabel('Password (12+ characters)').fill('another-long-pass');
    await phone.page.getByLabel('Password again').fill('another-long-pass');
    await phone.page.getByRole('button', { name: 'Create planner account' }).click();
    await phone.page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await phone.page.content()).not.toMatch(/planner-demo|Demo accounts:/);
    await phone.page.getByLabel('Username').fill('chief');
    await phone.page.getByLabel('Password').fill('first-planner-pass');
    await phone.page.getByRole('button', { name: 'Sign in' }).click();
    await phone.page.locator('.topbar').waitFor();
    await phone.page.goto(`${server.baseUrl}/welcome`);
    await phone.page.getByRole('heading', { name: 'Getting started' }).waitFor();
    await shot(phone.page, 'welcome-390');
  });

  it('imports airports through the Import page: problems by row and column first, then all or nothing', async () => {
    const page = desk.page;
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Import CSV' }).waitFor();
    await shot(page, 'import-1440');
    const head = 'id,iata,icao,name,country,zone,lat,lon,runwayM,departuresPerHour';
    await page.locator('input[type=file]').setInputFiles({ name: 'airports.csv', mimeType: 'text/csv', buffer: Buffer.from(`${head}\nRKSI,ICN,RKSI,Incheon,KR,KR-main,37.46,126.45,3750,many\nRKPK,PUS,RKPK,Gimhae,KR,KR-main,95,128.9,2743,12\n`) });
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByText(/Nothing imported from airports.csv: 2 problems/).waitFor();
    const table = await page.locator('.import-problems table').innerText();
    // Worded by the client from each problem's code and parameters (the server's English is not shown).
    expect(table).toMatch(/3\s+3\s+lat\s+“95”: must be at most 90\./);
    expect(table).toMatch(/departuresPerHour\s+“many” is not a number\./);
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await shot(page, 'import-problems-1440');

    await page.locator('input[type=file]').setInputFiles({ name: 'airports.csv', mimeType: 'text/csv', buffer: Buffer.from(`${head}\nRKSI,ICN,RKSI,Incheon,KR,KR-main,37.46,126.45,3750,20\nRKPK,PUS,RKPK,Gimhae,KR,KR-main,35.18,128.94,2743,12\n`) });
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByText(/2 rows of airports — 2 would be created/).waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported airports.csv: 2 airports created, 0 updated.').waitFor();
    await phone.page.goto(`${server.baseUrl}/import`);
    await phone.page.getByRole('heading', { name: 'Import CSV' }).waitFor();
    await shot(phone.page, 'import-390');
  });

  it('adds an account on the Accounts page, and the last planner cannot disable themselves', async () => {
    const page = desk.page;
    await page.getByRole('link', { name: 'Accounts' }).click();
    await page.getByRole('heading', { name: 'Accounts' }).waitFor();
    await page.locator('input[name=new-username]').fill('duty-reader');
    await page.locator('input[name=new-password]').fill('reader-long-pass');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Created reader duty-reader.', { exact: false }).waitFor();
    await page.locator('tr', { hasText: 'chief' }).getByRole('button', { name: 'Disable' }).click();
    await page.getByText(/you cannot disable your own account/).waitFor();
    await shot(page, 'accounts-1440');
    await phone.page.goto(`${server.baseUrl}/accounts`);
    await phone.page.locator('tr', { hasText: 'duty-reader' }).waitFor();
    await shot(phone.page, 'accounts-390');
    expect(desk.errors).toEqual([]);
    expect(phone.errors).toEqual([]);
  });
});
