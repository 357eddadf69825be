export * from './schema.js';
export { fromLayout } from './from-layout.js';
export { fromText } from './from-text.js';
export { readingText, splitSpaceRuns, SPACE_RUN } from './text.js';
