/**
 * Exhibits for "Distillation and edge AI": DeepSeek-R1's distilled models against their size and against
 * reference models (paper Table 5). R1 against frontier models (README §4) is declared in
 * exhibits/r1-vs-frontier.yaml; FRONTIER_MODELS and FRONTIER_BENCHMARKS below list the same models and
 * benchmarks (tests/unit/exhibits-distillation.test.ts reads them).
 */
import { getObservation } from '#engine/data/lookup.ts';
import type { Edition } from '#engine/data/schema.ts';
import { formatNumber } from '#engine/format/quantity.ts';
import type { ExhibitDefinition } from '#engine/exhibits/context.ts';
import { cellFrom, pointFrom, type CellInput, type PointInput } from '#engine/exhibits/helpers.ts';

/** The distilled models, smallest first, with the family of the base model they were fine-tuned from. */
export const DISTILLED_MODELS = [
  { slug: 'r1-distill-qwen-1.5b', name: 'R1-Distill-Qwen-1.5B', family: 'qwen' },
  { slug: 'r1-distill-qwen-7b', name: 'R1-Distill-Qwen-7B', family: 'qwen' },
  { slug: 'r1-distill-llama-8b', name: 'R1-Distill-Llama-8B', family: 'llama' },
  { slug: 'r1-distill-qwen-14b', name: 'R1-Distill-Qwen-14B', family: 'qwen' },
  { slug: 'r1-distill-qwen-32b', name: 'R1-Distill-Qwen-32B', family: 'qwen' },
  { slug: 'r1-distill-llama-70b', name: 'R1-Distill-Llama-70B', family: 'llama' },
] as const;

/** Models the distilled ones are compared with in the same table (Table 5). */
export const REFERENCE_MODELS = [
  { slug: 'gpt-4o-0513', name: 'GPT-4o-0513' },
  { slug: 'claude-3.5-sonnet-1022', name: 'Claude-3.5-Sonnet-1022' },
  { slug: 'qwq-32b-preview', name: 'QwQ-32B-Preview' },
  { slug: 'o1-mini', name: 'o1-mini' },
] as const;

/** Columns of the distilled-model table, in the paper's order (short labels: the table must fit a phone). */
export const DISTILL_BENCHMARKS = [
  { metric: 'aime-2024', label: 'AIME 2024 pass@1' },
  { metric: 'aime-2024-cons64', label: 'AIME 2024 cons@64' },
  { metric: 'math-500', label: 'MATH-500' },
  { metric: 'gpqa-diamond', label: 'GPQA Diamond' },
  { metric: 'livecodebench', label: 'LiveCodeBench' },
  { metric: 'codeforces-rating', label: 'Codeforces rating' },
] as const;

/** Models in the main evaluation table, R1 first so it takes the lead colour, then its closest rivals. */
export const FRONTIER_MODELS = [
  { slug: 'deepseek-r1', name: 'DeepSeek-R1' },
  { slug: 'o1-1217', name: 'o1-1217' },
  { slug: 'o1-mini', name: 'o1-mini' },
  { slug: 'deepseek-v3', name: 'DeepSeek-V3' },
  { slug: 'gpt-4o-0513', name: 'GPT-4o-0513' },
  { slug: 'claude-3.5-sonnet-1022', name: 'Claude-3.5-Sonnet-1022' },
] as const;

/** Benchmarks of the main table scored in per cent (the Codeforces rating is on its own scale). */
export const FRONTIER_BENCHMARKS = [
  { metric: 'aime-2024', label: 'AIME 2024' },
  { metric: 'math-500', label: 'MATH-500' },
  { metric: 'gpqa-diamond', label: 'GPQA Diamond' },
  { metric: 'livecodebench', label: 'LiveCodeBench' },
  { metric: 'codeforces-percentile', label: 'Codeforces percentile' },
  { metric: 'mmlu', label: 'MMLU' },
  { metric: 'swe-bench-verified', label: 'SWE-bench Verified' },
] as const;

export const distillKey = (slug: string, metric: string) => `bench.distill.${slug}.${metric}`;
export const mainKey = (slug: string, metric: string) => `bench.main.${slug}.${metric}`;
export const paramsKey = (slug: string) => `model.${slug}.params`;

/** A row if the edition has it: some models were not scored on every benchmark. */
function has(edition: Edition, key: string): boolean {
  return edition.observations.has(key);
}

/** Size-against-score scatter for one benchmark of the distilled-model table. */
function sizeScatter(id: string, metric: string, benchLabel: string): ExhibitDefinition {
  return {
    id,
    build: ({ edition }) => {
      const family = (f: 'qwen' | 'llama') =>
        DISTILLED_MODELS.filter((m) => m.family === f).map((m) => {
          const size = getObservation(edition, paramsKey(m.slug));
          // Placed at its size (in the x axis's billions), so the size row is one of its keys too.
          return pointFrom(edition, distillKey(m.slug, metric), size.value, { name: m.name, keys: [distillKey(m.slug, metric), size.id] });
        });
      const references: PointInput[] = REFERENCE_MODELS.map((m) => pointFrom(edition, distillKey(m.slug, metric), m.name, { name: m.name }));
      const teacher = pointFrom(edition, mainKey('deepseek-r1', metric), 'DeepSeek-R1', { name: 'DeepSeek-R1 (teacher)' });
      const series = [
        { id: 'qwen', label: 'Distilled onto Qwen2.5', style: 'point' as const, points: family('qwen') },
        { id: 'llama', label: 'Distilled onto Llama', style: 'point' as const, points: family('llama') },
        { id: 'reference', label: 'Reference models', style: 'reference-line' as const, points: references },
        { id: 'teacher', label: 'DeepSeek-R1 (teacher)', style: 'reference-line' as const, points: [teacher] },
      ];
      const smallest = DISTILLED_MODELS[0];
      const small = getObservation(edition, distillKey(smallest.slug, metric));
      const gpt4o = getObservation(edition, distillKey('gpt-4o-0513', metric));
      const best = [...series[0]!.points, ...series[1]!.points].sort((a, b) => (b.y ?? 0) - (a.y ?? 0))[0]!;
      const o1mini = getObservation(edition, distillKey('o1-mini', metric));
      const beatsO1 = (best.y ?? 0) > o1mini.value;
      return {
        id,
        title: `DeepSeek-R1's distilled models: size against ${benchLabel} score`,
        takeaway: `Even the ${formatNumber(getObservation(edition, paramsKey(smallest.slug)).value)}-billion-parameter distilled model scores ${formatNumber(small.value, { digits: 1 })}% against GPT-4o's ${formatNumber(gpt4o.value, { digits: 1 })}%, and the best, ${best.name}, ${beatsO1 ? 'beats' : 'trails'} o1-mini.`,
        chart: 'scatter',
        x: { label: 'Parameters', type: 'logarithmic', unit: 'parameters', scale: 'billion' },
        y: { label: `${benchLabel} pass@1`, type: 'linear', unit: 'percent', scale: 'one', min: 0, max: 100 },
        series,
        notes: [
          'Distilled models: dense Qwen2.5 and Llama models fine-tuned on reasoning samples generated by DeepSeek-R1; size as given in each model name.',
          'Lines across the chart: models whose size is not disclosed (or, for QwQ-32B-Preview, shown for comparison) scored in the same table; DeepSeek-R1 itself (a mixture-of-experts model) from the main evaluation table.',
        ],
      };
    },
  };
}

const distilledBenchmarks: ExhibitDefinition = {
  id: 'distilled-benchmarks',
  build: ({ edition }) => {
    const models = [...REFERENCE_MODELS, ...DISTILLED_MODELS];
    // Each benchmark column is in the unit its rows are (per cent; the Codeforces rating on its own scale).
    const unitOf = (metric: string) => {
      const m = models.find((x) => has(edition, distillKey(x.slug, metric)));
      const row = getObservation(edition, distillKey(m!.slug, metric));
      return { unit: row.unit, scale: row.scale };
    };
    const columns = [
      { id: 'params', label: 'Parameters', unit: 'parameters' as const, scale: 'billion' as const },
      ...DISTILL_BENCHMARKS.map((b) => ({ id: b.metric, label: b.label, ...unitOf(b.metric) })),
    ];
    const rows = models.map((m) => {
      const cells: Record<string, CellInput> = {};
      if (has(edition, paramsKey(m.slug))) cells.params = cellFrom(edition, paramsKey(m.slug), 'billion');
      for (const b of DISTILL_BENCHMARKS) if (has(edition, distillKey(m.slug, b.metric))) cells[b.metric] = cellFrom(edition, distillKey(m.slug, b.metric));
      return { name: m.name, cells };
    });
    const score = (slug: string, metric: string) => getObservation(edition, distillKey(slug, metric)).value;
    // The smallest distilled model from which every larger one beats o1-mini on AIME 2024.
    const beats = DISTILLED_MODELS.map((m) => score(m.slug, 'aime-2024') > score('o1-mini', 'aime-2024'));
    const from = beats.findIndex((_, i) => beats.slice(i).every(Boolean));
    const maths = ['aime-2024', 'math-500'];
    const allBeatChatModels = DISTILLED_MODELS.every((m) =>
      maths.every((b) => score(m.slug, b) > Math.max(score('gpt-4o-0513', b), score('claude-3.5-sonnet-1022', b))),
    );
    const parts = [
      from >= 0 ? `From ${DISTILLED_MODELS[from]!.name} upward, the distilled models beat o1-mini on AIME 2024` : 'No distilled model beats o1-mini on AIME 2024',
      allBeatChatModels ? 'every one of them beats GPT-4o and Claude 3.5 Sonnet on AIME 2024 and MATH-500' : '',
    ].filter(Boolean);
    const qwq = getObservation(edition, paramsKey('qwq-32b-preview'));
    return {
      id: 'distilled-benchmarks',
      title: 'DeepSeek-R1 distilled models and reference models on every benchmark',
      takeaway: `${parts.join(', and ')}.`,
      chart: 'table',
      rowHeader: 'Model',
      columns,
      rows,
      notes: [
        'Scores in per cent except parameters and the Codeforces rating. AIME 2024, MATH-500, GPQA Diamond: pass@1; LiveCodeBench: pass@1 with chain of thought. pass@1: share of questions answered correctly, averaged over several sampled answers per question; cons@64: majority vote over 64 samples.',
        `Reference models were scored by DeepSeek in the same table; their sizes are not disclosed, except QwQ-32B-Preview's ${formatNumber(qwq.value)} billion parameters (as its name says).`,
        'LiveCodeBench values for GPT-4o and Claude 3.5 Sonnet differ from the main evaluation table because the evaluation setting differs.',
      ],
    };
  },
};

export const exhibits: ExhibitDefinition[] = [
  sizeScatter('distilled-models-aime', 'aime-2024', 'AIME 2024'),
  distilledBenchmarks,
];
