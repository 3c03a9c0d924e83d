// Cockpit page "Danh mục thủ tục" (docs/catalogue-import.md): upload of a procedure catalogue with its internal
// processes (JSON, XLSX, or a zip of thu-tuc.csv and quy-trinh-noi-bo.csv), the diff against the stored catalogue,
// and applying it; per stored procedure version with a step table, the download of its generated model ("Tải mô hình
// khung", docs/analyst-guide.md section 0). Administrators only. Plain ES module, no build step.
// Data: /camunda/api/cockpit/plugin/danh-muc-thu-tuc/{engine}/diff|apply|skeletons|skeleton/{code}?effectiveFrom=
const ID = 'danh-muc-thu-tuc';
const PAGE = '#/danh-muc-thu-tuc';

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

const KINDS = {
  NEW_PROCEDURE: 'Thủ tục mới', NEW_VERSION: 'Phiên bản mới', UNCHANGED: 'Không đổi',
  DESCRIPTION: 'Cập nhật nguồn / kiểm chứng', NEW_STEP_TABLE: 'Quy trình nội bộ mới',
  UNCHANGED_STEP_TABLE: 'Quy trình nội bộ không đổi', STEP_TABLE_DESCRIPTION: 'Cập nhật nguồn quy trình',
};

function client(options) {
  const api = options.api || options;
  const base = `${api.cockpitApi}/plugin/${ID}/${api.engine}`;
  return async (path, body) => {
    const res = await fetch(`${base}/${path}`, {
      method: 'POST', body, credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/octet-stream', 'X-XSRF-TOKEN': api.CSRFToken || '' },
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) {
      const error = new Error(`${json.title || res.status}${json.detail ? ` — ${json.detail}` : ''}`);
      error.fields = json.errors || [];
      throw error;
    }
    return json;
  };
}

function base(options) {
  const api = options.api || options;
  return `${api.cockpitApi}/plugin/${ID}/${api.engine}`;
}

async function skeletons(node, options) {
  const res = await fetch(`${base(options)}/skeletons`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) { node.innerHTML = failure(new Error(`${json.title || res.status}${json.detail ? ` — ${json.detail}` : ''}`)); return; }
  if (!json.length) { node.innerHTML = '<p>Chưa có phiên bản thủ tục nào có quy trình nội bộ.</p>'; return; }
  node.innerHTML = `<table class="dmt-table"><thead><tr><th>Mã thủ tục</th><th>Tên</th><th>Hiệu lực</th><th>Trường hợp</th><th>Mã quy trình</th><th></th></tr></thead><tbody>
    ${json.map((v) => `<tr><td><code>${esc(v.code)}</code></td><td>${esc(v.name)}</td><td>${esc(v.effectiveFrom)}${v.effectiveTo ? ` – ${esc(v.effectiveTo)}` : ''}</td>
      <td>${esc(v.caseCode)}</td><td><code>${esc(v.processKey)}</code></td>
      <td><a class="btn btn-default btn-xs" download href="${esc(`${base(options)}/skeleton/${encodeURIComponent(v.code)}?effectiveFrom=${encodeURIComponent(v.effectiveFrom)}`)}">Tải mô hình khung</a></td></tr>`).join('')}
    </tbody></table>`;
}

function report(answer) {
  const counts = Object.entries(answer.counts || {});
  const summary = counts.length
    ? `<ul class="dmt-counts">${counts.map(([k, n]) => `<li>${esc(KINDS[k] || k)}: <b>${esc(n)}</b></li>`).join('')}</ul>` : '';
  const rows = answer.changes || [];
  const table = rows.length
    ? `<table class="dmt-table"><thead><tr><th>Thay đổi</th><th>Mã thủ tục</th><th>Hiệu lực từ</th><th>Trường hợp</th><th>Chi tiết</th></tr></thead><tbody>
      ${rows.map((c) => `<tr><td>${esc(KINDS[c.kind] || c.kind)}</td><td><code>${esc(c.code)}</code></td><td>${esc(c.effectiveFrom)}</td><td>${esc(c.caseCode)}</td><td>${esc(c.detail)}</td></tr>`).join('')}</tbody></table>`
    : '<p>Không có thay đổi: danh mục đã đúng với tệp này.</p>';
  return summary + table;
}

function failure(e) {
  return `<div class="dmt-error"><b>${esc(e.message)}</b>${e.fields && e.fields.length
    ? `<table class="dmt-table"><thead><tr><th>Trang</th><th>Dòng</th><th>Cột</th><th>Lỗi</th></tr></thead><tbody>${e.fields.map((f) =>
      `<tr><td>${esc(f.sheet)}</td><td>${esc(f.row)}</td><td>${esc(f.column)}</td><td>${esc(f.message)}</td></tr>`).join('')}</tbody></table>` : ''}</div>`;
}

async function renderPage(node, options) {
  const post = client(options);
  node.innerHTML = `<section class="dmt"><h2>Danh mục thủ tục hành chính</h2>
    <p>Nhập danh mục thủ tục và quy trình nội bộ (JSON, XLSX có hai trang "Thủ tục" và "Quy trình nội bộ", hoặc tệp zip chứa thu-tuc.csv và quy-trinh-noi-bo.csv).
      Tệp có lỗi không được lưu; phiên bản đã lưu không bị sửa — thay đổi là phiên bản mới với ngày hiệu lực mới.</p>
    <div class="dmt-upload"><label>Tệp danh mục <input type="file" name="file" accept=".json,.xlsx,.zip"></label>
      <button type="button" name="diff" class="btn btn-default">Xem thay đổi</button>
      <button type="button" name="apply" class="btn btn-primary" disabled>Áp dụng</button></div>
    <div class="dmt-confirm" hidden>Áp dụng danh mục này? Các thay đổi ở trên được lưu trong một lần.
      <button type="button" name="confirm" class="btn btn-danger">Xác nhận áp dụng</button>
      <button type="button" name="cancel" class="btn btn-default">Hủy</button></div>
    <div class="dmt-result"></div>
    <h3>Mô hình khung từ quy trình nội bộ</h3>
    <p>Mỗi phiên bản thủ tục có quy trình nội bộ: tải tệp zip (quy trình BPMN, biểu mẫu, bảng thoi-han-buoc đã gộp), mở trong Camunda Modeler,
      bổ sung quy tắc phân công (phan-cong-xu-ly) rồi triển khai.</p>
    <div class="dmt-skeletons">Đang tải…</div></section>`;
  const list = node.querySelector('.dmt-skeletons');
  skeletons(list, options);
  const result = node.querySelector('.dmt-result');
  const applyButton = node.querySelector('[name=apply]');
  // the confirmation is on the page: Cockpit's Content-Security-Policy sandboxes the document without allow-modals,
  // so the browser ignores window.confirm (it answers false) and a confirm() here would make "Áp dụng" do nothing
  const confirmation = node.querySelector('.dmt-confirm');
  const file = () => node.querySelector('[name=file]').files[0];
  node.querySelector('[name=file]').addEventListener('change', () => { applyButton.disabled = true; confirmation.hidden = true; result.innerHTML = ''; });
  node.querySelector('[name=cancel]').addEventListener('click', () => { confirmation.hidden = true; });
  node.querySelector('[name=diff]').addEventListener('click', async () => {
    confirmation.hidden = true;
    if (!file()) { result.innerHTML = '<p>Hãy chọn tệp.</p>'; return; }
    result.innerHTML = 'Đang kiểm tra…';
    try {
      const answer = await post('diff', await file().arrayBuffer());
      result.innerHTML = `<h3>Thay đổi nếu áp dụng ${esc(file().name)}</h3>${report(answer)}`;
      applyButton.disabled = false;
    } catch (e) { result.innerHTML = failure(e); applyButton.disabled = true; }
  });
  applyButton.addEventListener('click', () => { if (file()) confirmation.hidden = false; });
  node.querySelector('[name=confirm]').addEventListener('click', async () => {
    confirmation.hidden = true;
    if (!file()) return;
    try {
      const answer = await post('apply', await file().arrayBuffer());
      result.innerHTML = `<h3>Đã áp dụng ${esc(file().name)}</h3>${report(answer)}`;
      applyButton.disabled = true;
      skeletons(list, options);
    } catch (e) { result.innerHTML = failure(e); }
  });
}

export default [
  {
    id: `${ID}-navigation`,
    pluginPoint: 'cockpit.navigation',
    priority: 3,
    properties: { label: 'Danh mục thủ tục', pagePath: PAGE, checkActive: (path) => path.includes(PAGE) },
  },
  {
    id: `${ID}-route`,
    pluginPoint: 'cockpit.route',
    properties: { path: '/danh-muc-thu-tuc', label: 'Danh mục thủ tục' },
    render: renderPage,
  },
];
