/**
 * Exhibits of the DeepSeek article: V3 against Llama 3.1 405B, V3's final-run cost rebuilt by stage,
 * that cost beside the history of frontier training-cost estimates, the market reaction of 27 January
 * 2025, the architecture behind the efficiency, and (from edition 2026-02) DeepSeek's later R1 disclosure
 * beside outside estimates of its fleet. Each is a pure function of the edition. The market reaction and
 * the architecture table are declared in exhibits/*.yaml.
 */
import { impliedPricePerGpuHour, ratio, toCents } from '../../lib/training.ts';
import { findObservations, getObservation, toQuantity } from '#engine/data/lookup.ts';
import type { Edition } from '#engine/data/schema.ts';
import { formatDate } from '#engine/format/date.ts';
import { formatNumber } from '#engine/format/number.ts';
import { formatPlain, formatQuantity } from '#engine/format/quantity.ts';
import { base, compact, LLAMA, R1, r1GpuHours, sci, V3, v3StageCosts, v3TrainingFlop } from './metrics.ts';
import type { ExhibitBody, ExhibitContext, ExhibitDefinition } from '#engine/exhibits/context.ts';
import { derivedPoint, keysOf, notesOf, pointFrom, sourcesOf, type PointInput } from '#engine/exhibits/helpers.ts';


/** "11.1×": a multiple at fixed decimals. */
function times(x: number, digits = 1): string {
  return `${formatNumber(x, { digits })}×`;
}

/** A dataset row as short prose: "2.788 million GPU-hours" -> "2,788K GPU-hours" style, qualifier kept. */
function short(e: Edition, key: string): string {
  return formatQuantity(toQuantity(e, key), { style: 'short' });
}

/** Year of a period like "2024-12" or "2023". */
function yearOf(period: string): string {
  return period.slice(0, 4);
}

function v3VsLlama({ edition: e }: ExhibitContext): ExhibitBody {
  const gpuHours = ratio(base(e, LLAMA.gpuHours), base(e, V3.gpuHoursTotal));
  const v3Flop = v3TrainingFlop(e);
  const compute = ratio(base(e, LLAMA.compute), v3Flop);
  const cluster = ratio(base(e, LLAMA.cluster), base(e, V3.cluster));
  const tokens = ratio(base(e, LLAMA.tokens), base(e, V3.tokens));
  const approx = (key: string) => (getObservation(e, key).qualifier === '~' ? '~' : '');
  const points: PointInput[] = [
    derivedPoint(e, [LLAMA.gpuHours, V3.gpuHoursTotal], 'Training GPU-hours', gpuHours, {
      label: `${times(gpuHours)} (${compact(base(e, LLAMA.gpuHours))} H100 vs ${compact(base(e, V3.gpuHoursTotal))} H800 GPU-hours)`,
    }),
    derivedPoint(e, [LLAMA.compute, V3.paramsActive, V3.tokens], 'Pre-training compute', compute, {
      label: `${times(compute)} (${sci(base(e, LLAMA.compute), 1)} vs ${sci(v3Flop)} FLOP)`,
    }),
    derivedPoint(e, [LLAMA.cluster, V3.cluster], 'Training cluster (GPUs)', cluster, {
      label: `${approx(LLAMA.cluster)}${times(cluster)} (${approx(LLAMA.cluster)}${formatNumber(base(e, LLAMA.cluster))} vs ${formatNumber(base(e, V3.cluster))} GPUs)`,
    }),
    derivedPoint(e, [LLAMA.tokens, V3.tokens], 'Pre-training tokens', tokens, {
      label: `${times(tokens, 2)} (${compact(base(e, LLAMA.tokens))} vs ${compact(base(e, V3.tokens))} tokens)`,
    }),
  ];
  const series = [{ id: 'llama-over-v3', label: 'Llama 3.1 405B ÷ DeepSeek-V3', points }];
  const keys = keysOf(series);
  return {
    id: 'deepseek-v3-vs-llama-compute',
    title: 'Llama 3.1 405B against DeepSeek-V3: training inputs as multiples',
    takeaway: `Meta’s model took ${times(gpuHours)} the GPU-hours and ${times(compute)} the compute of DeepSeek-V3’s final run on a cluster ${approx(LLAMA.cluster)}${times(cluster)} larger, yet trained on only ${times(tokens, 2)} as many tokens.`,
    chart: 'bar',
    horizontal: true,
    x: { label: 'Training input', type: 'category' },
    y: { label: 'Llama 3.1 405B as a multiple of DeepSeek-V3', type: 'linear', unit: 'multiple', scale: 'one', min: 0 },
    series,
    notes: [
      'Not like-for-like GPUs: Llama 3.1 405B trained on H100s and DeepSeek-V3 on H800s, so a GPU-hour is not the same unit of work in the two rows.',
      'DeepSeek-V3 figures cover the official final training run only; Llama 3.1 405B GPU-hours are the model-card row for the 405B model.',
      `DeepSeek-V3 compute is estimated as C ≈ 6ND with the ${short(e, V3.paramsActive)} active per token (ignoring attention and multi-token-prediction overhead); Llama 3.1 405B compute is the figure its paper reports.`,
      ...notesOf(e, keys),
    ],
    sources: sourcesOf(e, keys),
  };
}

function costByStage({ edition: e }: ExhibitContext): ExhibitBody {
  const costs = v3StageCosts(e);
  const priceKey = V3.price;
  const computed: PointInput[] = V3.stages.map((s, i) =>
    derivedPoint(e, [s.gpuHours, priceKey], s.label, costs.stages[i]!.usd / 1e6),
  );
  computed.push(derivedPoint(e, [...V3.stages.map((s) => s.gpuHours), priceKey], 'Total, final run', costs.totalUsd / 1e6));
  const reportedKeys = [...V3.stages.map((s) => s.cost), V3.costTotal];
  const reported: PointInput[] = reportedKeys.map((k, i) => pointFrom(e, k, computed[i]!.x as string, { y: base(e, k) / 1e6 }));
  const matches = reportedKeys.every((k, i) => toCents(base(e, k)) === toCents((computed[i]!.y as number) * 1e6));
  const price = formatPlain(getObservation(e, priceKey).value, 'USD', 'one');
  const share = formatNumber((costs.stages[0]!.usd / costs.totalUsd) * 100, { digits: 1 });
  const series = [
    { id: 'computed', label: `Computed: GPU-hours × ${price} per GPU-hour`, points: computed },
    { id: 'reported', label: 'Reported in the technical report', points: reported },
  ];
  const keys = keysOf(series);
  return {
    id: 'deepseek-v3-cost-by-stage',
    title: 'DeepSeek-V3 final training run: cost by stage',
    takeaway: `Pre-training is ${share}% of the final-run cost, and GPU-hours × ${price} ${matches ? 'reproduces every reported stage cost to the cent' : 'does not reproduce every reported stage cost: see the table'}.`,
    chart: 'bar',
    horizontal: true,
    x: { label: 'Training stage', type: 'category' },
    y: { label: 'Cost', type: 'linear', unit: 'USD', scale: 'million', min: 0 },
    series,
    // The rows' own notes already carry the caveats (assumed rental price, final run only).
    notes: notesOf(e, keys),
    sources: sourcesOf(e, keys),
  };
}

function costHistory({ edition: e }: ExhibitContext): ExhibitBody {
  const rows = findObservations(e, (r) => r.table === 'training-cost-history' && r.metric === 'training-cost' && r.period_type === 'calendar-year')
    .map((r, i) => ({ r, i }))
    .sort((a, b) => Number(a.r.period) - Number(b.r.period) || a.i - b.i)
    .map(({ r }) => r);
  const v3Row = getObservation(e, V3.costTotal);
  const v3Cat = `${v3Row.subject} (${yearOf(v3Row.period)})`;
  const history = rows.map((r) => pointFrom(e, r.id, `${r.subject} (${r.period})`, { y: base(e, r.id) }));
  const v3Cost = base(e, V3.costTotal);
  const price = formatPlain(getObservation(e, V3.price).value, 'USD', 'one');
  const series = [
    { id: 'estimates', label: 'Epoch AI / AI Index 2024 estimate (cloud-rental compute cost)', style: 'point' as const, points: history },
    { id: 'deepseek-v3', label: `DeepSeek-V3 final run at an assumed ${price} per GPU-hour (not like-for-like)`, style: 'point' as const, points: [pointFrom(e, V3.costTotal, v3Cat, { y: v3Cost })] },
  ];
  const below = rows.filter((r) => base(e, r.id) <= v3Cost).sort((a, b) => base(e, b.id) - base(e, a.id))[0];
  const above = rows.filter((r) => base(e, r.id) > v3Cost).sort((a, b) => base(e, a.id) - base(e, b.id))[0];
  const top = [...rows].sort((a, b) => base(e, b.id) - base(e, a.id))[0];
  const between = below && above ? `between the ${below.subject} (${below.period}) and ${above.subject} (${above.period}) estimates` : 'among the earlier estimates';
  const vsTop = top ? `, about 1/${formatNumber(base(e, top.id) / v3Cost, { digits: 0 })} of ${top.subject}’s` : '';
  const keys = keysOf(series);
  return {
    id: 'frontier-training-cost-history',
    title: `Estimated training cost of notable models, ${rows[0]?.period ?? ''}–${rows[rows.length - 1]?.period ?? ''}, with DeepSeek-V3’s final run`,
    takeaway: `DeepSeek-V3’s final-run figure sits ${between}${vsTop}, but it counts less than the estimates do.`,
    chart: 'line',
    x: { label: 'Model (year)', type: 'category' },
    y: { label: 'Training cost', type: 'logarithmic', unit: 'USD', scale: 'one' },
    categories: [...history.map((p) => p.x as string), v3Cat],
    series,
    notes: [
      'Logarithmic scale: each gridline step is a multiple, not a fixed amount.',
      'The estimates price each model’s training compute at cloud-rental rates, adjusted for inflation. DeepSeek-V3’s figure is its own final-run GPU-hours at its assumed rental price, without inflation adjustment or research runs, so the two are not like-for-like.',
      ...notesOf(e, [rows[0]?.id ?? V3.costTotal, V3.costTotal]),
    ],
    sources: sourcesOf(e, keys),
  };
}

/**
 * What DeepSeek itself disclosed about V3's final run (Dec 2024) and R1's stages on top of V3-Base
 * (Sep 2025), beside outside estimates of the fleet behind them. Needs edition 2026-02 or later: the R1
 * rows do not exist before it.
 */
function trainingDisclosures({ edition: e }: ExhibitContext): ExhibitBody {
  const rows = {
    gpus: 'GPUs',
    a100: 'A100-equivalents',
    time: 'Wall-clock time',
    hours: 'GPU-hours',
    cost: 'Cost',
    price: 'Price per GPU-hour',
  };
  const none = (x: string): PointInput => ({ x, y: null, kind: 'reported', keys: [] });
  const cell = (key: string, x: string, text: string) => pointFrom(e, key, x, { label: text });
  const r1Hours = r1GpuHours(e);
  const r1Price = impliedPricePerGpuHour(base(e, R1.cost), r1Hours);
  const v3 = [
    cell(V3.cluster, rows.gpus, `${short(e, V3.cluster).replace(/ GPUs$/, '')} H800`),
    none(rows.a100),
    cell('deepseek-v3.pretraining-duration', rows.time, `${short(e, 'deepseek-v3.pretraining-duration')} (pre-training)`),
    cell(V3.gpuHoursTotal, rows.hours, compact(base(e, V3.gpuHoursTotal))),
    cell(V3.costTotal, rows.cost, `$${compact(base(e, V3.costTotal))}`),
    cell(V3.price, rows.price, `${short(e, V3.price).replace(/ per GPU-hour$/, '')} (assumed)`),
  ];
  const r1 = [
    cell(R1.gpus, rows.gpus, `${short(e, R1.gpus).replace(/ GPUs$/, '')} H800`),
    none(rows.a100),
    cell(R1.hours, rows.time, short(e, R1.hours)),
    derivedPoint(e, [R1.gpus, R1.hours], rows.hours, r1Hours, { label: formatNumber(r1Hours) }),
    cell(R1.cost, rows.cost, short(e, R1.cost)),
    derivedPoint(e, [R1.cost, R1.gpus, R1.hours], rows.price, r1Price, { label: `${getObservation(e, R1.cost).qualifier}$${formatNumber(r1Price, { digits: 2 })} (implied)` }),
  ];
  const fleetRow = getObservation(e, R1.fleet);
  const outside = getObservation(e, 'deepseek.total-compute.outside-estimate');
  // "Sep 2025": the month an estimate was reported, short enough for a phone-width table cell.
  const month = (period: string) => formatDate(period).replace(/^(\w{3})\w* /, '$1 ');
  const fleet = [
    cell(R1.fleet, rows.gpus, `${short(e, R1.fleet).replace(/ GPUs$/, '')} Hopper (${month(fleetRow.period)})`),
    cell(outside.id, rows.a100, `${short(e, outside.id).replace(/ GPUs$/, '')} (${month(outside.period)})`),
    none(rows.time),
    none(rows.hours),
    none(rows.cost),
    none(rows.price),
  ];
  const series = [
    { id: 'deepseek-v3', label: 'V3 final run', points: v3 },
    { id: 'deepseek-r1', label: 'R1 stages on V3', points: r1 },
    { id: 'fleet', label: 'Fleet (estimates)', points: fleet },
  ];
  const keys = keysOf(series);
  const hoursShare = (r1Hours / base(e, V3.gpuHoursTotal)) * 100;
  const costShare = (base(e, R1.cost) / base(e, V3.costTotal)) * 100;
  const fleetMultiple = ratio(base(e, R1.fleet), base(e, V3.cluster));
  const approx = fleetRow.qualifier === '~' ? 'about ' : '';
  return {
    id: 'deepseek-training-disclosures',
    title: 'DeepSeek’s disclosed training runs beside outside estimates of its fleet',
    takeaway: `R1’s stages on top of V3 used ${formatNumber(hoursShare, { digits: 1 })}% of V3’s final-run GPU-hours yet cost ${formatNumber(costShare, { digits: 0 })}% as much, and outside estimates put DeepSeek’s fleet at ${approx}${formatNumber(fleetMultiple, { digits: 0 })}× the V3 training cluster.`,
    chart: 'table',
    x: { label: 'Measure', type: 'category' },
    y: { label: 'Value', type: 'linear' },
    categories: Object.values(rows),
    series,
    notes: [
      'Not like-for-like costs: V3’s figure prices its final run’s GPU-hours at an assumed rental rate; R1’s is DeepSeek’s own figure for the reinforcement-learning and fine-tuning stages on top of V3-Base and excludes V3-Base itself, so producing R1 took both.',
      'R1’s GPU-hours are its cluster size times the wall-clock hours of its final run, assuming every GPU ran throughout. The implied price spreads the whole disclosed cost over those hours, so it is an upper bound for that run if the cost also covers earlier R1 stages; it is not a market rate.',
      'V3’s wall-clock time is the report’s statement for pre-training only.',
      `Fleet figures are outside estimates, not DeepSeek disclosures, and count different things: the ${formatDate(outside.period)} range is in A100-equivalents, the ${formatDate(fleetRow.period)} figure in Nvidia Hopper GPUs.`,
      ...notesOf(e, keys),
    ],
    sources: sourcesOf(e, keys),
  };
}

export const exhibits: ExhibitDefinition[] = [
  { id: 'deepseek-v3-vs-llama-compute', build: v3VsLlama },
  { id: 'deepseek-v3-cost-by-stage', build: costByStage },
  { id: 'frontier-training-cost-history', build: costHistory },
  { id: 'deepseek-training-disclosures', build: trainingDisclosures },
];
