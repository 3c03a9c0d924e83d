// Browser tests of the roles: a clerk claims a task in Tasklist, fills its form and completes it; a manager
// (quanly) opens the Cockpit plugin "Giám sát hồ sơ", finds an overdue dossier and drills down to it.
// Test data: the demo's overdue dossier, flagged by its real legal-deadline timer once the app is up.
// Run: node --test monitoring.spec.mjs (MOTCUA_URL, default http://localhost:8080)   Screenshots: ../target/e2e/
// Each test has its own browser contexts (harness.mjs); failures keep evidence under ../target/e2e/failures/.
import assert from 'node:assert/strict';
import { api, BASE, browserTest, claim, complete, login, openFilter, shot, tasklist } from './harness.mjs';

const test = (name, fn) => browserTest(import.meta.url, name, fn);

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

test('a clerk claims the intake task, fills its form and completes it', async (sessions) => {
  const name = `Phan Thị Nhận ${Date.now().toString().slice(-5)}`;
  const code = await startDossier(name);
  const page = await sessions.newPage({ label: 'tiepnhan' });
  await tasklist(page, 'tiepnhan');
  await openFilter(page, 'Việc của nhóm tôi', 'tiepnhan');
  // the filter's list shows the dossier code, applicant and procedure of each task: this test's own dossier
  const task = page.locator('.tasks-list .task')
    .filter({ hasText: 'Kiểm tra thẩm quyền và thành phần hồ sơ' }).filter({ hasText: code });
  await task.first().waitFor();
  await shot(page, 'vai-tro-tasklist-danh-sach');

  await task.first().locator('h4 a').click();
  await claim(page);
  const form = page.locator('.fjs-form');
  await form.waitFor();
  // every component handed in, competent and complete, decision: accept
  for (const box of await form.locator('input[type=checkbox]').all()) {
    if (!(await box.isChecked())) await box.check();
  }
  await form.getByRole('radio').first().check(); // the first choice: accept
  await shot(page, 'vai-tro-tasklist-bieu-mau');
  await complete(page);

  const dossier = await api('GET', `/api/dossiers/${code}`, 'tiepnhan', 'demo');
  assert.notEqual(dossier.status.code, 1, 'the dossier is received after the intake task');
  await shot(page, 'vai-tro-tasklist-hoan-thanh');
});

test('a manager finds an overdue dossier in the Cockpit plugin and drills down to it', async (sessions) => {
  // the demo dossier received five working days ago is flagged by the job executor soon after start
  let found;
  for (let i = 0; i < 60 && !found; i++) {
    found = (await api('GET', '/api/dossiers?overdue=true&size=1', 'quanly', 'demo')).content[0];
    if (!found) await new Promise((r) => setTimeout(r, 1000));
  }
  assert.ok(found, 'the demo has an overdue dossier');
  const { code, applicantName: name } = found;

  const page = await sessions.newPage({ label: 'quanly' });
  await login(page, 'cockpit', 'quanly');
  // the dashboard entry, then the page
  await page.getByText('Giám sát hồ sơ').first().waitFor();
  await shot(page, 'giam-sat-bang-dieu-khien');
  await page.goto(`${BASE}/camunda/app/cockpit/default/#/giam-sat-ho-so`);
  await page.getByText('Hồ sơ quá hạn', { exact: false }).first().waitFor();
  await page.locator('select[name=kind]').selectOption('OVERDUE');
  // the plugin draws the page anew once the overdue list has come; the old page has the same link, so wait
  // for the new drawing (it marks the chosen option in the HTML) before using it
  await page.locator('select[name=kind] option[value=OVERDUE][selected]').waitFor({ state: 'attached' });
  const link = page.locator(`a[data-code="${code}"]`);
  await link.waitFor();
  const overdue = Number(await page.locator('.gsh-overdue b').innerText());
  assert.ok(overdue >= 1, 'at least one overdue dossier is counted');
  assert.ok(await page.locator('.gsh-charts svg').count() >= 1, 'the charts are drawn');
  await shot(page, 'giam-sat-qua-han');
  // the same list counted by the desk that received the dossiers (issue 13): the choice reaches the API and the exports
  await page.locator('select[name=by]').selectOption('receiving');
  await page.locator('select[name=by] option[value=receiving][selected]').waitFor({ state: 'attached' });
  assert.ok((await page.getByText('Xuất CSV').getAttribute('href')).includes('by=receiving'), 'the export follows the choice');
  assert.ok(Number(await page.locator('.gsh-overdue b').innerText()) >= 1, 'overdue dossiers counted by receiving desk');
  await link.waitFor();

  await link.click();
  const detail = page.locator('.gsh-detail');
  await detail.getByText(`Hồ sơ ${code}`).waitFor();
  assert.ok((await detail.innerText()).includes(name), 'the drill-down shows the applicant');
  await detail.getByText('Lịch sử xử lý').waitFor();
  assert.ok(await detail.locator('a[href$="/slips/control"]').count() === 1, 'a link to the control slip');
  await shot(page, 'giam-sat-chi-tiet');
  await detail.locator('a.gsh-process-link').click();
  await page.waitForURL(/#\/process-instance\//);
  await shot(page, 'giam-sat-phien-quy-trinh');

  // the KPI report tab, in a freshly loaded Cockpit: a hash-only navigation keeps the process-instance page's diagram
  // viewer alive, and its late viewbox update re-routes Cockpit and redraws the plugin on its first tab, over the
  // report tab the test has just opened (seen once in ten runs)
  await page.goto('about:blank');
  await page.goto(`${BASE}/camunda/app/cockpit/default/#/giam-sat-ho-so`);
  // the first tab draws itself once its data has come; a click on the other tab before that is drawn over
  await page.locator('.gsh-totals').waitFor();
  await page.getByRole('button', { name: 'Báo cáo KPI' }).click();
  await page.getByText('Tỷ lệ giải quyết đúng hạn').first().waitFor();
  await page.getByText('Chỉ số dịch vụ công trực tuyến').first().waitFor();
  await shot(page, 'giam-sat-bao-cao');
});

test('a clerk may not read the monitoring data', async (sessions) => {
  const page = await sessions.newPage({ label: 'tiepnhan' });
  await tasklist(page, 'tiepnhan');
  // the monitoring API opens to a Cockpit login or a manager's HTTP Basic, not to a Tasklist session. Asked
  // with the page's cookies from outside the page: a fetch inside it would meet the 401's Basic challenge,
  // which headless chromium holds open waiting for credentials (the test hung)
  const response = await page.request.get(`${BASE}/api/reports/dashboard`);
  assert.equal(response.status(), 401);
});
