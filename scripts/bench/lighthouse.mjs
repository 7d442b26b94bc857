// Runs Lighthouse (the npm package's CLI, in a child process so a crash or hang cannot take the
// benchmark down) against a local URL with the system Chromium, and extracts the category
// scores and the main metrics from its JSON report. Failures are returned, never thrown.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const LIGHTHOUSE_CLI = path.join(REPO, 'node_modules', 'lighthouse', 'cli', 'index.js');

/** Metric audits copied into the results (id -> key). */
const METRICS = {
  'first-contentful-paint': 'fcpMs',
  'largest-contentful-paint': 'lcpMs',
  'total-blocking-time': 'tbtMs',
  'cumulative-layout-shift': 'cls',
  'speed-index': 'speedIndexMs',
  interactive: 'ttiMs',
  'total-byte-weight': 'totalByteWeight',
};

/**
 * Runs a command, capturing output. After `timeoutMs` it sends SIGINT, on which Lighthouse's
 * chrome-launcher closes the Chromium it started (a plain SIGKILL would orphan it), and SIGKILL
 * 10 s later if the process is still there. Resolves to { code, signal, timedOut, stdout, stderr }.
 */
function run(cmd, args, { env, timeoutMs }) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let killTimer = null;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGINT');
      killTimer = setTimeout(() => child.kill('SIGKILL'), 10000);
    }, timeoutMs);
    const done = (result) => {
      clearTimeout(timer);
      clearTimeout(killTimer);
      resolve({ ...result, timedOut, stdout, stderr });
    };
    child.on('close', (code, signal) => done({ code, signal }));
    child.on('error', (err) => {
      stderr += String(err);
      done({ code: -1, signal: null });
    });
  });
}

/**
 * Runs Lighthouse once. `preset` is "mobile" (Lighthouse's default config) or "desktop".
 * Writes <outDir>/lighthouse-<preset>.report.{json,html} and returns
 *   { ok: true, preset, scores: { performance, accessibility, 'best-practices', seo },
 *     metrics: {...}, failedAccessibilityAudits: [title], warnings: [string], reportJson, reportHtml }
 * or { ok: false, preset, error }.
 */
export async function runLighthouse(url, preset, outDir, { timeoutMs = 240000 } = {}) {
  const base = path.join(outDir, `lighthouse-${preset}`);
  const reportJson = `${base}.report.json`;
  const reportHtml = `${base}.report.html`;
  fs.mkdirSync(outDir, { recursive: true });
  for (const f of [reportJson, reportHtml]) fs.rmSync(f, { force: true });

  const args = [
    LIGHTHOUSE_CLI,
    url,
    '--output=json',
    '--output=html',
    `--output-path=${base}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
    '--no-enable-error-reporting',
    '--max-wait-for-load=60000',
    '--quiet',
  ];
  if (preset === 'desktop') args.push('--preset=desktop');
  const env = { ...process.env, CHROME_PATH: CHROMIUM_PATH };
  const res = await run(process.execPath, args, { env, timeoutMs });

  if (!fs.existsSync(reportJson)) {
    const why = res.timedOut ? `stopped after the ${timeoutMs / 1000} s time limit` : res.signal ? `killed by ${res.signal}` : `exit code ${res.code}`;
    const tail = (res.stderr || res.stdout).trim().split('\n').slice(-5).join(' / ');
    return { ok: false, preset, error: `Lighthouse produced no report (${why})${tail ? `: ${tail}` : ''}` };
  }
  let lhr;
  try {
    lhr = JSON.parse(fs.readFileSync(reportJson, 'utf8'));
  } catch (err) {
    return { ok: false, preset, error: `unreadable Lighthouse report: ${err.message}` };
  }
  if (lhr.runtimeError) {
    return { ok: false, preset, error: `Lighthouse runtime error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`, reportJson };
  }

  const scores = {};
  for (const [id, cat] of Object.entries(lhr.categories ?? {})) {
    scores[id] = cat.score == null ? null : Math.round(cat.score * 100);
  }
  const metrics = {};
  for (const [id, key] of Object.entries(METRICS)) {
    const v = lhr.audits?.[id]?.numericValue;
    metrics[key] = typeof v === 'number' ? (key === 'cls' ? Number(v.toFixed(3)) : Math.round(v)) : null;
  }
  // Which accessibility audits failed, so a score below 100 says why.
  const failedAccessibilityAudits = (lhr.categories?.accessibility?.auditRefs ?? [])
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
    .map((a) => a.title);
  return {
    ok: true,
    preset,
    lighthouseVersion: lhr.lighthouseVersion,
    userAgent: lhr.environment?.hostUserAgent,
    benchmarkIndex: lhr.environment?.benchmarkIndex,
    scores,
    metrics,
    failedAccessibilityAudits,
    warnings: lhr.runWarnings ?? [],
    reportJson,
    reportHtml: fs.existsSync(reportHtml) ? reportHtml : null,
  };
}
