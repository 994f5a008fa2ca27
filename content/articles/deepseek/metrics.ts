/**
 * Computed figures for the DeepSeek article: ratios against Llama 3.1 405B, the final-run cost rebuilt
 * from GPU-hours, training compute by C ≈ 6ND, and the market reaction in context. Each is defined with
 * the derivation kernel, so its kind, sources and confidence follow from the rows it reads.
 */
import { computed, metric, product, ratio, type Reader, share, sum, tagged, termFrom, termIn, type Term } from '#engine/derive/index.ts';
import type { MetricDefinition } from '#engine/metrics/context.ts';
import { pfDays, sixND, sixNDInPfDays } from '../../lib/training.ts';
import { LLAMA, R1, V3 } from './model.ts';

// Exhibits import these from here; they live in model.ts and content/lib/figures.ts.
export { base, compact, sci } from '../../lib/figures.ts';
export { LLAMA, R1, R1_STAGES, R1_TOTAL, r1GpuHours, V3, v3StageCosts, v3TrainingFlop } from './model.ts';

const v3Flop = (r: Reader) => termIn(sixND(r.term(V3.paramsActive), r.term(V3.tokens)).value, 'FLOP');

export const metrics: MetricDefinition[] = [
  metric('metric.deepseek.gpu-hour-ratio', {
    label: 'Llama 3.1 405B training GPU-hours as a multiple of DeepSeek-V3’s',
    unit: 'multiple',
    digits: 1,
    note: 'Different GPU types (H100 against H800); DeepSeek-V3 counts the final run only',
    compute: (r) => ratio(tagged(r.term(LLAMA.gpuHours), 'H100'), tagged(r.term(V3.gpuHoursTotal), 'H800')),
  }),
  metric('metric.deepseek.cluster-ratio', {
    label: 'Llama 3.1 405B training cluster as a multiple of DeepSeek-V3’s',
    unit: 'multiple',
    digits: 1,
    compute: (r) => ratio(tagged(r.term(LLAMA.cluster), 'H100'), tagged(r.term(V3.cluster), 'H800')),
  }),
  metric('metric.deepseek.token-ratio', {
    label: 'Llama 3.1 405B pre-training tokens as a multiple of DeepSeek-V3’s',
    unit: 'multiple',
    digits: 2,
    compute: (r) => ratio(r.term(LLAMA.tokens), r.term(V3.tokens)),
  }),
  metric('metric.deepseek.v3-compute-pf-days', {
    label: 'DeepSeek-V3 pre-training compute by C ≈ 6ND on active parameters',
    unit: 'PF-days',
    scale: 'thousand',
    digits: 1,
    qualifier: '~',
    note: 'Ignores attention and multi-token-prediction overhead',
    compute: (r) => sixNDInPfDays(r.term(V3.paramsActive), r.term(V3.tokens)),
  }),
  metric('metric.deepseek.llama-compute-pf-days', {
    label: 'Llama 3.1 405B pre-training compute in petaflop/s-days',
    unit: 'PF-days',
    scale: 'thousand',
    digits: 1,
    compute: (r) => pfDays(r.term(LLAMA.compute)),
  }),
  metric('metric.deepseek.compute-ratio', {
    label: 'Llama 3.1 405B pre-training compute as a multiple of DeepSeek-V3’s (6ND estimate)',
    unit: 'multiple',
    digits: 1,
    compute: (r) => ratio(tagged(r.term(LLAMA.compute), 'reported'), tagged(v3Flop(r), '6ND')),
  }),
  metric('metric.deepseek.active-share', {
    label: 'Share of DeepSeek-V3’s parameters active for each token',
    unit: 'percent',
    digits: 1,
    compute: (r) => share(r.term(V3.paramsActive), r.term(V3.paramsTotal)),
  }),
  // The same share for V2, for the architecture table (exhibits/deepseek-moe-efficiency.yaml).
  metric('metric.deepseek.v2-active-share', {
    label: 'Share of DeepSeek-V2’s parameters active for each token',
    unit: 'percent',
    digits: 1,
    compute: (r) => share(r.term('deepseek-v2.params.active'), r.term('deepseek-v2.params.total')),
  }),
  metric('metric.deepseek.pretraining-days', {
    label: 'DeepSeek-V3 pre-training wall-clock time implied by GPU-hours and cluster size',
    unit: 'days',
    digits: 0,
    qualifier: '~',
    note: 'Assumes every GPU of the cluster ran throughout; the report says only “less than two months”',
    compute: (r) => {
      const [h, g] = [r.term(V3.stages[0].gpuHours), r.term(V3.cluster)];
      return computed(h.value / g.value / 24, `${h.text} ÷ ${g.text} ÷ 24 hours`);
    },
  }),
  metric('metric.deepseek.cost-computed-total', {
    label: 'DeepSeek-V3 final-run cost rebuilt from GPU-hours at the assumed rental price',
    unit: 'USD',
    scale: 'million',
    digits: 3,
    compute: (r) => product(termFrom(sum(V3.stages.map((s) => r.term(s.gpuHours)))), r.term(V3.price)),
  }),
  metric('metric.deepseek.pretraining-cost-share', {
    label: 'Pre-training’s share of DeepSeek-V3’s final-run cost',
    unit: 'percent',
    digits: 1,
    compute: (r) => {
      const hours = V3.stages.map((s) => r.term(s.gpuHours));
      const price = r.term(V3.price);
      const pre = product(hours[0]!, price).value;
      const total = product(termFrom(sum(hours)), price).value;
      return share(termIn(pre, 'USD'), termIn(total, 'USD'));
    },
  }),
  metric('metric.deepseek.experiment-cost-range', {
    label: 'DeepSeek-V3 final-run cost scaled by an outside estimate of total experiment compute',
    unit: 'USD',
    scale: 'million',
    digits: 0,
    note: 'Rental-price basis; excludes staff, data and the purchase of the GPUs',
    compute: (r) => product(r.term(V3.costTotal), r.term('deepseek.experiment-overhead')),
  }),
  metric('metric.deepseek.nvidia-loss-vs-record', {
    label: 'Nvidia’s 27 January 2025 loss of market value as a multiple of the previous record',
    unit: 'multiple',
    digits: 1,
    qualifier: '~',
    compute: (r) => ratio(r.term('market.nvidia.value-loss'), r.term('market.nvidia.previous-record-loss')),
  }),
  metric('metric.deepseek.mla-kv-compression', {
    label: 'Key-value cache per token and layer: standard multi-head attention against DeepSeek-V3’s latent attention',
    unit: 'multiple',
    digits: 0,
    qualifier: '~',
    note: 'Cached numbers per token and layer against full keys and values for every head at the same sizes; ignores numeric precision',
    compute: (r) => {
      const [heads, dim, latent, rope] = ['heads', 'head-dim', 'kv-latent-dim', 'rope-key-dim'].map((k) => r.term(`deepseek-v3.mla.${k}`)) as [Term, Term, Term, Term];
      const full = computed(2 * heads.value * dim.value, `2 × ${heads.text} heads × ${dim.text} dimensions`);
      return ratio(termFrom(full), termFrom(sum([latent, rope]), `(${latent.text} latent + ${rope.text} RoPE-key dimensions)`));
    },
  }),
  metric('metric.deepseek.o1-r1-output-price-ratio', {
    label: 'OpenAI o1 output price as a multiple of DeepSeek-R1’s',
    unit: 'multiple',
    digits: 0,
    qualifier: '~',
    note: 'List prices',
    compute: (r) => ratio(r.term('price.o1.output'), r.term('price.deepseek-r1.output')),
  }),
  ...[
    { id: 'metric.deepseek.nvidia-share-fall', row: 'market.nvidia.share-change', label: 'Fall in Nvidia’s share price on 27 January 2025' },
    { id: 'metric.deepseek.sox-fall', row: 'market.sox.change', label: 'Fall in the PHLX Semiconductor index on 27 January 2025' },
  ].map((f) =>
    metric(f.id, {
      label: f.label,
      unit: 'percent',
      note: (r) => r.row(f.row).note,
      // Prose says "fell 17%"; the dataset stores the signed change.
      compute: (r) => {
        const change = r.term(f.row);
        return computed(-change.value, `the reported change of ${change.text}, as a fall`, change.qualifier);
      },
    }),
  ),
  metric('metric.deepseek.r1-gpu-hours', {
    label: 'GPU-hours of DeepSeek-R1’s final training run',
    unit: 'GPU-hours',
    digits: 0,
    note: 'Assumes every GPU ran for the whole run',
    compute: (r) => product(tagged(r.term(R1.gpus), 'H800'), r.term(R1.hours)),
  }),
  metric('metric.deepseek.r1-cost-vs-v3', {
    label: 'R1’s disclosed incremental training cost as a share of V3’s final-run cost',
    unit: 'percent',
    digits: 0,
    qualifier: '~',
    note: 'Both are priced at the same assumed rental rate of an H800 GPU-hour; neither includes research runs or hardware',
    compute: (r) => share(r.term(R1.cost), r.term(V3.costTotal)),
  }),
  metric('metric.deepseek.fleet-vs-cluster', {
    label: 'SemiAnalysis’s estimate of DeepSeek’s GPU fleet as a multiple of V3’s training cluster',
    unit: 'multiple',
    digits: 0,
    qualifier: '~',
    note: 'Outside estimate of the fleet against the reported cluster of one run',
    compute: (r) => ratio(tagged(r.term(R1.fleet), 'Hopper, estimate'), tagged(r.term(V3.cluster), 'H800')),
  }),
];
