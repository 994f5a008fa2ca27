/** The extended quantity rule: each phrasing it flags, and each allow-list entry, in both directions. */
import { describe, expect, it } from 'vitest';
import { findHardCodedQuantities, NOT_DATA } from '../../src/lib/content/hardcoded-quantities.ts';

const texts = (s: string) => findHardCodedQuantities(s).map((h) => h.text);

describe('quantity phrasings the rule flags', () => {
  it.each([
    ['margins rose 5 percentage points', ['5 percentage points']],
    ['the spread widened by 40 basis points', ['40 basis points']],
    ['inference got 3 times faster', ['3 times']],
    ['prices fell by a factor of 10 in a year', ['a factor of 10']],
    ['a cluster of 2,048 H800 GPUs', ['2,048 H800 GPUs']],
    ['a cluster of 2048 H800 GPUs', ['2048 H800 GPUs']],
    ['with 37B activated per token', ['37B']],
    ['a 128K context window', ['128K']],
    ['the run took 10 weeks', ['10 weeks']],
    ['a query costs 14 cents', ['14 cents']],
    ['capex of 80B USD', ['80B USD']],
    ['only 5.6m dollars', ['5.6m dollars']],
    ['five billion dollars of capex', ['five billion dollars']],
    ['half a trillion dollars of spending', ['half a trillion dollars']],
    ['a billion users', ['a billion users']],
    ['the model scored 79.8 on AIME', ['79.8 on']],
    ['Nvidia moved −9.2% and then -3%', ['−9.2%', '-3%']],
    ['between 10–20 GPUs', ['10–20 GPUs']],
    ['the 405B model', ['405B']],
    ['HK$7.8 and ¥100', ['HK$7.8', '¥100']],
  ])('flags %j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});

describe('numbers that are not data (the allow-list)', () => {
  const cases: Record<string, { allowed: string[]; flagged: [string, string[]][] }> = {
    'name with digits': {
      allowed: ['GPT-4o and Qwen2.5-7B on H800s', 'FY2025 and the 2025-26 season', 'pass@1 and cons@64'],
      flagged: [['USD80 for input', ['USD80']], ['fell -3% then', ['-3%']]],
    },
    year: {
      allowed: ['in 2025 and 2026', 'the 2024 edition', 'from 1974 to 1980', 'Kaplan et al. (2020)', 'the 1970s'],
      flagged: [['2048 GPUs', ['2048 GPUs']], ['2025% growth', ['2025%']]],
    },
    date: {
      allowed: ['on 27 January 2025', 'January 27, 2025', 'on Monday 27 January', 'on 13–14 February'],
      flagged: [['27 users in January', ['27 users']], ['45 January', ['45 January']]],
    },
    ordinal: {
      allowed: ['the 20th century', 'its 3rd generation'],
      flagged: [['3 generations', ['3 generations']]],
    },
    reference: {
      allowed: ['see Exhibit 3', 'Exhibits 2 and 3', 'section 4.2', 'Part 3 of the series', 'Table 1, page 12'],
      flagged: [['3 exhibits later', ['3 exhibits']]],
    },
    'model name': {
      allowed: ['Llama 3.1 405B was dense', 'Llama 3.2 3B', 'Claude 3.5 Sonnet', 'Claude Opus 4.5 in November', 'Claude Sonnet 4.5', 'DeepSeek 67B', 'GPT-4o and Qwen2.5-7B'],
      flagged: [['a dense 67B model', ['67B']]],
    },
    'index name': {
      allowed: ['the S&P 500 fell', 'the Nasdaq-100'],
      flagged: [['the S&P 500 fell 1.5%', ['1.5%']], ['an index of 500 stocks', ['500 stocks']]],
    },
    'number format': {
      allowed: ['8-bit training', '16-bit weights'],
      flagged: [['8 bits per weight', ['8 bits']]],
    },
  };

  it('has a test block for every entry, and every entry has a reason', () => {
    expect(Object.keys(cases).sort()).toEqual(NOT_DATA.map((r) => r.name).sort());
    for (const r of NOT_DATA) expect(r.reason.length).toBeGreaterThan(20);
  });

  for (const [name, { allowed, flagged }] of Object.entries(cases)) {
    it.each(allowed)(`${name}: allows %j`, (text) => expect(texts(text)).toEqual([]));
    it.each(flagged)(`${name}: still flags %j`, (text, expected) => expect(texts(text)).toEqual(expected));
  }

  it.each([
    'a factor of four a year',
    'a one per cent change in price',
    'a few billion dollars higher',
    'tens of billions of dollars',
    'several times its 2022 level',
    'pass@1 and cons@64',
    'FY2025 and the 2025-26 season',
  ])('leaves vague or spelled small numbers and names alone: %j', (text) => {
    expect(texts(text)).toEqual([]);
  });
});
