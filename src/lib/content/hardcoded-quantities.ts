/**
 * Finds quantities typed by hand in article prose ("$5.6 million", "17%", "2.79M GPU hours", "11x").
 * Figures must come from the dataset through <Value>, so a data update cannot leave the text behind.
 * Years ("2025"), ordinals, exhibit numbers and model names with digits ("GPT-4", "Llama 3.1 405B",
 * "H800") are not quantities and are allowed.
 */

const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`;
const PATTERNS: RegExp[] = [
  // currency: $5.6, US$5.6, USD 80, €3
  new RegExp(String.raw`(?:US)?\$\s?${NUMBER}|\bUSD\s?${NUMBER}|€\s?${NUMBER}|£\s?${NUMBER}`, 'g'),
  // percentages: 17%, 17 %, 17 per cent, 17 percent
  new RegExp(String.raw`${NUMBER}\s?(?:%|per ?cent\b)`, 'g'),
  // scaled numbers: 5.6 million, 2.79M, 30bn, 14.8 trillion, 671B params
  new RegExp(String.raw`\b${NUMBER}\s?(?:thousand|million|billion|trillion|mn|bn|tn)\b`, 'gi'),
  new RegExp(String.raw`\b${NUMBER}\s?[KMBT]\s?(?:GPU[- ]?hours?|GPUs|tokens|param(?:eter)?s|FLOPs?|users)\b`, 'g'),
  // multiples: 11x, 11×, 10-fold
  new RegExp(String.raw`\b${NUMBER}\s?(?:×|x\b|-fold\b)`, 'g'),
  // counts with measurement units: 2,048 GPUs, 2.788 GPU-hours, 80 hours, 54 days, 15.6T tokens
  new RegExp(String.raw`\b${NUMBER}\s?(?:GPU[- ]?hours?|GPUs|tokens|parameters|params|FLOPs?|days|hours|months|users|points)\b`, 'gi'),
];

export interface HardCodedQuantity {
  text: string;
  /** 0-based offset in the scanned string. */
  offset: number;
}

export function findHardCodedQuantities(text: string): HardCodedQuantity[] {
  const spans: { start: number; end: number }[] = [];
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      // A number glued to letters before it is part of a name (GPT-4o, H800, Qwen2.5-7B), not a quantity.
      const before = text.slice(Math.max(0, start - 1), start);
      if (/[A-Za-z\d.-]/.test(before) && !/^(?:US)?\$|^[€£]/.test(m[0])) continue;
      spans.push({ start, end: start + m[0].trimEnd().length });
    }
  }
  // Patterns overlap ("$5.6" and "5.6 million"): report each quantity once, as the union of its matches.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged.map(({ start, end }) => ({ text: text.slice(start, end), offset: start }));
}
