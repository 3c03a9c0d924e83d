// Cockpit plugin "Giám sát hồ sơ": overdue and due-soon dossiers of the register, drill-down, KPI reports.
// Plain ES module, no build step. Data: the monitoring API /api/reports/..., read with the Cockpit session.
const ID = 'giam-sat-ho-so';
const PAGE = '#/giam-sat-ho-so';

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const time = (t) => (t ? new Date(t).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' }) : '');
const pct = (v) => (v === null || v === undefined ? '—' : `${v}%`);

function client(options) {
  const api = options.api || options;
  // the application's root: Cockpit's API is <root>/<webapp path>/api/cockpit
  const base = `${api.cockpitApi.replace(/\/[^/]+\/api\/cockpit$/, '')}/api/reports`;
  const url = (path, params = {}) => {
    const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
    return `${base}/${path}${q.toString() ? `?${q}` : ''}`;
  };
  const get = async (path, params) => {
    const res = await fetch(url(path, params), { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken || '' } });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) {
      const fields = (body.errors || []).map((e) => `${e.field}: ${e.message}`).join('; ');
      throw new Error(`${body.title || res.status}${body.detail ? ` — ${body.detail}` : ''}${fields ? ` (${fields})` : ''}`);
    }
    return body;
  };
  return { get, url };
}

/** Horizontal bars as inline SVG: overdue (red) and due soon (amber) per item. */
function bars(title, counts) {
  const items = counts.slice(0, 10);
  const max = Math.max(1, ...items.map((c) => c.overdue + c.dueSoon));
  const rowH = 22;
  const rows = items.map((c, i) => {
    const wO = Math.round((c.overdue / max) * 200);
    const wS = Math.round((c.dueSoon / max) * 200);
    const y = i * rowH;
    return `<text x="0" y="${y + 15}" font-size="12">${esc((c.name || c.code || '').slice(0, 38))}</text>
      <rect x="250" y="${y + 3}" width="${wO}" height="16" fill="#b5152b"><title>Quá hạn: ${c.overdue}</title></rect>
      <rect x="${250 + wO}" y="${y + 3}" width="${wS}" height="16" fill="#e5a000"><title>Sắp đến hạn: ${c.dueSoon}</title></rect>
      <text x="${256 + wO + wS}" y="${y + 15}" font-size="12">${c.overdue} / ${c.dueSoon}</text>`;
  }).join('');
  return `<div class="gsh-chart"><h4>${esc(title)}</h4>${items.length ? `<svg width="520" height="${items.length * rowH + 4}" role="img" aria-label="${esc(title)}">${rows}</svg>` : '<p>Không có hồ sơ.</p>'}</div>`;
}

function options(list, selected, any) {
  return `<option value="">${esc(any)}</option>` + list.map((c) => `<option value="${esc(c.code)}"${c.code === selected ? ' selected' : ''}>${esc(c.code)} — ${esc(c.name)}</option>`).join('');
}

async function renderMonitoring(node, http, state) {
  const filter = { agency: state.agency, procedure: state.procedure, step: state.step, by: state.by };
  const [choices, dash, list] = await Promise.all([
    http.get('choices'), http.get('dashboard', filter), http.get('dossiers', { ...filter, kind: state.kind, size: 100 }),
  ]);
  const exportParams = { ...filter, kind: state.kind };
  node.innerHTML = `
    <div class="gsh-filters">
      <label>Cơ quan<select name="agency">${options(choices.agencies, state.agency, 'Tất cả cơ quan')}</select></label>
      <label>Thủ tục<select name="procedure">${options(choices.procedures, state.procedure, 'Tất cả thủ tục')}</select></label>
      <label>Bước xử lý<select name="step">${options(choices.steps, state.step, 'Tất cả các bước')}</select></label>
      <label>Tính theo<select name="by"><option value="">Cơ quan giải quyết</option>
        <option value="receiving"${state.by === 'receiving' ? ' selected' : ''}>Nơi tiếp nhận</option></select></label>
      <label>Hiển thị<select name="kind">
        <option value="ALL"${state.kind === 'ALL' ? ' selected' : ''}>Quá hạn và sắp đến hạn</option>
        <option value="OVERDUE"${state.kind === 'OVERDUE' ? ' selected' : ''}>Quá hạn</option>
        <option value="DUE_SOON"${state.kind === 'DUE_SOON' ? ' selected' : ''}>Sắp đến hạn</option></select></label>
      <a class="btn btn-default" href="${http.url('dossiers.csv', exportParams)}">Xuất CSV</a>
      <a class="btn btn-default" href="${http.url('dossiers.xlsx', exportParams)}">Xuất Excel</a>
    </div>
    <div class="gsh-totals">
      <div class="gsh-total gsh-overdue"><b>${dash.overdue}</b>Hồ sơ quá hạn</div>
      <div class="gsh-total gsh-soon"><b>${dash.dueSoon}</b>Hồ sơ sắp đến hạn (đến ${esc(time(dash.dueSoonUntil))})</div>
    </div>
    <div class="gsh-charts">${bars('Theo cơ quan', dash.byAgency)}${bars('Theo thủ tục', dash.byProcedure)}${bars('Theo bước xử lý', dash.byStep)}</div>
    <div class="gsh-detail-slot"></div>
    <h3>Danh sách hồ sơ</h3>
    <table class="gsh-list"><thead><tr><th>Mã hồ sơ</th><th>Người nộp</th><th>Thủ tục</th><th>Cơ quan</th><th>Bước hiện tại</th><th>Hạn xử lý</th><th>Tình trạng</th></tr></thead>
    <tbody>${list.map((r) => `<tr class="${r.overdue ? 'gsh-late' : ''}"><td><a href="" data-code="${esc(r.code)}">${esc(r.code)}</a></td><td>${esc(r.applicantName)}</td>
      <td>${esc(r.procedureName)}</td><td>${esc(r.agencyName)}</td><td>${esc(r.stepName)}</td><td>${esc(time(r.dueAt))}</td>
      <td>${r.overdue ? 'Quá hạn' : 'Sắp đến hạn'}</td></tr>`).join('') || '<tr><td colspan="7">Không có hồ sơ quá hạn hay sắp đến hạn.</td></tr>'}</tbody></table>`;
  node.querySelectorAll('select').forEach((s) => s.addEventListener('change', () => {
    state[s.name] = s.value || (s.name === 'kind' ? 'ALL' : '');
    renderMonitoring(node, http, state).catch((e) => fail(node, e));
  }));
  node.querySelectorAll('a[data-code]').forEach((a) => a.addEventListener('click', (ev) => {
    ev.preventDefault();
    showDossier(node.querySelector('.gsh-detail-slot'), http, a.dataset.code).catch((e) => fail(node, e));
  }));
  if (state.code) {
    await showDossier(node.querySelector('.gsh-detail-slot'), http, state.code);
  }
}

async function showDossier(slot, http, code) {
  const d = await http.get(`dossiers/${encodeURIComponent(code)}`);
  const r = d.dossier;
  slot.innerHTML = `<div class="gsh-detail">
    <h3>Hồ sơ ${esc(r.code)}</h3>
    <p>Người nộp: <b>${esc(r.applicantName)}</b> · Thủ tục: ${esc(r.procedureName)} · Cơ quan: ${esc(r.agencyName)}</p>
    <p>Bước hiện tại: ${esc(r.stepName || '')} · Tiếp nhận: ${esc(time(r.receivedAt))} · Hạn xử lý: ${esc(time(r.dueAt))}
      · <b>${r.overdue ? 'Quá hạn' : 'Trong hạn'}</b></p>
    <p>${d.cockpitLink ? `<a class="gsh-process-link" href="#/process-instance/${esc(r.processInstanceId)}">Xem quy trình trong Cockpit</a> · ` : ''}
      ${Object.entries(d.slips).map(([name, href]) => `<a href="${esc(href)}" target="_blank">${esc(name)}</a>`).join(' · ')}</p>
    <h4>Lịch sử xử lý (phiếu kiểm soát)</h4>
    <table><thead><tr><th>Thời điểm</th><th>Từ bước</th><th>Người giao</th><th>Đến bước</th><th>Người nhận</th><th>Hạn bước</th><th>Kết quả</th></tr></thead>
    <tbody>${d.history.map((h) => `<tr><td>${esc(time(h.handedAt))}</td><td>${esc(h.fromStepName)}</td><td>${esc(h.sender)}</td><td>${esc(h.toStepName)}</td>
      <td>${esc(h.receiver)}</td><td>${esc(time(h.stepDeadline))}</td><td>${esc({ EARLY: 'Trước hạn', ON_TIME: 'Đúng hạn', LATE: 'Quá hạn' }[h.outcome] || '')}</td></tr>`).join('')
      || '<tr><td colspan="7">Chưa có lượt chuyển giao.</td></tr>'}</tbody></table></div>`;
  slot.scrollIntoView?.();
}

const LINES = [
  ['carriedOver', 'Kỳ trước chuyển sang'], ['receivedOnline', 'Tiếp nhận trực tuyến'], ['receivedCounter', 'Tiếp nhận trực tiếp'],
  ['receivedPost', 'Tiếp nhận qua bưu chính'], ['resolvedEarly', 'Giải quyết trước hạn'], ['resolvedOnTime', 'Giải quyết đúng hạn'],
  ['resolvedLate', 'Giải quyết quá hạn'], ['withdrawn', 'Rút hồ sơ'], ['inProgressWithinTime', 'Đang giải quyết trong hạn'],
  ['inProgressOverdue', 'Đang giải quyết quá hạn'], ['waitingSupplement', 'Chờ bổ sung'], ['waitingFinancialObligation', 'Chờ nghĩa vụ tài chính'],
  ['stopped', 'Dừng xử lý'],
];

async function renderReport(node, http, state) {
  const year = Number(state.to.slice(0, 4));
  node.innerHTML = `<div class="gsh-filters">
      <label>Từ ngày<input type="date" name="from" value="${esc(state.from)}"></label>
      <label>Đến ngày<input type="date" name="to" value="${esc(state.to)}"></label>
      <label>Cơ quan (mã định danh)<input name="agency" value="${esc(state.reportAgency || '')}" placeholder="Tất cả"></label>
      <label>Tính theo<select name="by"><option value="">Cơ quan giải quyết</option>
        <option value="receiving"${state.by === 'receiving' ? ' selected' : ''}>Nơi tiếp nhận</option></select></label>
      <button class="btn btn-primary" name="run">Lập báo cáo</button>
      <a class="btn btn-default" href="${http.url('period.csv', { from: state.from, to: state.to, agency: state.reportAgency, by: state.by })}">Xuất CSV</a>
      <a class="btn btn-default" href="${http.url('period.xlsx', { from: state.from, to: state.to, agency: state.reportAgency, by: state.by })}">Xuất Excel</a>
    </div><div class="gsh-report">Đang tải…</div>`;
  node.querySelector('button[name=run]').addEventListener('click', () => {
    state.from = node.querySelector('input[name=from]').value;
    state.to = node.querySelector('input[name=to]').value;
    state.reportAgency = node.querySelector('input[name=agency]').value.trim();
    state.by = node.querySelector('select[name=by]').value;
    renderReport(node, http, state).catch((e) => fail(node.querySelector('.gsh-report') || node, e));
  });
  const out = node.querySelector('.gsh-report');
  try {
    const [k, ind] = await Promise.all([
      http.get('period', { from: state.from, to: state.to, agency: state.reportAgency, by: state.by }),
      http.get('online-indicators', { year, agency: state.reportAgency, by: state.by }),
    ]);
    const lines = [...k.agencies, ...(k.agencies.length > 1 || !k.agencies.length ? [k.total] : [])];
    out.innerHTML = `<h3>Tình hình giải quyết hồ sơ từ ${esc(k.from)} đến ${esc(k.to)}</h3>
      <table class="gsh-period"><thead><tr><th>Chỉ tiêu</th>${lines.map((l) => `<th>${esc(l.report.agencyName)}</th>`).join('')}</tr></thead><tbody>
      ${LINES.map(([key, label]) => `<tr><td>${label}</td>${lines.map((l) => `<td>${l.report[key]}</td>`).join('')}</tr>`).join('')}
      <tr><td><b>Tổng số phải giải quyết</b></td>${lines.map((l) => `<td><b>${l.total}</b></td>`).join('')}</tr>
      <tr><td><b>Tỷ lệ giải quyết đúng hạn</b></td>${lines.map((l) => `<td><b>${pct(l.onTimeRate)}</b></td>`).join('')}</tr>
      <tr><td>Tỷ lệ hồ sơ trực tuyến</td>${lines.map((l) => `<td>${pct(l.onlineShare)}</td>`).join('')}</tr></tbody></table>
      <p>Kỳ trước chuyển sang + tiếp nhận = đã giải quyết + rút + đang giải quyết + chờ (bổ sung, nghĩa vụ tài chính, dừng xử lý).</p>
      <h3>Thời gian giải quyết trung bình</h3>
      <table><thead><tr><th>Thủ tục</th><th>Số hồ sơ</th><th>Giờ (trung bình)</th></tr></thead><tbody>
      ${k.perProcedure.map((p) => `<tr><td>${esc(p.code)} — ${esc(p.name)}</td><td>${p.count}</td><td>${p.averageHours}</td></tr>`).join('') || '<tr><td colspan="3">Chưa có hồ sơ giải quyết xong.</td></tr>'}</tbody></table>
      <table><thead><tr><th>Bước xử lý</th><th>Số lượt</th><th>Giờ (trung bình)</th></tr></thead><tbody>
      ${k.perStep.map((p) => `<tr><td>${esc(p.name || p.code)}</td><td>${p.count}</td><td>${p.averageHours}</td></tr>`).join('') || '<tr><td colspan="3">Chưa có lượt chuyển giao.</td></tr>'}</tbody></table>
      <h3>Chỉ số dịch vụ công trực tuyến năm ${ind.year} (Báo cáo Chính quyền điện tử Bình Phước)</h3>
      <table><thead><tr><th>Chỉ số</th><th>Kết quả</th><th>Mục tiêu</th><th>Năm 2018</th><th>Đạt</th></tr></thead><tbody>
      ${ind.indicators.map((i) => `<tr><td>(${i.number}) ${esc(i.name)}</td><td>${pct(i.value)} (${i.numerator}/${i.denominator})</td><td>${i.target}%</td><td>${i.baseline2018}%</td>
        <td>${i.value === null ? '—' : i.value >= i.target ? 'Đạt' : 'Chưa đạt'}</td></tr>`).join('')}</tbody></table>
      <h3>Chỉ số theo Quyết định 766/QĐ-TTg</h3>
      <p>Tỷ lệ hồ sơ trực tuyến: <b>${pct(k.decision766.onlineShare)}</b> · Tỷ lệ giải quyết đúng hạn: <b>${pct(k.decision766.onTimeRate)}</b></p>
      <p>Chưa tính được: ${k.decision766.notSupported.map(esc).join('; ')}.</p>`;
  } catch (e) {
    fail(out, e);
  }
}

function fail(node, e) {
  const p = document.createElement('p');
  p.className = 'gsh-error';
  p.textContent = `Lỗi: ${e.message}`;
  node.prepend(p);
}

/** The banner of the calendar alerts (e.g. next year's holiday notice missing), above the page or dashboard. */
function alerts(node, http) {
  http.get('alerts').then((list) => {
    if (!list.length) return;
    const div = document.createElement('div');
    div.className = 'gsh-alert';
    div.setAttribute('role', 'alert');
    div.innerHTML = list.map((a) => `<p><b>Lịch làm việc ${esc(a.year)}:</b> ${esc(a.message)}</p>`).join('');
    node.prepend(div);
  }).catch(() => {});
}

function today() {
  return new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

function renderPage(node, options) {
  const http = client(options);
  // #/giam-sat-ho-so?code=… opens a dossier; ?tab=report&from=…&to=…&agency=… a report (e.g. of an imported past year)
  const params = new URLSearchParams(window.location.hash.split('?')[1] || '');
  const day = (name, fallback) => (/^\d{4}-\d{2}-\d{2}$/.test(params.get(name) || '') ? params.get(name) : fallback);
  const code = params.get('code') || '';
  const state = { tab: params.get('tab') === 'report' ? 'report' : 'monitor', kind: 'ALL', agency: '', procedure: '', step: '', code,
    from: day('from', `${today().slice(0, 4)}-01-01`), to: day('to', today()), reportAgency: params.get('agency') || '',
    by: params.get('by') === 'receiving' ? 'receiving' : '' };
  node.innerHTML = `<div class="gsh"><h2>Giám sát hồ sơ</h2>
    <div class="gsh-tabs"><button class="btn btn-link active" data-tab="monitor">Hồ sơ quá hạn, sắp đến hạn</button>
    <button class="btn btn-link" data-tab="report">Báo cáo KPI</button></div><div class="gsh-body">Đang tải…</div></div>`;
  const body = node.querySelector('.gsh-body');
  alerts(node.querySelector('.gsh'), http);
  const show = () => {
    node.querySelectorAll('[data-tab]').forEach((b) => b.classList.toggle('active', b.dataset.tab === state.tab));
    const run = state.tab === 'monitor' ? renderMonitoring(body, http, state) : renderReport(body, http, state);
    run.catch((e) => { body.innerHTML = ''; fail(body, e); });
  };
  node.querySelectorAll('[data-tab]').forEach((b) => b.addEventListener('click', () => { state.tab = b.dataset.tab; show(); }));
  show();
}

function renderDashboard(node, options) {
  const http = client(options);
  node.innerHTML = '<div class="gsh-dash"><h3>Giám sát hồ sơ</h3><p class="gsh-dash-body">Đang tải…</p></div>';
  alerts(node.querySelector('.gsh-dash'), http);
  http.get('dashboard').then((d) => {
    node.querySelector('.gsh-dash-body').innerHTML = `<b class="gsh-dash-overdue">${d.overdue}</b> hồ sơ quá hạn · <b>${d.dueSoon}</b> hồ sơ sắp đến hạn ·
      <a href="${PAGE}">Xem chi tiết</a>`;
  }).catch((e) => { node.querySelector('.gsh-dash-body').textContent = `Không xem được: ${e.message}`; });
}

export default [
  {
    id: `${ID}-navigation`,
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    properties: { label: 'Giám sát hồ sơ', pagePath: PAGE, checkActive: (path) => path.includes(PAGE) },
  },
  {
    id: `${ID}-route`,
    pluginPoint: 'cockpit.route',
    properties: { path: '/giam-sat-ho-so', label: 'Giám sát hồ sơ' },
    render: renderPage,
  },
  {
    id: `${ID}-dashboard`,
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: renderDashboard,
  },
];
