// Headless Chromium measurements for the benchmark, through playwright-core and the system
// Chromium (no browser download):
//   - captureFirstVisit: loads the page once in a fresh context and records every response the
//     browser receives (URL, status, type, decoded body, bytes on the wire);
//   - timeVisits: N visits, each in a fresh context (empty cache), measuring first contentful
//     paint and the time until the first interactive control of the app exists and is enabled.
// All times are milliseconds from navigation start (performance.now() in the page).

import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags for a quiet, offline-friendly headless Chromium (also handed to Lighthouse). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The app's first interactive control: a button or input inside <main>. */
export const INTERACTIVE_SELECTOR = 'main button, main input';

/** Context options shared by every visit: a fixed locale so the first visit loads English. */
const CONTEXT_OPTIONS = { locale: 'en-US', viewport: { width: 1280, height: 800 } };

/**
 * Init script run in the page before any of its own scripts. It records in
 * window.__bench.interactive the performance.now() at which INTERACTIVE_SELECTOR first matches an
 * enabled element, using a MutationObserver (DOM insertions and `disabled` changes) plus a
 * polling fallback, so the timestamp is taken in the same task that made the control usable.
 */
function interactiveProbe(selector) {
  const state = { interactive: null };
  window.__bench = state;
  let observer = null;
  let timer = null;
  const check = () => {
    if (state.interactive !== null) return;
    const el = document.querySelector(selector);
    if (el && el.matches(':enabled')) {
      state.interactive = performance.now();
      observer?.disconnect();
      clearInterval(timer);
    }
  };
  observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
  timer = setInterval(check, 10);
  check();
}

/** Launches the system Chromium headless. */
export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Loads `url` in a fresh context and records every response until the first interactive control
 * is up and the network has been idle (or `timeoutMs` passes). Returns
 *   { responses: [{ url, status, contentType, resourceType, body, wireBytes }],
 *     failed: [{ url, error }], interactive: ms | null, consoleErrors: [string], error: string | null }
 * `body` is the decoded body (Buffer, null if unavailable), `wireBytes` the encoded body size
 * Chromium reports (what actually crossed the network, after any Content-Encoding).
 */
export async function captureFirstVisit(browser, url, { timeoutMs = 60000 } = {}) {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  await context.addInitScript(interactiveProbe, INTERACTIVE_SELECTOR);
  const page = await context.newPage();
  const pending = [];
  const failed = [];
  const consoleErrors = [];
  page.on('console', (msg) => msg.type() === 'error' && consoleErrors.push(msg.text()));
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  page.on('requestfailed', (req) => failed.push({ url: req.url(), error: req.failure()?.errorText ?? 'failed' }));
  page.on('response', (resp) => {
    pending.push(
      (async () => {
        const req = resp.request();
        const body = await resp.body().catch(() => null);
        const sizes = await req.sizes().catch(() => null);
        return {
          url: resp.url(),
          status: resp.status(),
          contentType: resp.headers()['content-type'] ?? '',
          contentEncoding: resp.headers()['content-encoding'] ?? null,
          resourceType: req.resourceType(),
          body,
          wireBytes: sizes ? sizes.responseBodySize : null,
        };
      })(),
    );
  });

  let interactive = null;
  let error = null;
  try {
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    await page.waitForFunction(() => window.__bench?.interactive != null, null, { timeout: timeoutMs }).catch(() => {});
    // Let runtime fetches (content JSON) and anything lazy finish.
    await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => {});
    await page.waitForTimeout(500);
    interactive = await page.evaluate(() => window.__bench?.interactive ?? null);
  } catch (err) {
    error = String(err.message ?? err).split('\n')[0];
  }
  const responses = await Promise.all(pending);
  await context.close();
  return { responses, failed, interactive, consoleErrors, error };
}

/**
 * Visits `url` `runs` times, each in a fresh browser context (empty HTTP cache), and returns one
 * record per visit: { fcp, interactive, domContentLoaded, load, error? } in ms from navigation
 * start; a value is null when it did not happen within `timeoutMs`.
 */
export async function timeVisits(browser, url, { runs = 5, timeoutMs = 60000 } = {}) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext(CONTEXT_OPTIONS);
    await context.addInitScript(interactiveProbe, INTERACTIVE_SELECTOR);
    const page = await context.newPage();
    const record = { fcp: null, interactive: null, domContentLoaded: null, load: null };
    try {
      await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
      await page
        .waitForFunction(
          () => window.__bench?.interactive != null && performance.getEntriesByName('first-contentful-paint').length > 0,
          null,
          { timeout: timeoutMs },
        )
        .catch(() => {});
      Object.assign(
        record,
        await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0];
          const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
          return {
            fcp: fcp ? fcp.startTime : null,
            interactive: window.__bench?.interactive ?? null,
            domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
            load: nav ? nav.loadEventEnd : null,
          };
        }),
      );
    } catch (err) {
      record.error = String(err.message ?? err).split('\n')[0];
    } finally {
      await context.close();
    }
    results.push(record);
  }
  return results;
}
