// Browser test of the Cockpit page "Đồng bộ Cổng DVC" (docs/integration.md "The Cockpit page"): an administrator
// sees the portal's events parked while the portal was unreachable, sends one again to a portal double (which
// receives it once, under its idempotency key), looks up the dossier's sync state and resyncs the last 31 days; a manager
// is refused. run.sh points the portal at MOTCUA_PORTAL_PORT, where nothing listens until this test starts its
// double, so the demo dossiers' events are parked after two attempts.
// Run: e2e/run.sh dong-bo-cong-dvc   Screenshots: ../target/e2e/
import assert from 'node:assert/strict';
import http from 'node:http';
import { test as nodeTest } from 'node:test';
import { api, BASE, browserTest, login, shot } from './harness.mjs';

const PORTAL_PORT = Number(process.env.MOTCUA_PORTAL_PORT || 0);
// without run.sh's unreachable portal nothing is parked: the test needs it
const test = (name, fn) => (PORTAL_PORT ? browserTest(import.meta.url, name, fn)
  : nodeTest.skip(`${name} (run through e2e/run.sh: MOTCUA_PORTAL_PORT)`));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A portal double: answers {"received": true} and keeps the bodies and idempotency keys it received. */
function portalDouble(port) {
  const received = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/api/portal/dossier-status') {
        received.push({ key: req.headers['idempotency-key'], body: JSON.parse(body) });
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"received":true}');
      } else {
        res.writeHead(404).end();
      }
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ received, close: () => new Promise((r) => server.close(r)) })));
}

test('an administrator retries a parked portal event, reads a sync state and resyncs a month; a manager may not', async (sessions) => {
  // the portal is unreachable: the demo's events are tried twice (the dispatcher starts 30 s after the app) and parked
  let parked;
  for (let i = 0; i < 120 && !parked; i++) {
    parked = (await api('GET', '/api/admin/outbox/parked', 'admin', 'admin')).find((e) => e.channel === 'portal');
    if (!parked) await sleep(1000);
  }
  assert.ok(parked, 'a portal event is parked while the portal is unreachable');
  const portal = await portalDouble(PORTAL_PORT);
  try {
    const page = await sessions.newPage({ label: 'admin' });
    await login(page, 'cockpit', 'admin', 'admin');
    await page.goto(`${BASE}/camunda/app/cockpit/default/#/dong-bo-cong-dvc`);
    const row = page.locator(`tr[data-event="${parked.id}"]`);
    await row.waitFor();
    assert.match(await row.innerText(), /Cổng DVC/);
    assert.ok((await row.innerText()).includes(parked.dossierCode), 'the row names its dossier');
    assert.ok((await row.innerText()).includes(parked.eventKey), 'the row names its event');
    await shot(page, 'dong-bo-tam-giu');

    await row.getByRole('button', { name: 'Gửi lại' }).click();
    await page.locator('.dbc-message .dbc-done').waitFor();
    await row.waitFor({ state: 'detached' });
    // the dispatcher sends it to the double within a few polls, once, under its key
    for (let i = 0; i < 60 && !portal.received.some((r) => r.key === parked.eventKey); i++) await sleep(500);
    const copies = portal.received.filter((r) => r.key === parked.eventKey);
    assert.equal(copies.length, 1, `the double received ${parked.eventKey} once`);
    assert.equal(copies[0].body.eventKey, parked.eventKey);

    await page.locator('form[name=lookup] input[name=code]').fill(parked.dossierCode);
    await page.locator('form[name=lookup] button').click();
    const state = page.locator('.dbc-sync .dbc-state');
    await state.waitFor();
    assert.ok((await state.innerText()).includes(parked.dossierCode));
    const acknowledged = (await api('GET', `/api/admin/outbox/dossiers/${parked.dossierCode}/sync`, 'admin', 'admin')).acknowledgedSequence;
    assert.ok(acknowledged >= Number(parked.eventKey.split('#').pop()), 'the portal acknowledged the retried event');

    // the last 31 days (the longest range), in which the demo's dossiers were received
    const day = (ms) => new Date(ms).toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
    const today = day(Date.now());
    await page.locator('form[name=resync] input[name=from]').fill(day(Date.now() - 30 * 86400000));
    await page.locator('form[name=resync] input[name=to]').fill(today);
    await page.locator('form[name=resync] button').click();
    const done = page.locator('.dbc-resync .dbc-done');
    await done.waitFor();
    assert.match(await done.innerText(), /đã xếp hàng [1-9][0-9]* hồ sơ/);
    await shot(page, 'dong-bo-dong-bo-lai');

    // a range the other way round: the field is named
    await page.locator('form[name=resync] input[name=from]').fill('2026-11-30');
    await page.locator('form[name=resync] input[name=to]').fill('2026-11-01');
    await page.locator('form[name=resync] button').click();
    await page.locator('.dbc-resync .dbc-error code', { hasText: 'to' }).waitFor();

    const manager = await sessions.newPage({ label: 'quanly' });
    await login(manager, 'cockpit', 'quanly');
    await manager.goto(`${BASE}/camunda/app/cockpit/default/#/dong-bo-cong-dvc`);
    await manager.locator('.dbc-parked .dbc-error', { hasText: 'Không có quyền' }).waitFor();
  } finally {
    await portal.close();
  }
});
