/** The report kinds, without zod: the CLI's options list them before any schema is needed. */
export const KIND_NAMES = ['plan-progress', 'target-sheet', 'consultation-report'] as const;
