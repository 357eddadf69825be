/**
 * The text normalization of mecab-ipadic-NEologd as ikegami-yukino/neologdn
 * implements it (neologdn.pyx, version 0.5.6): for tokenizers and search
 * indexes. It is lossy (dashes collapse, tildes and spaces between Japanese
 * words go), so the product does not apply it to reports; normalizeWidth is
 * what reads them.
 */

/** Full-width letters and punctuation, curly quotes, ¥ to ASCII; half-width kana to full-width; full-width digits to ASCII. */
const CONVERSION = new Map<string, string>([
  ...[...'ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ'].map(
    (c) => [c, String.fromCodePoint(c.codePointAt(0)! - 0xfee0)] as [string, string],
  ),
  ...pairs('！!”"＃#＄$％%＆&’\'（(）)＊*＋+，,−-．.／/：:；;＜<＝=＞>？?＠@［[¥\\］]＾^＿_‘`｛{｜|｝}“"'),
  ...pairs('０0１1２2３3４4５5６6７7８8９9'),
  ...pairs(
    'ｱアｲイｳウｴエｵオｶカｷキｸクｹケｺコｻサｼシｽスｾセｿソﾀタﾁチﾂツﾃテﾄトﾅナﾆニﾇヌﾈネﾉノﾊハﾋヒﾌフﾍヘﾎホﾏマﾐミﾑムﾒメﾓモﾔヤﾕユﾖヨ' +
      'ﾗラﾘリﾙルﾚレﾛロﾜワｦヲﾝンｧァｨィｩゥｪェｫォｯッｬャｭュｮョ｡。､、･・゛ﾞ゜ﾟ｢「｣」ｰー',
  ),
]);
/** A kana and the voiced (ﾞ) or semi-voiced (ﾟ) kana it becomes; neologdn composes only these. */
const VOICED = new Map(pairs('カガキギクグケゲコゴサザシジスズセゼソゾタダチヂツヅテデトドハバヒビフブヘベホボウヴうゔ'));
const SEMI_VOICED = new Map(pairs('ハパヒピフプヘペホポはぱひぴふぷへぺほぽ'));

const HYPHENS = new Set('˗֊‐‑‒–⁃⁻₋−');
const PROLONGED = new Set('﹣－ｰ—―─━ー');
const TILDES = new Set('~∼∾〜〰～');
const SPACES = new Set(' 　');

function pairs(s: string): Array<[string, string]> {
  const chars = [...s];
  return Array.from({ length: chars.length / 2 }, (_, i) => [chars[2 * i]!, chars[2 * i + 1]!]);
}

/** CJK ideographs, kana, CJK punctuation and the half/full-width forms: the characters between which spaces go. */
function isJapaneseBlock(c: string): boolean {
  const cp = c.codePointAt(0)!;
  return (cp >= 0x4e00 && cp < 0xa000) || (cp >= 0x3040 && cp < 0x3100) || (cp >= 0x3001 && cp < 0x3040) || (cp >= 0xff00 && cp < 0xfff0);
}

const isBasicLatin = (c: string) => c.codePointAt(0)! < 0x80;

export interface NeologdOptions {
  /** Shorten runs repeated more than this many times to this many (0, the default, shortens nothing); see shortenRepeat. */
  repeat?: number;
  /** Remove spaces between Japanese characters and between Japanese and Latin text (default true). */
  removeSpace?: boolean;
  /** Longest repeated substring repeat looks for (default 8; 0 for no limit). */
  maxRepeatSubstrLength?: number;
  /** Tildes: removed (default), kept as written, made `~` or made `〜`. */
  tilde?: 'remove' | 'ignore' | 'normalize' | 'normalize_zenkaku';
}

const TILDE_FORM = { ignore: null, normalize: '~', normalize_zenkaku: '〜' } as const;

/**
 * neologdn.normalize: full-width letters and digits to ASCII, half-width kana
 * to full-width (ﾊﾟ → パ, う゛ → ゔ), hyphens to one `-` and dashes to one ー per
 * run (スーパーーー → スーパー), tildes removed, spaces removed except between two
 * Latin words (`検索 エンジン` → `検索エンジン`, `Coding the Matrix` stays).
 */
export function normalizeNeologd(text: string, options: NeologdOptions = {}): string {
  const removeSpace = options.removeSpace ?? true;
  const tilde = options.tilde ?? 'remove';
  const out: string[] = [];
  let prev = '\0';
  let latinSpace = false;
  for (const ch of text) {
    let c = ch;
    if (SPACES.has(c)) {
      c = ' ';
      if ((out.length === 0 || prev === ' ' || isJapaneseBlock(prev)) && removeSpace) continue;
      if (prev !== '*' && out.length > 0 && isBasicLatin(prev)) {
        latinSpace = true;
        out.push(c);
      } else if (!removeSpace) out.push(c);
    } else if (HYPHENS.has(c)) {
      if (prev === '-') continue;
      c = '-';
      out.push(c);
      latinSpace = false;
    } else if (PROLONGED.has(c)) {
      if (prev === 'ー') continue;
      c = 'ー';
      out.push(c);
      latinSpace = false;
    } else if (TILDES.has(c)) {
      if (tilde === 'remove') continue;
      c = TILDE_FORM[tilde] ?? c;
      out.push(c);
      latinSpace = false;
    } else {
      c = CONVERSION.get(c) ?? c;
      const composed = c === 'ﾞ' ? VOICED.get(prev) : c === 'ﾟ' ? SEMI_VOICED.get(prev) : undefined;
      if (composed !== undefined && out.length > 0) {
        out.pop();
        c = composed;
      }
      if (latinSpace && out.length > 0 && isJapaneseBlock(c) && removeSpace) out.pop();
      latinSpace = false;
      out.push(c);
    }
    prev = c;
  }
  if (out[out.length - 1] === ' ') out.pop();
  const normalized = out.join('');
  return options.repeat ? shortenRepeat(normalized, options.repeat, options.maxRepeatSubstrLength ?? 8) : normalized;
}

/**
 * neologdn.shorten_repeat: a substring (up to maxSubstrLength characters, 0 for
 * any) repeated more than `threshold` times in a row is cut to `threshold`
 * repetitions: `shortenRepeat('無駄無駄無駄無駄ァ', 1, 0)` → `無駄ァ`.
 */
export function shortenRepeat(text: string, threshold: number, maxSubstrLength = 8): string {
  let chars = [...text];
  const at = (from: number, to: number) => chars.slice(from, to).join('');
  for (let i = 0; i < chars.length; i += 1) {
    const length = chars.length;
    let upper = Math.floor((length - i) / 2);
    if (maxSubstrLength && maxSubstrLength < upper) upper = maxSubstrLength + 1;
    for (let size = 1; size < upper; size += 1) {
      const unit = at(i, i + size);
      let end = i + 2 * size;
      let repeats = 1;
      while (unit === at(end - size, end) && end <= length) {
        repeats += 1;
        end += size;
      }
      if (repeats > threshold) chars = [...chars.slice(0, i + size * threshold), ...chars.slice(i + size * repeats)];
    }
  }
  return chars.join('');
}
