/**
 * Training compute and cost arithmetic: GPU-hours priced at a rental rate, ratios between training runs,
 * the C ≈ 6ND approximation and unit conversions. Pure: numbers in, numbers out, all in base units
 * (GPU-hours, USD, FLOP, tokens, parameters), so callers convert dataset scales once with `baseValue`.
 */
import { SCALES, type Scale } from '#engine/data/units.ts';
import { computed, type Result, type Term, termFrom, termIn } from '#engine/derive/index.ts';

/** FLOP in one petaflop/s-day: 10^15 operations per second for 86,400 seconds (Kaplan et al.'s unit). */
export const FLOP_PER_PF_DAY = 1e15 * 86_400;

/** A stored value in its scale as a plain number: 2664 thousand -> 2,664,000. */
export function baseValue(value: number, scale: Scale): number {
  const factor = SCALES[scale].factor;
  // Integers times powers of ten stay exact; decimals are rounded to 15 significant digits so 0.238 million is 238,000, not 237,999.99….
  return Number.isInteger(value) ? value * factor : Number((value * factor).toPrecision(15));
}

function positive(name: string, x: number, fn: string): void {
  if (!(Number.isFinite(x) && x > 0)) {
    throw new RangeError(`${fn} got ${name} = ${x}.\n${name} must be a positive finite number.\nCheck the dataset rows passed to ${fn}.`);
  }
}

/** Rental cost of a run: GPU-hours × price per GPU-hour (USD). */
export function rentalCost(gpuHours: number, usdPerGpuHour: number): number {
  positive('gpuHours', gpuHours, 'rentalCost');
  positive('usdPerGpuHour', usdPerGpuHour, 'rentalCost');
  return gpuHours * usdPerGpuHour;
}

/** Rounds USD to whole cents, the precision at which computed and reported costs are compared. */
export function toCents(usd: number): number {
  return Math.round(usd * 100);
}

export interface StageInput {
  id: string;
  gpuHours: number;
}
export interface StageCost extends StageInput {
  usd: number;
}

/** Cost of each training stage at one price, and the total over all stages. */
export function stageCosts(stages: StageInput[], usdPerGpuHour: number): { stages: StageCost[]; totalGpuHours: number; totalUsd: number } {
  if (stages.length === 0) throw new RangeError('stageCosts got no stages.\nA training run needs at least one stage.\nPass the GPU-hours of each stage.');
  const costed = stages.map((s) => ({ ...s, usd: rentalCost(s.gpuHours, usdPerGpuHour) }));
  return {
    stages: costed,
    totalGpuHours: stages.reduce((a, s) => a + s.gpuHours, 0),
    totalUsd: costed.reduce((a, s) => a + s.usd, 0),
  };
}

/** How many times `a` is `b`: 30.84M ÷ 2.788M GPU-hours -> 11.06. */
export function ratio(a: number, b: number): number {
  positive('b', b, 'ratio');
  return a / b;
}

/**
 * Training compute by the standard approximation C ≈ 6ND: about six floating-point operations per
 * parameter per token (two forward, four backward). For a mixture-of-experts model N is the parameters
 * active per token. Ignores attention and other overheads.
 */
export function trainingFlop(params: number, tokens: number): number {
  positive('params', params, 'trainingFlop');
  positive('tokens', tokens, 'trainingFlop');
  return 6 * params * tokens;
}

export function flopToPfDays(flop: number): number {
  return flop / FLOP_PER_PF_DAY;
}

/** Wall-clock days a number of GPU-hours takes on a cluster running all GPUs at once. */
export function wallClockDays(gpuHours: number, gpus: number): number {
  positive('gpus', gpus, 'wallClockDays');
  return gpuHours / gpus / 24;
}

/** GPU-hours of a run that kept `gpus` busy for `hours` of wall-clock time: 512 GPUs × 80 h = 40,960. */
export function clusterGpuHours(gpus: number, hours: number): number {
  positive('gpus', gpus, 'clusterGpuHours');
  positive('hours', hours, 'clusterGpuHours');
  return gpus * hours;
}

/**
 * The price per GPU-hour a disclosed cost implies if all of it went on the given GPU-hours. When the cost
 * covers more work than those hours (earlier stages, data generation), the result overstates the price:
 * it is an upper bound on what the named run alone could have cost per hour, not a market rate.
 */
export function impliedPricePerGpuHour(costUsd: number, gpuHours: number): number {
  positive('costUsd', costUsd, 'impliedPricePerGpuHour');
  positive('gpuHours', gpuHours, 'impliedPricePerGpuHour');
  return costUsd / gpuHours;
}

/** Training compute by C ≈ 6ND as a derivation step: terms for N and D in, FLOP out with its formula. */
export function sixND(params: Term, tokens: Term): Result {
  return computed(trainingFlop(params.value, tokens.value), `6 × ${params.text} × ${tokens.text}`);
}

/** FLOP as petaflop/s-days as a derivation step, the formula carrying the FLOP figure. */
export function pfDays(flop: Term): Result {
  return computed(flopToPfDays(flop.value), `${flop.text} ÷ 8.64e19 FLOP per PF-day`);
}

/** Training compute by C ≈ 6ND in petaflop/s-days, the formula showing the FLOP in between. */
export function sixNDInPfDays(params: Term, tokens: Term): Result {
  const flop = sixND(params, tokens);
  return pfDays(termFrom(flop, `(${flop.formula} = ${termIn(flop.value, 'FLOP').text})`));
}
