// What every browser test shares: Debian's chromium (never downloaded), a fresh browser context per session
// (no cookies shared between tests or users), the REST API as a demo user, a login that waits for the
// server's answer, and evidence of every failure under target/e2e/failures/<spec>/<test>/: a screenshot,
// the page's HTML, its URL and the browser console of every page the test opened (run.sh adds app.log).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const BASE = (process.env.MOTCUA_URL || 'http://localhost:8080').replace(/\/$/, '');
const TARGET = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'target', 'e2e');
export const SHOTS = TARGET;
const FAILURES = process.env.E2E_FAILURES || path.join(TARGET, 'failures');
const TIMEOUT = 30_000;
const TEST_BOUND = 5 * 60_000;

let browser;

/*
 * Tasklist focuses its [autofocus] field (the login form's user name) in a 300 ms timer after Angular starts
 * (camunda-tasklist-bootstrap.js: setTimeout(() => $('[autofocus]')[0].focus(), 300)). When the login form is
 * drawn sooner - the server answered "nobody is logged in" quickly - and the test types into it before the
 * timer fires, the focus jumps back mid-typing: the password lands in the user name field ("tiepnhandemo"),
 * the login never happens, and the next wait times out. This marks the timer so login() can wait for it.
 */
const AUTOFOCUS_MARK = () => {
  window.__motcuaAutofocus = 'none';
  const original = window.setTimeout;
  window.setTimeout = function (callback, delay, ...rest) {
    if (typeof callback === 'function' && String(callback).includes('[autofocus]')) {
      window.__motcuaAutofocus = 'scheduled';
      const marked = function (...args) {
        try {
          return callback.apply(this, args);
        } finally {
          window.__motcuaAutofocus = 'done';
        }
      };
      return original.call(this, marked, delay, ...rest);
    }
    return original.call(this, callback, delay, ...rest);
  };
};

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

after(async () => {
  await browser?.close();
});

const slug = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
  .replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 80);

/** A test's browser sessions; each is its own context, all are closed when the test ends. */
class Sessions {
  constructor() {
    this.pages = [];
  }

  /**
   * A fresh context and page: its own cookies, the given language (Vietnamese unless told); `device` options
   * (viewport, isMobile, hasTouch, deviceScaleFactor) for a phone, a desktop window otherwise.
   */
  async newPage({ locale = 'vi-VN', label, viewport = { width: 1366, height: 900 }, ...device } = {}) {
    const context = await browser.newContext({ locale, viewport, ...device });
    await context.addInitScript(AUTOFOCUS_MARK);
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    const base = label || 'page';
    const taken = this.pages.filter((e) => e.label === base || e.label.startsWith(`${base}-`)).length;
    const entry = { page, label: taken ? `${base}-${taken + 1}` : base, log: [], closed: false };
    const stamp = () => new Date().toISOString().slice(11, 23);
    page.on('console', (m) => entry.log.push(`${stamp()} console.${m.type()} ${m.text()}`));
    page.on('pageerror', (e) => entry.log.push(`${stamp()} pageerror ${e.message}`));
    page.on('requestfailed', (r) => entry.log.push(`${stamp()} requestfailed ${r.method()} ${r.url()} ${r.failure()?.errorText}`));
    page.on('response', (r) => {
      if (r.status() >= 400) entry.log.push(`${stamp()} HTTP ${r.status()} ${r.request().method()} ${r.url()}`);
    });
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame()) entry.log.push(`${stamp()} navigated ${f.url()}`);
    });
    context.on('close', () => { entry.closed = true; entry.lastUrl = entry.lastUrl || page.url(); });
    this.pages.push(entry);
    return page;
  }

  /** Closes a session before the test ends (its console log is kept for the evidence). */
  async close(page) {
    const entry = this.pages.find((e) => e.page === page);
    if (entry) entry.lastUrl = page.url();
    await page.context().close();
  }

  async keepEvidence(dir, error) {
    mkdirSync(dir, { recursive: true });
    const urls = [];
    for (const entry of this.pages) {
      const { page, label } = entry;
      if (!entry.closed) {
        entry.lastUrl = page.url();
        await page.screenshot({ path: path.join(dir, `${label}.png`), fullPage: true, timeout: 10_000 }).catch((e) => entry.log.push(`no screenshot: ${e.message}`));
        const html = await page.content().catch((e) => `no HTML: ${e.message}`);
        writeFileSync(path.join(dir, `${label}.html`), html);
      }
      urls.push(`${label}${entry.closed ? ' (closed)' : ''}: ${entry.lastUrl}`);
      writeFileSync(path.join(dir, `${label}.console.log`), entry.log.join('\n') + '\n');
    }
    writeFileSync(path.join(dir, 'url.txt'), urls.join('\n') + '\n');
    writeFileSync(path.join(dir, 'error.txt'), `${error?.stack || error}\n`);
  }

  async closeAll() {
    for (const { page, closed } of this.pages) {
      if (!closed) await page.context().close().catch(() => {});
    }
  }
}

/**
 * A browser test: fn gets the test's sessions. On failure the evidence is kept under
 * target/e2e/failures/<spec>/<test>/ (E2E_RUN=k adds run-k/ for repeated runs) and the failure is rethrown.
 */
export function browserTest(specUrl, name, fn) {
  const spec = path.basename(fileURLToPath(specUrl)).replace(/\.spec\.mjs$/, '');
  test(name, async () => {
    const sessions = new Sessions();
    let bound;
    try {
      // some waits have no timeout of their own (page.evaluate, Node's fetch): a test that hangs fails here,
      // with its evidence, instead of holding up the whole run
      await Promise.race([fn(sessions), new Promise((resolve, reject) => {
        bound = setTimeout(() => reject(new Error(`the test did not end within ${TEST_BOUND / 1000} s`)), TEST_BOUND);
      })]);
    } catch (error) {
      const run = process.env.E2E_RUN ? `run-${process.env.E2E_RUN}` : '';
      await sessions.keepEvidence(path.join(FAILURES, spec, slug(name), run), error).catch(() => {});
      throw error;
    } finally {
      clearTimeout(bound);
      await sessions.closeAll();
    }
  });
}

export const shot = (page, name) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

export const basic = (user, password = 'demo') => 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');

/** The REST API as a demo user (HTTP Basic); fails the test on a non-2xx answer. */
export async function api(method, url, user, password = 'demo', body) {
  const res = await fetch(`${BASE}${url}`, {
    method,
    headers: { Authorization: basic(user, password), 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  assert.ok(res.ok, `${method} ${url} as ${user} answered ${res.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

/** A raw GET as a demo user, for status and header checks. */
export const get = (url, user, password = 'demo') => fetch(`${BASE}${url}`, { headers: { Authorization: basic(user, password) } });

/**
 * Logs into a Camunda webapp and waits until the user is really in: the login form is drawn by the app
 * (after it asked the server who is logged in) and its start-up focus has happened (AUTOFOCUS_MARK), the
 * login request answered 200, and the form is gone. `beforeFill` may take a screenshot of the empty form.
 */
export async function login(page, app, user, password = 'demo', { beforeFill } = {}) {
  await page.goto(`${BASE}/camunda/app/${app}/default/`);
  const username = page.locator('input[ng-model="username"]');
  const button = page.getByRole('button', { name: 'Đăng nhập' });
  await button.waitFor();
  await page.waitForFunction(() => window.__motcuaAutofocus !== 'scheduled');
  if (beforeFill) await beforeFill();
  await username.fill(user);
  await page.locator('input[ng-model="password"]').fill(password);
  const answered = page.waitForResponse((r) => r.request().method() === 'POST'
    && /\/camunda\/api\/admin\/auth\/user\/[^/]+\/login\//.test(r.url()));
  await button.click();
  const response = await answered;
  assert.equal(response.status(), 200, `login of ${user} to ${app} answered ${response.status()}`);
  await username.waitFor({ state: 'detached' });
}

/** A Tasklist filter in the left column, by its name. */
export const taskFilter = (page, name) => page.locator('.task-filters .task-filter h4.name a').filter({ hasText: name });

/** Logs into Tasklist and waits until the filters are listed (they arrive by a request after the login). */
export async function tasklist(page, user, password = 'demo', options) {
  const filters = page.waitForResponse((r) => r.request().method() === 'GET'
    && /\/camunda\/api\/engine\/engine\/[^/]+\/filter\?/.test(r.url()));
  await login(page, 'tasklist', user, password, options);
  assert.equal((await filters).status(), 200, 'Tasklist lists the filters');
  await taskFilter(page, 'Việc của nhóm tôi').waitFor();
}

/** Opens a Tasklist filter and waits until its own task list request (not another filter's) has answered. */
export async function openFilter(page, name, user) {
  const [filter] = await api('GET', `/engine-rest/filter?resourceType=Task&name=${encodeURIComponent(name)}`, user);
  assert.ok(filter, `the filter "${name}" exists`);
  const listed = page.waitForResponse((r) => r.request().method() === 'POST'
    && r.url().includes(`/filter/${filter.id}/list`));
  await taskFilter(page, name).click();
  assert.equal((await listed).status(), 200, `Tasklist lists the tasks of "${name}"`);
}

/** Claims the open task ("Nhận việc") and waits until the server has answered the claim. */
export async function claim(page) {
  const claimed = page.waitForResponse((r) => r.request().method() === 'POST' && /\/task\/[^/]+\/claim$/.test(r.url()));
  await page.getByRole('button', { name: 'Nhận việc' }).click();
  assert.ok((await claimed).ok(), 'the claim is taken');
}

/** Completes the open task's form ("Hoàn thành") and waits until the engine has taken it. */
export async function complete(page) {
  const submitted = page.waitForResponse((r) => r.request().method() === 'POST' && /\/task\/[^/]+\/submit-form$/.test(r.url()));
  await page.getByRole('button', { name: 'Hoàn thành' }).click();
  const response = await submitted;
  assert.ok(response.ok(), `the form is taken (${response.status()}: ${await response.text().catch(() => '')})`);
}

/** A field of a Camunda Form (form-js) by its label. */
export function formField(form, label) {
  return form.locator('.fjs-form-field').filter({ has: form.page().locator('label', { hasText: label }) }).first();
}

/** Types into a Camunda Form's text field or text area by its label. */
export async function fillField(form, label, value) {
  await formField(form, label).locator('input, textarea').first().fill(value);
}

/** Ticks a Camunda Form's checkbox or radio option by the option's label. */
export async function chooseOption(form, optionLabel) {
  await form.locator('label', { hasText: optionLabel }).first().click();
}
