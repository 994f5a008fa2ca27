/**
 * Exhibits of the DeepSeek article: V3 against Llama 3.1 405B, V3's final-run cost rebuilt by stage,
 * that cost beside the history of frontier training-cost estimates, the market reaction of 27 January
 * 2025, the architecture behind the efficiency, and (from edition 2026-02) DeepSeek's later R1 disclosure
 * beside outside estimates of its fleet. Each is a pure function of the edition. The market reaction and
 * the architecture table are declared in exhibits/*.yaml.
 */
import { ratio, toCents, trainingFlop } from '../../lib/training.ts';
import { findObservations, getObservation, toQuantity } from '#engine/data/lookup.ts';
import type { Edition } from '#engine/data/schema.ts';
import { formatDate } from '#engine/format/date.ts';
import { formatNumber } from '#engine/format/number.ts';
import { formatPlain, formatQuantity } from '#engine/format/quantity.ts';
import { base, compact, LLAMA, R1, R1_STAGES, R1_TOTAL, sci, V3, v3TrainingFlop } from './metrics.ts';
import type { ExhibitBody, ExhibitContext, ExhibitDefinition } from '#engine/exhibits/context.ts';
import { cellFrom, derivedCellOf, pointFrom, textCell, type CellInput, type PointInput } from '#engine/exhibits/helpers.ts';
import { derive, derivedPointOf, inputNotes, product, ratio as ratioOf, share as shareOf, sum, term, type Derived } from '#engine/derive/index.ts';


type TableRowInput = { name: string; cells: Record<string, CellInput> };

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
  const multiple = (compute: Parameters<typeof derive>[1]) => derive(e, compute);
  const rows: { x: string; d: Derived }[] = [
    { x: 'Training GPU-hours', d: multiple((r) => ratioOf(r.term(LLAMA.gpuHours), r.term(V3.gpuHoursTotal))) },
    {
      x: 'Pre-training compute',
      d: multiple((r) => {
        // V3's compute is not reported: C ≈ 6ND on the parameters active per token.
        const flop = trainingFlop(r.base(V3.paramsActive), r.base(V3.tokens));
        return ratioOf(r.term(LLAMA.compute), term(flop, `6 × ${r.term(V3.paramsActive).text} × ${r.term(V3.tokens).text} = ${sci(flop)} FLOP`));
      }),
    },
    { x: 'Training cluster (GPUs)', d: multiple((r) => ratioOf(r.term(LLAMA.cluster), r.term(V3.cluster))) },
    { x: 'Pre-training tokens', d: multiple((r) => ratioOf(r.term(LLAMA.tokens), r.term(V3.tokens))) },
  ];
  const points: PointInput[] = rows.map((row) => derivedPointOf(row.d, row.x, 'one', inputNotes(row.d) ? { note: inputNotes(row.d) } : {}));
  const [gpuHours, compute, cluster, tokens] = rows.map((row) => row.d.value) as [number, number, number, number];
  // One format for the column: two decimals, which the tokens multiple (1.05×) needs.
  const series = [{ id: 'llama-over-v3', label: 'Llama 3.1 405B ÷ DeepSeek-V3', digits: 2, points }];
  const approx = (key: string) => (getObservation(e, key).qualifier === '~' ? '~' : '');
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
      // The inputs behind each multiple (the chart and table show the multiples themselves).
      `Inputs (Llama 3.1 405B vs DeepSeek-V3): GPU-hours ${compact(base(e, LLAMA.gpuHours))} H100 vs ${compact(base(e, V3.gpuHoursTotal))} H800; compute ${sci(base(e, LLAMA.compute), 1)} vs ${sci(v3TrainingFlop(e))} FLOP; cluster ${approx(LLAMA.cluster)}${formatNumber(base(e, LLAMA.cluster))} vs ${formatNumber(base(e, V3.cluster))} GPUs; tokens ${compact(base(e, LLAMA.tokens))} vs ${compact(base(e, V3.tokens))}.`,
    ],
  };
}

/**
 * V3's final-run cost by stage as a table: each stage's GPU-hours, the cost recomputed from them at the
 * assumed rental price, the cost the report states, and the stage's share of the total. A chart drew two
 * identical bars per stage; the point is that the two columns agree and that pre-training is nearly all of it.
 */
function costByStage({ edition: e }: ExhibitContext): ExhibitBody {
  const priceKey = V3.price;
  // Each stage: its GPU-hours times the assumed rental price; the total adds the stages.
  const stageCost = (r: Parameters<Parameters<typeof derive>[1]>[0], gpuHours: string) => product(r.term(gpuHours), r.term(priceKey));
  const totalCost = (r: Parameters<Parameters<typeof derive>[1]>[0]) =>
    sum(V3.stages.map((st) => {
      const c = stageCost(r, st.gpuHours);
      return term(c.value, `(${c.formula})`);
    }));
  const lines = [
    ...V3.stages.map((st) => ({ label: st.label, hours: st.gpuHours, cost: st.cost, computed: derive(e, (r) => stageCost(r, st.gpuHours)) })),
    { label: 'Total, final run', hours: V3.gpuHoursTotal, cost: V3.costTotal, computed: derive(e, totalCost) },
  ];
  const shareOfTotal = (gpuHours: string | undefined) =>
    derive(e, (r) => {
      const whole = totalCost(r);
      const part = gpuHours ? stageCost(r, gpuHours) : whole;
      return shareOf(term(part.value, `(${part.formula})`), term(whole.value, `(${whole.formula})`));
    });
  const price = formatPlain(getObservation(e, priceKey).value, 'USD', 'one');
  const rows: TableRowInput[] = lines.map((l, i) => ({
    name: l.label,
    cells: {
      hours: cellFrom(e, l.hours, 'thousand'),
      computed: derivedCellOf(l.computed, 'million', { unit: 'USD' }),
      reported: cellFrom(e, l.cost, 'million'),
      share: derivedCellOf(shareOfTotal(V3.stages[i]?.gpuHours), 'one', { unit: 'percent' }),
    },
  }));
  const matches = lines.every((l) => toCents(base(e, l.cost)) === toCents(l.computed.value));
  const share = formatNumber(shareOfTotal(V3.stages[0]!.gpuHours).value, { digits: 1 });
  return {
    id: 'deepseek-v3-cost-by-stage',
    title: 'DeepSeek-V3 final training run: cost by stage',
    takeaway: `Pre-training is ${share}% of the final-run cost, and GPU-hours × ${price} ${matches ? 'reproduces every reported stage cost to the cent' : 'does not reproduce every reported stage cost: compare the two cost columns'}.`,
    chart: 'table',
    rowHeader: 'Stage',
    columns: [
      { id: 'hours', label: 'H800 GPU-hours', unit: 'GPU-hours', scale: 'thousand' },
      { id: 'computed', label: `GPU-hours × ${price}`, unit: 'USD', scale: 'million' },
      { id: 'reported', label: 'Reported cost', unit: 'USD', scale: 'million' },
      { id: 'share', label: 'Share of total', unit: 'percent', scale: 'one', digits: 1 },
    ],
    rows,
    notes: [`Final training run only, priced at DeepSeek’s own assumed rental price of ${price} per H800 GPU-hour (not a market quote); it excludes prior research, ablations, data and the hardware.`],
  };
}

function costHistory({ edition: e }: ExhibitContext): ExhibitBody {
  const rows = findObservations(e, (r) => r.table === 'training-cost-history' && r.metric === 'training-cost' && r.period_type === 'calendar-year')
    .map((r, i) => ({ r, i }))
    .sort((a, b) => Number(a.r.period) - Number(b.r.period) || a.i - b.i)
    .map(({ r }) => r);
  const v3Row = getObservation(e, V3.costTotal);
  const v3Cat = `${v3Row.subject} (${yearOf(v3Row.period)})`;
  const history = rows.map((r) => pointFrom(e, r.id, `${r.subject} (${r.period})`, { scale: 'one' }));
  const v3Cost = base(e, V3.costTotal);
  const price = formatPlain(getObservation(e, V3.price).value, 'USD', 'one');
  const series = [
    { id: 'estimates', label: 'Epoch AI / AI Index 2024 estimate (cloud-rental compute cost)', style: 'point' as const, points: history },
    { id: 'deepseek-v3', label: `DeepSeek-V3 final run at an assumed ${price} per GPU-hour (not like-for-like)`, style: 'point' as const, points: [pointFrom(e, V3.costTotal, v3Cat, { scale: 'one' })] },
  ];
  const below = rows.filter((r) => base(e, r.id) <= v3Cost).sort((a, b) => base(e, b.id) - base(e, a.id))[0];
  const above = rows.filter((r) => base(e, r.id) > v3Cost).sort((a, b) => base(e, a.id) - base(e, b.id))[0];
  const top = [...rows].sort((a, b) => base(e, b.id) - base(e, a.id))[0];
  const between = below && above ? `between the ${below.subject} (${below.period}) and ${above.subject} (${above.period}) estimates` : 'among the earlier estimates';
  const vsTop = top ? `, about 1/${formatNumber(base(e, top.id) / v3Cost, { digits: 0 })} of ${top.subject}’s` : '';
  return {
    id: 'frontier-training-cost-history',
    title: `Estimated training cost of notable models, ${rows[0]?.period ?? ''}–${rows[rows.length - 1]?.period ?? ''}, with DeepSeek-V3’s final run`,
    takeaway: `DeepSeek-V3’s final-run figure sits ${between}${vsTop}, but it counts less than the estimates do.`,
    // Dots on a log axis (a bar's length from an arbitrary log floor means nothing), one row per model so
    // the names read level and whole.
    chart: 'bar',
    horizontal: true,
    x: { label: 'Model (year)', type: 'category' },
    y: { label: 'Training cost', type: 'logarithmic', unit: 'USD', scale: 'one' },
    categories: [...history.map((p) => p.x as string), v3Cat],
    series,
    notes: [
      'Logarithmic scale: each gridline step is a multiple, not a fixed amount.',
      'The estimates price each model’s training compute at cloud-rental rates, adjusted for inflation. DeepSeek-V3’s figure is its own final-run GPU-hours at its assumed rental price, without inflation adjustment or research runs, so the two are not like-for-like.',
    ],
  };
}

/**
 * What DeepSeek itself disclosed about V3's final run (Dec 2024) and R1's three stages on top of V3-Base
 * (Nature, Sep 2025), beside outside estimates of the fleet behind them. Built from the stage table of the
 * Nature paper's supplement, so it needs edition 2026-03 or later (earlier editions held only R1's total
 * and the R1 stage's hours, which a reader could wrongly divide into each other).
 */
function trainingDisclosures({ edition: e }: ExhibitContext): ExhibitBody {
  const columns = [
    { id: 'gpus', label: 'GPUs', unit: 'GPUs' as const, scale: 'one' as const },
    { id: 'gpu-type', label: 'GPU type', text: true },
    { id: 'a100', label: 'A100-equivalents', unit: 'GPUs' as const, scale: 'one' as const },
    // V3's time is stated in months, R1's stages in hours: each cell keeps its own unit.
    { id: 'time', label: 'Wall-clock time' },
    { id: 'hours', label: 'GPU-hours', unit: 'GPU-hours' as const, scale: 'thousand' as const },
    { id: 'cost', label: 'Cost', unit: 'USD' as const, scale: 'million' as const },
    { id: 'price', label: 'Price per GPU-hour', unit: 'USD/GPU-hour' as const, scale: 'one' as const, digits: 2 },
  ];
  const stageRows: TableRowInput[] = R1_STAGES.map((st) => ({
    name: st.name,
    cells: {
      ...(st.time ? { gpus: cellFrom(e, R1.gpus), time: cellFrom(e, st.time) } : {}),
      'gpu-type': textCell('H800'),
      hours: cellFrom(e, st.gpuHours, 'thousand'),
      cost: cellFrom(e, st.cost, 'million'),
      price: cellFrom(e, R1_TOTAL.price),
    },
  }));
  const rows: TableRowInput[] = [
    {
      name: 'V3 final run',
      cells: {
        gpus: cellFrom(e, V3.cluster),
        'gpu-type': textCell('H800'),
        time: cellFrom(e, 'deepseek-v3.pretraining-duration'),
        hours: cellFrom(e, V3.gpuHoursTotal, 'thousand'),
        cost: cellFrom(e, V3.costTotal, 'million'),
        price: cellFrom(e, V3.price),
      },
    },
    ...stageRows,
    {
      name: 'R1 stages, total',
      cells: {
        'gpu-type': textCell('H800'),
        hours: cellFrom(e, R1_TOTAL.gpuHours, 'thousand'),
        cost: cellFrom(e, R1.cost, 'million'),
        price: cellFrom(e, R1_TOTAL.price),
      },
    },
    {
      name: 'Fleet (estimates)',
      cells: {
        gpus: cellFrom(e, R1.fleet),
        'gpu-type': textCell('Hopper'),
        a100: cellFrom(e, 'deepseek.total-compute.outside-estimate'),
      },
    },
  ];
  const fleetRow = getObservation(e, R1.fleet);
  const outside = getObservation(e, 'deepseek.total-compute.outside-estimate');
  const hoursShare = (base(e, R1_TOTAL.gpuHours) / base(e, V3.gpuHoursTotal)) * 100;
  const costShare = (base(e, R1.cost) / base(e, V3.costTotal)) * 100;
  const fleetMultiple = ratio(base(e, R1.fleet), base(e, V3.cluster));
  const approx = fleetRow.qualifier === '~' ? 'about ' : '';
  return {
    id: 'deepseek-training-disclosures',
    title: 'DeepSeek’s disclosed training runs beside outside estimates of its fleet',
    takeaway: `R1’s three stages on top of V3 used ${formatNumber(hoursShare, { digits: 1 })}% of V3’s final-run GPU-hours and, at the same rental rate, cost ${formatNumber(costShare, { digits: 1 })}% as much; outside estimates put DeepSeek’s fleet at ${approx}${formatNumber(fleetMultiple, { digits: 0 })}× the V3 training cluster.`,
    chart: 'table',
    rowHeader: 'Run, stage or fleet',
    columns,
    rows,
    notes: [
      'R1’s stages are the ones DeepSeek itemises in the supplement to its Nature paper: reinforcement learning on V3-Base to make R1-Zero, creating the supervised fine-tuning data, and the final multi-stage R1 run. Each stage is priced at the same rental rate V3’s report assumed, and the stage costs sum to the total.',
      'None of the costs includes V3-Base itself, research and ablation runs, data or the hardware: producing R1 took V3’s run and the R1 stages, and both are marginal costs.',
      'V3’s wall-clock time is the report’s statement for pre-training only; the SFT-data stage is given in GPU-hours only.',
      `Fleet figures are outside estimates, not DeepSeek disclosures, and count different things: the ${formatDate(outside.period)} range is in A100-equivalents, the ${formatDate(fleetRow.period)} figure in Nvidia Hopper GPUs.`,
    ],
  };
}

export const exhibits: ExhibitDefinition[] = [
  { id: 'deepseek-v3-vs-llama-compute', build: v3VsLlama },
  { id: 'deepseek-v3-cost-by-stage', build: costByStage },
  { id: 'frontier-training-cost-history', build: costHistory },
  { id: 'deepseek-training-disclosures', build: trainingDisclosures },
];
