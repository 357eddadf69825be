/**
 * Entry of the plan-extract command: parses argv, runs one command and returns its
 * exit status. It never calls process.exit, so tests can run it in-process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { describeError, EXIT } from './exit-codes.js';
import { processIO, type CliIO } from './io.js';
import type { RawOptions } from './options.js';
import { buildProgram, mistypedCommand } from './program.js';
import { PROGRAM } from './report.js';

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** `argv` as in process.argv: node, the script, then the arguments. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  let status: number = EXIT.OK;
  let debug = argv.includes('--debug');
  const run = async (options: RawOptions, job: () => Promise<number>) => {
    debug = options.debug === true;
    status = await job();
  };
  const program = buildProgram(io, packageVersion(), {
    convert: (inputs, options) => run(options, async () => (await import('./convert.js')).convert(inputs, options, io)),
    detect: (inputs, options) => run(options, async () => (await import('./detect.js')).detectCommand(inputs, options, io)),
    inspect: (input, options) => run(options, async () => (await import('./inspect.js')).inspectCommand(input, options, io)),
    schema: (kind, options) => run(options, async () => (await import('./schema.js')).schemaCommand(kind, io)),
  });
  if (argv.length <= 2) {
    // a first try without arguments gets the gist, not the whole --help on stderr
    io.stderr.write(`${PROGRAM}: no input given\n${program.createHelp().commandUsage(program).replace(/^/, 'Usage: ')}\n(${PROGRAM} --help shows options, commands and examples)\n`);
    return EXIT.USAGE;
  }
  const meant = mistypedCommand(argv[2], existsSync);
  if (meant) {
    io.stderr.write(`${PROGRAM}: unknown command '${argv[2]}' (did you mean ${meant}?)\n`);
    return EXIT.USAGE;
  }
  try {
    await program.parseAsync(argv, { from: 'node' });
    return status;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? EXIT.OK : EXIT.USAGE;
    }
    const d = describeError(e);
    io.stderr.write(`${PROGRAM}: ${d.message}\n`);
    if (debug) io.stderr.write(`${d.stack}\n`);
    return d.status;
  }
}
