import { describe, expect, it } from 'vitest';
import { findHardCodedQuantities } from '../../src/lib/content/hardcoded-quantities.ts';

const texts = (s: string) => findHardCodedQuantities(s).map((h) => h.text);

describe('findHardCodedQuantities', () => {
  it.each([
    ['an estimated pre-training cost of only $5.6 million', ['$5.6 million']],
    ['Nvidia fell 17% on the day', ['17%']],
    ['it took 2.79M GPU hours', ['2.79M GPU hours']],
    ['a 2,048 H800 cluster and 2,048 GPUs', ['2,048 H800 cluster', '2,048 GPUs']],
    ['capex of 83 billion', ['83 billion']],
    ['prices fell 10x a year', ['10x']],
    ['roughly 11× more compute', ['11×']],
    ['trained on 14.8 trillion tokens', ['14.8 trillion tokens']],
    ['the run lasted 80 hours', ['80 hours']],
    ['down 9.2 per cent', ['9.2 per cent']],
    ['spending of USD 80', ['USD 80']],
  ])('flags %j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it.each([
    'DeepSeek released V3 in December 2024 and R1 on 20 January 2025.',
    'Llama 3.1 405B was trained on H100 GPUs; DeepSeek-V3 on H800s.',
    'GPT-4o, GPT-4o mini and o1 are OpenAI models; Qwen2.5-Math-7B is a base model.',
    'See Exhibit 3 and the appendix in section 4.2.',
    'The first AI winter ran through the 1970s.',
  ])('allows %j', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('reports offsets in the scanned text', () => {
    const [hit] = findHardCodedQuantities('up 57% year on year');
    expect(hit).toEqual({ text: '57%', offset: 3 });
  });
});
