/**
 * Exhibits for "The AI cycle": the springs-and-winters timeline and private AI investment with one series
 * per AI Index edition, so revisions between editions stay visible. Adoption speed is declared in
 * exhibits/adoption-speed.yaml.
 */
import { percentChange } from '#engine/derive/growth.ts';
import { findObservations, type StoredObservation } from '#engine/data/lookup.ts';
import type { Edition, EventRow } from '#engine/data/schema.ts';
import { formatPlain } from '#engine/format/quantity.ts';
import type { ExhibitDefinition } from '#engine/exhibits/context.ts';
import { pointFrom, type PointInput } from '#engine/exhibits/helpers.ts';

/**
 * Row labels short enough for a phone-width axis (longer ones are clipped at 360 px); the full
 * dataset label is in the notes and the download. Events not listed here fall back to their label.
 */
const SHORT_LABELS: Record<string, string> = {
  'milestone.dartmouth-proposal': '1955 “AI” named',
  'milestone.dartmouth-workshop': '1956 Dartmouth',
  'spring.first': 'First AI spring',
  'milestone.alpac': '1966 ALPAC report',
  'milestone.lighthill': '1973 Lighthill report',
  'winter.first': 'First AI winter',
  'spring.expert-systems': 'Expert-systems boom',
  'milestone.ai-winter-coined': '1984 “AI winter” term',
  'milestone.lisp-machine-collapse': '1987 Lisp bust',
  'winter.second': 'Second AI winter',
  'milestone.alexnet': '2012 AlexNet',
  'spring.deep-learning': 'Deep-learning boom',
  'milestone.transformer': '2017 Transformer',
  'milestone.chatgpt': '2022 ChatGPT launch',
  'milestone.deepseek-v3': '2024 DeepSeek-V3',
  'milestone.deepseek-r1': '2025 DeepSeek-R1',
};

export function eventLabel(e: EventRow): string {
  return SHORT_LABELS[e.id] ?? e.label;
}

/** Timeline events in chronological order (periods before the milestones that start in the same year). */
export function timelineEvents(edition: Edition): EventRow[] {
  const phaseOrder = { spring: 0, winter: 1, milestone: 2 } as const;
  return [...edition.events.values()].sort((a, b) => a.start - b.start || phaseOrder[a.phase] - phaseOrder[b.phase] || a.id.localeCompare(b.id));
}

const SERIES = [
  { phase: 'spring', id: 'springs', label: 'AI springs (booms)' },
  { phase: 'winter', id: 'winters', label: 'AI winters' },
  { phase: 'milestone', id: 'milestones', label: 'Milestones' },
] as const;

const timeline: ExhibitDefinition = {
  id: 'ai-cycle-timeline',
  build: ({ edition }) => {
    const events = timelineEvents(edition);
    // An open-ended period runs to the edition's as-of year; the notes say it is ongoing.
    const asOfYear = Number(edition.asOf.slice(0, 4));
    const series = SERIES.map((s) => ({
      id: s.id,
      label: s.label,
      points: events
        .filter((e) => e.phase === s.phase)
        .map((e) => ({
          x: eventLabel(e),
          y0: e.start,
          y: e.end ?? (e.phase === 'milestone' ? e.start : asOfYear),
          kind: 'reported' as const,
          keys: [e.id],
          unconfirmed: e.confidence === 'U',
        })),
    }));

    const springs = events.filter((e) => e.phase === 'spring');
    const winters = events.filter((e) => e.phase === 'winter');
    const current = springs.find((e) => e.end === null);
    const takeaway = current
      ? `${springs.length - 1 === winters.length ? `Each of the ${winters.length === 2 ? 'two' : winters.length} earlier AI springs ended in a winter` : 'Earlier AI springs ended in winters'}; the current boom began in ${current.start} and has run for ${asOfYear - current.start} years without one.`
      : 'AI research has moved through alternating springs and winters since the 1950s.';

    const sentence = (t: string) => (t.endsWith('.') ? t : `${t}.`);
    const notes = [
      ...(current ? [`${current.label} is ongoing; its bar is drawn to ${asOfYear}, the year of this dataset edition.`] : []),
      'The start and end years of springs and winters are approximate, as the sources give them.',
      // One line per event: the full description where the axis label is shortened, then the row's note.
      ...events.flatMap((e) => {
        const parts = [...(eventLabel(e) !== e.label && e.phase === 'milestone' ? [sentence(e.label)] : []), ...(e.note ? [sentence(e.note)] : [])];
        return parts.length ? [`${eventLabel(e)}: ${parts.join(' ')}`] : [];
      }),
    ];
    return {
      id: 'ai-cycle-timeline',
      title: 'AI springs, winters and milestones, 1955 to today',
      takeaway,
      chart: 'timeline',
      x: { label: 'Period or event', type: 'category' },
      y: { label: 'Year', type: 'linear', min: Math.floor(events[0]!.start / 5) * 5, max: asOfYear + 1 },
      categories: events.map(eventLabel),
      series: series.filter((s) => s.points.length > 0),
      notes,
    };
  },
};

function usd(value: number, digits = 1): string {
  return formatPlain(value, 'USD', 'billion', digits);
}

const investment: ExhibitDefinition = {
  id: 'private-ai-investment',
  build: ({ edition }) => {
    const rows = findObservations(edition, (r) => r.metric === 'global-private-ai-investment');
    const editions = [...new Set(rows.map((r) => r.subject))].sort();
    const years = [...new Set(rows.map((r) => r.period))].sort();
    const series = editions.map((ed) => ({
      id: ed.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      label: `${ed} edition`,
      points: rows
        .filter((r) => r.subject === ed)
        .sort((a, b) => a.period.localeCompare(b.period))
        .map((r): PointInput => pointFrom(edition, r.id, r.period, { scale: 'billion' })),
    }));

    // Takeaway: the change within the newest edition that has two years, then any revision between editions.
    const withTwo = [...editions].reverse().find((ed) => rows.filter((r) => r.subject === ed).length >= 2);
    const sentences: string[] = [];
    if (withTwo) {
      const own = rows.filter((r) => r.subject === withTwo).sort((a, b) => a.period.localeCompare(b.period));
      const [prev, last] = own.slice(-2) as [StoredObservation, StoredObservation];
      const change = percentChange(last.value, prev.value);
      sentences.push(`The ${withTwo} edition puts global private AI investment at ${usd(last.value)} in ${last.period}, ${change < 0 ? 'down' : 'up'} ${formatPlain(Math.abs(change), 'percent', 'one', 0)} on ${prev.period}`);
    }
    const revised = years
      .map((y) => rows.filter((r) => r.period === y).sort((a, b) => a.subject.localeCompare(b.subject)))
      .filter((rs) => rs.length > 1)
      .pop();
    if (revised) {
      const older = revised[0] as StoredObservation;
      const newer = revised[revised.length - 1] as StoredObservation;
      const who = newer.subject === withTwo ? 'it revises' : `the ${newer.subject} edition revises`;
      sentences.push(`${who} ${newer.period} from ${older.qualifier}${usd(older.value)} (${older.subject}) to ${usd(newer.value)}`);
    } else {
      const newest = editions[editions.length - 1];
      const lone = rows.filter((r) => r.subject === newest);
      if (newest && newest !== withTwo && lone.length === 1) {
        const r = lone[0] as StoredObservation;
        sentences.push(`the ${newest} edition gives ${r.qualifier}${usd(r.value)} for ${r.period}`);
      }
    }
    const takeaway = `${sentences.join('; ')}.`.replace(/^./, (c) => c.toUpperCase());

    return {
      id: 'private-ai-investment',
      title: 'Global private AI investment by year, as published in each AI Index edition',
      takeaway: sentences.length ? takeaway : 'Global private AI investment by year, one series per AI Index edition.',
      chart: 'bar',
      x: { label: 'Year', type: 'category' },
      y: { label: 'Private investment', type: 'linear', unit: 'USD', scale: 'billion', min: 0 },
      categories: years,
      series,
      notes: [
        'Each Stanford AI Index edition revises earlier years, so one year can have different values in different editions. Each edition is its own series; figures from different editions should not be read as one continuous series.',
        // Row notes minus the boilerplate every row shares (said once above), labelled by year and edition.
        ...rows.flatMap((r) => {
          const rest = (r.note ?? '').replace(/^Figure from the AI Index \d{4} edition; editions revise earlier years\.?\s*/, '').trim();
          return rest ? [`${r.period} (${r.subject}): ${rest.endsWith('.') ? rest : `${rest}.`}`] : [];
        }),
      ],
    };
  },
};

export const exhibits: ExhibitDefinition[] = [timeline, investment];
