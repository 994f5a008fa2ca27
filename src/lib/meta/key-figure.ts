/**
 * The key figure on an article's social card: the first <Value> in its body, formatted as the article
 * prints it (same digits/scale/style/part options as src/components/Value.astro), labelled and sourced.
 */
import { collectArticleRefs } from '../content/article-refs.ts';
import { parseMdx } from '../content/parse-mdx.ts';
import type { Quantity } from '../data/quantity.ts';
import { SCALE_IDS, type Scale } from '../data/units.ts';
import { valueText } from '../content/value-text.ts';
import type { OgFigure } from './og-image.ts';

/** Props of the first <Value> in an MDX body, or undefined when it has none. */
export function firstValueProps(body: string): Record<string, string> | undefined {
  return collectArticleRefs(parseMdx(body)).uses.find((u) => u.name === 'Value' && u.props.of)?.props;
}

/** The figure as <Value> prints it with these props. */
export function formatValue(q: Quantity, props: Record<string, string>): string {
  const digits = props.digits === undefined ? undefined : Number(props.digits);
  const scale = (SCALE_IDS as readonly string[]).includes(props.scale ?? '') ? (props.scale as Scale) : undefined;
  const style = props.style === 'short' ? 'short' : props.style === 'prose' ? 'prose' : undefined;
  const part = props.part === 'value' || props.part === 'low' || props.part === 'high' || props.part === 'number' ? props.part : undefined;
  return valueText(q, { digits, scale, style, part });
}

export function keyFigure(q: Quantity, props: Record<string, string>, sourceLine: string): OgFigure {
  return {
    value: formatValue(q, props),
    // Unconfirmed figures are labelled so wherever they appear.
    label: q.confidence === 'U' ? `${q.label} (unconfirmed)` : q.label,
    source: sourceLine,
  };
}
