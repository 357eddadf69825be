/**
 * Character-class normalization. NFKC is not applied wholesale because it is lossy
 * (① → 1, ㈱ → (株)) and leaves 〜 − ‐ ― alone; each class is mapped on purpose.
 */

const KANGXI_START = 0x2f00;
const KANGXI_END = 0x2fd5;
const RADICALS_SUPPLEMENT_START = 0x2e80;
const RADICALS_SUPPLEMENT_END = 0x2ef3;
const CJK_COMPAT_START = 0xf900;
const CJK_COMPAT_END = 0xfaff;
const CJK_COMPAT_SUPPLEMENT_START = 0x2f800;
const CJK_COMPAT_SUPPLEMENT_END = 0x2fa1f;

/** Radicals-supplement forms NFKC leaves alone, mapped to the kanji they stand for. */
const RADICAL_SUPPLEMENT_KANJI: Record<string, string> = {
  '⺀': '冫', '⺁': '厂', '⺃': '乚', '⺅': '亻', '⺇': '几', '⺈': '刀', '⺉': '刂', '⺋': '卩',
  '⺌': '小', '⺍': '小', '⺎': '尢', '⺏': '尣', '⺐': '尢', '⺑': '尣', '⺒': '巳', '⺓': '幺',
  '⺔': '彑', '⺖': '忄', '⺗': '心', '⺘': '扌', '⺙': '攵', '⺛': '旡', '⺝': '月', '⺞': '歺',
  '⺟': '母', '⺠': '民', '⺡': '氵', '⺢': '氺', '⺣': '灬', '⺤': '爫', '⺥': '爫', '⺦': '丬',
  '⺧': '牛', '⺨': '犭', '⺩': '王', '⺪': '疋', '⺫': '目', '⺬': '示', '⺭': '礻', '⺮': '竹',
  '⺯': '糸', '⺰': '纟', '⺱': '罒', '⺲': '罒', '⺳': '网', '⺴': '网', '⺵': '网', '⺶': '羊',
  '⺷': '羊', '⺸': '羊', '⺹': '耂', '⺺': '肀', '⺻': '聿', '⺼': '月', '⺽': '臼', '⺾': '艹',
  '⺿': '艹', '⻀': '艹', '⻁': '虎', '⻂': '衤', '⻃': '覀', '⻄': '西', '⻅': '见', '⻆': '角',
  '⻇': '角', '⻈': '讠', '⻉': '贝', '⻊': '足', '⻋': '车', '⻌': '辶', '⻍': '辶', '⻎': '辶',
  '⻏': '阝', '⻐': '钅', '⻑': '長', '⻒': '镸', '⻓': '长', '⻔': '门', '⻕': '阝', '⻖': '阝',
  '⻗': '雨', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻞': '食',
  '⻟': '食', '⻠': '饣', '⻡': '馬', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟',
  '⻧': '鹵', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻫': '斉', '⻬': '齐', '⻭': '歯', '⻮': '齿',
  '⻯': '竜', '⻰': '龙', '⻱': '亀', '⻲': '亀', '⻳': '龟',
};

/** Vertical presentation forms (what vertical text in PDFs often carries). */
const VERTICAL_FORMS: Record<string, string> = {
  '︵': '（', '︶': '）', '︷': '｛', '︸': '｝', '︹': '〔', '︺': '〕', '︻': '【', '︼': '】',
  '︽': '《', '︾': '》', '︿': '〈', '﹀': '〉', '﹁': '「', '﹂': '」', '﹃': '『', '﹄': '』',
  '︐': '，', '︑': '、', '︒': '。', '︓': '：', '︔': '；', '︕': '！', '︖': '？', '︙': '…',
  '︰': '‥', '︱': 'ー', '︲': '－', '︳': '＿', '︴': '＿',
};

/** Wave dashes and tildes: all become ～ (U+FF5E), the form NFKC-based comparison and Excel agree on. */
const TILDES = /[\u02dc\u223c\u223e\u301c\u3030]/g;
/** Hyphen-like characters between digits or letters become ASCII '-'. */
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d]/g;
/** Long horizontal bars are kept as one form, the horizontal bar. */
const BARS = /[\u2014\u2015\u2500\u2501]/g;

function nfkcOne(ch: string): string {
  return ch.normalize('NFKC');
}

/**
 * Map one code point: full-width ASCII letters/digits/space to half-width,
 * half-width katakana to full-width, radical and compatibility look-alikes to
 * the ordinary kanji, vertical presentation forms to their horizontal forms.
 * Japanese punctuation and circled numbers are kept as they are.
 */
function mapChar(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if ((cp >= 0xff10 && cp <= 0xff19) || (cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a)) {
    return String.fromCodePoint(cp - 0xfee0);
  }
  if (cp === 0x3000) return ' ';
  if (cp >= 0xff61 && cp <= 0xff9f) return ch; // handled as a run so voiced marks compose
  if (cp >= KANGXI_START && cp <= KANGXI_END) return nfkcOne(ch);
  if (cp >= RADICALS_SUPPLEMENT_START && cp <= RADICALS_SUPPLEMENT_END) return RADICAL_SUPPLEMENT_KANJI[ch] ?? ch;
  if ((cp >= CJK_COMPAT_START && cp <= CJK_COMPAT_END) || (cp >= CJK_COMPAT_SUPPLEMENT_START && cp <= CJK_COMPAT_SUPPLEMENT_END)) {
    return nfkcOne(ch);
  }
  const vertical = VERTICAL_FORMS[ch];
  if (vertical) return vertical;
  return ch;
}

const HALF_WIDTH_KANA_RUN = /[\uff61-\uff9f]+/g;

/** The width/look-alike normalization applied to every text the tool reads. */
export function normalizeWidth(input: string): string {
  let out = '';
  for (const ch of input) out += mapChar(ch);
  return out
    .replace(HALF_WIDTH_KANA_RUN, (run) => run.normalize('NFKC'))
    .replace(TILDES, '～')
    .replace(HYPHENS, '-')
    .replace(BARS, '―');
}

/** Full-width digits, signs and separators to ASCII, for number parsing only. */
export function asciiNumerals(input: string): string {
  return normalizeWidth(input)
    .replace(/[，、]/g, ',')
    .replace(/[．]/g, '.')
    .replace(/[＋]/g, '+')
    .replace(/[％]/g, '%')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')');
}
