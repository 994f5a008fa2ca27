/**
 * A small static file server for a built site, so pages load over HTTP as a reader would: used by the
 * end-to-end tests and by the PDF post-build step (Chromium cannot print absolute /_astro/ URLs from file://).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export interface StaticFile {
  status: 200 | 403 | 404;
  type: string;
  body: Buffer;
}

/**
 * What the server answers for a URL path: the file under `root` (a folder's index.html), or the site's
 * 404 page. Shared with the PDF printer, which answers its page's requests from disk with the same rules.
 */
export function staticFile(root: string, basePath: string, pathname: string): StaticFile {
  let rel = decodeURIComponent(pathname);
  const notFound = (): StaticFile => {
    const page = path.join(root, '404.html');
    return { status: 404, type: TYPES['.html']!, body: fs.existsSync(page) ? fs.readFileSync(page) : Buffer.from('not found') };
  };
  if (!rel.startsWith(basePath)) return notFound();
  rel = rel.slice(basePath.length);
  let file = path.join(root, rel);
  if (!file.startsWith(path.resolve(root))) return { status: 403, type: 'text/plain', body: Buffer.alloc(0) };
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) return notFound();
  return { status: 200, type: TYPES[path.extname(file)] ?? 'application/octet-stream', body: fs.readFileSync(file) };
}

/** Serves `root` under `basePath` (e.g. "/research/") on a free loopback port. */
export async function serveStatic(root: string, basePath = '/'): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const file = staticFile(path.resolve(root), basePath, new URL(req.url ?? '/', 'http://localhost').pathname);
    res.writeHead(file.status, { 'Content-Type': file.type });
    res.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
