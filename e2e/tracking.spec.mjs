// Browser check of the citizens' tracking page on a phone: a dossier is submitted and accepted through the
// REST API as the desk clerk, then a citizen opens the address its slips print as a QR code
// ({public-url}/tra-cuu?ma={code}) in a phone-sized Chromium, types the ID number and sees the status; a wrong
// ID number gets the neutral message. Needs a running app (MOTCUA_URL) with the demo data; see README.md.
import { before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, basic, browserTest, shot } from './harness.mjs';

const PHONE = { label: 'dien-thoai', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true,
  deviceScaleFactor: 2 };
const ID_NUMBER = '079190006666';
const CLERK = { Authorization: basic('tiepnhan') };

let code;

/** A counter dossier of the demo desk, submitted and accepted over /api; its code. */
async function receivedDossier() {
  const form = new FormData();
  form.append('dossier', new Blob([JSON.stringify({
    agencyCode: '000.00.20.H10', procedureCode: '1.001612', channel: 'ONLINE',
    applicant: { name: 'Trương Thị Tra Cứu', idNumber: ID_NUMBER, phone: '0912345678', address: 'Phường Tân Phú, Đồng Xoài' },
    summary: 'Đăng ký hộ kinh doanh để thử trang tra cứu',
    data: { businessName: 'Tạp hóa Tra Cứu', businessAddress: '12 Phú Riềng Đỏ', businessLine: 'Bán lẻ', capital: 1000 },
  })], { type: 'application/json' }));
  form.append('GIAY_DE_NGHI', new Blob(['%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'], { type: 'application/pdf' }), 'giay-de-nghi.pdf');
  form.append('CCCD', new Blob([Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])], { type: 'image/png' }), 'cccd.png');
  const submitted = await fetch(`${BASE}/api/dossiers`, { method: 'POST', headers: CLERK, body: form });
  assert.equal(submitted.status, 201, await submitted.clone().text());
  const { code: created } = await submitted.json();
  const accepted = await fetch(`${BASE}/api/dossiers/${encodeURIComponent(created)}/acceptance`, {
    method: 'POST', headers: { ...CLERK, 'Content-Type': 'application/json' },
    body: JSON.stringify({ componentsHandedIn: ['GIAY_DE_NGHI', 'CCCD'], opinion: 'Đủ hồ sơ' }),
  });
  assert.equal(accepted.status, 200, await accepted.clone().text());
  const slip = await fetch(`${BASE}/api/dossiers/${encodeURIComponent(created)}/slips/01`, { headers: CLERK });
  assert.equal(slip.status, 200, 'the receipt slip (with the QR code) is printed');
  return created;
}

/** The address the slip's QR code encodes, on the server under test. */
function qrLink(dossierCode) {
  return `${BASE}/tra-cuu?ma=${encodeURIComponent(dossierCode)}`;
}

before(async () => {
  code = await receivedDossier();
});

browserTest(import.meta.url, 'the QR link opens the tracking page with the code filled in; the ID number shows the status', async (sessions) => {
  const page = await sessions.newPage(PHONE);
  const response = await page.goto(qrLink(code));
  assert.equal(response.status(), 200);
  assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
  await page.getByRole('heading', { name: 'Tra cứu tình trạng hồ sơ' }).waitFor();
  assert.equal(await page.getByLabel('Mã hồ sơ').inputValue(), code);
  // the ID field has the focus: the citizen types and presses Enter, as on a phone keyboard
  const id = page.getByLabel('Số định danh cá nhân (12 chữ số)');
  assert.ok(await id.evaluate((input) => input === document.activeElement), 'the ID number field has the focus');
  await page.keyboard.type(ID_NUMBER);
  await page.keyboard.press('Enter');
  const status = page.getByRole('status');
  await status.waitFor();
  const text = await status.innerText();
  assert.match(text, new RegExp(`Hồ sơ ${code.replace(/\./g, '\\.')}`));
  assert.match(text, /Tình trạng\s+Đang xử lý/);
  assert.match(text, /Bước đang thực hiện\s+Thẩm định hồ sơ, dự thảo kết quả/);
  assert.match(text, /Hẹn trả kết quả\s+\d{2} giờ \d{2} phút, ngày \d{2}\/\d{2}\/\d{4}/);
  assert.match(text, /Tiếp nhận hồ sơ\s+Đã xong: \d{2} giờ/);
  assert.match(text, /Đang giải quyết\s+Đang thực hiện/);
  const html = await page.content();
  for (const personal of [ID_NUMBER, 'Trương Thị Tra Cứu', '0912345678', 'Tân Phú', 'Nguyễn Thị Lan']) {
    assert.ok(!html.includes(personal), `the page shows nothing personal (${personal})`);
  }
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    'nothing wider than the phone');
  await shot(page, 'tra-cuu-dien-thoai');
});

browserTest(import.meta.url, 'a wrong ID number gets the neutral message, as a wrong code does', async (sessions) => {
  const page = await sessions.newPage(PHONE);
  await page.goto(qrLink(code));
  await page.getByLabel('Số định danh cá nhân (12 chữ số)').fill('079000000000');
  await page.getByRole('button', { name: 'Tra cứu' }).tap();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const wrongId = await alert.innerText();
  assert.match(wrongId, /Không tìm thấy hồ sơ với mã hồ sơ và số định danh đã nhập/);
  assert.equal(await page.getByRole('status').count(), 0, 'no status shown');
  assert.ok(!(await page.content()).includes('079000000000'), 'the ID number is not written back');
  await shot(page, 'tra-cuu-sai-so-dinh-danh');

  await page.getByLabel('Mã hồ sơ').fill(`${code}9`);
  await page.getByLabel('Số định danh cá nhân (12 chữ số)').fill(ID_NUMBER);
  await page.getByRole('button', { name: 'Tra cứu' }).tap();
  await page.getByRole('alert').waitFor();
  assert.equal(await page.getByRole('alert').innerText(), wrongId, 'the same answer for a wrong code');
});

browserTest(import.meta.url, 'the keyboard reaches every control, and the focus is visible', async (sessions) => {
  const page = await sessions.newPage(PHONE);
  await page.goto(`${BASE}/tra-cuu`);
  await page.getByLabel('Mã hồ sơ').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'soDinhDanh');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'BUTTON');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, 'solid', 'the focused button shows an outline');
});
