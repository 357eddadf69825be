#!/usr/bin/env node
import { statSync } from 'node:fs';

// dist/bundle/ (scripts/bundle-cli.mjs) starts several times faster than dist/cli/'s modules one by one;
// a bundle older than tsc's last output would run stale code, so then dist/cli/ runs as built
const mtime = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const entry = mtime('../dist/bundle/main.js') >= mtime('../dist/cli/main.js') ? '../dist/bundle/main.js' : '../dist/cli/main.js';
const { main } = await import(entry);

// a reader that stops early (`| head`) closes the pipe: stop quietly, as other tools do
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await main(process.argv);
