// Writes the README's list of warning codes from src/validate/codes.ts (via dist/: run `npm run build` first).
// test/warning-codes.test.ts fails when the README's list is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { warningCodesMarkdown } from '../dist/validate/codes.js';

const START = '<!-- warning-codes:start -->';
const END = '<!-- warning-codes:end -->';
const readme = readFileSync('README.md', 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END} section`);
writeFileSync('README.md', `${readme.slice(0, from + START.length)}\n${warningCodesMarkdown()}\n${readme.slice(to)}`);
console.log('README.md: warning codes written');
