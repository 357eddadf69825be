/**
 * Documents made from the fixtures' hand-written expected outputs, for the writers'
 * tests: valid against their kind's schema, each with its own file name and sha256
 * and a warning, and as many copies under other names as a batch test wants.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENT_SCHEMAS, type ExtractedDocument } from '../../src/schema/document.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/**
 * A figure as the document printed it, where an expectation leaves `raw` out (the
 * forms' expectations do, as they leave out a goal's `text`: the score does not weigh them).
 */
function withRaw(metric: Record<string, any>): Record<string, any> {
  return { raw: `${metric.label}${metric.value}${metric.unit ?? ''}`, ...metric };
}

/**
 * The seed expectations predate the contract's extension fields: give them their empty
 * values, and a coverage (a writer's tests need some share, not the real one).
 */
function withExtensionDefaults(given: Record<string, any>): Record<string, any> {
  const fields: Record<string, any> = { coverage: 0.9, ...given };
  if (fields.kind === 'plan-progress') {
    const items = fields.items.map((it: Record<string, any>) => ({
      indicators: [],
      ...it,
      ...(it.results ? { results: { ...it.results, metrics: it.results.metrics.map(withRaw) } } : {}),
      ...(it.goal ? { goal: { text: '', ...it.goal } } : {}),
    }));
    return { scales: {}, summaries: [], ...fields, items };
  }
  if (fields.kind === 'consultation-report') {
    return { ...fields, counts: fields.counts.map((c: object) => withRaw({ share: null, fiscalYear: null, ...c })) };
  }
  return fields;
}

/** The folders under fixtures/ whose expected outputs are whole documents (fixtures/profile's is partial). */
const DOCUMENT_FOLDERS = ['generated', 'forms', 'office'];

/** Every whole expected output under fixtures/ (other cities' forms included), as paths relative to fixtures/. */
export function expectedFiles(): string[] {
  const top = readdirSync(FIXTURES).filter((f) => f.endsWith('.expected.json'));
  const nested = DOCUMENT_FOLDERS.flatMap((folder) =>
    readdirSync(join(FIXTURES, folder))
      .filter((f) => f.endsWith('.expected.json'))
      .map((f) => `${folder}/${f}`),
  );
  return [...top, ...nested].sort();
}

/** The document an expected output describes, as if `file` had been converted. */
export function documentFrom(expectedFile: string, file = expectedFile.replace(/^.*\//, '').replace('.expected.json', '.pdf')): ExtractedDocument {
  const { expectedWarnings: _ignored, ...fields } = JSON.parse(readFileSync(join(FIXTURES, expectedFile), 'utf8'));
  const draft = {
    ...withExtensionDefaults(fields),
    source: { file, format: 'pdf', pages: 3, sha256: createHash('sha256').update(file).digest('hex') },
    warnings: [{ code: 'test-warning', message: `a warning about ${file}`, page: 2 }],
  };
  return DOCUMENT_SCHEMAS[fields.kind as ExtractedDocument['kind']].parse(draft) as ExtractedDocument;
}

/** Every fixture's document. */
export function fixtureDocuments(): ExtractedDocument[] {
  return expectedFiles().map((f) => documentFrom(f));
}

/** `count` reports cycling through the fixtures' documents, each under its own name (so its own sha256). */
export function batchOfDocuments(count: number): ExtractedDocument[] {
  const files = expectedFiles();
  return Array.from({ length: count }, (_, i) => documentFrom(files[i % files.length]!, `report-${String(i + 1).padStart(4, '0')}.pdf`));
}
