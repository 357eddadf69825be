#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

// a reader that stops early (`| head`) closes the pipe: stop quietly, as other tools do
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await main(process.argv);
