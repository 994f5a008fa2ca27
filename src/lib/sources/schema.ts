/**
 * The source registry (content/sources.json) is CSL-JSON: the format reference managers export, so
 * analysts can paste entries from Zotero. Dataset rows and article citations both point into it by `id`.
 */
import { z } from 'zod';

const Name = z.union([
  z.object({ family: z.string(), given: z.string().optional() }).strict(),
  /** An organisation or a name that should not be split: "DeepSeek-AI", "Stanford HAI". */
  z.object({ literal: z.string() }).strict(),
]);

const DateParts = z.object({
  /** [[year]], [[year, month]] or [[year, month, day]] */
  'date-parts': z.array(z.array(z.number().int()).min(1).max(3)).length(1),
});

export const SourceEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by dashes, e.g. deepseek-v3-report'),
    type: z.enum(['report', 'article-journal', 'paper-conference', 'webpage', 'post-weblog', 'article-newspaper', 'article-magazine', 'dataset', 'book', 'speech']),
    title: z.string().min(1),
    author: z.array(Name).min(1),
    /** Where it was published: journal, site or publisher. */
    'container-title': z.string().optional(),
    publisher: z.string().optional(),
    issued: DateParts.optional(),
    URL: z.url().optional(),
    /** Identifier in research/facts.md (S1…S59) so every entry can be traced to the fact base. */
    note: z.string().optional(),
  })
  .strict();
export type SourceEntry = z.infer<typeof SourceEntry>;

export const SourceRegistry = z.array(SourceEntry).min(1);
export type SourceRegistry = z.infer<typeof SourceRegistry>;

/** A pointer into the registry with an optional place in the source. */
export interface SourceRef {
  id: string;
  locator?: string | undefined;
}
