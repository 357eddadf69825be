import { deflateSync } from 'node:zlib';

/** A stream object: its dictionary entries (without /Length) and data, deflated when asked. */
export interface RawStream {
  dict?: string;
  data: string;
  deflate?: boolean;
}

/**
 * A PDF of the given objects, numbered from 1 in order (object 1 must be the catalog),
 * with a correct cross-reference table. Object text is written as latin1.
 */
export function rawPdf(objects: readonly (string | RawStream)[]): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const add = (b: Buffer) => {
    parts.push(b);
    length += b.length;
  };
  const offsets = objects.map((o, i) => {
    const at = length;
    if (typeof o === 'string') {
      add(Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1'));
    } else {
      const raw = Buffer.from(o.data, 'latin1');
      const data = o.deflate ? deflateSync(raw) : raw;
      add(Buffer.from(`${i + 1} 0 obj\n<< ${o.dict ?? ''} ${o.deflate ? '/Filter /FlateDecode ' : ''}/Length ${data.length} >>\nstream\n`, 'latin1'));
      add(data);
      add(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    }
    return at;
  });
  const xref = length;
  add(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}` +
        `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
      'latin1',
    ),
  );
  return new Uint8Array(Buffer.concat(parts));
}

export interface RawPage {
  /** The page's content streams (a string is one uncompressed stream). */
  contents: readonly (string | RawStream)[];
  /** The page's /Resources value, or none. */
  resources?: string;
  /** More page dictionary entries (/Rotate, /MediaBox …). */
  entries?: string;
}

/**
 * A PDF of pages: objects 1 (catalog) and 2 (page tree), then `shared` objects from
 * number 3 on (for forms and graphics states the pages' resources refer to), then each
 * page and its content streams.
 */
export function rawPagesPdf(pages: readonly RawPage[], shared: readonly (string | RawStream)[] = [], treeEntries = ''): Uint8Array {
  const objects: (string | RawStream)[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', ...shared];
  const kids: string[] = [];
  for (const page of pages) {
    const number = objects.length + 1;
    const streams = page.contents.map((_, k) => `${number + 1 + k} 0 R`).join(' ');
    kids.push(`${number} 0 R`);
    const resources = page.resources === undefined ? '' : `/Resources ${page.resources}`;
    const box = page.entries?.includes('/MediaBox') ? '' : '/MediaBox [0 0 600 800]';
    objects.push(`<< /Type /Page /Parent 2 0 R ${box} ${page.entries ?? ''} ${resources} /Contents [${streams}] >>`);
    for (const c of page.contents) objects.push(typeof c === 'string' ? { data: c } : c);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages.length} ${treeEntries} >>`;
  return rawPdf(objects);
}
