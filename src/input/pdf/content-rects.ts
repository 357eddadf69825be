/**
 * A page's painted rectangles read straight from its content streams: the same
 * rectangles, to the bit, that pathsToRects finds in pdf.js's operator list, without
 * pdf.js interpreting the page a second time (its text content is read once already).
 * Only the operators that shape that list's paths are followed: q/Q/cm, path
 * construction and painting, Form XObjects (Do) and soft-mask groups (gs), in the order
 * and with the number precision pdf.js gives them (path coordinates and form matrices
 * as 32-bit floats). Returns undefined where pdf.js must read the page itself.
 */
import type { Box } from '../../layout/types.js';
import { readOperators, UnreadableContent, type Operand } from './content-lexer.js';
import type { ContentSource } from './content-source.js';
import { isStream, nameOf, type PdfDict, type PdfStream, type PdfValue } from './objects.js';
import { CLOSE_PATH, CURVE_TO, LINE_TO, MOVE_TO, RectCollector, type Matrix } from './paths.js';

/** Form XObjects drawn inside forms… deeper than this are left to pdf.js (the bounds check allows 32). */
const MAX_FORM_DEPTH = 64;

/** Group colour spaces pdf.js resolves without looking anything up. */
const DEVICE_SPACES = new Set(['DeviceGray', 'DeviceRGB', 'DeviceCMYK', 'G', 'RGB', 'CMYK']);

const STROKES = new Set(['S', 's', 'B', 'B*', 'b', 'b*']);
const FILLS = new Set(['f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const CLOSING = new Set(['s', 'b', 'b*']);
const PAINTS = new Set([...STROKES, ...FILLS, 'n']);

export function contentRects(source: ContentSource, pageRef: { num: number; gen: number } | null, toPage: Matrix): Box[] | undefined {
  try {
    const page = source.page(pageRef);
    const collector = new RectCollector(toPage);
    new Interpreter(source, collector, page.streams).run(page.content, page.resources, 0);
    return collector.rects;
  } catch (error) {
    if (error instanceof UnreadableContent) return undefined;
    throw error;
  }
}

class Interpreter {
  constructor(
    private readonly source: ContentSource,
    private readonly collector: RectCollector,
    /** The streams being run, outermost first (the page's own content included). */
    private readonly running: PdfStream[],
  ) {}

  /**
   * One content stream, as one pdf.js getOperatorList call: its own path under
   * construction and its own count of saves, which are restored at its end.
   */
  run(content: Uint8Array, resources: PdfDict | undefined, depth: number): void {
    const c = this.collector;
    // a new array after each paint: emptying one by setting its length is a runtime call
    let path: number[] = [];
    let saved = 0;
    readOperators(content, (op, args) => {
      switch (op) {
        case 'q':
          c.save();
          saved++;
          return;
        case 'Q':
          c.restore();
          if (saved > 0) saved--;
          return;
        case 'cm':
          c.transform(numbers(args) as unknown as Matrix);
          return;
        case 'm':
        case 'l': {
          const [x, y] = numbers(args) as [number, number];
          path.push(op === 'm' ? MOVE_TO : LINE_TO, Math.fround(x), Math.fround(y));
          return;
        }
        case 'c':
        case 'v':
        case 'y':
          // a curved subpath is skipped whole: only that it bends matters
          numbers(args);
          path.push(CURVE_TO, 0, 0, 0, 0, 0, 0);
          return;
        case 'h':
          path.push(CLOSE_PATH);
          return;
        case 're':
          rectangle(path, numbers(args) as [number, number, number, number]);
          return;
        case 'Do':
          this.drawXObject(resources, name(args), depth);
          return;
        case 'gs':
          this.setGState(resources, name(args), depth);
          return;
      }
      if (!PAINTS.has(op)) return;
      if (CLOSING.has(op)) path.push(CLOSE_PATH);
      if (path.length === 0) return;
      c.paint(path, STROKES.has(op), FILLS.has(op));
      path = [];
    });
    for (; saved > 0; saved--) c.restore();
  }

  private drawXObject(resources: PdfDict | undefined, name: string, depth: number): void {
    const xobject = this.source.xobject(resources, name);
    if (xobject && nameOf(this.source.resolve(xobject.dict.get('Subtype'))) === 'Form') this.drawForm(xobject, resources, undefined, depth);
  }

  /** pdf.js setGState: of its entries only a soft mask draws anything, its group form. */
  private setGState(resources: PdfDict | undefined, name: string, depth: number): void {
    const state = this.source.extGState(resources, name);
    const mask = state && this.source.resolve(state.get('SMask'));
    if (!(mask instanceof Map)) return;
    if (state!.has('Font') || mask.has('TR') || nameOf(this.source.resolve(mask.get('S'))) === undefined) {
      throw new UnreadableContent('soft mask pdf.js may not draw');
    }
    const group = this.source.resolve(mask.get('G'));
    if (!isStream(group)) throw new UnreadableContent('soft mask without a group');
    this.drawForm(group, resources, this.source.resolve(mask.get('BC')), depth);
  }

  /** pdf.js buildFormXObject. */
  private drawForm(form: PdfStream, resources: PdfDict | undefined, backdrop: unknown, depth: number): void {
    if (depth >= MAX_FORM_DEPTH || this.running.includes(form)) throw new UnreadableContent('forms drawn inside themselves');
    const dict = form.dict;
    if (dict.has('OC')) throw new UnreadableContent('optional content form');
    const group = this.source.resolve(dict.get('Group'));
    if (group !== undefined && group !== null) {
      if (!(group instanceof Map)) throw new UnreadableContent('form group');
      const space = this.source.resolve(group.get('CS'));
      if (space !== undefined && !DEVICE_SPACES.has(nameOf(space) ?? '')) throw new UnreadableContent('form group colour space');
      if (backdrop !== undefined && !isNumberArray(this.resolveAll(backdrop))) throw new UnreadableContent('soft mask backdrop');
    }
    const content = this.source.decode(form);
    const own = this.source.dict(dict.get('Resources'));
    const matrix = this.resolveAll(this.source.resolve(dict.get('Matrix')));
    this.collector.beginForm(isNumberArray(matrix) && matrix.length === 6 ? (matrix.map(Math.fround) as unknown as Matrix) : null);
    this.running.push(form);
    this.run(content, own ?? resources, depth + 1);
    this.running.pop();
    this.collector.restore();
  }

  private resolveAll(v: unknown): unknown {
    return Array.isArray(v) ? v.map((item: PdfValue) => this.source.resolve(item)) : v;
  }
}

/** pdf.js buildPath for `re`: a zero-width or zero-height rectangle is drawn as one line. */
function rectangle(path: number[], [x, y, width, height]: [number, number, number, number]): void {
  const xw = Math.fround(x + width);
  const yh = Math.fround(y + height);
  const fx = Math.fround(x);
  const fy = Math.fround(y);
  if (width === 0 || height === 0) path.push(MOVE_TO, fx, fy, LINE_TO, xw, yh, CLOSE_PATH);
  else path.push(MOVE_TO, fx, fy, LINE_TO, xw, fy, LINE_TO, xw, yh, LINE_TO, fx, yh, CLOSE_PATH);
}

function numbers(args: Operand[]): number[] {
  for (const a of args) if (typeof a !== 'number') throw new UnreadableContent('operand is not a number');
  return args as number[];
}

function name(args: Operand[]): string {
  const [a] = args;
  if (typeof a !== 'string') throw new UnreadableContent('operand is not a name');
  return a;
}

function isNumberArray(v: unknown): v is number[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'number');
}
