/**
 * The published JSON Schema of each kind, generated from its zod schema (the output
 * side: what plan-extract writes). Pretty and deterministic, so the committed files
 * in schemas/ can be compared with a fresh generation.
 */
import { z } from 'zod';
import type { KindName } from '../schema/common.js';
import { DOCUMENT_SCHEMAS } from '../schema/document.js';

export function jsonSchemaOf(kind: KindName): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(DOCUMENT_SCHEMAS[kind], { io: 'output' }) as Record<string, unknown>;
  return { $schema, title: `plan-extract ${kind} document`, ...rest };
}

export function jsonSchemaText(kind: KindName): string {
  return `${JSON.stringify(jsonSchemaOf(kind), null, 2)}\n`;
}

export function schemaFileName(kind: KindName): string {
  return `${kind}.schema.json`;
}
