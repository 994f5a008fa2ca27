import type { ExhibitDefinition } from './context.ts';

export const deepseekExhibits: ExhibitDefinition[] = [];
