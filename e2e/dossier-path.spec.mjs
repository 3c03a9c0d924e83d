// Browser check of a whole dossier in Tasklist: the intake clerk registers and accepts a household
// business registration, the handler appraises, the division head approves, the signer approves (the
// certificate is signed), the return clerk returns it — each in their own browser session, through the
// Camunda Forms. Needs a running app (MOTCUA_URL) with the demo data; see README.md.
import assert from 'node:assert/strict';
import {
  api as call, BASE, browserTest, chooseOption as choose, claim, complete, fillField as fill, formField as field, get, shot, tasklist,
} from './harness.mjs';

const test = (name, fn) => browserTest(import.meta.url, name, fn);

/** The REST API as a demo user (HTTP Basic). */
const api = (user, pathAndQuery) => call('GET', pathAndQuery, user);

/** A fresh browser context logged into Tasklist as the user. */
async function session(sessions, user) {
  const page = await sessions.newPage({ label: user });
  await tasklist(page, user);
  return page;
}

/** Opens the dossier's waiting task as the user, claims it, fills the form, completes it. */
async function work(sessions, user, code, taskName, fillForm) {
  const tasks = await api(user, `/engine-rest/task?processInstanceBusinessKey=${encodeURIComponent(code)}`);
  const task = tasks.find((t) => t.name === taskName);
  assert.ok(task, `${user} sees "${taskName}" of ${code} (sees: ${tasks.map((t) => t.name).join(', ')})`);
  const page = await session(sessions, user);
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${task.id}`);
  await claim(page);
  const form = page.locator('.fjs-form');
  await form.waitFor();
  // the form shows the dossier it belongs to (read-only field)
  await form.locator('input[readonly]').first().waitFor();
  assert.ok((await form.locator('input[readonly]').evaluateAll((inputs) => inputs.map((i) => i.value))).includes(code),
    `the form of "${taskName}" shows the dossier code ${code}`);
  await fillForm(form);
  await shot(page, `ho-so-${user}`);
  await complete(page);
  const left = await api(user, `/engine-rest/task?processInstanceBusinessKey=${encodeURIComponent(code)}`);
  assert.ok(!left.some((t) => t.id === task.id), `"${taskName}" is done`);
  await sessions.close(page);
}

/** Waits (up to 30 s) until the user sees the dossier's task of that name: a step the job executor leads to. */
async function waitForTask(user, code, taskName) {
  for (let tries = 0; tries < 60; tries++) {
    const tasks = await api(user, `/engine-rest/task?processInstanceBusinessKey=${encodeURIComponent(code)}`);
    if (tasks.some((t) => t.name === taskName)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  assert.fail(`${user} never saw "${taskName}" of ${code}`);
}

test('intake clerk, handler, division head, signer and return clerk carry a dossier through Tasklist', async (sessions) => {
  const applicant = `Ngô Thị Hồng ${Date.now().toString().slice(-5)}`;

  // the intake clerk registers the dossier with the start form
  const page = await session(sessions, 'tiepnhan');
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
  await sessions.close(page);

  const found = await api('tiepnhan', '/api/dossiers?sort=submittedAt,desc&size=5');
  const dossier = found.content.find((d) => d.applicantName === applicant);
  assert.ok(dossier, `the register has the dossier of ${applicant}`);
  const code = dossier.code;

  await work(sessions, 'tiepnhan', code, 'Kiểm tra thẩm quyền và thành phần hồ sơ', async (form) => {
    await choose(form, 'Hồ sơ thuộc thẩm quyền giải quyết của cơ quan');
    await choose(form, 'Thành phần hồ sơ đầy đủ, hợp lệ');
    await choose(form, 'Tiếp nhận hồ sơ, hẹn ngày trả kết quả');
  });
  await work(sessions, 'chuyenvien', code, 'Thẩm định hồ sơ, dự thảo kết quả', async (form) => {
    await choose(form, 'Hồ sơ đủ điều kiện, dự thảo kết quả');
    await fill(form, 'Mã số hộ kinh doanh dự kiến cấp', '44A8009999');
    await fill(form, 'Ý kiến thẩm định', 'Hồ sơ hợp lệ, đề nghị cấp giấy chứng nhận');
  });
  await work(sessions, 'truongphong', code, 'Lãnh đạo phòng xem xét, trình ký', async (form) => {
    await choose(form, 'Đồng ý, trình lãnh đạo cơ quan ký');
    await fill(form, 'Ý kiến của lãnh đạo phòng', 'Đồng ý');
  });
  await work(sessions, 'lanhdao', code, 'Lãnh đạo phê duyệt, ký kết quả', async (form) => {
    await choose(form, 'Phê duyệt, ký kết quả');
    await fill(form, 'Ý kiến của lãnh đạo', 'Phê duyệt');
  });
  // the certificate is rendered and signed after the signer's completion, by the job executor
  await waitForTask('traketqua', code, 'Trả kết quả cho người nộp');
  await work(sessions, 'traketqua', code, 'Trả kết quả cho người nộp', async (form) => {
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
  const signed = await get(`/api/dossiers/${encodeURIComponent(code)}/result`, 'quanly');
  assert.equal(signed.status, 200, 'the signed certificate can be downloaded');
  assert.equal(signed.headers.get('content-type'), 'application/pdf');
});
