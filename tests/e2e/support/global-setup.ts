/**
 * Builds the site once for the end-to-end tests that read it (through the real build script, into
 * .cache/e2e-site) and serves it over HTTP. Set E2E_SITE_DIR to test an existing build instead.
 *
 * The build runs in the background: vitest starts no test before every global setup has returned, and a
 * cold build with PDFs is the longest single step of the suite, so unit tests and the throwaway-build
 * suites (project e2e-builds) run while it does. Each test file of this project waits for it first
 * (support/site-ready.ts, a setup file), through a marker file written when the build ends. Also empties
 * the folder of shared browser passes (support/sweep.ts), so that no pass from an earlier run or build is
 * ever read.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from '../../../scripts/lib/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
    sweepDir: string;
    /** Where the build's outcome is written when it ends ({ ok, log }); see support/site-ready.ts. */
    siteBuiltMarker: string;
  }
}

let server: StaticServer | undefined;
let build: ChildProcess | undefined;
let built: Promise<void> = Promise.resolve();

export async function setup(project: TestProject): Promise<void> {
  const marker = path.resolve('.cache/e2e-site-built.json');
  // Removed before anything starts, so a marker from an earlier run is never read as this build's.
  fs.rmSync(marker, { force: true });
  fs.mkdirSync(path.dirname(marker), { recursive: true });
  const writeMarker = (ok: boolean, log: string) => {
    fs.writeFileSync(`${marker}.tmp`, JSON.stringify({ ok, log }));
    fs.renameSync(`${marker}.tmp`, marker);
  };
  let dir = process.env.E2E_SITE_DIR;
  if (dir) {
    writeMarker(true, '');
  } else {
    dir = path.resolve('.cache/e2e-site');
    // Output goes to the terminal as it comes (as before), and is kept for the message of a failed build.
    const child = spawn(process.execPath, ['scripts/build.mjs', '--out', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    build = child;
    let log = '';
    const keep = (chunk: Buffer, to: NodeJS.WriteStream) => {
      log = (log + chunk.toString('utf8')).slice(-20_000);
      to.write(chunk);
    };
    child.stdout.on('data', (c: Buffer) => keep(c, process.stdout));
    child.stderr.on('data', (c: Buffer) => keep(c, process.stderr));
    built = new Promise((resolve) => {
      child.on('close', (code, signal) => {
        build = undefined;
        writeMarker(code === 0, code === 0 ? '' : `${log}\n(the build exited with ${signal ?? `code ${code}`})`);
        resolve();
      });
    });
  }
  const sweepDir = path.resolve('.cache/e2e-sweep');
  fs.rmSync(sweepDir, { recursive: true, force: true });
  fs.mkdirSync(sweepDir, { recursive: true });
  project.provide('sweepDir', sweepDir);
  project.provide('siteBuiltMarker', marker);
  // The server reads files per request, so it can start before the build has written them.
  server = await serveStatic(path.resolve(dir));
  project.provide('siteUrl', server.url);
  project.provide('siteDir', path.resolve(dir));
}

export async function teardown(): Promise<void> {
  // A run stopped early (a failure with --bail, Ctrl-C) must not leave the build running.
  build?.kill('SIGTERM');
  await built;
  await server?.close();
}
