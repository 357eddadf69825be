#!/usr/bin/env node
// Writes schemas/<kind>.schema.json and schemas/profile.schema.json (the --profile input) from the zod schemas of the built package (run `npm run build` first).
// test/schemas.test.ts fails when these files are stale.
import { mkdir, writeFile } from 'node:fs/promises';

const root = new URL('../', import.meta.url);
const { jsonSchemaText, schemaFileName } = await import(new URL('dist/output/json-schema.js', root).href).catch((e) => {
  console.error(`write-schemas: cannot load dist/ (run npm run build first): ${e.message}`);
  process.exit(1);
});
const { KIND_NAMES } = await import(new URL('dist/schema/common.js', root).href);
const { profileSchemaText, PROFILE_SCHEMA_FILE } = await import(new URL('dist/profile/json-schema.js', root).href);

const dir = new URL('schemas/', root);
await mkdir(dir, { recursive: true });
for (const kind of KIND_NAMES) {
  await writeFile(new URL(schemaFileName(kind), dir), jsonSchemaText(kind));
  console.log(`schemas/${schemaFileName(kind)}`);
}
await writeFile(new URL(PROFILE_SCHEMA_FILE, dir), profileSchemaText());
console.log(`schemas/${PROFILE_SCHEMA_FILE}`);
