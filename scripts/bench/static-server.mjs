// A small static file server for the benchmark (and anything else that needs to serve dist/).
//
// - Serves one directory under a configurable base path (default "/"), on 127.0.0.1 and a random
//   free port unless one is given.
// - Sends correct MIME types, notably application/wasm for .wasm (needed by
//   WebAssembly.instantiateStreaming).
// - Like a typical static host it compresses text and wasm responses when the client accepts it
//   (brotli preferred, then gzip); compressed bodies are cached in memory per file and mtime.
// - Counts requests per URL path so callers can check what was really fetched over the network.
//
// Usage as a module:
//   import { startStaticServer } from './bench/static-server.mjs';
//   const srv = await startStaticServer({ root: 'dist', base: '/app/' });
//   console.log(srv.url);   // http://127.0.0.1:PORT/app/
//   await srv.close();
// Usage from the command line:
//   node scripts/bench/static-server.mjs [--root dist] [--base /] [--port 0] [--no-compress]

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** File extension -> Content-Type. Anything else is served as application/octet-stream. */
export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/** Types worth compressing on the fly (already-compressed images and fonts are not). */
function isCompressible(contentType) {
  return /^(text\/|application\/(json|javascript|wasm|xml|manifest\+json)|image\/svg\+xml)/.test(contentType);
}

/** Content-Type for a file name. */
export function mimeType(file) {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Normalises a base path to the form "/", "/app/", "/a/b/". */
function normaliseBase(base) {
  let b = String(base || '/').trim();
  if (!b.startsWith('/')) b = '/' + b;
  if (!b.endsWith('/')) b += '/';
  return b.replace(/\/{2,}/g, '/');
}

/** Picks the encoding to send: "br", "gzip" or null, from an Accept-Encoding header. */
function chooseEncoding(acceptEncoding) {
  const accepted = new Map();
  for (const part of String(acceptEncoding || '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  if ((accepted.get('br') ?? 0) > 0) return 'br';
  if ((accepted.get('gzip') ?? 0) > 0) return 'gzip';
  return null;
}

/**
 * Starts the server. Options:
 *   root      directory to serve (required)
 *   base      URL path the directory appears under (default "/")
 *   host      interface (default 127.0.0.1)
 *   port      port (default 0 = a random free port)
 *   compress  compress responses the client accepts (default true)
 *   spa       serve base/index.html for unknown paths without a file extension (default false)
 * Resolves to { url, origin, port, base, requests, close() } where `requests` is a Map from URL
 * path to { count, bytesSent, encoding } for every request answered with 200.
 */
export async function startStaticServer(options) {
  const root = path.resolve(options.root);
  const base = normaliseBase(options.base);
  const host = options.host ?? '127.0.0.1';
  const compress = options.compress ?? true;
  const spa = options.spa ?? false;
  if (!fs.statSync(root).isDirectory()) throw new Error(`${root} is not a directory`);

  const cache = new Map(); // `${file}:${encoding}` -> { mtimeMs, body }
  const requests = new Map();

  /** Reads a file and, if asked, its compressed form (cached while the file is unchanged). */
  function body(file, stat, encoding) {
    const key = `${file}:${encoding ?? 'identity'}`;
    const hit = cache.get(key);
    if (hit && hit.mtimeMs === stat.mtimeMs) return hit.body;
    const raw = fs.readFileSync(file);
    let out = raw;
    if (encoding === 'br') {
      out = zlib.brotliCompressSync(raw, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        },
      });
    } else if (encoding === 'gzip') {
      out = zlib.gzipSync(raw, { level: 9 });
    }
    cache.set(key, { mtimeMs: stat.mtimeMs, body: out });
    return out;
  }

  /** Maps a request path to a file inside root, or null if it is outside base or root. */
  function resolveFile(urlPath) {
    if (!urlPath.startsWith(base)) {
      // "/app" without the trailing slash is treated as the base itself.
      if (urlPath + '/' === base) return { redirect: base };
      return null;
    }
    let rel;
    try {
      rel = decodeURIComponent(urlPath.slice(base.length));
    } catch {
      return null;
    }
    const file = path.resolve(root, '.' + path.sep + rel);
    if (file !== root && !file.startsWith(root + path.sep)) return null; // path traversal
    return { file };
  }

  const server = http.createServer((req, res) => {
    const send = (status, text, headers = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end(req.method === 'HEAD' ? undefined : text);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed\n', { Allow: 'GET, HEAD' });

    const urlPath = new URL(req.url, 'http://localhost').pathname;
    const target = resolveFile(urlPath);
    if (!target) return send(404, 'not found\n');
    if (target.redirect) return send(301, 'moved\n', { Location: target.redirect });

    let file = target.file;
    let stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      if (!urlPath.endsWith('/')) return send(301, 'moved\n', { Location: urlPath + '/' });
      file = path.join(file, 'index.html');
      stat = fs.statSync(file, { throwIfNoEntry: false });
    }
    if ((!stat || !stat.isFile()) && spa && !path.extname(urlPath)) {
      file = path.join(root, 'index.html');
      stat = fs.statSync(file, { throwIfNoEntry: false });
    }
    if (!stat || !stat.isFile()) return send(404, 'not found\n');

    const type = mimeType(file);
    const encoding = compress && isCompressible(type) ? chooseEncoding(req.headers['accept-encoding']) : null;
    const data = body(file, stat, encoding);
    const headers = {
      'Content-Type': type,
      'Content-Length': data.length,
      'Cache-Control': 'no-cache',
      'Last-Modified': stat.mtime.toUTCString(),
      Vary: 'Accept-Encoding',
    };
    if (encoding) headers['Content-Encoding'] = encoding;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : data);

    const entry = requests.get(urlPath) ?? { count: 0, bytesSent: 0, encoding: null };
    entry.count += 1;
    entry.bytesSent += req.method === 'HEAD' ? 0 : data.length;
    entry.encoding = encoding;
    requests.set(urlPath, entry);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address();
  const origin = `http://${host}:${port}`;
  return {
    url: origin + base,
    origin,
    port,
    base,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

// Command-line entry point: serve until interrupted.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
  };
  const srv = await startStaticServer({
    root: opt('--root', 'dist'),
    base: opt('--base', '/'),
    port: Number(opt('--port', '0')),
    compress: !args.includes('--no-compress'),
  });
  console.log(`serving ${path.resolve(opt('--root', 'dist'))} at ${srv.url}`);
}
