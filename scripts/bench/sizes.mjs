// Byte counting for the benchmark: raw, gzip -9 and brotli (quality 11) sizes of a buffer, a
// recursive directory listing, and the formatting of byte counts and Markdown tables.
//
// Units: 1 KB = 1,000 bytes (as browser DevTools and the budget in docs/performance.md use).

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Size of `buf` compressed with gzip at level 9 (what `gzip -9` does, minus its file name). */
export function gzipSize(buf) {
  return zlib.gzipSync(buf, { level: 9 }).length;
}

/** Size of `buf` compressed with brotli at maximum quality (11) and the largest window. */
export function brotliSize(buf) {
  return zlib.brotliCompressSync(buf, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_LGWIN]: zlib.constants.BROTLI_MAX_WINDOW_BITS,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  }).length;
}

/** { raw, gzip, brotli } byte counts of a buffer. */
export function sizesOf(buf) {
  return { raw: buf.length, gzip: gzipSize(buf), brotli: brotliSize(buf) };
}

/** Sums { raw, gzip, brotli } over a list of objects holding those fields. */
export function sumSizes(items) {
  return items.reduce(
    (t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}

/** Every regular file under `dir`, as paths relative to it with "/" separators, sorted. */
export function listFiles(dir) {
  const out = [];
  const walk = (rel) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  walk('');
  return out.sort();
}

/** "12.3 KB" style (1 KB = 1,000 bytes); small values stay in bytes. */
export function formatBytes(n) {
  if (n == null || Number.isNaN(n)) return 'n/a';
  if (n < 1000) return `${n} B`;
  if (n < 1e6) return `${(n / 1e3).toFixed(1)} KB`;
  return `${(n / 1e6).toFixed(2)} MB`;
}

/** Percentage string of part/whole, one decimal. */
export function percent(part, whole) {
  return whole > 0 ? `${((100 * part) / whole).toFixed(1)} %` : 'n/a';
}

/**
 * A Markdown table with padded columns (readable in a terminal, valid Markdown).
 * `align` is a string with one letter per column: "l" or "r".
 */
export function markdownTable(headers, rows, align = '') {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c ?? '').replace(/\|/g, '\\|')));
  const widths = headers.map((_, i) => Math.max(3, ...cells.map((r) => r[i].length)));
  const pad = (text, i) => (align[i] === 'r' ? text.padStart(widths[i]) : text.padEnd(widths[i]));
  const line = (r) => `| ${r.map(pad).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

/** Median of a list of numbers (null when empty). */
export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
