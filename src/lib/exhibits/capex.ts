import type { ExhibitDefinition } from './context.ts';

export const capexExhibits: ExhibitDefinition[] = [];
