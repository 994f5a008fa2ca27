/**
 * Props of the components articles use (<Exhibit>, <Value>, <Cite>, <ExhibitRef>, …), parsed with each
 * component's zod schema and, when they do not fit, one message an author can act on:
 *
 *   <Value> got invalid props:
 *     unknown prop "digit": did you mean "digits"? Valid props: of, digits, scale, style, part, article, n.
 *   Write it as <Value of="capex.amazon.2024" digits="1" />.
 *
 * Never a raw ZodError. The remark plugin catches most mistakes earlier with the MDX line and column;
 * this is the last line of defence (and the only one for components used outside articles).
 */
import type { z } from 'zod';
import { friendlyIssues } from '../validate/friendly-issues.ts';

export class ComponentPropsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ComponentPropsError';
  }
}

/** The message for props that failed `schema`, one line per problem. Pure, for tests and callers. */
export function propsErrorMessage(component: string, schema: z.ZodType, props: unknown, issues: readonly z.core.$ZodIssue[], usage: string): string {
  const problems = friendlyIssues(schema, props, issues, { field: 'prop', addMissing: (name) => `write ${name}="…"` });
  const lines = problems.map((p) => `  ${p.message.replace(/\.$/, '')}: ${p.hint}`);
  return [`<${component}> got invalid props:`, ...lines, `Write it as ${usage}.`].join('\n');
}

/**
 * `props` parsed by `schema`, or a ComponentPropsError naming the component, each problem with the
 * closest valid prop or option, and `usage` (an example of the component written correctly).
 */
export function parseProps<S extends z.ZodType>(component: string, schema: S, props: unknown, usage: string): z.output<S> {
  const parsed = schema.safeParse(props);
  if (parsed.success) return parsed.data;
  throw new ComponentPropsError(propsErrorMessage(component, schema, props, parsed.error.issues, usage));
}
