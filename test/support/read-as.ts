/**
 * Read a file as a given kind, the way `--kind` does: the form's own labels must
 * still be found, as a user forcing the kind would need them.
 */
import { extract, type ExtractedDocument } from '../../src/api.js';
import type { KindName } from '../../src/schema/common.js';

export function readAs(file: string, kindName: KindName): Promise<ExtractedDocument> {
  return extract(file, { kind: kindName });
}
