/**
 * Ctrl-C during `npm run build` says "Build interrupted; dist/ was left as it was." and exits 130,
 * instead of the stopped step's error and "fix the problem above". scripts/build.mjs runs with a stand-in
 * for Astro (node_modules/astro/bin/astro.mjs resolved from the working folder) that waits to be
 * interrupted; the signal goes to the whole process group, as a terminal sends it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const BUILD = path.join(process.cwd(), 'scripts/build.mjs');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'build-interrupt-'));
  mkdirSync(path.join(dir, 'dist'));
  writeFileSync(path.join(dir, 'dist/index.html'), 'the published site');
  mkdirSync(path.join(dir, 'node_modules/astro/bin'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in for `astro build` that starts writing its output, then waits; `onInt` is how it takes Ctrl-C. */
function fakeAstro(onInt: 'default' | 'exit 1') {
  writeFileSync(
    path.join(dir, 'node_modules/astro/bin/astro.mjs'),
    `import fs from 'node:fs';
${onInt === 'exit 1' ? "process.on('SIGINT', () => process.exit(1));" : ''}
fs.mkdirSync(process.env.SITE_OUT_DIR, { recursive: true });
fs.writeFileSync(process.env.SITE_OUT_DIR + '/index.html', 'half a site');
fs.writeFileSync('started', '');
setTimeout(() => {}, 30000);
`,
  );
}

function interruptedBuild(): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    // detached: its own process group, so the signal reaches the build and "Astro" as a terminal's Ctrl-C would.
    const child = spawn(process.execPath, [BUILD], { cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'FORCE_COLOR')), NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (b) => (stderr += String(b)));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
    const started = Date.now();
    const poll = setInterval(() => {
      if (existsSync(path.join(dir, 'started'))) {
        clearInterval(poll);
        process.kill(-child.pid!, 'SIGINT');
      } else if (Date.now() - started > 20_000) {
        clearInterval(poll);
        process.kill(-child.pid!, 'SIGKILL');
      }
    }, 50);
  });
}

describe('Ctrl-C during the build', () => {
  for (const onInt of ['default', 'exit 1'] as const) {
    it(`says the build was interrupted, exits 130 and leaves dist/ as it was (Astro stopping by ${onInt === 'default' ? 'the signal' : 'exiting 1'})`, async () => {
      fakeAstro(onInt);
      const r = await interruptedBuild();
      expect(r.code).toBe(130);
      expect(r.stderr).toBe('\nBuild interrupted; dist/ was left as it was.\n');
      expect(readFileSync(path.join(dir, 'dist/index.html'), 'utf8')).toBe('the published site');
      expect(readdirSync(dir).filter((n) => n.startsWith('dist.'))).toEqual([]);
    }, 30_000);
  }
});
