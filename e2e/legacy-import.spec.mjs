// Browser test of the past-dossier import (docs/legacy-import.md): the manager of Đồng Xoài (quanly.dongxoai) opens
// the Cockpit page "Nhập hồ sơ cũ", uploads a CSV of three dossiers of 2020, sees the dry run, applies it, and
// opens the KPI report of 2020 in "Giám sát hồ sơ", which now counts them.
// Run: node --test legacy-import.spec.mjs (MOTCUA_URL, default http://localhost:8080)   Screenshots: ../target/e2e/
import assert from 'node:assert/strict';
import { BASE, browserTest, login, shot } from './harness.mjs';

const test = (name, fn) => browserTest(import.meta.url, name, fn);

test('a manager imports a past year and reads its KPI report in Cockpit', async (sessions) => {
  const tag = `E2E${Date.now().toString().slice(-8)}`;
  const csv = 'Mã hồ sơ,Mã thủ tục,Cơ quan giải quyết,Kênh,Ngày tiếp nhận,Hạn giải quyết,Ngày kết thúc,Ngày trả kết quả,Trạng thái,Người nộp\n'
    + `${tag}-1,1.001612,000.00.20.H10,ONLINE,2020-03-02 08:00,2020-03-05 08:00,2020-03-04 08:00,2020-03-04 15:00,10,Nguyễn Văn Một\n`
    + `${tag}-2,1.001612,000.00.20.H10,COUNTER,2020-03-02 09:00,2020-03-05 09:00,2020-03-06 09:00,2020-03-06 15:00,10,"=HYPERLINK(""x"")"\n`
    + `${tag}-3,1.009974,000.00.20.H10,COUNTER,2020-04-01 08:00,2020-04-30 17:00,2020-04-03 08:00,,7,Lê Thị Ba\n`;

  const page = await sessions.newPage({ label: 'quanly.dongxoai' });
  await login(page, 'cockpit', 'quanly.dongxoai');
  await page.goto(`${BASE}/camunda/app/cockpit/default/#/nhap-ho-so-cu`);
  await page.getByRole('heading', { name: 'Nhập hồ sơ cũ' }).waitFor();
  await page.locator('input[name=file]').setInputFiles({ name: `ho-so-2020-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });

  await page.locator('button[name=dry-run]').click();
  await page.locator('.nhc-valid').waitFor();
  assert.equal(await page.locator('.nhc-valid').innerText(), '3');
  assert.equal(await page.locator('.nhc-problems').innerText(), '0');
  assert.equal(await page.locator('.nhc-count').first().innerText(), '3');
  await shot(page, 'nhap-ho-so-cu-xem-truoc');

  await page.locator('button[name=apply]').click();
  await page.locator('.nhc-applied').waitFor();
  assert.match(await page.locator('.nhc-applied').innerText(), /3 hồ sơ/);
  await page.locator('.nhc-batches').getByText(`ho-so-2020-${tag}.csv`).waitFor();
  await shot(page, 'nhap-ho-so-cu-da-nhap');

  // the year's KPI report in "Giám sát hồ sơ" counts the imported dossiers
  await page.getByRole('link', { name: 'Báo cáo KPI năm 2020' }).first().click();
  await page.locator('table.gsh-period').waitFor();
  const row = (label) => page.locator('table.gsh-period tr').filter({ hasText: label }).locator('td').nth(1).innerText();
  assert.ok(Number(await row('Giải quyết trước hạn')) >= 1, 'the early one is counted');
  assert.ok(Number(await row('Giải quyết quá hạn')) >= 1, 'the late one is counted');
  assert.ok(Number(await row('Rút hồ sơ')) >= 1, 'the withdrawn one is counted');
  assert.match(await page.locator('.gsh-report h3').first().innerText(), /2020-01-01/);
  await shot(page, 'nhap-ho-so-cu-bao-cao-2020');
});
