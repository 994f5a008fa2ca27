/**
 * The Nu Html Checker (npm `vnu-jar`, run with the system `java`; .ci/run installs default-jre-headless).
 * One JVM run checks whole folders, which takes seconds; a run per page would take minutes.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

export interface VnuRun {
  /** Absolute paths of the files the checker read. */
  checked: string[];
  messages: VnuMessage[];
}

const JAR = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

/**
 * A run of a few seconds never repays the optimising JIT (C2) or a parallel collector: with the quick compiler
 * only and the serial collector the checker spends less than half the CPU (9.6 → 4.4 core-s on this site) for
 * the same report, byte for byte. The quick compiler's deeper frames need the larger stack the checker asks for.
 */
const JVM_FLAGS = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/** Checks every HTML file under `targets` (folders or files) in one run. */
export function runVnu(targets: string[]): VnuRun {
  const run = spawnSync('java', [...JVM_FLAGS, '-jar', JAR, '--format', 'json', '--verbose', '--skip-non-html', ...targets], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw new Error(`The Nu Html Checker could not start (${run.error.message}): it needs Java. Install it (Debian: apt-get install default-jre-headless; .ci/run does this) and run the tests again.`);
  let report: { messages?: VnuMessage[] };
  try {
    report = JSON.parse(run.stderr) as { messages?: VnuMessage[] };
  } catch {
    throw new Error(`The Nu Html Checker did not print its JSON report (exit ${run.status}):\n${run.stderr.slice(0, 2000)}`);
  }
  const checked = run.stdout.split('\n').map((l) => l.trim()).filter((l) => /\.html?$/.test(l));
  return { checked, messages: report.messages ?? [] };
}

/** `articles/capex/index.html:12:40: The “aria-label” attribute must not …`, relative to `root`. */
export function describeMessage(m: VnuMessage, root: string): string {
  const file = m.url.startsWith('file:') ? path.relative(root, fileURLToPath(m.url)) : m.url;
  const at = m.lastLine === undefined ? '' : `:${m.lastLine}:${m.firstColumn ?? m.lastColumn ?? 1}`;
  return `${file}${at}: ${m.message}${m.extract ? ` [${m.extract.replace(/\s+/g, ' ').trim()}]` : ''}`;
}
