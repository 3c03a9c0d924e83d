// Browser check: Camunda 7 CE's end-of-life banner ("Đã đến lúc chuyển sang Camunda 8…") is not shown to a
// clerk in Tasklist nor to a manager in Cockpit; an administrator still sees it in Admin. Needs a running app
// (MOTCUA_URL) with the demo data and Debian's chromium. Run: node --test eol-banner.spec.mjs
import assert from 'node:assert/strict';
import { browserTest, login, shot } from './harness.mjs';

const test = (name, fn) => browserTest(import.meta.url, name, fn);
const BANNER = 'Đã đến lúc chuyển sang Camunda 8';

/** Logs in to a webapp and waits until the login form is gone and the header is drawn. */
async function loggedIn(sessions, app, user, password) {
  const page = await sessions.newPage({ label: user });
  await login(page, app, user, password);
  await page.locator('[cam-widget-header] .navbar-brand').first().waitFor();
  await page.locator('.ce-eol-banner').first().waitFor({ state: 'attached' });
  return page;
}

for (const [app, user, password, who] of [
  ['tasklist', 'tiepnhan', 'demo', 'a clerk'],
  ['cockpit', 'quanly', 'demo', 'a manager'],
]) {
  test(`${who} does not see the end-of-life banner in ${app}`, async (sessions) => {
    const page = await loggedIn(sessions, app, user, password);
    const banner = page.locator('.ce-eol-banner').first();
    // the webapp renders it (with its Vietnamese text), Motcua's user styles keep it hidden
    assert.match(await banner.textContent(), new RegExp(BANNER));
    assert.equal(await banner.isVisible(), false);
    assert.equal((await page.locator('body').innerText()).includes(BANNER), false);
    await shot(page, `eol-banner-${app}`);
  });
}

test('an administrator still sees the end-of-life banner in Admin', async (sessions) => {
  const page = await loggedIn(sessions, 'admin', 'admin', 'admin');
  assert.equal(await page.locator('.ce-eol-banner').first().isVisible(), true);
});
