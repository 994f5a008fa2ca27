/**
 * Drafts are never published and never block the build: in a throwaway copy of the project, a
 * half-edited draft edition (a broken cell, TODO metadata as `data new` leaves it) and a draft whose
 * datapackage.json is mid-edit sit beside the released editions. The build succeeds and nothing of
 * either draft reaches dist/: no data/<draft>/ folder, no mention on /data/ or anywhere else.
 * `npm run data -- validate` is where the draft's problems are reported.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, copyProject, data, editCell, removeProject } from './rebuild-project.ts';

// Far enough ahead that the version cannot be a date the site mentions for another reason.
const DRAFT = '2031-07';
const MID_EDIT = '2031-08';
const TEXT = /\.(html|svg|json|csv|xml|txt|js|css|webmanifest)$/;

let dir = '';
let out = '';

function textFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (TEXT.test(name)) found.push(full);
    }
  };
  walk(root);
  return found;
}

beforeAll(() => {
  dir = copyProject('draft-edition-');
  out = path.join(dir, 'out');
  expect(data(dir, 'new', DRAFT).code).toBe(0);
  editCell(path.join(dir, 'content/data', DRAFT, 'capex.csv'), 'capex.amazon.2025', 'value', '13x.5');
  mkdirSync(path.join(dir, 'content/data', MID_EDIT));
  writeFileSync(path.join(dir, 'content/data', MID_EDIT, 'datapackage.json'), '{ "version": "2031-08", "status": "draft", ');
});

afterAll(() => removeProject(dir));

describe('a half-edited draft beside the released editions', () => {
  it('is reported by `data validate`', () => {
    const r = data(dir, 'validate', DRAFT);
    expect(r.code).toBe(1);
    expect(r.output).toContain('"13x.5" is not a number.');
    expect(r.output).toContain('"title" still starts with the TODO marker');
  });

  it('does not stop the build, and nothing of it is published', () => {
    const r = build(dir, out);
    expect(r.code, r.output).toBe(0);
    const released = Object.keys((JSON.parse(readFileSync(path.join(dir, 'content/data/editions.lock.json'), 'utf8')) as { editions: object }).editions).sort();
    expect(readdirSync(path.join(out, 'data')).filter((n) => /^\d{4}-\d{2}$/.test(n)).sort()).toEqual(released);
    const page = readFileSync(path.join(out, 'data/index.html'), 'utf8');
    for (const version of released) expect(page).toContain(`Edition ${version}`);
    for (const file of textFiles(out)) {
      const text = readFileSync(file, 'utf8');
      expect(text.includes(DRAFT) || text.includes(MID_EDIT), path.relative(out, file)).toBe(false);
    }
  }, 300_000);
});
