/**
 * `npm run dev` picks up dataset edits without a restart: in a throwaway copy of the project, `astro dev`
 * serves a draft edition; editing one of its CSVs sends a full-reload to the browser (over Vite's HMR
 * socket) and the next request shows the edit, first as the hash-mismatch error naming the file, then,
 * once `data validate --fix-hashes` rewrites datapackage.json, as the new figure.
 */
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEditions } from '../../src/lib/data/load.ts';
import { copyProject, data, describeEdition, editCell, removeProject, startDev } from './rebuild-project.ts';

let dir = '';
let dev: ReturnType<typeof startDev> | undefined;
let url = '';
let socket: WebSocket | undefined;
const messages: string[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor<T>(what: string, fn: () => Promise<T | undefined>, ms: number): Promise<T> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const v = await fn().catch(() => undefined);
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Timed out after ${ms} ms waiting for ${what}.\n${dev?.log().slice(-3000) ?? ''}`);
}

const page = async (p: string) => {
  const r = await fetch(`${url}${p}`, { signal: AbortSignal.timeout(20_000) });
  return { status: r.status, text: await r.text() };
};
const reloads = () => messages.filter((m) => m.includes('"full-reload"')).length;

let next = '';
beforeAll(async () => {
  dir = copyProject('rebuild-dev-');
  const latest = listEditions(path.join(dir, 'content')).at(-1)!;
  next = `${Number(latest.slice(0, 4)) + 1}-01`;
  expect((await data(dir, 'new', next)).code).toBe(0);
  describeEdition(dir, next);
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  dev = startDev(dir, port, { RESEARCH_EDITION: next });
  // Requests sent while Vite is still starting can hang; wait for its "ready" line first.
  await waitFor('the dev server to start', async () => (/ready in \d+/.test(dev!.log()) ? true : undefined), 60_000);
  await waitFor('the first page', async () => ((await page('/data/changes/')).status === 200 ? true : undefined), 60_000);
  const client = (await page('/@vite/client')).text;
  const token = /wsToken = "([^"]*)"/.exec(client)?.[1] ?? '';
  socket = new WebSocket(`ws://127.0.0.1:${port}/?token=${token}`, 'vite-hmr');
  socket.onmessage = (m) => messages.push(String(m.data));
  await waitFor('the HMR socket', async () => (messages.some((m) => m.includes('"connected"')) ? true : undefined), 15_000);
}, 150_000);

afterAll(async () => {
  socket?.close();
  await dev?.stop();
  removeProject(dir);
});

describe('astro dev with the data-reload integration', () => {
  it('reloads the page and shows a CSV edit without a restart', async () => {
    const first = await page('/data/changes/');
    expect(first.text).toContain(`What changed in edition ${next}`);
    expect(first.text).toContain('0 figures revised');

    const csv = path.join(dir, 'content/data', next, 'capex.csv');
    const before = reloads();
    editCell(csv, 'capex.amazon.2025', 'value', '140.5');
    await waitFor('a full-reload after the CSV edit', async () => (reloads() > before ? true : undefined), 15_000);
    // The draft's recorded hash no longer matches: the dev server answers with the error (overlay) and logs it naming the file.
    const broken = await page('/data/changes/');
    expect(broken.status).toBe(500);
    expect(broken.text).toContain('<title>DataError</title>');
    await waitFor('the error in the dev server log', async () => (dev!.log().includes(`data/${next}/capex.csv has changed since it was recorded`) ? true : undefined), 10_000);

    const afterEdit = reloads();
    expect((await data(dir, 'validate', next, '--fix-hashes')).code).toBe(0);
    await waitFor('a full-reload after datapackage.json was rewritten', async () => (reloads() > afterEdit ? true : undefined), 15_000);
    const fixed = await page('/data/changes/');
    expect(fixed.status).toBe(200);
    expect(fixed.text).toContain('1 figure revised');
    expect(fixed.text).toContain('$140.5 billion');
    expect(dev!.log()).toMatch(/\[data-reload\] content\/data\/[\d-]+\/capex\.csv changed; reloading the page\./);
    // The generated assets (not Astro routes in a build: src/integrations/asset-files.ts) follow the edit too.
    const csvDownload = await page('/downloads/hyperscaler-capex/data.csv');
    expect(csvDownload.status).toBe(200);
    expect(csvDownload.text).toMatch(/,140\.5,.*capex\.amazon\.2025,/);
  }, 90_000);

  it('serves the static chart images, downloads and social cards, and a 404 for an asset that does not exist', async () => {
    const svg = await fetch(`${url}/exhibits/hyperscaler-capex.dark.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(await svg.text()).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    const card = await fetch(`${url}/og/capex.png`);
    expect(card.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await card.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');
    const pkg = JSON.parse((await page('/downloads/hyperscaler-capex/datapackage.json')).text) as { resources: { path: string }[] };
    expect(pkg.resources[0]!.path).toBe('data.csv');
    expect((await page('/exhibits/no-such-exhibit.svg')).status).toBe(404);
  }, 60_000);
});
