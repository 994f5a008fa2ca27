/**
 * Writes the report's generated assets (src/lib/publish/asset-files.ts: static chart SVGs, downloads, social
 * cards; about 3,000 files at 200 articles) outside Astro's routes. `astro build` renders routes one after
 * another on one core, so this integration starts a second process (asset-writer.ts) when the build starts,
 * which writes them into a folder beside the output while Astro bundles and renders the pages, and moves them
 * into the output when the pages are done. `astro dev` serves the same list through one route (asset-route.ts).
 *
 * A failure of the writer fails the build with its message. If Astro fails first, the writer is stopped and
 * its folder removed; a build killed outright leaves `<outDir>.assets-<pid>`, which scripts/build.mjs removes.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Moves every file under `from` to the same place under `to`, refusing to replace a file Astro wrote.
 * `rel` is the site path of `from`, for the message.
 */
export function mergeInto(from: string, to: string, rel = ''): void {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (!fs.existsSync(target)) fs.renameSync(source, target);
    else if (entry.isDirectory() && fs.statSync(target).isDirectory()) mergeInto(source, target, `${rel}${entry.name}/`);
    else
      throw new Error(
        [
          `Two outputs claim ${rel}${entry.name} (${target}): a page or route of src/pages and a generated asset (src/lib/publish/asset-files.ts).`,
          'An article folder named like a fixed route (an article "site" has the social card og/site.png of the home page) is the usual cause: rename the article folder.',
        ].join('\n'),
      );
  }
}

export function assetFilesIntegration(): AstroIntegration {
  let root = process.cwd();
  let staging = '';
  /** The writer's exit code and output, once it has exited. */
  let writer: Promise<{ code: number | null; out: string; err: string }> | undefined;
  return {
    name: 'asset-files',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        // A build writes the files itself (below); only the dev server needs a route for them.
        if (command === 'dev') injectRoute({ pattern: '/[...asset]', entrypoint: fileURLToPath(new URL('./asset-route.ts', import.meta.url)) });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        staging = `${fileURLToPath(config.outDir).replace(/[\\/]$/, '')}.assets-${process.pid}`;
      },
      'astro:build:start': () => {
        fs.rmSync(staging, { recursive: true, force: true });
        const child = spawn(process.execPath, [path.join(root, 'src/integrations/asset-writer.ts'), staging], { cwd: root, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
        let out = '';
        let err = '';
        child.stdout!.on('data', (c) => (out += c));
        child.stderr!.on('data', (c) => (err = (err + c).slice(-8000)));
        writer = new Promise((resolve) => child.on('exit', (code) => resolve({ code, out, err })));
        // Astro failed or was stopped before the pages were done: the writer stops too, and its files go.
        process.once('exit', () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          fs.rmSync(staging, { recursive: true, force: true });
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!writer) return;
        const waitFrom = performance.now();
        const { code, out, err } = await writer;
        const waited = performance.now() - waitFrom;
        if (code !== 0) throw new Error(`Writing the static chart images, downloads and social cards failed:\n${err.trim()}`);
        mergeInto(staging, fileURLToPath(dir));
        fs.rmSync(staging, { recursive: true, force: true });
        const r = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { files: number; ms: Record<string, number> };
        // Machine-read too (scripts/lib/build-stages.ts): the time of each kind, and how long the pages waited.
        logger.info(`${r.files} assets written beside the pages: ${Object.entries(r.ms).map(([k, v]) => `${k} ${v} ms`).join(', ')}; waited ${Math.round(waited)} ms after the pages.`);
      },
    },
  };
}
