/** The published JSON Schema of a profile file (the input side: what --profile reads), for editors and validators. */
import { z } from 'zod';
import { ProfileSchema } from './schema.js';

export const PROFILE_SCHEMA_FILE = 'profile.schema.json';

export function profileSchemaText(): string {
  const { $schema, ...rest } = z.toJSONSchema(ProfileSchema, { io: 'input' }) as Record<string, unknown>;
  return `${JSON.stringify({ $schema, title: 'plan-extract profile', ...rest }, null, 2)}\n`;
}
