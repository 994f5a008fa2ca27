import type { ExhibitDefinition } from './context.ts';

export const inferenceExhibits: ExhibitDefinition[] = [];
