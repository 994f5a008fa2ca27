import type { ExhibitDefinition } from './context.ts';

export const distillationExhibits: ExhibitDefinition[] = [];
