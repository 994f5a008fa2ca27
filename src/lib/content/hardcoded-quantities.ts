/**
 * Finds quantities typed by hand in article prose ("$5.6 million", "17%", "2,048 H800 GPUs", "3 times
 * faster", "a factor of 10", "half a trillion dollars"). Figures must come from the dataset through
 * <Value>, so a data update cannot leave the text behind.
 *
 * The rule is strict on purpose: every number written in digits is a quantity unless an entry of
 * NOT_DATA (below, each with its reason) says what else it is — part of a name ("GPT-4o"), a year, a
 * date, an ordinal, an exhibit or section number, a model or index name, a bit width. Spelled-out numbers are flagged only with a magnitude ("five
 * billion dollars", "half a trillion"): small spelled numbers carry worked examples and definitions ("a
 * factor of four a year", "a one per cent change in price"), and vague magnitudes ("a few billion",
 * "tens of billions") state an order, not a figure that a data update could contradict.
 * Maths and code never reach this rule: the remark plugin skips those nodes.
 */

const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`;
const SCALE_WORDS = String.raw`thousand|million|billion|trillion|mn|bn|tn|k|m|b|t`;
const MONTHS = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?`;
/** Count nouns that make even a year-shaped number a quantity ("2048 GPUs"). */
const COUNT_UNITS = String.raw`GPU[- ]?hours?|GPUs|chips|accelerators|tokens|param(?:eter)?s|FLOPs?|PF-days|days|hours|weeks|months|users|subscribers|employees|queries|requests|cents|points|units`;

/** What may stand right after a number and makes it a quantity whatever the allow-list says. */
const STRONG_SUFFIX = new RegExp(
  String.raw`^(?:\s?[–-]\s?${NUMBER})?(?:` +
    [
      String.raw`\s?%`,
      String.raw`\s?per ?cent\b`,
      String.raw`\s?percentage[- ]points?\b`,
      String.raw`\s?(?:pp|bps|basis points)\b`,
      String.raw`\s?(?:${SCALE_WORDS})\b(?:\s?(?:USD|dollars?|euros?|pounds?|yuan|\$))?`,
      String.raw`\s?[KMBT]\b`,
      String.raw`\s?(?:×|x\b|-?fold\b|times\b)`,
      String.raw`\s?(?:USD|EUR|GBP|CNY|RMB|dollars?|cents?|euros?|pounds?|yuan)\b`,
      String.raw`\s(?:[A-Z]\d+\s)?(?:${COUNT_UNITS})\b`,
    ].join('|') +
    String.raw`)(?:\s(?:[A-Z]\d+\s)?(?:${COUNT_UNITS})\b)?`,
  'i',
);
/** A word (or model/chip name, "H800") and an optional second word after the number: "10 weeks", "2,048 H800 GPUs". */
const UNIT_WORDS = /^(?:\s?[–-]\s?\d[\d,]*(?:\.\d+)?)?\s(?:[\p{Lu}\p{N}][\p{L}\p{N}-]*\s)?[\p{L}][\p{L}\p{N}-]*/u;
/** What may stand right before a number and makes it a quantity: "$5", "US$5", "USD 80", "€3", "a factor of 10". */
const STRONG_PREFIX = /(?:(?:US|A|C|HK)?\$|€|£|¥|\b(?:USD|EUR|GBP|CNY|RMB)\s?|\b(?:an?\s)?factor of\s)$/i;

const SPELLED =
  String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|(?:one |a )?hundred|half a|a half|a quarter of a|a third of a|a|an)`;
/** "five billion dollars", "half a trillion dollars", "a billion users", "two and a half million". */
const SPELLED_MAGNITUDE = new RegExp(
  String.raw`\b${SPELLED}(?:[ -](?:and a half|${SPELLED}))?\s(?:thousand|million|billion|trillion)\b(?:\s(?:US\s)?(?:dollars|euros|pounds|yuan|users|tokens|parameters|GPUs|GPU-hours|people))?`,
  'gi',
);

export interface AllowContext {
  /** The number as written ("2,048", "3.1"). */
  number: string;
  /** Text before the number, up to the start of the scanned string. */
  before: string;
  /** Text after the number, to the end of the scanned string. */
  after: string;
  /** Whether a currency sign, percent, scale, multiplier or count unit makes it a quantity. */
  strong: boolean;
  /** A currency sign or code, or "a factor of", written right before the number ("" if none). */
  prefix: string;
}

export interface AllowRule {
  name: string;
  /** Why numbers of this shape are not data: shown in review and in the README. */
  reason: string;
  example: string;
  allows: (c: AllowContext) => boolean;
}

/** A number glued to a name before it (GPT-4o, H800, Qwen2.5-7B, pass@1, FY2025, 2025-26) is part of that name. */
function gluedToName(before: string): boolean {
  const prev = before.at(-1) ?? '';
  if (/[\p{L}\p{N}_.@#/'’]/u.test(prev)) return true;
  return /[-–]/.test(prev) && /[\p{L}\p{N}]/u.test(before.at(-2) ?? '');
}

const MODEL_FAMILIES = String.raw`Llama|Qwen|Claude|Gemini|Gemma|Mistral|Mixtral|Phi|Grok|Falcon|GPT|DeepSeek(?: LLM| Coder| Math)?|Yi|Command R\+?|Nemotron|OLMo|Kimi|BLOOM|PaLM|Chinchilla|Gopher|Jamba`;
const REF_WORDS = String.raw`Exhibits?|Tables?|Figures?|Figs?\.|Parts?|Sections?|§|Chapters?|Appendix|Appendices|Steps?|Phases?|Stages?|Tiers?|Levels?|Rules?|Equations?|Eqs?\.|pages?|pp?\.|No\.|Nos\.|Notes?|footnotes?|Questions?|Items?|Version|v\.`;
const INDEX_NAMES = String.raw`S&P|Nasdaq|NASDAQ|FTSE|Nikkei|Stoxx|STOXX|Russell|Fortune|Hang Seng|CSI|DAX|CAC|Euro Stoxx|MSCI World`;

/**
 * The reviewed allow-list: numbers of these shapes are not data. Adding an entry needs a reason a
 * reviewer can check; prefer rephrasing the article.
 */
export const NOT_DATA: AllowRule[] = [
  {
    name: 'name with digits',
    reason:
      'Digits glued to a name are part of it (a model, chip, fiscal year, metric or range end), not a figure; a currency sign or code in front makes it money again ("USD80").',
    example: 'GPT-4o, H800, Qwen2.5-7B, FY2025, pass@1, 2025-26',
    allows: (c) => !c.prefix && gluedToName(c.before),
  },
  {
    name: 'year',
    reason: 'A calendar or fiscal year names a period; the figures for it come from the dataset.',
    example: 'in 2025, the 2024 edition, 1970s, 2024–2031',
    allows: (c) => !c.strong && /^(?:1[0-9]|20)\d\d$/.test(c.number),
  },
  {
    name: 'date',
    reason: 'A day of the month next to its month is a date, not a measurement.',
    example: 'on 27 January 2025, January 27',
    allows: (c) =>
      !c.strong &&
      /^(?:[1-9]|[12]\d|3[01])$/.test(c.number) &&
      (new RegExp(String.raw`^(?:\s?[–-]\s?\d{1,2})?\s${MONTHS}(?![\p{L}])`, 'u').test(c.after) ||
        new RegExp(String.raw`\b${MONTHS}\s$`).test(c.before)),
  },
  {
    name: 'ordinal',
    reason: 'An ordinal ranks or names ("20th century", "1st quarter"); it measures nothing.',
    example: '20th century, the 3rd generation',
    allows: (c) => /^(?:st|nd|rd|th)\b/.test(c.after) && /^\d+$/.test(c.number),
  },
  {
    name: 'reference',
    reason: 'Exhibit, table, section, part and page numbers point at the report or a source.',
    example: 'Exhibit 3, section 4.2, Exhibits 2 and 3, Part 3',
    allows: (c) => new RegExp(String.raw`(?:^|[^\p{L}])(?:${REF_WORDS})\s(?:[\d.]+(?:,\s|\sand\s|\sor\s|\sto\s|[–-]))*$`, 'iu').test(c.before),
  },
  {
    name: 'model name',
    reason:
      'A model name carries its version and size as a name ("Llama 3.1 405B", "Claude 3.5 Sonnet", "Claude Opus 4.5"); a bare size ("the 405B model", "37B activated") is a figure.',
    example: 'Llama 3.1 405B, Llama 3.2 3B, Claude 3.5 Sonnet, Claude Opus 4.5, DeepSeek LLM 67B',
    // Anthropic names its tier before the version ("Claude Opus 4.5", "Claude Sonnet 4.5").
    allows: (c) => new RegExp(String.raw`\b(?:${MODEL_FAMILIES})(?: (?:Opus|Sonnet|Haiku))?(?:[ -]\d[\w.]*)*[ -]$`).test(c.before),
  },
  {
    name: 'index name',
    reason: 'A market index is named by its number of constituents ("S&P 500"); its level is data, its name is not.',
    example: 'S&P 500, Nasdaq-100',
    allows: (c) => !c.strong && new RegExp(String.raw`(?:${INDEX_NAMES})[ -]$`).test(c.before),
  },
  {
    name: 'number format',
    reason: 'A bit width names a number format ("8-bit training"), not a measured amount.',
    example: '8-bit training, 16-bit weights',
    allows: (c) => /^-bit\b/.test(c.after),
  },
];

export interface HardCodedQuantity {
  text: string;
  /** 0-based offset in the scanned string. */
  offset: number;
}

const DIGITS = /\d[\d,]*(?:\.\d+)?/g;


function trimmedEnd(text: string, start: number, end: number): number {
  return start + text.slice(start, end).replace(/[\s,.;:]+$/, '').length;
}

export function findHardCodedQuantities(text: string): HardCodedQuantity[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(DIGITS)) {
    let start = m.index ?? 0;
    // "1,000." or "3," at a sentence end: the trailing separator is punctuation, not part of the number.
    const number = m[0].replace(/[,.]+$/, '');
    const numberEnd = start + number.length;
    const before = text.slice(0, start);
    const after = text.slice(numberEnd);
    const prefix = STRONG_PREFIX.exec(before);
    const suffix = STRONG_SUFFIX.exec(after);
    const strong = Boolean(prefix || suffix);
    const ctx: AllowContext = { number, before, after, strong, prefix: prefix?.[0] ?? '' };
    if (NOT_DATA.some((rule) => rule.allows(ctx))) continue;
    if (prefix) start -= prefix[0].length;
    // A sign belongs to the figure ("−9.2%"); a hyphen after a word was handled as a name above.
    else if (/(?:^|\s)[−-]$/.test(before)) start -= 1;
    // After a currency sign or "a factor of" the figure is complete; otherwise show the word it counts.
    const unit = suffix ?? (prefix ? null : UNIT_WORDS.exec(after));
    spans.push({ start, end: trimmedEnd(text, start, numberEnd + (unit?.[0].length ?? 0)) });
  }
  for (const m of text.matchAll(SPELLED_MAGNITUDE)) {
    const start = m.index ?? 0;
    spans.push({ start, end: start + m[0].length });
  }
  // Matches can overlap ("$5.6" and "5.6 million"): report each quantity once, as the union of its matches.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged.map(({ start, end }) => ({ text: text.slice(start, end), offset: start }));
}
