/**
 * The commander program: `plan-extract [convert] <inputs…>` (convert is what the
 * program does without a command), `detect`, `inspect` and `schema`. Actions import their
 * module when they run, so --help and --version load neither pdf.js nor kuromoji.
 */
import { Command, Option } from 'commander';
import { KIND_NAMES } from '../schema/kind-names.js';
import { OUTPUT_FORMATS } from '../output/formats.js';
import { TABLES } from '../output/tables.js';
import { EXIT_HELP } from './exit-codes.js';
import type { CliIO } from './io.js';
import type { RawOptions } from './options.js';

const EXAMPLES = `Examples:
  (in the project after npm ci, run it as npx plan-extract; npm link puts plan-extract on PATH)
  plan-extract report.pdf                          JSON on standard output
  plan-extract report.pdf -o report.json           JSON to a file (written atomically)
  plan-extract reports/ -o out/                    every .pdf/.txt in reports/ → out/<name>.<kind>.json
  plan-extract reports/ -o out/ -f csv             CSV tables → out/<name>.<table>.csv
  plan-extract report.pdf -f csv --table items     one CSV table on standard output
  plan-extract report.pdf -f csv -o out/ --encoding shift_jis --replace-unmappable
  plan-extract reports/*.pdf -f jsonl > all.jsonl  one JSON line per report
  plan-extract reports/ -f xlsx --merge -o all.xlsx one workbook: a sheet per table, every report's rows
  plan-extract reports/ -f csv --merge -o out/     out/<table>.csv for the whole batch (rows carry file, sha256)
  plan-extract reports/ -f sqlite -o plans.db      add to (or create) a database; a report again replaces its rows
  plan-extract scan.pdf --pages 1-3,7 --password secret
  pdftotext -raw report.pdf - | plan-extract -     text from standard input (pdftotext's -raw mode)
  plan-extract detect reports/                     kind and confidence per file
  plan-extract inspect report.pdf                  HTML view of what was read into which field
  plan-extract schema plan-progress                JSON Schema of a kind's output`;

const CSV_NOTE = `CSV tables (--format csv, one file each; --table picks one):
${Object.entries(TABLES)
  .map(([kind, specs]) => `  ${kind.padEnd(20)} ${specs.map((t) => t.name).join(', ')}`)
  .join('\n')}
UTF-8 with BOM (for Excel) unless --no-bom or --encoding shift_jis; CRLF line ends;
paragraph breaks stay line breaks inside quoted cells.
XLSX: the same tables as typed sheets, plus source and warnings. SQLite: a reports table
and one table per record type, joined on report_id (see the README for the schema).`;

function addReadOptions(cmd: Command): Command {
  return cmd
    .option('--pages <list>', 'PDF pages to read, e.g. 1-3,7 (default: all)')
    .addOption(new Option('--password <password>', 'password of an encrypted PDF').env('PLAN_EXTRACT_PASSWORD'))
    .option('--input-encoding <name>', 'encoding of text inputs: utf-8, shift_jis, euc-jp, utf-16le, utf-16be, iso-2022-jp (default: detected)')
    .option('--profile <file>', "JSON vocabulary of a city's form (titles, label synonyms, grades, section patterns) added to the defaults")
    .option('--max-pages <n>', 'most PDF pages read from one file (default: 1000)')
    .option('--timeout <seconds>', 'most seconds reading one PDF may take (default: 300)');
}

function addDebug(cmd: Command): Command {
  return cmd.option('--debug', 'print stack traces with errors');
}

function addConvertOptions(cmd: Command): Command {
  cmd
    .argument('<inputs...>', 'PDF or text files, directories (their .pdf and .txt files), - for standard input')
    .option('-o, --output <path>', 'output file (one input; - for standard output) or directory (several inputs, a directory input, or a path ending in /)')
    .option('--out-dir <dir>', 'output directory, even for one input')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...OUTPUT_FORMATS]).default('json'))
    .option('--table <name>', 'CSV: write only this table (needed for standard output or -o FILE)')
    .option('--merge', 'csv, jsonl, xlsx: one file per table (one workbook) for the whole batch, each row with its file and sha256')
    .addOption(new Option('-k, --kind <kind>', 'read every input as this kind instead of detecting it').choices([...KIND_NAMES]));
  addReadOptions(cmd);
  cmd
    .option('--no-metrics', 'skip figures in sentences (no kuromoji dictionary: faster)')
    .option('--min-coverage <share>', 'warn low-coverage below this share (0..1) of body text read into fields (default: 0.6)')
    .option('--strict', 'treat warnings as failures: such inputs are not written (exit 3)')
    .option('-q, --quiet', 'print only failures on stderr (no warnings, progress or summary)')
    .option('-j, --jobs <n>', 'reader processes, for a batch or the pages of one large PDF (default: number of cores)')
    .option('--no-bom', 'CSV: UTF-8 without byte order mark (for databases)')
    .option('--encoding <name>', 'CSV: utf-8 (default) or shift_jis (CP932, for older Excel)')
    .option('--replace-unmappable', 'CSV with --encoding shift_jis: write 〓 for characters it cannot hold (with a warning) instead of failing')
    .option('--no-escape-formulas', "CSV: write text cells starting with = + - @ as they are (default: a leading ' so spreadsheets show them as text)");
  return addDebug(cmd);
}

const COMMAND_NAMES = ['convert', 'detect', 'inspect', 'schema'] as const;

/** Edits (insert, delete, replace, swap two neighbours) from a to b. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The command a first argument was probably meant to be (`detcet` → detect): an argument
 * that is no existing file, no option and one or two edits from a command name. Without
 * this it would be read as an input to convert, and fail as a missing file.
 */
export function mistypedCommand(arg: string | undefined, exists: (path: string) => boolean): string | undefined {
  if (arg === undefined || arg.length < 3 || arg.startsWith('-') || (COMMAND_NAMES as readonly string[]).includes(arg) || exists(arg)) return undefined;
  return COMMAND_NAMES.find((name) => editDistance(arg.toLowerCase(), name) <= 2);
}

export interface Actions {
  convert(inputs: string[], options: RawOptions): Promise<void>;
  detect(inputs: string[], options: RawOptions): Promise<void>;
  inspect(input: string, options: RawOptions): Promise<void>;
  schema(kind: string | undefined, options: RawOptions): Promise<void>;
}

export function buildProgram(io: CliIO, version: string, actions: Actions): Command {
  const program = new Command('plan-extract');
  program
    .description('Extract typed JSON, CSV, XLSX or SQLite from Japanese welfare-plan reports (PDF or text).')
    .version(version, '-V, --version')
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`plan-extract: ${s.replace(/^error: /, '')}`),
    })
    .showHelpAfterError('(plan-extract --help shows usage)');

  addConvertOptions(program).action((inputs: string[], options: RawOptions) => actions.convert(inputs, options));
  program.addHelpText('after', `\n${EXAMPLES}\n\n${CSV_NOTE}\n\n${EXIT_HELP}\n`);

  addConvertOptions(program.command('convert').description('convert reports to JSON, CSV, XLSX or SQLite (the default command)'))
    .action((inputs: string[], options: RawOptions) => actions.convert(inputs, options))
    .addHelpText('after', `\n${EXIT_HELP}\n`);

  addDebug(
    addReadOptions(
      program
        .command('detect')
        .description('print the kind and confidence of each input, one line each')
        .argument('<inputs...>', 'PDF or text files, directories, - for standard input')
        .option('--json', 'one JSON object per line: file, kind, confidence, scores'),
    ),
  )
    .action((inputs: string[], options: RawOptions) => actions.detect(inputs, options))
    .addHelpText('after', `\nExample:\n  plan-extract detect reports/\n  reports/a.pdf\tplan-progress\t0.93\n\n${EXIT_HELP}\n`);

  addDebug(
    addReadOptions(
      program
        .command('inspect')
        .description('write one self-contained HTML file showing on each page what was read into which field')
        .argument('<input>', 'a PDF or text file')
        .option('-o, --output <file>', 'HTML file to write (default: <input name>.inspect.html in the current directory)')
        .addOption(new Option('-k, --kind <kind>', 'read the input as this kind instead of detecting it').choices([...KIND_NAMES]))
        .option('-q, --quiet', 'do not print the path written'),
    ),
  )
    .action((input: string, options: RawOptions) => actions.inspect(input, options))
    .addHelpText('after', `\nExample:\n  plan-extract inspect report.pdf --pages 1-3\n  (writes report.inspect.html; open it in a browser)\n\n${EXIT_HELP}\n`);

  addDebug(
    program
      .command('schema')
      .description("print the JSON Schema of a kind's output (without a kind: the kind names)")
      .argument('[kind]', KIND_NAMES.join(' | ')),
  ).action((kind: string | undefined, options: RawOptions) => actions.schema(kind, options));

  return program;
}
