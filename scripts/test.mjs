// Runs every test (unit + end-to-end in headless Chromium) and ends with the plain line
// "N passed, N failed" that CI reads. Extra arguments go to vitest (e.g. `npm test -- tests/unit`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromiumPath } from './chromium-path.mjs';

if (!chromiumPath()) {
  const bar = '!'.repeat(78);
  console.error(
    [
      bar,
      'Chromium is not installed, so the end-to-end tests will FAIL.',
      'They drive the Debian `chromium` package through playwright-core (no browser download).',
      'Install it:  sudo apt-get update && sudo apt-get install -y chromium',
      'or point CHROMIUM_PATH at an existing Chromium/Chrome binary.',
      bar,
    ].join('\n'),
  );
}

const report = path.resolve('.cache/vitest-report.json');
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });
const result = spawnSync(
  process.execPath,
  [path.resolve('node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
if (fs.existsSync(report)) {
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = json.numPassedTests ?? 0;
  // Suites that fail to load count as failures too, so a broken file cannot hide behind a green count.
  failed = (json.numFailedTests ?? 0) + (json.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
} else {
  failed = 1;
}
if (result.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(result.status ?? 1);
