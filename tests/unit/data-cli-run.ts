/**
 * Runs the data CLI (scripts/data.ts) for tests: in-process through its `main(argv, io)`, which is what makes
 * the CLI tests fast (no Node start and engine load per case). Three cases still start a real process, because
 * in-process they would not test the same thing:
 * - `diff` points RESEARCH_CONTENT_ROOT at --root and imports the report's exhibit and metric modules from it,
 *   which a process does only once;
 * - a caller that runs as another user (`uid`), to test file permissions;
 * - an environment that sets a variable the CLI reads (RESEARCH_CONTENT_ROOT, RESEARCH_EDITION): the spawned CLI
 *   runs with them cleared, as the tests expect.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { main } from '../../scripts/data.ts';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const SCRIPT = path.join(process.cwd(), 'scripts/data.ts');
const CLI_ENV = ['RESEARCH_CONTENT_ROOT', 'RESEARCH_EDITION'];

export async function runDataCli(args: string[], opts: { uid?: number; gid?: number } = {}): Promise<CliResult> {
  if (args[0] === 'diff' || opts.uid !== undefined || CLI_ENV.some((k) => process.env[k])) {
    const env = { ...process.env, ...Object.fromEntries(CLI_ENV.map((k) => [k, ''])) };
    const r = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', env, ...opts });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(args, { stdout: (t) => stdout.push(t), stderr: (t) => stderr.push(t) });
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}
