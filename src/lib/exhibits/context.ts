/** What an exhibit function receives: the edition it is computed from, and a way to read others. */
import type { Edition } from '../data/schema.ts';
import type { SourceRef } from '../sources/schema.ts';
import type { ExhibitSpecInput } from './spec.ts';

export interface ExhibitContext {
  /** The edition being published (or the one a test pins). */
  edition: Edition;
  /** Loads another edition, for exhibits that compare editions (e.g. guidance then vs reported now). */
  loadEdition: (version: string) => Edition;
}

/** Omit that keeps a union a union (chart or table), so each form keeps its own fields. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * What an exhibit function returns: the spec without its edition stamp and without the sources its
 * points and cells already name through their keys, which the registry adds. `sources` holds only the
 * extras: a source for a note or an assumption that no plotted value reads.
 */
export type ExhibitBody = OmitEach<ExhibitSpecInput, 'edition' | 'asOf' | 'sources'> & { sources?: SourceRef[] };

export interface ExhibitDefinition {
  id: string;
  /** Pure: reads only `ctx`, returns the spec. The registry stamps the edition and validates the result. */
  build: (ctx: ExhibitContext) => ExhibitBody;
}
