// Browser test of issue 17's "done when", the catalogue half (docs/catalogue-import.md, docs/analyst-guide.md 0a): the
// administrator imports the sample catalogue in Cockpit → "Danh mục thủ tục" (the dry-run diff first, then "Áp dụng")
// and downloads the generated model of 1.001022 "Đăng ký nhận cha, mẹ, con" (a procedure no hand-made model carries);
// the analyst adds its routing row for phường Tân Phú and deploys the zip's files as Camunda Modeler does; the
// administrator lets Tân Phú resolve it in Cockpit → "Quản lý tỉnh"; Tân Phú's desk starts a dossier of it from
// Tasklist with the generated start form and accepts it, and the civil-status officer appraises it.
// The other half ("a manager imports a past year and reads its KPI report in Cockpit") is legacy-import.spec.mjs.
// Run: node --test catalogue.spec.mjs (MOTCUA_URL, default http://localhost:8080)   Screenshots: ../target/e2e/
// Repeatable against one app start (run.sh --times N): a second import finds the catalogue unchanged, the second
// deployment changes nothing, the province already says Tân Phú resolves the procedure; each run starts a new dossier.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import {
  api, BASE, basic, browserTest, chooseOption as choose, claim, complete, fillField as fill, formField as field, login, openFilter, shot,
  taskFilter, tasklist,
} from './harness.mjs';

const test = (name, fn) => browserTest(import.meta.url, name, fn);

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE = path.join(ROOT, 'src/test/resources/catalogue/sample-catalogue.json');
const ROUTING = path.join(ROOT, 'decisions/phan-cong-xu-ly.dmn');
const ROUTING_ROW = path.join(ROOT, 'src/test/resources/catalogue/phan-cong-xu-ly-1.001022-tan-phu.xml');
const CODE = '1.001022';
const NAME = 'Đăng ký nhận cha, mẹ, con';
const KEY = 'tthc-1-001022';
const TAN_PHU = '000.20.31.H10';

/** The entries of a zip (stored or deflated; sizes from the central directory, as Java's ZipOutputStream writes them). */
function unzip(zip) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'the download is a zip');
  const files = new Map();
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'a central directory entry');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const bytes = zip.subarray(data, data + size);
    files.set(name, method === 8 ? inflateRawSync(bytes) : Buffer.from(bytes));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

/**
 * What Camunda Modeler's "Deploy" sends (it is a desktop app, so the test sends it itself): one multipart request to
 * /engine-rest/deployment/create with the deployment's name and one part per file, as the user named in the dialog.
 */
async function deployAsModeler(user, password, files) {
  const form = new FormData();
  form.append('deployment-name', KEY);
  form.append('deploy-changed-only', 'true');
  form.append('deployment-source', 'Camunda Modeler');
  for (const [name, bytes] of files) {
    form.append(name, new Blob([bytes], { type: 'application/octet-stream' }), name);
  }
  const res = await fetch(`${BASE}/engine-rest/deployment/create`, {
    method: 'POST', body: form, headers: { Authorization: basic(user, password), Accept: 'application/json' },
  });
  return { status: res.status, body: await res.text() };
}

/** The analyst's step (docs/analyst-guide.md 0a, 2): the new procedure's routing row for phường Tân Phú. */
function routingWithTanPhu() {
  const routing = readFileSync(ROUTING, 'utf8');
  const row = readFileSync(ROUTING_ROW, 'utf8');
  const edited = routing.replace('    </decisionTable>', `${row}    </decisionTable>`);
  assert.notEqual(edited, routing, 'the routing table has its row');
  return Buffer.from(edited, 'utf8');
}

/** Opens the dossier's task of that step as the user in Tasklist, claims it, checks what the form shows, fills and completes it. */
async function work(sessions, user, code, step, fillForm) {
  const [task] = await api('GET', `/engine-rest/task?processInstanceBusinessKey=${encodeURIComponent(code)}&taskDefinitionKey=${step}`, user);
  assert.ok(task, `${user} sees ${step} of ${code}`);
  const page = await sessions.newPage({ label: user });
  await tasklist(page, user);
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${task.id}`);
  await claim(page);
  const form = page.locator('.fjs-form');
  await form.waitFor();
  await form.locator('input[readonly]').first().waitFor();
  const shown = await form.locator('input[readonly]').evaluateAll((inputs) => inputs.map((i) => i.value));
  assert.ok(shown.includes(code), `the form of ${step} shows the dossier code ${code} (shows ${shown.join(' | ')})`);
  assert.ok(shown.includes(NAME), `the form of ${step} names the procedure (shows ${shown.join(' | ')})`);
  await fillForm(form);
  await shot(page, `danh-muc-${step}`);
  await complete(page);
  const left = await api('GET', `/engine-rest/task?processInstanceBusinessKey=${encodeURIComponent(code)}`, user);
  assert.ok(!left.some((t) => t.id === task.id), `${step} is done`);
  await sessions.close(page);
  return task;
}

test('an imported procedure becomes a model the analyst deploys and a clerk works in Tasklist', async (sessions) => {
  const before = await api('GET', '/api/admin/catalogue/skeletons', 'admin', 'admin');
  const firstImport = !before.some((v) => v.code === CODE);

  // the administrator imports the sample catalogue: the dry run shows what would change, "Áp dụng" stores it
  const admin = await sessions.newPage({ label: 'admin' });
  await login(admin, 'cockpit', 'admin', 'admin');
  await admin.goto(`${BASE}/camunda/app/cockpit/default/#/danh-muc-thu-tuc`);
  await admin.getByRole('heading', { name: 'Danh mục thủ tục hành chính' }).waitFor();
  await admin.locator('.dmt input[name=file]').setInputFiles(SAMPLE);
  assert.ok(await admin.locator('.dmt button[name=apply]').isDisabled(), 'nothing is applied before the dry run');
  await admin.locator('.dmt button[name=diff]').click();
  await admin.getByRole('heading', { name: 'Thay đổi nếu áp dụng sample-catalogue.json' }).waitFor();
  const counts = await admin.locator('.dmt-result .dmt-counts').innerText();
  if (firstImport) {
    assert.match(counts, /Thủ tục mới: \d+/, `the dry run counts new procedures (${counts})`);
    await admin.locator('.dmt-result table tr').filter({ hasText: CODE }).filter({ hasText: 'Thủ tục mới' }).first().waitFor();
  } else {
    assert.match(counts, /Không đổi: \d+/, `a second import finds the catalogue unchanged (${counts})`);
    assert.doesNotMatch(counts, /Thủ tục mới|Phiên bản mới/);
  }
  const stillBefore = await api('GET', '/api/admin/catalogue/skeletons', 'admin', 'admin');
  assert.equal(stillBefore.length, before.length, 'the dry run stored nothing');
  await shot(admin, 'danh-muc-xem-thay-doi');

  // "Áp dụng" asks on the page (the webapps' sandbox ignores window.confirm), "Xác nhận áp dụng" stores it
  await admin.locator('.dmt button[name=apply]').click();
  await admin.locator('.dmt-confirm').getByText('Áp dụng danh mục này?').waitFor();
  await admin.locator('.dmt-confirm button[name=confirm]').click();
  await admin.getByRole('heading', { name: 'Đã áp dụng sample-catalogue.json' }).waitFor();
  assert.ok(await admin.locator('.dmt-confirm').isHidden(), 'the question is gone');
  const row = admin.locator('.dmt-skeletons tr').filter({ hasText: CODE });
  await row.getByText(KEY).waitFor();
  assert.match(await row.innerText(), /Đăng ký nhận cha, mẹ, con/);
  await shot(admin, 'danh-muc-da-ap-dung');

  // "Tải mô hình khung": the zip of the generated model, as the analyst opens it in the Modeler
  const downloading = admin.waitForEvent('download');
  await row.getByRole('link', { name: 'Tải mô hình khung' }).click();
  const download = await downloading;
  assert.equal(download.suggestedFilename(), `${KEY}-2025-07-01.zip`);
  const files = unzip(readFileSync(await download.path()));
  const bpmnName = `processes/generated/${KEY}.bpmn`;
  for (const name of [bpmnName, `forms/generated/${KEY}.start.form`, `forms/generated/${KEY}.kiem-tra.form`,
    `forms/generated/${KEY}.tham-dinh.form`, 'decisions/thoi-han-buoc.dmn']) {
    assert.ok(files.has(name), `the zip holds ${name} (holds ${[...files.keys()].join(', ')})`);
  }
  const bpmn = files.get(bpmnName).toString('utf8');
  assert.match(bpmn, new RegExp(`<bpmn:process id="${KEY}" name="${NAME}"`));
  assert.match(bpmn, /<bpmndi:BPMNDiagram/, 'the model has its diagram for the Modeler');

  // the analyst deploys the zip's files and the routing with its new row, as Camunda Modeler does
  const deployment = new Map([...files].map(([name, bytes]) => [name.slice(name.lastIndexOf('/') + 1), bytes]));
  deployment.set('phan-cong-xu-ly.dmn', routingWithTanPhu());
  const byClerk = await deployAsModeler('tiepnhan.tanphu', 'demo', deployment);
  assert.equal(byClerk.status, 403, `a clerk does not deploy (${byClerk.body})`);
  const deployed = await deployAsModeler('phantich', 'demo', deployment);
  assert.equal(deployed.status, 200, `the analyst deploys (${deployed.body})`);
  const definition = await api('GET', `/engine-rest/process-definition/key/${KEY}`, 'admin', 'admin');
  assert.equal(definition.name, NAME);

  // the administrator lets Tân Phú resolve the procedure: Cockpit → "Quản lý tỉnh", the changes, then "Áp dụng"
  const province = await api('GET', '/api/admin/province', 'admin', 'admin');
  const tanPhu = province.agencies.find((a) => a.code === TAN_PHU);
  assert.ok(tanPhu, 'phường Tân Phú is in the province');
  const newlyResolved = !tanPhu.resolves.includes(CODE);
  if (newlyResolved) tanPhu.resolves.push(CODE);
  await admin.goto(`${BASE}/camunda/app/cockpit/default/#/quan-ly-tinh`);
  await admin.getByRole('heading', { name: 'Quản lý tỉnh' }).waitFor();
  await admin.locator('.qlt-current .qlt-tree').waitFor();
  await admin.locator('.qlt input[name=file]').setInputFiles({ name: 'province.json', mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(province, null, 2), 'utf8') });
  await admin.locator('.qlt button[name=diff]').click();
  await admin.locator('.qlt-result h3').filter({ hasText: 'Thay đổi nếu áp dụng phiên bản' }).waitFor();
  if (newlyResolved) {
    await admin.locator('.qlt-result tr').filter({ hasText: `PROCESS_DEFINITION:${KEY}` }).first().waitFor();
  }
  await shot(admin, 'quan-ly-tinh-xem-thay-doi');
  await admin.locator('.qlt button[name=apply]').click();
  await admin.locator('.qlt-confirm').getByText('Áp dụng tệp mô tả tỉnh này?').waitFor();
  await admin.locator('.qlt-confirm button[name=confirm]').click();
  await admin.locator('.qlt-result h3').filter({ hasText: 'Đã áp dụng phiên bản' }).waitFor();
  await admin.locator('.qlt-current li').filter({ hasText: TAN_PHU }).filter({ hasText: CODE }).first().waitFor();
  await shot(admin, 'quan-ly-tinh-da-ap-dung');
  await sessions.close(admin);

  // Tân Phú's desk starts a dossier of the new procedure from Tasklist, with the generated start form
  const applicant = `Lê Văn Nhận ${Date.now().toString().slice(-6)}`;
  const desk = await sessions.newPage({ label: 'tiepnhan.tanphu' });
  await tasklist(desk, 'tiepnhan.tanphu');
  await desk.getByText('Bắt đầu quy trình').first().click();
  const dialog = desk.locator('.modal-dialog');
  await dialog.getByText('Bấm vào quy trình cần bắt đầu.').waitFor();
  await dialog.getByText(NAME).first().click();
  const start = dialog.locator('.fjs-form');
  await start.waitFor();
  await start.getByText(`Thủ tục ${CODE}, thời hạn 3`).waitFor();
  await fill(start, 'Họ và tên người nộp', applicant);
  await fill(start, 'Số định danh cá nhân', '079190007777');
  await fill(start, 'Nơi cư trú', 'Khu phố Tân Trà, phường Tân Phú, thành phố Đồng Xoài');
  await fill(start, 'Trích yếu hồ sơ', `Đăng ký nhận con, người nộp ${applicant}`);
  const channel = field(start, 'Hình thức nộp');
  if (await channel.locator('select').count()) {
    await channel.locator('select').selectOption('COUNTER');
  } else {
    await channel.locator('.fjs-input-group, input').first().click();
    await channel.locator('.fjs-dropdownlist-item', { hasText: 'Trực tiếp tại bộ phận một cửa' }).first().click();
  }
  await shot(desk, 'danh-muc-bieu-mau-bat-dau');
  await dialog.getByRole('button', { name: 'Bắt đầu' }).click();
  await desk.getByText('Đã bắt đầu quy trình.').first().waitFor();
  await dialog.waitFor({ state: 'detached' });

  const found = await api('GET', `/api/dossiers?sort=submittedAt,desc&size=20`, 'tiepnhan.tanphu');
  const registered = found.content.find((d) => d.applicantName === applicant);
  assert.ok(registered, `the register has the dossier of ${applicant}`);
  const code = registered.code;
  assert.ok(code.startsWith(`${TAN_PHU}-`), `the dossier is Tân Phú's (${code})`);

  // it waits in the desk's "Việc của nhóm tôi"
  await openFilter(desk, 'Việc của nhóm tôi', 'tiepnhan.tanphu');
  await desk.locator('.tasks-list .task').filter({ hasText: applicant }).first().waitFor();
  await shot(desk, 'danh-muc-viec-cua-nhom');
  await sessions.close(desk);

  // the desk accepts it; the civil-status officer appraises it; the head of the commune has it next
  await work(sessions, 'tiepnhan.tanphu', code, 'Task_CheckDossier', async (form) => {
    // the papers the generated form lists from the catalogue's components, then the checks and the decision
    await choose(form, 'Tờ khai đăng ký nhận cha, mẹ, con theo mẫu');
    await choose(form, 'Chứng cứ chứng minh quan hệ cha, mẹ, con');
    await choose(form, 'Hồ sơ thuộc thẩm quyền giải quyết của cơ quan');
    await choose(form, 'Thành phần hồ sơ đầy đủ, hợp lệ');
    await choose(form, 'Tiếp nhận hồ sơ, hẹn ngày trả kết quả');
  });
  const accepted = await api('GET', `/api/dossiers/${encodeURIComponent(code)}`, 'tiepnhan.tanphu');
  assert.ok(JSON.stringify(accepted).includes(CODE), 'the register names the imported procedure');
  await work(sessions, 'hotich.tanphu', code, 'Task_Appraise', async (form) => {
    await choose(form, 'Hồ sơ đủ điều kiện, dự thảo kết quả');
    await fill(form, 'Ý kiến', 'Đủ điều kiện đăng ký nhận con');
  });
  const next = await api('GET', `/engine-rest/task?processInstanceBusinessKey=${encodeURIComponent(code)}`, 'lanhdao.tanphu');
  assert.deepEqual(next.map((t) => t.taskDefinitionKey), ['Task_Review'], 'the head of the commune reviews it next');
  const history = (await api('GET', `/api/dossiers/${encodeURIComponent(code)}`, 'lanhdao.tanphu')).history.map((h) => h.sender);
  assert.deepEqual(history.slice(0, 2), ['tiepnhan.tanphu', 'hotich.tanphu'], `who handled it (${history.join(', ')})`);
});

test('the Tasklist of another agency does not offer the procedure Tân Phú took on', async (sessions) => {
  const definition = await api('GET', `/engine-rest/process-definition/key/${KEY}`, 'admin', 'admin');
  assert.equal(definition.name, NAME, 'the procedure is deployed (the test above)');
  const page = await sessions.newPage({ label: 'tiepnhan' });
  await tasklist(page, 'tiepnhan');
  await taskFilter(page, 'Việc của nhóm tôi').waitFor();
  await page.getByText('Bắt đầu quy trình').first().click();
  const dialog = page.locator('.modal-dialog');
  await dialog.getByText('Đăng ký thành lập hộ kinh doanh').first().waitFor();
  assert.equal(await dialog.getByText(NAME).count(), 0, 'Đồng Xoài\'s desk may not start it');
});
