/**
 * Sourcing rules for content/sources.json: every source the published edition's rows or an article cites
 * names an author or publisher, a title, an issue date and a URL, and is not a bare-IP repost; and no
 * edition cites a source issued after its as-of date. Released editions cannot change, so the problems
 * they froze are listed below with the reason, and the test fails if one is fixed (drop it from the
 * list) or a new one appears.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listEditions, loadEdition } from '../../src/lib/data/load.ts';
import { loadSources } from '../../src/lib/sources/load-sources.ts';
import type { SourceEntry } from '../../src/lib/sources/schema.ts';

const registry = new Map(loadSources().map((s) => [s.id, s]));
const articlesDir = path.resolve('content/articles');
const articleCites = new Set(
  fs.readdirSync(articlesDir).flatMap((slug) => {
    const file = path.join(articlesDir, slug, 'index.mdx');
    return fs.existsSync(file) ? [...fs.readFileSync(file, 'utf8').matchAll(/<Cite id="([^"]+)"/g)].map((m) => m[1]!) : [];
  }),
);
const citedBy = (version: string) => new Set([...loadEdition(version).tables.values()].flatMap((t) => t.rows.map((r) => r.source)));
const newest = listEditions().at(-1)!;

/** What is missing from an entry: author/publisher, title, date, URL; a bare IP address as host. */
function problems(s: SourceEntry): string[] {
  const out: string[] = [];
  if (!s.author.length && !s.publisher) out.push('author or publisher');
  if (!s.title.trim()) out.push('title');
  if (!s.issued) out.push('date');
  if (!s.URL) out.push('URL');
  else if (/^https?:\/\/\d{1,3}(?:\.\d{1,3}){3}(?:[:/]|$)/.test(s.URL)) out.push('bare-IP URL');
  return out;
}

/** Known problems, each frozen by a released edition whose rows cite the source. */
const KNOWN_INCOMPLETE: Record<string, string> = {
  'abi-edge-ai-chipsets': 'date: ABI Research chart page carries no publication date; cited by released rows (edge-ai.*)',
  'ai-index-2024-private-investment-secondary': 'date, URL: the AI Index 2024 private-investment figure was found only in an unidentified secondary text (confidence U); cited by released rows',
  'center-consulting-ai-winters': 'date: undated secondary page for the AI-cycle milestones; cited by released ai-cycle rows (primary: the 1955 Dartmouth proposal)',
  'del-monte-second-ai-winter': 'date: undated blog, cited only as a secondary account beside Wikipedia in the AI-cycle article',
  'wikipedia-ai-winter': 'date: academic mirror of the Wikipedia article without a revision date; cited by released ai-cycle rows',
};

/** Earliest day an issued date can mean ([2026, 2] is 2026-02-01), so only a certain violation fails. */
function earliestDay(s: SourceEntry): string | undefined {
  const [y, m = 1, d = 1] = s.issued?.['date-parts'][0] ?? [];
  return y === undefined ? undefined : `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const KNOWN_LATE: Record<string, string> = {
  '2025-02/meta-cash-flow-xbrl':
    'The BeautifyData page (Jan 2026) was cited for Meta’s 2022–2024 capex in the 14 Feb 2025 edition; the figures are the 10-K’s, and edition 2026-03 cites Meta’s 2024 10-K instead',
};

describe('source registry quality', () => {
  it('every source cited by the newest edition or an article is complete, apart from the known problems', () => {
    const cited = new Set([...citedBy(newest), ...articleCites]);
    const found = Object.fromEntries(
      [...cited].sort().flatMap((id) => {
        const entry = registry.get(id);
        if (!entry) return [[id, ['not in content/sources.json']]];
        const p = problems(entry);
        return p.length ? [[id, p]] : [];
      }),
    );
    expect(Object.keys(found).sort()).toEqual(Object.keys(KNOWN_INCOMPLETE).sort());
  });

  it('catches an incomplete or bare-IP entry', () => {
    const base: SourceEntry = { id: 'x', type: 'webpage', title: 'T', author: [{ literal: 'A' }], issued: { 'date-parts': [[2025, 1, 2]] }, URL: 'https://example.org/a' };
    expect(problems(base)).toEqual([]);
    expect(problems({ ...base, issued: undefined, URL: undefined })).toEqual(['date', 'URL']);
    expect(problems({ ...base, URL: 'http://103.16.74.116/x' })).toEqual(['bare-IP URL']);
  });

  it('no edition cites a source issued after its as-of date, apart from the known released exceptions', () => {
    const late: string[] = [];
    for (const version of listEditions()) {
      const edition = loadEdition(version);
      for (const id of citedBy(version)) {
        const day = earliestDay(registry.get(id)!);
        if (day && day > edition.asOf) late.push(`${version}/${id}`);
      }
    }
    expect(late.sort()).toEqual(Object.keys(KNOWN_LATE).sort());
    expect(late.filter((k) => k.startsWith(`${newest}/`))).toEqual([]);
  });

  it('the newest edition cites primary sources where the earlier ones cited reposts and aggregators', () => {
    const replaced = ['techspot-r1-training-cost', 'meta-cash-flow-xbrl', 'microsoft-cash-flow-stockanalysis', 'amazon-cash-flow-statements', 'alphabet-cash-flow-statements', 'alphabet-2026-capex-biggish', 'openai-community-o1-pricing', 'openrouter-deepseek-r1'];
    const now = citedBy(newest);
    expect(replaced.filter((id) => now.has(id))).toEqual([]);
    expect(replaced.filter((id) => citedBy('2026-02').has(id))).toEqual(replaced);
  });
});

/**
 * Hosts that are reposts, mirrors, aggregators or forums rather than the publisher of the figure: a bare
 * IP address, content mirrors, syndication sites and community threads. A source on one of them is weak.
 */
const WEAK_HOSTS = [
  /^\d{1,3}(?:\.\d{1,3}){3}$/, // bare IP repost (103.16.74.116)
  /(?:^|\.)yokaspace\.com$/,
  /(?:^|\.)en-academic\.com$/,
  /(?:^|\.)voaafrica\.com$/,
  /(?:^|\.)investing\.com$/,
  /(?:^|\.)lbkrs\.com$/,
  /(?:^|\.)longbridge\.(?:com|hk)$/,
  /(?:^|\.)techupp\.com$/,
  /(?:^|\.)aiinject\.com$/,
  /(?:^|\.)community\.openai\.com$/,
  /(?:^|\.)stock-analysis-on\.net$/,
];
/** Weak in what it is rather than where it is hosted: an unidentified secondary text. */
const WEAK_IDS = new Set(['ai-index-2024-private-investment-secondary']);

function isWeak(s: SourceEntry): boolean {
  if (WEAK_IDS.has(s.id)) return true;
  if (!s.URL) return false;
  const host = new URL(s.URL).hostname;
  return WEAK_HOSTS.some((h) => h.test(host));
}

/** Released editions keep the weak sources they were published with (editions.lock.json freezes them). */
const FROZEN = ['2025-02', '2026-02', '2026-03'];
/**
 * Weak sources edition 2026-04 still cites because no replacement was read in time (see the research
 * notes, section D). Drop an id when its rows are re-sourced; the test fails until you do.
 */
const NOT_YET_REPLACED_2026_04 = [
  'ai-index-2024-private-investment-secondary', // the $95.99bn was not found in the AI Index 2024 itself; the row stays unconfirmed
  'nvidia-record-loss-longbridge', // Bloomberg's ~$589bn and the previous record: no Bloomberg page read
  'reuters-nasdaq-deepseek', // index closes of 27 Jan 2025: the Reuters markets wrap's own address was not found
  'techupp-chatgpt-google', // a Morgan Stanley note with no public copy; shown as a repost in the exhibit
  'wikipedia-ai-winter', // a dated Wikipedia revision (or the Lighthill and ALPAC reports) not yet read
];
const pinned = /^edition:\s*"([^"]+)"/m.exec(fs.readFileSync(path.resolve('content/site.yaml'), 'utf8'))![1]!;

describe('weak sources (reposts, mirrors, bare IPs, forums, unidentified texts)', () => {
  const weakIn = (version: string) => [...citedBy(version)].filter((id) => registry.has(id) && isWeak(registry.get(id)!)).sort();

  it('recognises the weak hosts and leaves publishers alone', () => {
    const entry = (URL: string): SourceEntry => ({ id: 'x', type: 'webpage', title: 'T', author: [{ literal: 'A' }], URL });
    expect(isWeak(entry('http://103.16.74.116/infograph/x'))).toBe(true);
    expect(isWeak(entry('https://au.investing.com/news/x'))).toBe(true);
    expect(isWeak(entry('https://web-origin.lbkrs.com/news/1'))).toBe(true);
    expect(isWeak(entry('https://en-academic.com/dic.nsf/enwiki/1'))).toBe(true);
    expect(isWeak(entry('https://www.sec.gov/Archives/edgar/data/1/'))).toBe(false);
    expect(isWeak(entry('https://arxiv.org/abs/2404.10102'))).toBe(false);
  });

  it('the frozen editions keep theirs: each still cites weak sources, which is why they are listed as frozen', () => {
    for (const version of FROZEN) expect(weakIn(version).length).toBeGreaterThan(0);
  });

  it('the pinned edition, unless frozen, cites no weak source beyond the known not-yet-replaced list', () => {
    if (FROZEN.includes(pinned)) return;
    const allowed = pinned === '2026-04' ? NOT_YET_REPLACED_2026_04 : [];
    expect(weakIn(pinned)).toEqual(allowed);
  });

  it('edition 2026-04 cites exactly the not-yet-replaced weak sources (fails when one is re-sourced, so the list shrinks)', () => {
    if (!listEditions().includes('2026-04')) return;
    expect(weakIn('2026-04')).toEqual(NOT_YET_REPLACED_2026_04);
  });
});
