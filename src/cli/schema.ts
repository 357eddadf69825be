/**
 * `plan-extract schema [kind]`: the JSON Schema of a kind's output as published in
 * schemas/ (generated from the zod schemas when the file is not there); without a
 * kind, the kind names, one a line.
 */
import { readFile } from 'node:fs/promises';
import { PlanExtractError } from '../errors.js';
import { KIND_NAMES, type KindName } from '../schema/common.js';
import type { CliIO } from './io.js';
import { writeStream } from './write.js';

const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);

async function schemaText(kind: KindName): Promise<string> {
  const { jsonSchemaText, schemaFileName } = await import('../output/json-schema.js');
  try {
    return await readFile(new URL(schemaFileName(kind), SCHEMA_DIR), 'utf8');
  } catch {
    return jsonSchemaText(kind);
  }
}

export async function schemaCommand(kind: string | undefined, io: CliIO): Promise<number> {
  if (kind === undefined) {
    await writeStream(io.stdout, Buffer.from(`${KIND_NAMES.join('\n')}\n`));
    return 0;
  }
  if (!(KIND_NAMES as readonly string[]).includes(kind)) {
    throw new PlanExtractError('USAGE', `no kind "${kind}" (kinds: ${KIND_NAMES.join(', ')})`);
  }
  await writeStream(io.stdout, Buffer.from(await schemaText(kind as KindName)));
  return 0;
}
