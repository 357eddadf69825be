/** Section heading lines as a profile describes them (`sections`): read alike from a PDF and from text. */
import { normalizeWidth } from '../../normalize/index.js';
import type { CodeTitle } from './cells.js';
import { norm } from './lines.js';
import type { PlanVocabulary } from './vocabulary.js';

/** A heading line of a form the profile describes: its `code` and `title` groups (else the first two groups). */
export function profileSection(text: string, vocab: PlanVocabulary): CodeTitle | null {
  const line = norm(text);
  for (const re of vocab.sections) {
    const m = re.exec(line);
    if (!m) continue;
    const code = m.groups?.['code'] ?? m[1];
    const title = m.groups?.['title'] ?? m[2];
    if (code !== undefined && title !== undefined) return { code: normalizeWidth(code).trim(), title: title.replace(/\s+/g, '') };
  }
  return null;
}
