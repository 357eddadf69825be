/** Reading and checking a profile file: every problem is a PROFILE_INVALID error naming the spot. */
import { readFileSync } from 'node:fs';
import { PlanExtractError } from '../errors.js';
import { ProfileSchema, type Profile } from './schema.js';

/** A profile given as data (already parsed JSON), checked against the schema. */
export function parseProfile(data: unknown, file?: string): Profile {
  const result = ProfileSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.length ? issue.path.join('.') : '(top level)';
  throw new PlanExtractError('PROFILE_INVALID', `profile ${where}: ${issue.message}`, { file });
}

/** A profile file, read and checked (small, so read at once: the CLI checks it with its other options). */
export function readProfileFile(path: string): Profile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new PlanExtractError('PROFILE_INVALID', `cannot read profile (${code ?? 'error'})`, { file: path, cause });
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new PlanExtractError('PROFILE_INVALID', `profile is not JSON: ${(cause as Error).message}`, { file: path, cause });
  }
  return parseProfile(data, path);
}
