// Cockpit page "Quản lý tỉnh" (docs/province.md): the province tree in force, upload of a new file set
// (province.json or a zip of the folder), the list of changes, and applying it. Administrators only.
// Plain ES module, no build step. Data: /camunda/api/cockpit/plugin/quan-ly-tinh/{engine}/...
const ID = 'quan-ly-tinh';
const PAGE = '#/quan-ly-tinh';

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

const ACTIONS = { CREATE: 'Thêm', UPDATE: 'Sửa', DEACTIVATE: 'Ngừng hoạt động', REMOVE: 'Gỡ' };
const SUBJECTS = { AGENCY: 'Cơ quan', GROUP: 'Nhóm', TENANT: 'Tenant', MEMBERSHIP: 'Thành viên tenant', GRANT: 'Quyền', FILTER: 'Bộ lọc Tasklist' };
const ROLES = { intake: 'tiếp nhận', handler: 'thẩm định', head: 'lãnh đạo phòng', signer: 'ký', return: 'trả kết quả', manager: 'quản lý', partner: 'phối hợp', analyst: 'phân tích' };

function client(options) {
  const api = options.api || options;
  const base = `${api.cockpitApi}/plugin/${ID}/${api.engine}`;
  const call = async (method, path, body) => {
    const res = await fetch(`${base}/${path}`, {
      method, body, credentials: 'same-origin',
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
  return { get: (p) => call('GET', p), post: (p, body) => call('POST', p, body) };
}

function tree(province) {
  const children = (code) => province.agencies.filter((a) => (a.parent || null) === code);
  const node = (a) => `<li><b>${esc(a.name)}</b> <code>${esc(a.code)}</code> · ${esc(a.level)}
      ${a.effectiveTo ? ` · <span class="qlt-closed">hết hiệu lực ${esc(a.effectiveTo)}</span>` : ''}
      ${a.successor ? ` · <span class="qlt-closed">sáp nhập vào <code>${esc(a.successor)}</code></span>` : ''}
      <div class="qlt-meta">Một cửa: <code>${esc(a.desk)}</code>${a.resolves.length ? ` · Giải quyết: ${a.resolves.map(esc).join(', ')}` : ''}</div>
      ${a.units.length ? `<ul class="qlt-units">${a.units.map((u) => `<li>${esc(u.name)}: ${u.groups.map((g) => `<code>${esc(g.id)}</code> (${esc(ROLES[g.role] || g.role)})`).join(', ')}</li>`).join('')}</ul>` : ''}
      ${children(a.code).length ? `<ul>${children(a.code).map(node).join('')}</ul>` : ''}</li>`;
  const roots = province.agencies.filter((a) => !a.parent || !province.agencies.some((p) => p.code === a.parent));
  return `<h3>${esc(province.name)} <small>phiên bản ${esc(province.version)}</small></h3>
    <ul class="qlt-tree">${roots.map(node).join('')}</ul>
    <h4>Bộ phận một cửa</h4><ul>${province.serviceCentres.map((c) => `<li><code>${esc(c.id)}</code> ${esc(c.name)} — tiếp nhận cho ${c.receivesFor.map(esc).join(', ')}</li>`).join('')}</ul>`;
}

function changes(list) {
  if (!list.length) return '<p>Không có thay đổi: hệ thống đã đúng với tệp này.</p>';
  return `<table class="qlt-table"><thead><tr><th>Thao tác</th><th>Đối tượng</th><th>Mã</th><th>Chi tiết</th></tr></thead><tbody>
    ${list.map((c) => `<tr><td>${esc(ACTIONS[c.action] || c.action)}</td><td>${esc(SUBJECTS[c.subject] || c.subject)}</td><td><code>${esc(c.subjectId)}</code></td><td>${esc(c.detail)}</td></tr>`).join('')}</tbody></table>`;
}

function failure(e) {
  return `<div class="qlt-error"><b>${esc(e.message)}</b>${e.fields && e.fields.length ? `<ul>${e.fields.map((f) => `<li><code>${esc(f.field)}</code>: ${esc(f.message)}</li>`).join('')}</ul>` : ''}</div>`;
}

async function renderPage(node, options) {
  const http = client(options);
  node.innerHTML = `<section class="qlt"><h2>Quản lý tỉnh</h2>
    <div class="qlt-upload"><label>Tệp mô tả tỉnh (province.json hoặc .zip) <input type="file" name="file" accept=".json,.zip"></label>
      <button type="button" name="diff" class="btn btn-default">Xem thay đổi</button>
      <button type="button" name="apply" class="btn btn-primary" disabled>Áp dụng</button></div>
    <div class="qlt-confirm" hidden>Áp dụng tệp mô tả tỉnh này? Các thay đổi ở trên được ghi ngay.
      <button type="button" name="confirm" class="btn btn-danger">Xác nhận áp dụng</button>
      <button type="button" name="cancel" class="btn btn-default">Hủy</button></div>
    <div class="qlt-result"></div><div class="qlt-current">Đang tải…</div></section>`;
  const result = node.querySelector('.qlt-result');
  const current = node.querySelector('.qlt-current');
  const applyButton = node.querySelector('[name=apply]');
  // the confirmation is on the page: Cockpit's Content-Security-Policy sandboxes the document without allow-modals,
  // so the browser ignores window.confirm (it answers false) and a confirm() here would make "Áp dụng" do nothing
  const confirmation = node.querySelector('.qlt-confirm');
  const file = () => node.querySelector('[name=file]').files[0];
  node.querySelector('[name=file]').addEventListener('change', () => { applyButton.disabled = true; confirmation.hidden = true; result.innerHTML = ''; });
  node.querySelector('[name=cancel]').addEventListener('click', () => { confirmation.hidden = true; });
  const load = async () => {
    try { current.innerHTML = tree(await http.get('province')); } catch (e) { current.innerHTML = failure(e); }
  };
  node.querySelector('[name=diff]').addEventListener('click', async () => {
    confirmation.hidden = true;
    if (!file()) { result.innerHTML = '<p>Hãy chọn tệp.</p>'; return; }
    try {
      const answer = await http.post('diff', await file().arrayBuffer());
      result.innerHTML = `<h3>Thay đổi nếu áp dụng phiên bản ${esc(answer.version)}</h3>${changes(answer.changes)}`;
      applyButton.disabled = false;
    } catch (e) { result.innerHTML = failure(e); applyButton.disabled = true; }
  });
  applyButton.addEventListener('click', () => { if (file()) confirmation.hidden = false; });
  node.querySelector('[name=confirm]').addEventListener('click', async () => {
    confirmation.hidden = true;
    if (!file()) return;
    try {
      const answer = await http.post('apply', await file().arrayBuffer());
      result.innerHTML = `<h3>Đã áp dụng phiên bản ${esc(answer.version)}: ${answer.changes.length} thay đổi</h3>${changes(answer.changes)}`;
      applyButton.disabled = true;
      await load();
    } catch (e) { result.innerHTML = failure(e); }
  });
  await load();
}

export default [
  {
    id: `${ID}-navigation`,
    pluginPoint: 'cockpit.navigation',
    priority: 4,
    properties: { label: 'Quản lý tỉnh', pagePath: PAGE, checkActive: (path) => path.includes(PAGE) },
  },
  {
    id: `${ID}-route`,
    pluginPoint: 'cockpit.route',
    properties: { path: '/quan-ly-tinh', label: 'Quản lý tỉnh' },
    render: renderPage,
  },
];
