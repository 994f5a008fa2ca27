import type { ExhibitDefinition } from './context.ts';

export const editionsExhibits: ExhibitDefinition[] = [];
