/**
 * Every HTML page of the built site passes the Nu Html Checker (the W3C validator) with 0 errors. One
 * run over the whole site plus a known-invalid page, so a checker that reads nothing or reports nothing
 * fails the test instead of passing it.
 */
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { describeMessage, runVnu } from './support/vnu.ts';

const siteDir = inject('siteDir');
const probeDir = fs.mkdtempSync(path.join(tmpdir(), 'vnu-probe-'));
const probe = path.join(probeDir, 'invalid.html');
// The defect the checker found before (issue 12): aria-label on a <pre> without a role.
fs.writeFileSync(probe, '<!doctype html><html lang="en"><head><title>probe</title></head><body><pre aria-label="BibTeX">@article{x}</pre></body></html>\n');
const run = runVnu([siteDir, probeDir]);
afterAll(() => fs.rmSync(probeDir, { recursive: true, force: true }));

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => path.join(dir, f)).sort();
}

describe('Nu Html Checker', () => {
  it('reads every built page and reports a known error (so an empty run cannot pass)', () => {
    const pages = htmlFiles(siteDir);
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((p) => !run.checked.includes(p))).toEqual([]);
    const probeErrors = run.messages.filter((m) => m.type === 'error' && m.url.endsWith('/invalid.html'));
    expect(probeErrors.map((m) => m.message).join('\n')).toContain('“aria-label” attribute must not be specified on any “pre” element');
  });

  it('finds 0 errors in the site', () => {
    const errors = run.messages.filter((m) => (m.type === 'error' || m.type === 'non-document-error') && !m.url.endsWith('/invalid.html'));
    expect(errors.map((m) => describeMessage(m, siteDir))).toEqual([]);
  });
});
