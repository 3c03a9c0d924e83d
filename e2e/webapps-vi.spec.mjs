// Browser check of the Vietnamese webapps: a clerk registers a household business from Tasklist,
// a manager looks at Cockpit. Needs a running app (MOTCUA_URL, default http://localhost:8080) with
// the demo data, Debian's chromium at /usr/bin/chromium, and `npm ci` in this folder.
// Run: node --test webapps-vi.spec.mjs (or npm test)   Screenshots: ../target/e2e/
import assert from 'node:assert/strict';
import { BASE, browserTest, login, openFilter, shot, taskFilter } from './harness.mjs';

const test = (name, fn) => browserTest(import.meta.url, name, fn);

/** A fresh browser profile whose language is neither Vietnamese nor English: Vietnamese must win. */
const newPage = (sessions, label, locale = 'fr-FR') => sessions.newPage({ locale, label });

test('a clerk registers a household business from the Vietnamese Tasklist', async (sessions) => {
  const page = await newPage(sessions, 'tiepnhan');
  await login(page, 'tasklist', 'tiepnhan', 'demo', { beforeFill: () => shot(page, 'tasklist-dang-nhap') });

  // the Vietnamese header and the demo filters
  await page.getByText('Bắt đầu quy trình').first().waitFor();
  await taskFilter(page, 'Việc của nhóm tôi').waitFor();
  const header = await page.locator('body').innerText();
  for (const words of ['Bắt đầu quy trình', 'Tạo công việc', 'Sắp xếp theo', 'Việc của tôi']) {
    assert.ok(header.includes(words), `Tasklist shows "${words}"`);
  }
  assert.ok(!header.includes('Start process'), 'no English "Start process" left');
  await shot(page, 'tasklist-danh-sach');

  // start the process from the start-process dialog
  await page.getByText('Bắt đầu quy trình').first().click();
  const dialog = page.locator('.modal-dialog');
  await dialog.getByText('Bấm vào quy trình cần bắt đầu.').waitFor();
  await shot(page, 'tasklist-chon-quy-trinh');
  await dialog.getByText('Đăng ký thành lập hộ kinh doanh').first().click();

  // the Camunda Form of the start event
  const form = dialog.locator('.fjs-form');
  await form.waitFor();
  const suffix = Date.now().toString().slice(-6);
  await fillByLabel(form, 'Họ và tên chủ hộ kinh doanh', `Trần Văn Kiểm ${suffix}`);
  await fillByLabel(form, 'Số định danh cá nhân', '079203001234');
  await fillByLabel(form, 'Nơi cư trú', 'Số 12, đường Phú Riềng Đỏ, phường Tân Phú, thành phố Đồng Xoài');
  await fillByLabel(form, 'Tên hộ kinh doanh', `Hộ kinh doanh Tạp hóa Kiểm ${suffix}`);
  await fillByLabel(form, 'Địa chỉ trụ sở', 'Số 45, đường Hùng Vương, phường Tân Bình, thành phố Đồng Xoài');
  await fillByLabel(form, 'Ngành, nghề kinh doanh', 'Bán lẻ lương thực, thực phẩm, đồ uống');
  await fillByLabel(form, 'Vốn kinh doanh', '150000000');
  await fillByLabel(form, 'Trích yếu hồ sơ', `Đăng ký thành lập hộ kinh doanh Tạp hóa Kiểm ${suffix}`);
  await chooseSelect(page, form, 'Hình thức nộp');
  await shot(page, 'tasklist-bieu-mau-bat-dau');

  await dialog.getByRole('button', { name: 'Bắt đầu' }).click();
  await page.getByText('Đã bắt đầu quy trình.').first().waitFor();
  await dialog.waitFor({ state: 'detached' });

  // the new dossier waits in the group's filter
  await openFilter(page, 'Việc của nhóm tôi', 'tiepnhan');
  const task = page.locator('.tasks-list .task').filter({ hasText: 'Kiểm tra thẩm quyền và thành phần hồ sơ' })
    .filter({ hasText: `Trần Văn Kiểm ${suffix}` });
  await task.first().waitFor();
  await shot(page, 'tasklist-cong-viec-moi');

  // open it: claim button in Vietnamese
  await task.first().locator('h4 a').click();
  await page.getByRole('button', { name: 'Nhận việc' }).waitFor();
  await shot(page, 'tasklist-nhan-viec');
});

test('a manager sees Cockpit in Vietnamese', async (sessions) => {
  const page = await newPage(sessions, 'quanly');
  await login(page, 'cockpit', 'quanly', 'demo', { beforeFill: () => shot(page, 'cockpit-dang-nhap') });
  await page.getByText('Phiên quy trình đang chạy').first().waitFor();
  const text = await page.locator('body').innerText();
  for (const words of ['Quy trình', 'Triển khai', 'Sự cố đang mở', 'Công việc đang mở']) {
    assert.ok(text.includes(words), `Cockpit shows "${words}"`);
  }
  await shot(page, 'cockpit-bang-dieu-khien');

  await page.goto(`${BASE}/camunda/app/cockpit/default/#/processes`);
  await page.getByText('Đăng ký thành lập hộ kinh doanh').first().waitFor();
  await shot(page, 'cockpit-quy-trinh');
});

test('a browser that asks for English first still gets English', async (sessions) => {
  const page = await newPage(sessions, 'english', 'en-US');
  await page.goto(`${BASE}/camunda/app/tasklist/default/`);
  await page.getByRole('button', { name: 'Log in' }).waitFor();
});

async function fillByLabel(form, label, value) {
  const field = form.locator('.fjs-form-field').filter({ has: form.page().locator('label', { hasText: label }) }).first();
  await field.locator('input, textarea').first().fill(value);
}

async function chooseSelect(page, form, label) {
  const field = form.locator('.fjs-form-field').filter({ has: page.locator('label', { hasText: label }) }).first();
  const native = field.locator('select');
  if (await native.count()) {
    await native.selectOption({ index: 1 });
    return;
  }
  // form-js renders its own dropdown: open it and take the first option
  await field.locator('.fjs-input-group, input').first().click();
  await field.locator('.fjs-dropdownlist-item').first().click();
}
