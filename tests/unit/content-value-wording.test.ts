/** Wording around rendered values, through the article plugin with the real dataset (the audit's defects). */
import path from 'node:path';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkArticle } from '../../src/lib/content/remark-article.ts';
import { findWordingProblems } from '../../src/lib/content/value-wording.ts';
import { parseMdx } from '../../src/lib/content/parse-mdx.ts';

const FILE = path.join(process.cwd(), 'content', 'articles', 'wording-fixture', 'index.mdx');

function run(body: string): void {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkArticle);
  const file = new VFile({ path: FILE, value: body });
  processor.runSync(processor.parse(file), file);
}

function failure(body: string): string {
  try {
    run(body);
  } catch (err) {
    const e = err as { message: string; line?: number; column?: number };
    return `${e.message} @${e.line}:${e.column}`;
  }
  throw new Error('expected the plugin to fail');
}

describe('wording around values (build-time, real dataset)', () => {
  it('rejects a hedge before a value that prints "~", naming file:line:column and what to write', () => {
    const msg = failure('Line one.\n\nIt erased about <Value of="market.nvidia.value-loss" /> of value.\n');
    expect(msg).toMatch(/content\/articles\/wording-fixture\/index\.mdx:3:11  "about ~\$\d+ billion" qualifies the figure twice: <Value of="market.nvidia.value-loss" \/> already prints "~" \(approximately\)\. Write "<Value of="market.nvidia.value-loss" \/>" without "about"/);
    expect(msg).toMatch(/@3:11$/);
  });

  it.each([
    ['around', 'adoption.chatgpt.mau.2023-01', '~'],
    ['runs above', 'epoch.largest-run-2027', '>'],
    ['no more than', 'chinchilla.study.params.max', '>'],
  ])('rejects "%s" before %s (prints "%s")', (hedge, key, qualifier) => {
    const said = hedge === 'runs above' ? 'above' : hedge;
    expect(failure(`Models of ${hedge} <Value of="${key}" /> here.\n`)).toContain(`"${said} ${qualifier}`);
  });

  it('accepts the same values without the hedge, an exact value with one, and part="number" (no qualifier printed)', () => {
    expect(() => run('It erased <Value of="market.nvidia.value-loss" /> of value.\n')).not.toThrow();
    expect(() => run('Nvidia moved <Value of="metric.deepseek.nvidia-share-fall" /> on the day.\n')).not.toThrow();
    expect(() => run('About <Value of="deepseek-v3.gpu-hours.total" /> in all.\n')).not.toThrow();
    expect(() => run('About <Value of="market.nvidia.value-loss" part="number" /> dollars.\n')).not.toThrow();
  });

  it('rejects a unit word repeated after the value', () => {
    expect(failure('ChatGPT had <Value of="adoption.chatgpt.mau.2022-12" /> monthly users then.\n')).toMatch(
      /"57 million users monthly users" repeats "users": .* Drop the second "users" \(write "<Value of="adoption.chatgpt.mau.2022-12" \/> monthly"\)/,
    );
    expect(() => run('ChatGPT reached <Value of="adoption.chatgpt.mau.2022-12" /> a month.\n')).not.toThrow();
  });

  it('rejects a word glued to a value or a number, and lists every problem', () => {
    const msg = failure('Released on13 February, it reached<Value of="adoption.chatgpt.mau.2022-12" />fast.\n');
    expect(msg).toMatch(/has 3 wording problems/);
    expect(msg).toMatch(/:1:10  "on13" is missing a space: write "on 13"/);
    expect(msg).toMatch(/:1:35  "reached" is glued to <Value of="adoption.chatgpt.mau.2022-12" \/>/);
    expect(msg).toMatch(/<Value of="adoption.chatgpt.mau.2022-12" \/> is glued to "fast"/);
    expect(() => run('Released on 13 February, it reached <Value of="adoption.chatgpt.mau.2022-12" /> fast (<ExhibitRef id="hyperscaler-capex" />).\n')).not.toThrow();
  });
});

describe('findWordingProblems (pure)', () => {
  const print = () => ({ text: '>$1 billion', qualifier: '>' as const });
  it('finds the longest hedge and places it at the hedge', () => {
    const [p] = findWordingProblems(parseMdx('Runs of\nat least <Value of="x" />.\n'), print);
    expect(p?.place).toEqual({ line: 2, column: 1 });
    expect(p?.message).toMatch(/^"at least >\$1 billion"/);
  });
  it('ignores words inside code and math', () => {
    expect(findWordingProblems(parseMdx('Write `on13` and $in2$.\n'), print)).toEqual([]);
  });
});
