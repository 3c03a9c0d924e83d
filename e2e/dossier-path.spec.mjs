// Browser check of a whole dossier in Tasklist: the intake clerk registers and accepts a household
// business registration, the handler appraises, the division head approves, the signer approves (the
// certificate is signed), the return clerk returns it — each in their own browser session, through the
// Camunda Forms. Needs a running app (MOTCUA_URL) with the demo data; see README.md.
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

/** The REST API as a demo user (HTTP Basic). */
async function api(user, pathAndQuery) {
  const response = await fetch(`${BASE}${pathAndQuery}`, {
    headers: { Authorization: 'Basic ' + Buffer.from(`${user}:demo`).toString('base64') },
  });
  assert.equal(response.status, 200, `GET ${pathAndQuery} as ${user}`);
  return response.json();
}

async function session(user) {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  await page.goto(`${BASE}/camunda/app/tasklist/default/`);
  await page.locator('input[ng-model="username"]').fill(user);
  await page.locator('input[ng-model="password"]').fill('demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByText('Việc của nhóm tôi').first().waitFor();
  return page;
}

function field(form, label) {
  return form.locator('.fjs-form-field').filter({ has: form.page().locator('label', { hasText: label }) }).first();
}

async function fill(form, label, value) {
  await field(form, label).locator('input, textarea').first().fill(value);
}

async function choose(form, optionLabel) {
  await form.locator('label', { hasText: optionLabel }).first().click();
}

/** Opens the dossier's waiting task as the user, claims it, fills the form, completes it. */
async function work(user, code, taskName, fillForm) {
  const tasks = await api(user, `/engine-rest/task?processInstanceBusinessKey=${encodeURIComponent(code)}`);
  const task = tasks.find((t) => t.name === taskName);
  assert.ok(task, `${user} sees "${taskName}" of ${code} (sees: ${tasks.map((t) => t.name).join(', ')})`);
  const page = await session(user);
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${task.id}`);
  await page.getByRole('button', { name: 'Nhận việc' }).click();
  const form = page.locator('.fjs-form');
  await form.waitFor();
  // the form shows the dossier it belongs to (read-only field)
  await form.locator('input[readonly]').first().waitFor();
  assert.ok((await form.locator('input[readonly]').evaluateAll((inputs) => inputs.map((i) => i.value))).includes(code),
    `the form of "${taskName}" shows the dossier code ${code}`);
  await fillForm(form);
  await page.screenshot({ path: path.join(SHOTS, `ho-so-${user}.png`), fullPage: true });
  await page.getByRole('button', { name: 'Hoàn thành' }).click();
  // the task is gone once the engine has taken the form
  for (let i = 0; i < 50; i++) {
    const left = await api(user, `/engine-rest/task?processInstanceBusinessKey=${encodeURIComponent(code)}`);
    if (!left.some((t) => t.id === task.id)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  await page.context().close();
}

test('intake clerk, handler, division head, signer and return clerk carry a dossier through Tasklist', async () => {
  const applicant = `Ngô Thị Hồng ${Date.now().toString().slice(-5)}`;

  // the intake clerk registers the dossier with the start form
  const page = await session('tiepnhan');
  await page.getByText('Bắt đầu quy trình').first().click();
  const dialog = page.locator('.modal-dialog');
  await dialog.getByText('Đăng ký thành lập hộ kinh doanh').first().click();
  const start = dialog.locator('.fjs-form');
  await start.waitFor();
  await fill(start, 'Họ và tên chủ hộ kinh doanh', applicant);
  await fill(start, 'Số định danh cá nhân', '079203005678');
  await fill(start, 'Nơi cư trú', 'Phường Tân Phú, thành phố Đồng Xoài');
  await fill(start, 'Tên hộ kinh doanh', 'Hộ kinh doanh Quán cơm Hồng');
  await fill(start, 'Địa chỉ trụ sở', 'Số 3, đường Trần Hưng Đạo, phường Tân Phú');
  await fill(start, 'Ngành, nghề kinh doanh', 'Dịch vụ ăn uống');
  await fill(start, 'Vốn kinh doanh', '60000000');
  await fill(start, 'Trích yếu hồ sơ', 'Đăng ký thành lập hộ kinh doanh Quán cơm Hồng');
  await dialog.getByRole('button', { name: 'Bắt đầu' }).click();
  await page.getByText('Đã bắt đầu quy trình.').first().waitFor();
  await page.context().close();

  const found = await api('tiepnhan', '/api/dossiers?sort=submittedAt,desc&size=5');
  const dossier = found.content.find((d) => d.applicantName === applicant);
  assert.ok(dossier, `the register has the dossier of ${applicant}`);
  const code = dossier.code;

  await work('tiepnhan', code, 'Kiểm tra thẩm quyền và thành phần hồ sơ', async (form) => {
    await choose(form, 'Hồ sơ thuộc thẩm quyền giải quyết của cơ quan');
    await choose(form, 'Thành phần hồ sơ đầy đủ, hợp lệ');
    await choose(form, 'Tiếp nhận hồ sơ, hẹn ngày trả kết quả');
  });
  await work('chuyenvien', code, 'Thẩm định hồ sơ, dự thảo kết quả', async (form) => {
    await choose(form, 'Hồ sơ đủ điều kiện, dự thảo kết quả');
    await fill(form, 'Mã số hộ kinh doanh dự kiến cấp', '44A8009999');
    await fill(form, 'Ý kiến thẩm định', 'Hồ sơ hợp lệ, đề nghị cấp giấy chứng nhận');
  });
  await work('truongphong', code, 'Lãnh đạo phòng xem xét, trình ký', async (form) => {
    await choose(form, 'Đồng ý, trình lãnh đạo cơ quan ký');
    await fill(form, 'Ý kiến của lãnh đạo phòng', 'Đồng ý');
  });
  await work('lanhdao', code, 'Lãnh đạo phê duyệt, ký kết quả', async (form) => {
    await choose(form, 'Phê duyệt, ký kết quả');
    await fill(form, 'Ý kiến của lãnh đạo', 'Phê duyệt');
  });
  await work('traketqua', code, 'Trả kết quả cho người nộp', async (form) => {
    const method = field(form, 'Hình thức trả kết quả');
    const native = method.locator('select');
    if (await native.count()) {
      await native.selectOption('COUNTER');
    } else {
      await method.locator('.fjs-input-group, input').first().click();
      await method.locator('.fjs-dropdownlist-item', { hasText: 'Trực tiếp' }).first().click();
    }
    await fill(form, 'Người nhận kết quả', applicant);
    await choose(form, 'Đã thu phí, lệ phí');
  });

  const returned = await api('quanly', `/api/dossiers/${encodeURIComponent(code)}`);
  assert.equal(returned.status.code, 10, 'status 10: result returned');
  assert.deepEqual(returned.history.map((h) => h.sender),
    ['tiepnhan', 'chuyenvien', 'truongphong', 'lanhdao', 'traketqua']);
  const signed = await fetch(`${BASE}/api/dossiers/${encodeURIComponent(code)}/result`, {
    headers: { Authorization: 'Basic ' + Buffer.from('quanly:demo').toString('base64') },
  });
  assert.equal(signed.status, 200, 'the signed certificate can be downloaded');
  assert.equal(signed.headers.get('content-type'), 'application/pdf');
});
