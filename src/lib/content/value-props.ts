/**
 * The props of <Value> (src/components/Value.astro). Built here once rather than in the component, whose
 * frontmatter runs on every render: a report of 200 articles renders it thousands of times.
 */
import { z } from 'zod';
import { SCALE_IDS } from '../data/units.ts';

export const ValueProps = z
  .object({
    of: z.string().min(1),
    /** Decimal places; defaults to the precision the value is stored with. */
    digits: z.coerce.number().int().min(0).max(6).optional(),
    /** Re-express in another scale, e.g. scale="million" for 5,576 thousand. */
    scale: z.enum(SCALE_IDS).optional(),
    style: z.enum(['prose', 'short']).optional(),
    /** Print only the low or high end of a range, its central value, or the plain number without its unit. */
    part: z.enum(['value', 'low', 'high', 'number']).optional(),
    /** Injected by the remark plugin: the article and the value's position in it (for a stable tooltip id). */
    article: z.string().optional(),
    n: z.coerce.number().int().positive().optional(),
  })
  .strict();
