// Cockpit page "Nhập hồ sơ cũ" (docs/legacy-import.md): upload a CSV file of past dossiers, see the dry run (rows per
// year and agency, every bad row and field), apply it; then open the KPI report of an imported year.
// Plain ES module, no build step. Data: /api/reports/legacy-imports, with the Cockpit session.
const ID = 'nhap-ho-so-cu';
const PAGE = '#/nhap-ho-so-cu';

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

function client(options) {
  const api = options.api || options;
  const base = `${api.cockpitApi.replace(/\/[^/]+\/api\/cockpit$/, '')}/api/reports/legacy-imports`;
  const call = async (method, path, body) => {
    const res = await fetch(`${base}${path}`, {
      method, body, credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'text/csv; charset=UTF-8', 'X-XSRF-TOKEN': api.CSRFToken || '' },
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) {
      const error = new Error(`${json.title || res.status}${json.detail ? ` — ${json.detail}` : ''}`);
      error.fields = json.errors || [];
      throw error;
    }
    return json;
  };
  return { base, get: (p) => call('GET', p), post: (p, body) => call('POST', p, body) };
}

function failure(e) {
  return `<div class="nhc-error" role="alert"><b>${esc(e.message)}</b>${e.fields && e.fields.length
    ? `<ul>${e.fields.map((f) => `<li><code>${esc(f.field)}</code>: ${esc(f.message)}</li>`).join('')}</ul>` : ''}</div>`;
}

/** Rows per year and agency, each year with a link to its KPI report in "Giám sát hồ sơ". */
function counts(perYearAgency) {
  const years = Object.keys(perYearAgency);
  if (!years.length) return '<p>Không có dòng hợp lệ.</p>';
  return `<table class="nhc-table"><thead><tr><th>Năm</th><th>Cơ quan</th><th>Số hồ sơ</th><th></th></tr></thead><tbody>
    ${years.map((y) => Object.entries(perYearAgency[y]).map(([agency, n]) => `<tr><td>${esc(y)}</td><td><code>${esc(agency)}</code></td>
      <td class="nhc-count">${Number(n)}</td><td><a href="#/giam-sat-ho-so?tab=report&from=${esc(y)}-01-01&to=${esc(y)}-12-31&agency=${encodeURIComponent(agency)}">Báo cáo KPI năm ${esc(y)}</a></td></tr>`).join('')).join('')}
    </tbody></table>`;
}

function preview(p) {
  return `<h3>Xem trước: ${esc(p.fileName)}</h3>
    <p>${p.lines} dòng · <b class="nhc-valid">${p.validRows}</b> hợp lệ · <b class="nhc-problems">${p.problemCount}</b> lỗi
    ${p.appliedAsBatch ? ` · <b>tệp này đã được nhập ở lô ${Number(p.appliedAsBatch)}</b>` : ''}</p>
    ${counts(p.perYearAgency)}
    ${p.problems.length ? `<h4>Lỗi (không dòng nào được nhập khi còn lỗi)</h4><ul class="nhc-list">${p.problems.map((f) => `<li><code>${esc(f.field)}</code>: ${esc(f.message)}</li>`).join('')}</ul>` : ''}`;
}

async function batches(node, http) {
  try {
    const list = await http.get('');
    node.innerHTML = list.length ? `<h3>Các lô đã nhập</h3><table class="nhc-table"><thead><tr><th>Lô</th><th>Tệp</th><th>Người nhập</th><th>Thời điểm</th><th>Số hồ sơ</th><th></th></tr></thead><tbody>
      ${list.map((b) => `<tr><td>${Number(b.id)}</td><td>${esc(b.fileName)}</td><td>${esc(b.importedBy)}</td><td>${esc(new Date(b.importedAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }))}</td>
        <td>${Number(b.rowCount)}</td><td><a href="${http.base}/${Number(b.id)}.csv">Tải CSV</a></td></tr>`).join('')}</tbody></table>` : '<p>Chưa nhập lô nào.</p>';
  } catch (e) { node.innerHTML = failure(e); }
}

function renderPage(node, options) {
  const http = client(options);
  node.innerHTML = `<section class="nhc"><h2>Nhập hồ sơ cũ</h2>
    <p>Hồ sơ đã giải quyết trước khi dùng Motcua, từ tệp CSV (định dạng: docs/legacy-import.md), để báo cáo KPI có cả các năm trước.
    Quản trị viên nhập cho mọi cơ quan; lãnh đạo một cơ quan chỉ nhập hồ sơ của cơ quan mình.</p>
    <div class="nhc-upload"><label>Tệp CSV <input type="file" name="file" accept=".csv,text/csv"></label>
      <button type="button" name="dry-run" class="btn btn-default">Xem trước</button>
      <button type="button" name="apply" class="btn btn-primary" disabled>Nhập</button></div>
    <div class="nhc-result"></div><div class="nhc-batches">Đang tải…</div></section>`;
  const result = node.querySelector('.nhc-result');
  const applyButton = node.querySelector('[name=apply]');
  const file = () => node.querySelector('[name=file]').files[0];
  const query = () => `?fileName=${encodeURIComponent(file().name)}`;
  node.querySelector('[name=file]').addEventListener('change', () => { applyButton.disabled = true; result.innerHTML = ''; });
  node.querySelector('[name=dry-run]').addEventListener('click', async () => {
    if (!file()) { result.innerHTML = '<p>Hãy chọn tệp.</p>'; return; }
    try {
      const p = await http.post(`/dry-run${query()}`, await file().arrayBuffer());
      result.innerHTML = preview(p);
      applyButton.disabled = p.problemCount > 0 || p.validRows === 0 || Boolean(p.appliedAsBatch);
    } catch (e) { result.innerHTML = failure(e); applyButton.disabled = true; }
  });
  applyButton.addEventListener('click', async () => {
    // no window.confirm: Cockpit's sandboxed page ignores it; the clean dry run of this very file is the confirmation
    if (!file()) return;
    try {
      const a = await http.post(query(), await file().arrayBuffer());
      result.innerHTML = `<h3 class="nhc-applied">Đã nhập lô ${Number(a.batchId)}: ${Number(a.rows)} hồ sơ</h3>${counts(a.perYearAgency)}`;
      applyButton.disabled = true;
      await batches(node.querySelector('.nhc-batches'), http);
    } catch (e) { result.innerHTML = failure(e); }
  });
  batches(node.querySelector('.nhc-batches'), http);
}

export default [
  {
    id: `${ID}-navigation`,
    pluginPoint: 'cockpit.navigation',
    priority: 3,
    properties: { label: 'Nhập hồ sơ cũ', pagePath: PAGE, checkActive: (path) => path.includes(PAGE) },
  },
  {
    id: `${ID}-route`,
    pluginPoint: 'cockpit.route',
    properties: { path: '/nhap-ho-so-cu', label: 'Nhập hồ sơ cũ' },
    render: renderPage,
  },
];
