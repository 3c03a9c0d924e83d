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

let browser;

const slug = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
  .replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 80);

/** A test's browser sessions; each is its own context, all are closed when the test ends. */
class Sessions {
  constructor() {
    this.pages = [];
  }

  /** A fresh context and page: its own cookies, the given language (Vietnamese unless told). */
  async newPage({ locale = 'vi-VN', label } = {}) {
    const context = await browser.newContext({ locale, viewport: { width: 1366, height: 900 } });
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
    try {
      await fn(sessions);
    } catch (error) {
      const run = process.env.E2E_RUN ? `run-${process.env.E2E_RUN}` : '';
      await sessions.keepEvidence(path.join(FAILURES, spec, slug(name), run), error).catch(() => {});
      throw error;
    } finally {
      await sessions.closeAll();
    }
  });
}

export const shot = (page, name) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

const basic = (user, password) => 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');

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

/** Logs into a Camunda webapp: fills the login form and sends it. `beforeFill` may take a screenshot of the empty form. */
export async function login(page, app, user, password = 'demo', { beforeFill } = {}) {
  await page.goto(`${BASE}/camunda/app/${app}/default/`);
  const button = page.getByRole('button', { name: 'Đăng nhập' });
  await button.waitFor();
  if (beforeFill) await beforeFill();
  await page.locator('input[ng-model="username"]').fill(user);
  await page.locator('input[ng-model="password"]').fill(password);
  await button.click();
}
