/**
 * Astro drops the whitespace at a line break between text and an element, so "see\n<a>" renders as
 * "see<a>" and reads "seemethodology". This scans the built pages for words glued to inline elements.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from './support/site.ts';

const siteDir = inject('siteDir');
const INLINE = '(?:a|time|cite|strong|em|code|abbr|data)';
// Also text glued after an expression on the previous source line: "2026-02(as of".
const GLUED = new RegExp(`[A-Za-z0-9][,;:]?<${INLINE}[\\s>]|</${INLINE}>[A-Za-z0-9(]|[A-Za-z0-9]\\((?=[a-z])`, 'g');

describe('no words glued to inline elements', () => {
  it.each(builtPages(siteDir))('%s', (page) => {
    const html = fs.readFileSync(path.join(siteDir, page, 'index.html'), 'utf8');
    // Only text content matters: drop scripts, styles, math (KaTeX markup is tight by design) and SVG.
    const text = html
      .replace(/<(script|style|svg|math|code|pre)\b[\s\S]*?<\/\1>/g, '')
      .replace(/<span class="katex[\s\S]*?<\/span><\/span><\/span>/g, '');
    const hits = [...text.matchAll(GLUED)].map((m) => text.slice(Math.max(0, m.index! - 30), m.index! + 30));
    expect(hits).toEqual([]);
  });
});
