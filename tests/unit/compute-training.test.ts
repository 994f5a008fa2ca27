import { describe, expect, it } from 'vitest';
import {
  baseValue,
  clusterGpuHours,
  FLOP_PER_PF_DAY,
  flopToPfDays,
  impliedPricePerGpuHour,
  ratio,
  rentalCost,
  stageCosts,
  toCents,
  trainingFlop,
  wallClockDays,
} from '../../content/lib/training.ts';

describe('baseValue', () => {
  it('expands a stored value by its scale without float noise', () => {
    expect(baseValue(2664, 'thousand')).toBe(2_664_000);
    expect(baseValue(0.238, 'million')).toBe(238_000);
    expect(baseValue(5.576, 'million')).toBe(5_576_000);
    expect(baseValue(15.6, 'trillion')).toBe(15_600_000_000_000);
    expect(baseValue(2, 'one')).toBe(2);
  });
});

describe('rentalCost and stageCosts', () => {
  it('prices GPU-hours at a rental rate', () => {
    // 2,664,000 H800 GPU-hours at $2 = $5,328,000 (DeepSeek-V3 pre-training, worked by hand).
    expect(rentalCost(2_664_000, 2)).toBe(5_328_000);
  });

  it('costs each stage and sums them', () => {
    const r = stageCosts(
      [
        { id: 'pre', gpuHours: 2_664_000 },
        { id: 'ctx', gpuHours: 119_000 },
        { id: 'post', gpuHours: 5_000 },
      ],
      2,
    );
    expect(r.stages.map((s) => s.usd)).toEqual([5_328_000, 238_000, 10_000]);
    expect(r.totalGpuHours).toBe(2_788_000);
    expect(r.totalUsd).toBe(5_576_000);
  });

  it('rejects a non-positive price with what to check', () => {
    expect(() => rentalCost(100, 0)).toThrow('rentalCost got usdPerGpuHour = 0.\nusdPerGpuHour must be a positive finite number.');
    expect(() => stageCosts([], 2)).toThrow(/needs at least one stage/);
  });

  it('compares money at cent precision', () => {
    expect(toCents(5_576_000)).toBe(557_600_000);
    expect(toCents(0.004)).toBe(0);
    expect(toCents(0.005)).toBe(1);
  });
});

describe('ratio', () => {
  it('divides one figure by another', () => {
    // 30.84M / 2.788M = 11.0617 (facts.md A19 gives ≈11.1).
    expect(ratio(30_840_000, 2_788_000)).toBeCloseTo(11.0617, 4);
    expect(ratio(16_000, 2_048)).toBe(7.8125);
  });

  it('refuses a zero denominator', () => {
    expect(() => ratio(1, 0)).toThrow(/ratio got b = 0/);
  });
});

describe('trainingFlop (C ≈ 6ND)', () => {
  it('gives DeepSeek-V3 about 3.3e24 FLOP on its active parameters', () => {
    // 6 × 37e9 × 14.8e12 = 3.2856e24 (facts.md A13).
    expect(trainingFlop(37e9, 14.8e12) / 1e24).toBeCloseTo(3.2856, 10);
  });

  it('gives Chinchilla 5.88e23 FLOP', () => {
    expect(trainingFlop(70e9, 1.4e12) / 1e23).toBeCloseTo(5.88, 10);
  });

  it('agrees with the Llama 3 paper’s 3.8e25 FLOP to within 1%', () => {
    expect(trainingFlop(405e9, 15.6e12) / 3.8e25).toBeCloseTo(0.9976, 4);
  });
});

describe('unit conversions', () => {
  it('converts FLOP to petaflop/s-days', () => {
    expect(FLOP_PER_PF_DAY).toBe(8.64e19);
    expect(flopToPfDays(8.64e19)).toBe(1);
    // 3.2856e24 / 8.64e19 = 38,027.8 PF-days.
    expect(flopToPfDays(3.2856e24)).toBeCloseTo(38_027.78, 1);
  });

  it('turns GPU-hours into wall-clock days on a cluster', () => {
    // 2,664,000 / 2,048 / 24 = 54.2 days (facts.md A12).
    expect(wallClockDays(2_664_000, 2_048)).toBeCloseTo(54.199, 3);
  });
});

describe('clusterGpuHours and impliedPricePerGpuHour', () => {
  it('multiplies cluster size by wall-clock hours', () => {
    // DeepSeek-R1's final run: 512 H800 GPUs × 80 hours = 40,960 GPU-hours (facts.md A21).
    expect(clusterGpuHours(512, 80)).toBe(40_960);
    // Back to wall-clock days: 40,960 / 512 / 24 = 3.33 days.
    expect(wallClockDays(clusterGpuHours(512, 80), 512)).toBeCloseTo(3.333, 3);
  });

  it('spreads a disclosed cost over GPU-hours', () => {
    // $294,000 / 40,960 GPU-hours = $7.178 per GPU-hour, about 3.6× DeepSeek-V3's assumed $2.
    expect(impliedPricePerGpuHour(294_000, 40_960)).toBeCloseTo(7.1777, 4);
    // The inverse of rentalCost: V3's $5.576M over 2.788M GPU-hours gives back its $2.
    expect(impliedPricePerGpuHour(rentalCost(2_788_000, 2), 2_788_000)).toBe(2);
  });

  it('refuses zero hours or GPUs with what to check', () => {
    expect(() => clusterGpuHours(512, 0)).toThrow('clusterGpuHours got hours = 0.\nhours must be a positive finite number.\nCheck the dataset rows passed to clusterGpuHours.');
    expect(() => impliedPricePerGpuHour(294_000, 0)).toThrow(/impliedPricePerGpuHour got gpuHours = 0/);
  });
});
