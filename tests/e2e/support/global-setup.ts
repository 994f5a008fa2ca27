/**
 * Builds the site once for all end-to-end tests (through the real build script, into .cache/e2e-site)
 * and serves it over HTTP. Set E2E_SITE_DIR to test an existing build instead. Empties the folder of shared
 * browser passes (support/sweep.ts), so that no pass from an earlier run or build is ever read.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from '../../../scripts/lib/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
    sweepDir: string;
  }
}

let server: StaticServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  let dir = process.env.E2E_SITE_DIR;
  if (!dir) {
    dir = path.resolve('.cache/e2e-site');
    const build = spawnSync(process.execPath, ['scripts/build.mjs', '--out', dir], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('The site did not build, so the end-to-end tests cannot run. See the build output above.');
  }
  const sweepDir = path.resolve('.cache/e2e-sweep');
  fs.rmSync(sweepDir, { recursive: true, force: true });
  fs.mkdirSync(sweepDir, { recursive: true });
  project.provide('sweepDir', sweepDir);
  server = await serveStatic(path.resolve(dir));
  project.provide('siteUrl', server.url);
  project.provide('siteDir', path.resolve(dir));
}

export async function teardown(): Promise<void> {
  await server?.close();
}
