#!/usr/bin/env node
// The performance benchmark of the built app (run through scripts/bench.sh, which builds first).
// It serves a dist/ directory on 127.0.0.1 and, in headless Chromium:
//   1. records every file the browser downloads on a first visit, with raw, gzip -9 and brotli 11
//      sizes and totals, and lists everything in dist/ for reference;
//   2. shows where the bytes go: the .wasm by section (and `twiggy top` when twiggy is
//      installed), the CSS and the content JSON files;
//   3. times N fresh visits: first contentful paint and the first interactive control;
//   4. runs Lighthouse with the mobile (default) and desktop presets;
// then writes every figure to bench-results/bench.json, prints a Markdown summary, and with
// --update-doc rewrites the "Current figures" section of docs/performance.md.
// It is a benchmark, not a test: it exits non-zero only when there is nothing to measure (no
// dist/, no index.html), never because of a number.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './bench/static-server.mjs';
import { parseWasmSections, sectionLabel } from './bench/wasm-sections.mjs';
import { sizesOf, sumSizes, listFiles, formatBytes, markdownTable, median, percent } from './bench/sizes.mjs';
import { launchBrowser, captureFirstVisit, timeVisits, INTERACTIVE_SELECTOR } from './bench/browser.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { summaryTable, firstVisitTable, wasmSectionTable, currentFiguresMarkdown, updateDoc } from './bench/report.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `Usage: node scripts/bench.mjs [options]   (normally through scripts/bench.sh)
  --dist DIR       directory to measure (default: dist)
  --base PATH      URL path to serve it under (default: /)
  --runs N         timed visits (default: 5)
  --out DIR        where bench.json and Lighthouse reports go (default: bench-results)
  --no-lighthouse  skip the two Lighthouse runs
  --no-compress    serve without Content-Encoding (the size tables are unaffected)
  --update-doc     rewrite "Current figures" in docs/performance.md
  -h, --help       this text`;

// ---------------------------------------------------------------------------------------------
// Small helpers

const say = (text = '') => console.log(text);
const heading = (text) => say(`\n## ${text}\n`);
const warn = (text) => console.error(`\x1b[33m[bench] warning:\x1b[0m ${text}`);

/** Kind of file for grouping the first-visit total. */
function kindOf(file, contentType = '') {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.wasm' || contentType.startsWith('application/wasm')) return 'wasm';
  if (ext === '.js' || ext === '.mjs' || contentType.includes('javascript')) return 'JS';
  if (ext === '.css' || contentType.startsWith('text/css')) return 'CSS';
  if (ext === '.json' || contentType.includes('json')) return 'JSON content';
  if (ext === '.html' || file === '' || contentType.startsWith('text/html')) return 'HTML';
  return 'images and other';
}

/** { median, min, max } of one timing field over the runs. */
function summarise(runs, key) {
  const values = runs.map((r) => r[key]).filter((v) => typeof v === 'number');
  if (values.length === 0) return { median: null, min: null, max: null, samples: 0 };
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), samples: values.length };
}

/** Runs `twiggy top -n 15` on a .wasm if twiggy is on PATH; returns { available, output | error }. */
function twiggyTop(file) {
  const res = spawnSync('twiggy', ['top', '-n', '15', file], { encoding: 'utf8', timeout: 120000 });
  if (res.error?.code === 'ENOENT') return { available: false };
  if (res.status !== 0) return { available: true, error: (res.stderr || String(res.error)).trim() };
  return { available: true, output: res.stdout.trimEnd() };
}

/** Local files index.html refers to (href/src that are not absolute URLs or fragments). */
function localReferences(indexHtml) {
  const refs = [];
  for (const m of indexHtml.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/g)) {
    const ref = m[1].split(/[?#]/)[0];
    if (!ref || /^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//') || ref.startsWith('/')) continue;
    refs.push(path.posix.normalize(ref));
  }
  return refs;
}

/**
 * Copies `distDir` to a fresh temporary directory and measures that copy, so that a rebuild of
 * dist/ during the run (another build swapping in new hashed files) cannot mix two builds.
 * Retries a few times if the copy is caught half-way through a rebuild (index.html naming a
 * file that is not there). Returns { dir, missing } where `missing` lists files still absent.
 */
async function snapshotDist(distDir) {
  let missing = [];
  for (let attempt = 1; attempt <= 5; attempt++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-dist-'));
    fs.cpSync(distDir, dir, { recursive: true });
    const index = path.join(dir, 'index.html');
    missing = fs.existsSync(index) ? localReferences(fs.readFileSync(index, 'utf8')).filter((r) => !fs.existsSync(path.join(dir, r))) : ['index.html'];
    if (missing.length === 0 || attempt === 5) return { dir, missing };
    fs.rmSync(dir, { recursive: true, force: true });
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

// ---------------------------------------------------------------------------------------------
// The measurement steps

/**
 * Step 1: the first visit. Returns { url, files, totals, byKind, interactiveFound, failed,
 * consoleErrors, error } where `files` lists each distinct URL the browser received, with its
 * sizes (same-origin paths relative to the base), and `byKind` groups them by kindOf().
 */
async function measureFirstVisit(browser, server) {
  const visit = await captureFirstVisit(browser, server.url);
  const files = [];
  const seen = new Map();
  for (const r of visit.responses) {
    if (!/^https?:/.test(r.url)) continue; // data:, blob: ... never cross the network
    const u = new URL(r.url);
    const sameOrigin = u.origin === server.origin;
    const rel = sameOrigin && u.pathname.startsWith(server.base) ? decodeURIComponent(u.pathname.slice(server.base.length)) : r.url;
    const display = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
    if (seen.has(r.url)) {
      seen.get(r.url).responses += 1; // e.g. a preload and a fetch answered separately
      continue;
    }
    const body = r.body ?? Buffer.alloc(0);
    const entry = {
      path: display,
      url: r.url,
      status: r.status,
      contentType: r.contentType,
      resourceType: r.resourceType,
      kind: kindOf(rel, r.contentType),
      ...sizesOf(body),
      wireBytes: r.wireBytes,
      servedEncoding: r.contentEncoding,
      responses: 1,
      serverRequests: sameOrigin ? (server.requests.get(u.pathname)?.count ?? 0) : null,
    };
    seen.set(r.url, entry);
    files.push(entry);
  }
  const totals = sumSizes(files);
  const kinds = [...new Set(files.map((f) => f.kind))];
  const byKind = kinds
    .map((kind) => ({ kind, files: files.filter((f) => f.kind === kind).length, ...sumSizes(files.filter((f) => f.kind === kind)) }))
    .sort((a, b) => b.brotli - a.brotli);
  return {
    url: server.url,
    files,
    totals,
    byKind,
    interactiveFound: visit.interactive != null,
    failed: visit.failed,
    consoleErrors: visit.consoleErrors,
    error: visit.error,
  };
}

/** Step 2 (reference): every file in dist/ with its sizes. */
function measureDist(distDir, loaded) {
  return listFiles(distDir).map((rel) => ({
    path: rel,
    ...sizesOf(fs.readFileSync(path.join(distDir, rel))),
    firstVisit: loaded.has(rel),
  }));
}

/** Step 3: the .wasm by section, with each section's bytes compressed alone. */
function measureWasm(distDir, rel) {
  const bytes = fs.readFileSync(path.join(distDir, rel));
  const whole = sizesOf(bytes);
  let parsed;
  try {
    parsed = parseWasmSections(bytes);
  } catch (err) {
    return { path: rel, ...whole, error: err.message, sections: [] };
  }
  const sections = parsed.sections.map((s) => {
    const { gzip, brotli } = sizesOf(bytes.subarray(s.offset, s.offset + s.size));
    return { ...s, label: sectionLabel(s), gzip, brotli };
  });
  return { path: rel, ...whole, version: parsed.version, sections, twiggy: twiggyTop(path.join(distDir, rel)) };
}

/** Step 4: timing over `runs` fresh visits. */
async function measureTiming(browser, url, runs) {
  const records = await timeVisits(browser, url, { runs });
  return {
    selector: INTERACTIVE_SELECTOR,
    runs: records,
    fcp: summarise(records, 'fcp'),
    interactive: summarise(records, 'interactive'),
    domContentLoaded: summarise(records, 'domContentLoaded'),
    load: summarise(records, 'load'),
  };
}

// ---------------------------------------------------------------------------------------------
// Printing

function printFirstVisit(fv) {
  heading('First visit: every file the browser downloaded');
  say(`Page: ${fv.url} (fresh context, locale en-US)\n`);
  say(firstVisitTable(fv));
  say('\nBy kind:\n');
  say(
    markdownTable(
      ['Kind', 'Files', 'Raw', 'gzip -9', 'brotli 11', 'Share of brotli'],
      fv.byKind.map((k) => [k.kind, k.files, formatBytes(k.raw), formatBytes(k.gzip), formatBytes(k.brotli), percent(k.brotli, fv.totals.brotli)]),
      'lrrrrr',
    ),
  );
  for (const f of fv.files.filter((x) => x.status >= 400)) warn(`${f.path} answered HTTP ${f.status} (counted in the totals)`);
  const repeated = fv.files.filter((f) => f.responses > 1 || (f.serverRequests ?? 1) > 1);
  for (const f of repeated) warn(`${f.path} was fetched ${Math.max(f.responses, f.serverRequests ?? 0)} times on the first visit`);
  if (fv.error) warn(`first visit: ${fv.error}`);
  if (!fv.interactiveFound) warn(`no enabled "${INTERACTIVE_SELECTOR}" appeared on the first visit: the app may be broken at run time`);
  for (const f of fv.failed) warn(`request failed: ${f.url} (${f.error})`);
  for (const e of fv.consoleErrors.slice(0, 10)) warn(`console error: ${e}`);
}

function printDist(dist) {
  heading('dist/ contents (reference; * = downloaded on the first visit)');
  const rows = dist.map((f) => [`${f.firstVisit ? '* ' : '  '}${f.path}`, formatBytes(f.raw), formatBytes(f.gzip), formatBytes(f.brotli)]);
  const t = sumSizes(dist);
  rows.push([`  total (${dist.length} files)`, formatBytes(t.raw), formatBytes(t.gzip), formatBytes(t.brotli)]);
  say(markdownTable(['File', 'Raw', 'gzip -9', 'brotli 11'], rows, 'lrrr'));
}

function printBytes(wasm, dist) {
  heading('Where the bytes go');
  for (const w of wasm) {
    say(`### ${w.path}: ${formatBytes(w.raw)} raw, ${formatBytes(w.gzip)} gzip -9, ${formatBytes(w.brotli)} brotli\n`);
    if (w.error) {
      warn(`could not parse ${w.path}: ${w.error}`);
      continue;
    }
    say(wasmSectionTable(w));
    say('');
    if (!w.twiggy.available) {
      say('twiggy is not installed (optional: `cargo install twiggy`), so no per-item breakdown.');
    } else if (w.twiggy.error) {
      say(`twiggy top failed: ${w.twiggy.error}`);
    } else {
      say('`twiggy top -n 15` (item names are only meaningful if the name section survives the build):\n');
      say('```\n' + w.twiggy.output + '\n```');
    }
    say('');
  }
  const table = (title, files) => {
    say(`### ${title}\n`);
    if (files.length === 0) return say('(none in dist/)\n');
    const rows = files.map((f) => [`${f.firstVisit ? '* ' : '  '}${f.path}`, formatBytes(f.raw), formatBytes(f.gzip), formatBytes(f.brotli)]);
    say(markdownTable(['File (* = first visit)', 'Raw', 'gzip -9', 'brotli 11'], rows, 'lrrr'));
    say('');
  };
  table('CSS', dist.filter((f) => f.path.endsWith('.css')));
  table('Content JSON', dist.filter((f) => f.path.endsWith('.json')));
}

function printTiming(t) {
  heading(`Timing over ${t.runs.length} fresh visit${t.runs.length === 1 ? '' : 's'} (ms from navigation start, unthrottled)`);
  const rows = t.runs.map((r, i) => [
    i + 1,
    r.fcp?.toFixed(0) ?? 'n/a',
    r.interactive?.toFixed(0) ?? 'n/a',
    r.domContentLoaded?.toFixed(0) ?? 'n/a',
    r.load?.toFixed(0) ?? 'n/a',
    r.error ?? '',
  ]);
  const med = (s) => (s.median == null ? 'n/a' : s.median.toFixed(0));
  rows.push(['**median**', med(t.fcp), med(t.interactive), med(t.domContentLoaded), med(t.load), '']);
  say(markdownTable(['Visit', 'First contentful paint', `First interactive control`, 'DOMContentLoaded', 'load', 'Error'], rows, 'rrrrrl'));
  say(`\nFirst interactive control = the first moment \`${t.selector}\` matches an enabled element; it can precede`);
  say('first contentful paint, since the control is in the DOM before the frame showing it is painted.');
}

function printLighthouse(lh) {
  heading('Lighthouse');
  for (const [name, r] of Object.entries(lh)) {
    if (!r.ok) {
      say(`- ${name}: FAILED: ${r.error}`);
      continue;
    }
    const s = r.scores;
    const m = r.metrics;
    say(
      `- ${name}: performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s['best-practices']}, SEO ${s.seo}; ` +
        `FCP ${m.fcpMs} ms, LCP ${m.lcpMs} ms, TBT ${m.tbtMs} ms, CLS ${m.cls}, Speed Index ${m.speedIndexMs} ms, ` +
        `total byte weight ${formatBytes(m.totalByteWeight)} (report: ${path.relative(REPO, r.reportHtml ?? r.reportJson)})`,
    );
    if (r.benchmarkIndex) say(`  host CPU benchmark index ${r.benchmarkIndex} (Lighthouse calls a host below 1000 too slow for its CPU throttling)`);
    if (r.failedAccessibilityAudits.length) say(`  failed accessibility audits: ${r.failedAccessibilityAudits.join('; ')}`);
    for (const w of r.warnings) say(`  warning: ${w}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  let opt;
  try {
    ({ values: opt } = parseArgs({
      options: {
        dist: { type: 'string', default: 'dist' },
        base: { type: 'string', default: '/' },
        runs: { type: 'string', default: '5' },
        out: { type: 'string', default: 'bench-results' },
        'no-lighthouse': { type: 'boolean', default: false },
        'no-compress': { type: 'boolean', default: false },
        'update-doc': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    console.error(`[bench] ${err.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (opt.help) return say(USAGE);
  const distDir = path.resolve(REPO, opt.dist);
  const outDir = path.resolve(REPO, opt.out);
  const runs = Math.max(1, Number.parseInt(opt.runs, 10) || 5);
  if (!fs.existsSync(path.join(distDir, 'index.html'))) {
    console.error(`[bench] ${distDir}/index.html not found: build first (scripts/bench.sh) or pass --dist DIR`);
    process.exit(2);
  }
  fs.mkdirSync(outDir, { recursive: true });

  // Measure a private copy: dist/ may be rebuilt by someone else while this runs.
  const snapshot = await snapshotDist(distDir);
  const measuredDir = snapshot.dir;
  process.on('exit', () => fs.rmSync(measuredDir, { recursive: true, force: true }));
  for (const m of snapshot.missing) warn(`index.html refers to ${m}, which is not in ${distDir}`);
  const server = await startStaticServer({ root: measuredDir, base: opt.base, compress: !opt['no-compress'] });
  const shownDist = distDir.startsWith(REPO + path.sep) ? path.relative(REPO, distDir) : distDir;
  say(`# Benchmark of ${shownDist} (copied to ${measuredDir}), served at ${server.url}`);
  const results = {
    date: new Date().toISOString(),
    dist: distDir,
    url: server.url,
    environment: {
      node: process.versions.node,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model?.replace(/\s+/g, ' ').trim() ?? 'unknown CPU',
      platform: `${os.type()} ${os.release()}`,
      chromium: null,
    },
  };

  let browser;
  try {
    browser = await launchBrowser();
    results.environment.chromium = browser.version();

    results.firstVisit = await measureFirstVisit(browser, server);
    printFirstVisit(results.firstVisit);

    const loaded = new Set(results.firstVisit.files.map((f) => f.path));
    results.distFiles = measureDist(measuredDir, loaded);
    printDist(results.distFiles);

    // The .wasm files the page loaded; if it loaded none (broken page), every .wasm in dist/.
    let wasmFiles = results.distFiles.filter((f) => f.path.endsWith('.wasm') && f.firstVisit);
    if (wasmFiles.length === 0) wasmFiles = results.distFiles.filter((f) => f.path.endsWith('.wasm'));
    results.wasm = wasmFiles.map((f) => measureWasm(measuredDir, f.path));
    results.css = results.distFiles.filter((f) => f.path.endsWith('.css'));
    results.content = results.distFiles.filter((f) => f.path.endsWith('.json'));
    printBytes(results.wasm, results.distFiles);

    results.timing = await measureTiming(browser, server.url, runs);
    printTiming(results.timing);
  } catch (err) {
    // A browser that cannot start is an environment problem, not a number: report and go on.
    results.browserError = String(err.stack ?? err);
    warn(`browser measurements failed: ${err.message ?? err}`);
  } finally {
    await browser?.close().catch(() => {});
  }

  if (!opt['no-lighthouse']) {
    results.lighthouse = {};
    for (const preset of ['mobile', 'desktop']) {
      say(`\n[bench] Lighthouse (${preset}) ...`);
      results.lighthouse[preset] = await runLighthouse(server.url, preset, outDir);
    }
    printLighthouse(results.lighthouse);
  }
  await server.close();

  const jsonFile = path.join(outDir, 'bench.json');
  fs.writeFileSync(jsonFile, JSON.stringify(results, null, 2) + '\n');

  if (results.firstVisit) {
    heading('Summary');
    say(summaryTable(results));
    if (opt['update-doc']) {
      const doc = path.join(REPO, 'docs', 'performance.md');
      updateDoc(doc, currentFiguresMarkdown(results));
      say(`\n[bench] rewrote "Current figures" in ${path.relative(REPO, doc)}`);
    }
  } else if (opt['update-doc']) {
    warn('no figures measured, docs/performance.md left unchanged');
  }
  say(`\n[bench] all figures written to ${jsonFile.startsWith(REPO + path.sep) ? path.relative(REPO, jsonFile) : jsonFile}`);
}

main().catch((err) => {
  console.error(`[bench] ${err.stack ?? err}`);
  process.exit(1);
});
