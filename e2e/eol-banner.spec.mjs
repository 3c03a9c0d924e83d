// Browser check: Camunda 7 CE's end-of-life banner ("Đã đến lúc chuyển sang Camunda 8…") is not shown to a
// clerk in Tasklist nor to a manager in Cockpit; an administrator still sees it in Admin. Needs a running app
// (MOTCUA_URL) with the demo data and Debian's chromium. Run: node --test eol-banner.spec.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';

const BASE = (process.env.MOTCUA_URL || 'http://localhost:8080').replace(/\/$/, '');
const SHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'target', 'e2e');
const BANNER = 'Đã đến lúc chuyển sang Camunda 8';

let browser;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

after(async () => {
  await browser?.close();
});

/** Logs in to a webapp and waits until the login form is gone and the header is drawn. */
async function loggedIn(app, user, password) {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 860 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`${BASE}/camunda/app/${app}/default/`);
  await page.locator('input[ng-model="username"]').fill(user);
  await page.locator('input[ng-model="password"]').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.locator('input[ng-model="username"]').waitFor({ state: 'detached' });
  await page.locator('[cam-widget-header] .navbar-brand').first().waitFor();
  await page.locator('.ce-eol-banner').first().waitFor({ state: 'attached' });
  return page;
}

for (const [app, user, password, who] of [
  ['tasklist', 'tiepnhan', 'demo', 'a clerk'],
  ['cockpit', 'quanly', 'demo', 'a manager'],
]) {
  test(`${who} does not see the end-of-life banner in ${app}`, async () => {
    const page = await loggedIn(app, user, password);
    const banner = page.locator('.ce-eol-banner').first();
    // the webapp renders it (with its Vietnamese text), Motcua's user styles keep it hidden
    assert.match(await banner.textContent(), new RegExp(BANNER));
    assert.equal(await banner.isVisible(), false);
    assert.equal((await page.locator('body').innerText()).includes(BANNER), false);
    await page.screenshot({ path: path.join(SHOTS, `eol-banner-${app}.png`) });
    await page.context().close();
  });
}

test('an administrator still sees the end-of-life banner in Admin', async () => {
  const page = await loggedIn('admin', 'admin', 'admin');
  assert.equal(await page.locator('.ce-eol-banner').first().isVisible(), true);
  await page.context().close();
});
