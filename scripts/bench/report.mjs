// Turns the benchmark results (the object written to bench-results/bench.json) into Markdown:
// the summary table with the targets, the first-visit file table and the .wasm section table;
// and rewrites the "Current figures" section of docs/performance.md with them.

import fs from 'node:fs';
import { formatBytes, markdownTable, percent } from './sizes.mjs';

/** The budget and score targets from docs/performance.md. */
export const TARGETS = {
  firstVisitBrotliBytes: 100_000,
  lighthouseMobilePerformance: 95,
  lighthouseMobileAccessibility: 100,
};

const ms = (v) => (typeof v === 'number' ? `${Math.round(v)} ms` : 'n/a');
const met = (ok) => (ok == null ? '' : ok ? ' (met)' : ' (not met)');

/** "median (min–max)" of a timing summary. */
function timing(t) {
  if (!t || t.median == null) return 'n/a';
  return `${ms(t.median)} (${Math.round(t.min)}–${Math.round(t.max)})`;
}

/** "98 / 100" from a Lighthouse result, or the failure. */
function lhScores(lh) {
  if (!lh) return 'not run';
  if (!lh.ok) return 'failed (see bench.json)';
  return `${lh.scores.performance ?? 'n/a'} / ${lh.scores.accessibility ?? 'n/a'}`;
}

/** The summary table: one line per headline figure, with the target where there is one. */
export function summaryTable(r) {
  const fv = r.firstVisit;
  const t = fv.totals;
  const rows = [
    [
      `First visit, total brotli (${fv.files.length} file${fv.files.length === 1 ? '' : 's'})`,
      formatBytes(t.brotli),
      `≤ ${TARGETS.firstVisitBrotliBytes / 1000} KB${met(t.brotli <= TARGETS.firstVisitBrotliBytes)}`,
    ],
    ['First visit, total gzip -9', formatBytes(t.gzip), ''],
    ['First visit, total uncompressed', formatBytes(t.raw), ''],
  ];
  for (const k of fv.byKind) {
    rows.push([`  of which ${k.kind} (brotli)`, `${formatBytes(k.brotli)} (${percent(k.brotli, t.brotli)})`, '']);
  }
  const runs = r.timing?.runs?.length ?? 0;
  rows.push([`First contentful paint, median of ${runs} (min–max)`, timing(r.timing?.fcp), '']);
  rows.push([`First interactive control, median of ${runs} (min–max)`, timing(r.timing?.interactive), '']);

  const mob = r.lighthouse?.mobile;
  const desk = r.lighthouse?.desktop;
  const mobOk = mob?.ok
    ? mob.scores.performance >= TARGETS.lighthouseMobilePerformance && mob.scores.accessibility >= TARGETS.lighthouseMobileAccessibility
    : null;
  rows.push([
    'Lighthouse mobile: performance / accessibility',
    lhScores(mob),
    `≥ ${TARGETS.lighthouseMobilePerformance} / ${TARGETS.lighthouseMobileAccessibility}${met(mobOk)}`,
  ]);
  if (mob?.ok) {
    const m = mob.metrics;
    rows.push(['Lighthouse mobile: FCP / LCP / TBT / CLS', `${ms(m.fcpMs)} / ${ms(m.lcpMs)} / ${ms(m.tbtMs)} / ${m.cls ?? 'n/a'}`, '']);
  }
  rows.push(['Lighthouse desktop: performance / accessibility', lhScores(desk), '']);
  if (desk?.ok) {
    const m = desk.metrics;
    rows.push(['Lighthouse desktop: FCP / LCP / TBT / CLS', `${ms(m.fcpMs)} / ${ms(m.lcpMs)} / ${ms(m.tbtMs)} / ${m.cls ?? 'n/a'}`, '']);
  }
  return markdownTable(['Measure', 'Value', 'Target'], rows, 'lrl');
}

/** One line per file the browser downloaded on the first visit, plus a total line. */
export function firstVisitTable(fv) {
  const rows = fv.files.map((f) => [f.path, f.contentType.split(';')[0], formatBytes(f.raw), formatBytes(f.gzip), formatBytes(f.brotli)]);
  rows.push(['**total**', '', formatBytes(fv.totals.raw), formatBytes(fv.totals.gzip), `**${formatBytes(fv.totals.brotli)}**`]);
  return markdownTable(['File', 'Type', 'Raw', 'gzip -9', 'brotli 11'], rows, 'llrrr');
}

/** The .wasm's sections, largest first, with their share of the file. */
export function wasmSectionTable(w) {
  const rows = [...w.sections]
    .sort((a, b) => b.size - a.size)
    .map((s) => [s.label, formatBytes(s.size), percent(s.size, w.raw), formatBytes(s.brotli)]);
  rows.push(['header (magic + version)', '8 B', percent(8, w.raw), '']);
  rows.push(['**total**', formatBytes(w.raw), '100 %', `${formatBytes(w.brotli)} (whole file)`]);
  return markdownTable(['Section', 'Raw', 'Share', 'brotli (section alone)'], rows, 'lrrr');
}

/** The Markdown that goes under "## Current figures" in docs/performance.md. */
export function currentFiguresMarkdown(r) {
  const env = r.environment;
  const parts = [
    `Measured ${r.date.slice(0, 10)} with \`scripts/bench.sh\` on ${env.cpus} × ${env.cpuModel}, ` +
      `Chromium ${env.chromium ?? 'n/a'}, Lighthouse ${r.lighthouse?.mobile?.lighthouseVersion ?? r.lighthouse?.desktop?.lighthouseVersion ?? 'n/a'}, ` +
      `Node ${env.node}${r.lighthouse?.mobile?.benchmarkIndex ? ` (Lighthouse CPU benchmark index ${r.lighthouse.mobile.benchmarkIndex})` : ''}. Regenerate with \`scripts/bench.sh --update-doc\`; the full figures are in ` +
      '`bench-results/bench.json`. Timings are on an unthrottled local server and vary from machine to machine; ' +
      'the byte counts do not.',
    summaryTable(r),
    'Files downloaded on a first visit (one language):',
    firstVisitTable(r.firstVisit),
  ];
  for (const w of r.wasm ?? []) {
    parts.push(`Where the bytes of \`${w.path}\` go, by section:`);
    parts.push(wasmSectionTable(w));
  }
  return parts.join('\n\n');
}

/**
 * Replaces the body of the "## Current figures" section of `docFile` (up to the next "## "
 * heading or the end) with `markdown`; appends the section if it is missing.
 */
export function updateDoc(docFile, markdown) {
  const text = fs.existsSync(docFile) ? fs.readFileSync(docFile, 'utf8') : '# Performance\n';
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^##\s+Current figures\s*$/.test(l));
  const section = ['## Current figures', '', markdown.trim(), ''];
  let out;
  if (start < 0) {
    while (lines.length && lines.at(-1).trim() === '') lines.pop();
    out = [...lines, '', ...section];
  } else {
    let end = lines.findIndex((l, i) => i > start && /^##\s/.test(l));
    if (end < 0) end = lines.length;
    out = [...lines.slice(0, start), ...section, ...lines.slice(end)];
  }
  let result = out.join('\n');
  result = result.replace(/\n*$/, '\n');
  fs.writeFileSync(docFile, result);
}
