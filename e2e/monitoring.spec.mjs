// Browser tests of the roles: a clerk claims a task in Tasklist, fills its form and completes it; a manager
// (quanly) opens the Cockpit plugin "Giám sát hồ sơ", finds an overdue dossier and drills down to it.
// Test data: the demo's overdue dossier, flagged by its real legal-deadline timer once the app is up.
// Run: node --test monitoring.spec.mjs (MOTCUA_URL, default http://localhost:8080)   Screenshots: ../target/e2e/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';

const BASE = (process.env.MOTCUA_URL || 'http://localhost:8080').replace(/\/$/, '');
const SHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'target', 'e2e');
const TIMEOUT = 30_000;

let browser;

const auth = (user, password) => ({ Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });

async function api(method, url, user, password, body) {
  const res = await fetch(`${BASE}${url}`, {
    method,
    headers: { ...auth(user, password), 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  assert.ok(res.ok, `${method} ${url} answered ${res.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

/** Starts a household-business dossier at the counter as the clerk; returns its code. */
async function startDossier(name) {
  const v = (value, type) => (type ? { value, type } : { value });
  const started = await api('POST', '/engine-rest/process-definition/key/dang-ky-ho-kinh-doanh/start', 'tiepnhan', 'demo', {
    variables: {
      applicantName: v(name), applicantIdNumber: v('079203004567'), applicantAddress: v('Phường Tân Phú, thành phố Đồng Xoài'),
      businessName: v(`Hộ kinh doanh ${name}`), businessAddress: v('Đường Hùng Vương, Đồng Xoài'), businessLine: v('Bán lẻ'),
      capital: v(120000000, 'Long'), summary: v(`Đăng ký hộ kinh doanh của ${name}`), channel: v('COUNTER'),
    },
  });
  return started.businessKey;
}

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

async function newPage() {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  return page;
}

const shot = (page, name) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

async function login(page, app, user, password) {
  await page.goto(`${BASE}/camunda/app/${app}/default/`);
  const button = page.getByRole('button', { name: 'Đăng nhập' });
  await button.waitFor();
  await page.locator('input[ng-model="username"]').fill(user);
  await page.locator('input[ng-model="password"]').fill(password);
  await button.click();
}

test('a clerk claims the intake task, fills its form and completes it', async () => {
  const name = `Phan Thị Nhận ${Date.now().toString().slice(-5)}`;
  const code = await startDossier(name);
  const page = await newPage();
  await login(page, 'tasklist', 'tiepnhan', 'demo');
  await page.getByText('Việc của nhóm tôi').first().click();
  // the filter's list shows the dossier code, applicant and procedure when Tasklist has loaded the variables;
  // find the task by its variables, else take the intake task (the newest comes first)
  const intake = page.locator('.tasks-list .task').filter({ hasText: 'Kiểm tra thẩm quyền và thành phần hồ sơ' });
  await intake.first().waitFor();
  await shot(page, 'vai-tro-tasklist-danh-sach');
  const byCode = page.locator('.tasks-list .task').filter({ hasText: code });
  const task = (await byCode.count()) ? byCode : intake;

  await task.first().locator('h4 a').click();
  await page.getByRole('button', { name: 'Nhận việc' }).click();
  const form = page.locator('.fjs-form');
  await form.waitFor();
  // every component handed in, competent and complete, decision: accept
  for (const box of await form.locator('input[type=checkbox]').all()) {
    if (!(await box.isChecked())) await box.check();
  }
  await form.getByRole('radio').first().check(); // the first choice: accept
  await shot(page, 'vai-tro-tasklist-bieu-mau');
  await page.getByRole('button', { name: 'Hoàn thành' }).click();
  await page.getByRole('button', { name: 'Hoàn thành' }).waitFor({ state: 'detached' });

  const dossier = await api('GET', `/api/dossiers/${code}`, 'tiepnhan', 'demo');
  assert.notEqual(dossier.status.code, 1, 'the dossier is received after the intake task');
  await shot(page, 'vai-tro-tasklist-hoan-thanh');
  await page.context().close();
});

test('a manager finds an overdue dossier in the Cockpit plugin and drills down to it', async () => {
  // the demo dossier received five working days ago is flagged by the job executor soon after start
  let found;
  for (let i = 0; i < 60 && !found; i++) {
    found = (await api('GET', '/api/dossiers?overdue=true&size=1', 'quanly', 'demo')).content[0];
    if (!found) await new Promise((r) => setTimeout(r, 1000));
  }
  assert.ok(found, 'the demo has an overdue dossier');
  const { code, applicantName: name } = found;

  const page = await newPage();
  await login(page, 'cockpit', 'quanly', 'demo');
  // the dashboard entry, then the page
  await page.getByText('Giám sát hồ sơ').first().waitFor();
  await shot(page, 'giam-sat-bang-dieu-khien');
  await page.goto(`${BASE}/camunda/app/cockpit/default/#/giam-sat-ho-so`);
  await page.getByText('Hồ sơ quá hạn', { exact: false }).first().waitFor();
  await page.locator('select[name=kind]').selectOption('OVERDUE');
  const link = page.locator(`a[data-code="${code}"]`);
  await link.waitFor();
  const overdue = Number(await page.locator('.gsh-overdue b').innerText());
  assert.ok(overdue >= 1, 'at least one overdue dossier is counted');
  assert.ok(await page.locator('.gsh-charts svg').count() >= 1, 'the charts are drawn');
  await shot(page, 'giam-sat-qua-han');

  await link.click();
  const detail = page.locator('.gsh-detail');
  await detail.getByText(`Hồ sơ ${code}`).waitFor();
  assert.ok((await detail.innerText()).includes(name), 'the drill-down shows the applicant');
  await detail.getByText('Lịch sử xử lý').waitFor();
  assert.ok(await detail.locator('a[href$="/slips/05"]').count() === 1, 'a link to the control slip');
  await shot(page, 'giam-sat-chi-tiet');
  await detail.locator('a.gsh-process-link').click();
  await page.waitForURL(/#\/process-instance\//);
  await shot(page, 'giam-sat-phien-quy-trinh');

  // the KPI report tab
  await page.goto(`${BASE}/camunda/app/cockpit/default/#/giam-sat-ho-so`);
  await page.getByRole('button', { name: 'Báo cáo KPI' }).click();
  await page.getByText('Tỷ lệ giải quyết đúng hạn').first().waitFor();
  await page.getByText('Chỉ số dịch vụ công trực tuyến').first().waitFor();
  await shot(page, 'giam-sat-bao-cao');
  await page.context().close();
});

test('a clerk may not read the monitoring data', async () => {
  const page = await newPage();
  await login(page, 'tasklist', 'tiepnhan', 'demo');
  await page.getByText('Việc của nhóm tôi').first().waitFor();
  // the monitoring API opens to a Cockpit login or a manager's HTTP Basic, not to a Tasklist session
  const status = await page.evaluate(async () => (await fetch('/api/reports/dashboard')).status);
  assert.equal(status, 401);
  await page.context().close();
});
