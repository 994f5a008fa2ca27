import type { ExhibitDefinition } from './context.ts';

export const scalingLawsExhibits: ExhibitDefinition[] = [];
