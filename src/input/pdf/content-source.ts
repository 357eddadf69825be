/**
 * The content streams and resources pdf.js would run for a page, found with the
 * file's own object reader (objects.ts). Everything is looked up the way pdf.js 5.6
 * looks it up; what this reader cannot follow as surely as pdf.js (an encrypted file,
 * an object defined twice, a reference it cannot resolve, a filter other than plain
 * Flate) throws UnreadableContent, and pdf.js reads that page's paths itself.
 */
import { inflateSync } from 'node:zlib';
import { UnreadableContent } from './content-lexer.js';
import { isStream, nameOf, PdfObjects, PdfRef, type PdfDict, type PdfStream, type PdfValue } from './objects.js';

type Resolved = PdfValue | PdfStream | undefined;

/** pdf.js follows /Parent this many times at most when looking for inherited page attributes. */
const MAX_PARENTS = 100;

export interface PageStreams {
  /** The page's content streams' bytes, one after the other as pdf.js joins them (no separator). */
  content: Uint8Array;
  /** Streams already being run: pdf.js refuses to run one inside itself. */
  streams: PdfStream[];
  resources: PdfDict | undefined;
}

export class ContentSource {
  private constructor(
    private readonly objects: PdfObjects,
    private readonly maxBytes: number,
  ) {}

  /** Undefined when no page of the file can be read surely (see the module comment). */
  static open(bytes: Uint8Array, maxBytes: number): ContentSource | undefined {
    const objects: PdfObjects = new PdfObjects(bytes, (s) => (plainFlate(objects, s) ? inflate(objects, s, maxBytes) : null));
    if (objects.encrypted || !objects.definesObjectsOnce()) return undefined;
    return new ContentSource(objects, maxBytes);
  }

  /** The page pdf.js knows by this reference. */
  page(ref: { num: number; gen: number } | null): PageStreams {
    if (!ref) throw new UnreadableContent('page without a reference');
    const page = this.dict(new PdfRef(ref.num, ref.gen));
    if (!page) throw new UnreadableContent('page dictionary');
    const contents = this.resolve(page.get('Contents'));
    const items = Array.isArray(contents) ? contents.map((c) => this.resolve(c)) : [contents];
    const streams = items.filter(isStream);
    if (streams.some((s) => s.dict.has('Resources'))) throw new UnreadableContent('content stream with its own resources');
    const parts = streams.map((s) => this.decode(s));
    const content = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    return { content, streams, resources: this.inherited(page, 'Resources') };
  }

  /** The XObject the resources name, if any (pdf.js draws nothing for a missing one). */
  xobject(resources: PdfDict | undefined, name: string): PdfStream | undefined {
    const found = this.named(resources, 'XObject', name);
    return isStream(found) ? found : undefined;
  }

  /** The graphics state dictionary the resources name, if any. */
  extGState(resources: PdfDict | undefined, name: string): PdfDict | undefined {
    const found = this.named(resources, 'ExtGState', name);
    return found instanceof Map ? found : undefined;
  }

  /** A value with references followed; a reference this reader cannot follow is unreadable. */
  resolve(v: Resolved): Resolved {
    if (!(v instanceof PdfRef)) return v;
    const value = this.objects.get(v);
    if (value === undefined) throw new UnreadableContent(`object ${v.num}`);
    return value;
  }

  dict(v: Resolved): PdfDict | undefined {
    const value = this.resolve(v);
    return value instanceof Map ? value : undefined;
  }

  /** A stream's decoded bytes: unfiltered or Flate without parameters, as far as this reader goes. */
  decode(s: PdfStream): Uint8Array {
    const filter = filterOf(this.objects, s);
    if (filter === null) return this.objects.raw(s);
    const data = filter === 'FlateDecode' ? inflate(this.objects, s, this.maxBytes) : null;
    if (!data) throw new UnreadableContent(`stream ${filter ?? 'filters'}`);
    return data;
  }

  /** pdf.js getInheritableProperty: the first dictionary up the /Parent chain that has the key. */
  private inherited(dict: PdfDict, key: string): PdfDict | undefined {
    let node: PdfDict | undefined = dict;
    for (let k = 0; node && k < MAX_PARENTS; k++) {
      if (node.has(key)) return this.dict(node.get(key));
      node = this.dict(node.get('Parent'));
    }
    return undefined;
  }

  private named(resources: PdfDict | undefined, category: string, name: string): Resolved {
    const entries = this.dict(resources?.get(category));
    if (!entries) return undefined;
    if (!entries.has(name)) {
      // this reader keeps #xx escapes in names as written; pdf.js decodes them
      for (const key of entries.keys()) if (key.includes('#')) throw new UnreadableContent('escaped resource name');
      return undefined;
    }
    return this.resolve(entries.get(name));
  }
}

/**
 * 'FlateDecode' for plain Flate, null for no filter, undefined for anything else
 * (another filter, a chain, decode parameters, an external file).
 */
function filterOf(objects: PdfObjects, s: PdfStream): 'FlateDecode' | null | undefined {
  if (s.dict.has('F') || !absent(objects, s.dict.get('DecodeParms'))) return undefined;
  const raw = s.dict.get('Filter');
  if (absent(objects, raw)) return null;
  let filter = objects.get(raw);
  if (Array.isArray(filter)) {
    if (filter.length === 0) return null;
    if (filter.length > 1) return undefined;
    filter = objects.get(filter[0]);
  }
  const name = nameOf(filter);
  return name === 'FlateDecode' || name === 'Fl' ? 'FlateDecode' : undefined;
}

/** No value, or null (a reference this reader cannot follow is not absent). */
function absent(objects: PdfObjects, v: PdfValue | undefined): boolean {
  return v === undefined || v === null || (v instanceof PdfRef && objects.get(v) === null);
}

function plainFlate(objects: PdfObjects, s: PdfStream): boolean {
  return filterOf(objects, s) === 'FlateDecode';
}

/** The whole stream or nothing: a truncated or damaged stream is pdf.js's to recover. */
function inflate(objects: PdfObjects, s: PdfStream, maxBytes: number): Uint8Array | null {
  try {
    return inflateSync(objects.raw(s), { maxOutputLength: maxBytes });
  } catch {
    return null;
  }
}
