/** What an exhibit function receives: the edition it is computed from, and a way to read others. */
import type { Edition } from '../data/schema.ts';
import type { ExhibitSpecInput } from './spec.ts';

export interface ExhibitContext {
  /** The edition being published (or the one a test pins). */
  edition: Edition;
  /** Loads another edition, for exhibits that compare editions (e.g. guidance then vs reported now). */
  loadEdition: (version: string) => Edition;
}

/** What an exhibit function returns: the spec without its edition stamp, which the registry adds. */
export type ExhibitBody = Omit<ExhibitSpecInput, 'edition' | 'asOf'>;

export interface ExhibitDefinition {
  id: string;
  /** Pure: reads only `ctx`, returns the spec. The registry stamps the edition and validates the result. */
  build: (ctx: ExhibitContext) => ExhibitBody;
}
