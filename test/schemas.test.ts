/**
 * schemas/<kind>.schema.json are generated from the zod schemas (npm run schemas);
 * this fails when a committed file no longer matches what src/ generates, and
 * checks that `plan-extract schema KIND` prints the same file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText, schemaFileName } from '../src/output/json-schema.js';
import { KIND_NAMES } from '../src/schema/common.js';
import { PROFILE_SCHEMA_FILE, profileSchemaText } from '../src/profile/json-schema.js';
import { ROOT, runCli } from './cli-helpers.js';

describe('published JSON Schemas', () => {
  for (const kind of KIND_NAMES) {
    it(`schemas/${kind}.schema.json is up to date (else run npm run build && npm run schemas)`, () => {
      const committed = readFileSync(join(ROOT, 'schemas', schemaFileName(kind)), 'utf8');
      expect(committed).toBe(jsonSchemaText(kind));
    });
  }

  it(`schemas/${PROFILE_SCHEMA_FILE} (what --profile reads) is up to date`, () => {
    expect(readFileSync(join(ROOT, 'schemas', PROFILE_SCHEMA_FILE), 'utf8')).toBe(profileSchemaText());
  });

  it('is deterministic, pretty and ends in a newline', () => {
    const text = jsonSchemaText('target-sheet');
    expect(jsonSchemaText('target-sheet')).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "$schema": "https://json-schema.org/draft/2020-12/schema",');
    expect(JSON.parse(text).properties.kind.const).toBe('target-sheet');
  });

  it('is what `plan-extract schema KIND` prints, and `schema` alone lists the kinds', async () => {
    const one = await runCli(['schema', 'consultation-report']);
    expect(one.code).toBe(0);
    expect(one.stdout.toString('utf8')).toBe(readFileSync(join(ROOT, 'schemas', 'consultation-report.schema.json'), 'utf8'));
    const all = await runCli(['schema']);
    expect(all.stdout.toString('utf8')).toBe(`${KIND_NAMES.join('\n')}\n`);
    const bad = await runCli(['schema', 'minutes']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('plan-extract: no kind "minutes" (kinds: plan-progress, target-sheet, consultation-report)\n');
  });
});
