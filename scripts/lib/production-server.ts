/**
 * A static server that behaves like the hosts the site is deployed to (Netlify, Cloudflare Pages): it
 * compresses text with gzip and sends the headers of the built `_headers` file, so an audit sees the
 * transfer sizes, caching and security headers a reader gets. Loopback only; for audits, not tests.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(text\/|image\/svg|application\/(json|xml|javascript))/;

/** `_headers` rules: a path pattern (a trailing `*` matches any rest) and its headers. */
export function parseHeadersFile(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
      if (m && rules.length) rules[rules.length - 1]!.headers.push([m[1]!.trim(), m[2]!.trim()]);
    }
  }
  return rules;
}

function headersFor(rules: ReturnType<typeof parseHeadersFile>, urlPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) {
    const match = r.pattern.endsWith('*') ? urlPath.startsWith(r.pattern.slice(0, -1)) : urlPath === r.pattern;
    if (match) for (const [k, v] of r.headers) out[k] = v;
  }
  return out;
}

export async function serveProduction(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const headersFile = path.join(root, '_headers');
  const rules = fs.existsSync(headersFile) ? parseHeadersFile(fs.readFileSync(headersFile, 'utf8')) : [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const rel = decodeURIComponent(url.pathname);
    let file = path.join(root, rel);
    if (!file.startsWith(path.resolve(root))) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!fs.existsSync(file)) {
      status = 404;
      file = path.join(root, '404.html');
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    let body: Buffer = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.from('not found');
    const headers: Record<string, string> = { ...headersFor(rules, rel), 'Content-Type': type };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = zlib.gzipSync(body, { level: 6 });
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    res.writeHead(status, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
