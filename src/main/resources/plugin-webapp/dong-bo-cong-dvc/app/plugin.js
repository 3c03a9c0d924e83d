// Cockpit page "Đồng bộ Cổng DVC" (docs/integration.md "The Cockpit page"): the parked outbox events (channel,
// dossier, event, attempts, last error) with their retry, a dossier's sync state with the national portal, and
// the resync of a date range. Administrators only. Plain ES module, no build step.
// Data: /camunda/api/cockpit/plugin/dong-bo-cong-dvc/{engine}/... (the answers of the admin API /api/admin/outbox)
const ID = 'dong-bo-cong-dvc';
const PAGE = '#/dong-bo-cong-dvc';

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const CHANNELS = { portal: 'Cổng DVC', email: 'Thư điện tử', sms: 'SMS', zalo: 'Zalo', dms: 'Quản lý văn bản', lgsp: 'Liên thông' };
const STATES = { NONE: 'Chưa có sự kiện', SYNCED: 'Đã đồng bộ', PENDING: 'Đang chờ gửi', RETRYING: 'Đang gửi lại', PARKED: 'Bị tạm giữ' };
const time = (t) => (t ? new Date(t).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '—');
const day = (d) => d.toISOString().slice(0, 10);

function client(options) {
  const api = options.api || options;
  const base = `${api.cockpitApi}/plugin/${ID}/${api.engine}`;
  const call = async (method, path, body, headers = {}) => {
    const res = await fetch(`${base}/${path}`, {
      method, body, credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': api.CSRFToken || '', ...headers },
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) {
      const error = new Error(`${json.title || res.status}${json.detail ? ` — ${json.detail}` : ''}`);
      error.fields = json.errors || [];
      throw error;
    }
    return json;
  };
  return { get: (p) => call('GET', p), post: (p, body, headers) => call('POST', p, body, headers) };
}

function failure(e) {
  return `<div class="dbc-error" role="alert"><b>${esc(e.message)}</b>${e.fields && e.fields.length ? `<ul>${e.fields.map((f) => `<li><code>${esc(f.field)}</code>: ${esc(f.message)}</li>`).join('')}</ul>` : ''}</div>`;
}

function parkedTable(list) {
  if (!list.length) return '<p class="dbc-empty">Không có sự kiện bị tạm giữ.</p>';
  return `<table class="dbc-table"><thead><tr><th>Kênh</th><th>Hồ sơ</th><th>Sự kiện</th><th>Loại</th><th>Số lần gửi</th><th>Tạm giữ lúc</th><th>Lỗi cuối</th><th></th></tr></thead><tbody>
    ${list.map((e) => `<tr data-event="${esc(e.id)}" data-dossier="${esc(e.dossierCode)}"><td>${esc(CHANNELS[e.channel] || e.channel)}</td>
      <td><code>${esc(e.dossierCode)}</code></td><td><code>${esc(e.eventKey)}</code></td><td>${esc(e.kind)}</td>
      <td>${esc(e.attempts)}</td><td>${esc(time(e.parkedAt))}</td><td class="dbc-errortext">${esc(e.lastError)}</td>
      <td><button type="button" class="btn btn-default btn-xs" name="retry" data-id="${esc(e.id)}">Gửi lại</button></td></tr>`).join('')}</tbody></table>`;
}

function syncState(s) {
  return `<dl class="dbc-state"><dt>Hồ sơ</dt><dd><code>${esc(s.code)}</code></dd>
    <dt>Trạng thái đồng bộ</dt><dd class="dbc-state-${esc(s.state)}">${esc(STATES[s.state] || s.state)}</dd>
    <dt>Sự kiện cuối đã ghi / đã gửi / Cổng đã nhận</dt><dd>${esc(s.lastSequence)} / ${esc(s.sentSequence)} / ${esc(s.acknowledgedSequence)}</dd>
    <dt>Cổng nhận lúc</dt><dd>${esc(time(s.acknowledgedAt))}</dd>
    <dt>Đang chờ</dt><dd>${esc(s.waiting)}${s.waitingSequence ? ` (từ sự kiện số ${esc(s.waitingSequence)}, đã gửi lỗi ${esc(s.attempts)} lần)` : ''}</dd>
    ${s.lastError ? `<dt>Lỗi cuối</dt><dd class="dbc-errortext">${esc(s.lastError)}</dd>` : ''}
    <dt>Lần gửi cuối</dt><dd>${esc(time(s.lastAttemptAt))}</dd></dl>`;
}

async function renderPage(node, options) {
  const http = client(options);
  const today = new Date();
  const weekAgo = new Date(today.getTime() - 6 * 86400000);
  node.innerHTML = `<section class="dbc"><h2>Đồng bộ Cổng Dịch vụ công</h2>
    <h3>Sự kiện bị tạm giữ</h3><div class="dbc-message"></div><div class="dbc-parked">Đang tải…</div>
    <h3>Trạng thái đồng bộ của hồ sơ</h3>
    <form class="dbc-form" name="lookup"><label>Mã hồ sơ <input name="code" required maxlength="64" size="30"></label>
      <button type="submit" class="btn btn-default">Xem</button></form><div class="dbc-sync"></div>
    <h3>Đồng bộ lại theo khoảng ngày</h3>
    <p class="dbc-help">Gửi lại trạng thái đầy đủ của mọi hồ sơ được tiếp nhận hoặc thay đổi trong khoảng ngày (tối đa theo cấu hình, mặc định 31 ngày), xếp sau các sự kiện trước đó của hồ sơ.</p>
    <form class="dbc-form" name="resync"><label>Từ ngày <input type="date" name="from" value="${day(weekAgo)}" required></label>
      <label>Đến ngày <input type="date" name="to" value="${day(today)}" required></label>
      <button type="submit" class="btn btn-primary">Đồng bộ lại</button></form><div class="dbc-resync"></div></section>`;
  const message = node.querySelector('.dbc-message');
  const parked = node.querySelector('.dbc-parked');
  const load = async () => {
    try { parked.innerHTML = parkedTable(await http.get('parked')); } catch (e) { parked.innerHTML = failure(e); }
  };
  parked.addEventListener('click', async (event) => {
    const button = event.target.closest('button[name=retry]');
    if (!button) return;
    button.disabled = true;
    try {
      await http.post(`parked/${encodeURIComponent(button.dataset.id)}/retry`, '{}');
      message.innerHTML = `<p class="dbc-done">Sự kiện ${esc(button.closest('tr').querySelector('td:nth-child(3)').textContent)} đã được đưa lại hàng đợi gửi.</p>`;
      await load();
    } catch (e) { message.innerHTML = failure(e); button.disabled = false; }
  });
  node.querySelector('form[name=lookup]').addEventListener('submit', async (event) => {
    event.preventDefault();
    const target = node.querySelector('.dbc-sync');
    const code = event.target.code.value.trim();
    try { target.innerHTML = syncState(await http.get(`dossiers/${encodeURIComponent(code)}/sync`)); } catch (e) { target.innerHTML = failure(e); }
  });
  node.querySelector('form[name=resync]').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = event.target;
    const target = node.querySelector('.dbc-resync');
    const button = form.querySelector('button');
    button.disabled = true;
    try {
      const key = `cockpit-${crypto.randomUUID()}`;
      const done = await http.post('resync', JSON.stringify({ from: form.from.value, to: form.to.value }), { 'Idempotency-Key': key });
      target.innerHTML = `<p class="dbc-done">Yêu cầu số ${esc(done.id)} (${esc(done.from)} – ${esc(done.to)}): đã xếp hàng ${esc(done.enqueued)} hồ sơ để gửi lại trạng thái đầy đủ.</p>`;
    } catch (e) { target.innerHTML = failure(e); }
    button.disabled = false;
  });
  await load();
}

export default [
  {
    id: `${ID}-navigation`,
    pluginPoint: 'cockpit.navigation',
    priority: 3,
    properties: { label: 'Đồng bộ Cổng DVC', pagePath: PAGE, checkActive: (path) => path.includes(PAGE) },
  },
  {
    id: `${ID}-route`,
    pluginPoint: 'cockpit.route',
    properties: { path: '/dong-bo-cong-dvc', label: 'Đồng bộ Cổng DVC' },
    render: renderPage,
  },
];
