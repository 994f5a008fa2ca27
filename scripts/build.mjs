// Builds the site without ever destroying a good dist/: Astro writes into a temporary folder, and only a
// fully successful build (Astro + post-build steps) is swapped in. On failure the previous dist/ stays.
// Usage: npm run build [-- --out <dir>]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { logStages, stageTimes } from './lib/build-stages.ts';

const args = process.argv.slice(2);
const outArg = args.indexOf('--out');
const finalDir = path.resolve(outArg >= 0 && args[outArg + 1] ? args[outArg + 1] : 'dist');
// Per-process names, so two builds into the same folder (an editor's and a test's) cannot collide.
const tmpDir = `${finalDir}.building-${process.pid}`;
const oldDir = `${finalDir}.previous-${process.pid}`;

// Leftovers of builds that were killed (their process is gone) are removed; live ones are left alone. The
// assets folder is the one the asset-files integration writes into beside Astro's (named after Astro's pid).
const alive = (pid) => {
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch {
    return false;
  }
};
for (const name of fs.existsSync(path.dirname(finalDir)) ? fs.readdirSync(path.dirname(finalDir)) : []) {
  const m = new RegExp(`^${path.basename(finalDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:building|previous)-(\\d+)(?:\\.assets-(\\d+))?$`).exec(name);
  if (!m) continue;
  if (!alive(m[1]) || (m[2] && !alive(m[2]))) fs.rmSync(path.join(path.dirname(finalDir), name), { recursive: true, force: true });
}
// Ctrl-C reaches every process of the terminal: Astro or Chromium stop mid-step, and their errors
// ("page.goto: net::ERR_ABORTED") would read like a problem to fix. Say what happened instead; the
// temporary folder goes, the published dist/ was never touched. 130 = 128 + SIGINT, the shell convention.
let astroChild;
function interrupted(signal) {
  // Astro got the terminal's signal too: let it stop writing into the temporary folder before removing it.
  if (astroChild && astroChild.exitCode === null && astroChild.signalCode === null) {
    if (signal === 'SIGTERM') astroChild.kill('SIGTERM');
    astroChild.once('exit', () => interrupted(signal));
    return;
  }
  removeTemporary();
  console.error(`\nBuild interrupted; ${path.relative(process.cwd(), finalDir) || '.'}/ was left as it was.`);
  process.exit(130);
}
process.on('SIGINT', interrupted);
process.on('SIGTERM', interrupted);
/** Lets a signal that arrived while we were blocked (spawnSync) or awaiting a failing step run its handler first. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

// Content does not change while a build runs: the engine reads the article folders and site.yaml once
// instead of re-checking them on every lookup as `astro dev` must (src/lib/data/paths.ts contentFrozen).
process.env.RESEARCH_CONTENT_FROZEN = '1';
const started = process.hrtime.bigint();

/**
 * The pinned dataset edition, read as Astro would read it: a bad cell, a missing edition or a released file
 * changed after release stops the build within a second, with the same message, instead of after Astro has
 * bundled the site. A site.yaml that cannot be read, and any other problem, is left to Astro to report.
 * Imported here, not at the top: the engine's modules take a third of a second to load, which Astro, started
 * first, spends building.
 */
async function pinnedEditionProblem() {
  const [{ DataError }, { loadSiteConfig }, { loadPinnedEdition }] = await Promise.all([
    import('../src/lib/data/errors.ts'),
    import('../src/lib/config/load-site.ts'),
    import('../src/lib/data/load.ts'),
  ]);
  try {
    loadSiteConfig();
  } catch {
    return undefined;
  }
  try {
    loadPinnedEdition();
  } catch (err) {
    if (err instanceof DataError) return err;
  }
  return undefined;
}

// A BASE_URL variable in the environment (set by some CI hosts, and by vitest for its children) would
// override import.meta.env.BASE_URL in components and break sub-path builds; BASE_PATH is the setting.
const { BASE_URL: _ignored, ...env } = process.env;
// Astro's output is passed through as it comes and kept, to time the build's stages from its per-route lines;
// held back until the edition has passed its check, so that a failed check prints its message alone.
let astroLog = '';
let held = [];
const astroExit = new Promise((resolve) => {
  astroChild = spawn(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    stdio: ['inherit', 'pipe', 'inherit'],
    env: { ...env, SITE_OUT_DIR: tmpDir },
  });
  astroChild.stdout.on('data', (chunk) => {
    if (held) held.push(chunk);
    else process.stdout.write(chunk);
    astroLog += chunk;
  });
  astroChild.on('exit', (status, signal) => resolve({ status, signal }));
});
const dataError = await pinnedEditionProblem();
if (dataError) {
  astroChild.kill('SIGTERM');
  await astroExit;
  console.error(dataError.message);
  fail('the pinned dataset edition cannot be used');
}
for (const chunk of held) process.stdout.write(chunk);
held = undefined;
const { postBuild, warmPostBuild } = await import('./post-build.mjs');
warmPostBuild();
const astro = await astroExit;
const astroMs = Number(process.hrtime.bigint() - started) / 1e6;

/**
 * The temporary output and the asset-files integration's folder beside it (`<tmpDir>.assets-<Astro's pid>`),
 * which Astro cannot remove itself when it was stopped by a signal.
 */
function removeTemporary() {
  fs.rmSync(tmpDir, { recursive: true, force: true });
  const prefix = `${path.basename(tmpDir)}.assets-`;
  for (const name of fs.existsSync(path.dirname(tmpDir)) ? fs.readdirSync(path.dirname(tmpDir)) : []) {
    if (name.startsWith(prefix)) fs.rmSync(path.join(path.dirname(tmpDir), name), { recursive: true, force: true });
  }
}

function fail(what) {
  removeTemporary();
  const kept = fs.existsSync(finalDir) ? `The previous site in ${path.relative(process.cwd(), finalDir)}/ was left untouched.` : 'No site was written.';
  console.error(`\nBuild failed: ${what}. ${kept}\nFix the problem reported above and run the build again.`);
  process.exit(1);
}

if (astro.signal === 'SIGINT' || astro.signal === 'SIGTERM') interrupted();
if (astro.status !== 0) await settle();
if (astro.status !== 0) fail(astro.signal ? `astro build was stopped by ${astro.signal}` : 'astro build exited with an error');
logStages(stageTimes(astroLog, astroMs));
try {
  await postBuild(tmpDir);
} catch (err) {
  await settle();
  console.error(err instanceof Error ? err.message : err);
  fail('a post-build step failed');
}

// Swap: two renames on the same filesystem, so a reader sees either the old or the new site.
fs.rmSync(oldDir, { recursive: true, force: true });
if (fs.existsSync(finalDir)) fs.renameSync(finalDir, oldDir);
fs.renameSync(tmpDir, finalDir);
fs.rmSync(oldDir, { recursive: true, force: true });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`Site built into ${path.relative(process.cwd(), finalDir) || '.'}/ in ${seconds.toFixed(1)} s.`);
