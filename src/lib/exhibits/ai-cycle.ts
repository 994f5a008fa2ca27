import type { ExhibitDefinition } from './context.ts';

export const aiCycleExhibits: ExhibitDefinition[] = [];
