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
  '︰': '‥', '︱': 'ー', '︲': '-', '︳': '＿', '︴': '＿',
};

/**
 * Wave dashes and tildes all become ～ (U+FF5E), the form the reports' own
 * text most often carries (`2011～2020`). ASCII ~ is left alone: it belongs to
 * Latin text (paths, URLs).
 */
const TILDE = '～';
const TILDES = new Set(['\u02dc', '\u2053', '\u223c', '\u223e', '\u301c', '\u3030']);
/**
 * Hyphen-like dashes and minus signs (`R5‐3`, `−5`) become ASCII '-', with the
 * look-alikes some PDF producers emit: ˗ U+02D7, ֊ U+058A, ⁃ U+2043, ⁻ U+207B, ₋ U+208B.
 */
const HYPHENS = new Set(['\u02d7', '\u058a', '\u2010', '\u2011', '\u2012', '\u2013', '\u2043', '\u207b', '\u208b', '\u2212', '\ufe63', '\uff0d']);
/**
 * Middle-dot look-alikes: Skia writes the ToUnicode of Noto CJK's ・ as U+2027
 * (hyphenation point), other producers as U+2E31 or U+2219. In these reports
 * they are the katakana middle dot of bullets and 就業・生活 alike.
 */
const MIDDLE_DOTS = new Set(['\u2027', '\u2219', '\u2e31']);
/**
 * Variant forms that JIS counts as one character with the common form (a font's
 * ToUnicode map may name the variant: `戶` U+6236 for `戸`). Reports mean the common one.
 */
const JIS_UNIFIED_VARIANTS: Record<string, string> = {
  '戶': '戸', '內': '内', '吳': '呉', '俱': '倶', '剝': '剥', '吞': '呑', '噓': '嘘', '屛': '屏',
  '幷': '并', '瘦': '痩', '繫': '繋', '搔': '掻', '摑': '掴', '塡': '填', '頰': '頬', '醬': '醤',
};

/** Long bars (dash, box drawing) are kept as one form, the horizontal bar. */
const BARS = new Set(['\u2014', '\u2015', '\u2500', '\u2501']);

/**
 * Everything normalizeWidth may change, so that the (very common) text that
 * needs nothing is returned untouched after one scan. A run of half-width
 * katakana is taken whole so that voiced marks (ｶﾞ) compose with their kana.
 */
const SPECIAL =
  /[\uff61-\uff9f]+|[\u02d7\u02dc\u058a\u2010-\u2015\u2043\u207b\u208b\u2027\u2053\u2212\u2219\u2e31\u223c\u223e\u2500\u2501\u2e80-\u2ef3\u2f00-\u2fd5\u3000\u301c\u3030\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe44\ufe63\uff0d\uff10-\uff19\uff21-\uff3a\uff41-\uff5a戶內吳俱剝吞噓屛幷瘦繫搔摑塡頰醬]|\ud87e[\udc00-\ude1f]/g;

/**
 * Map one special character (or half-width kana run): full-width ASCII
 * letters/digits and the ideographic space to half-width, half-width katakana
 * to full-width, radical and compatibility look-alikes to the ordinary kanji,
 * vertical presentation forms to their horizontal forms, tildes and dashes to
 * one form each. Japanese punctuation and circled numbers never reach here.
 */
function mapSpecial(token: string): string {
  const cp = token.codePointAt(0)!;
  if (cp >= 0xff61 && cp <= 0xff9f) return token.normalize('NFKC');
  if (cp >= 0xff10 && cp <= 0xff5a) return String.fromCodePoint(cp - 0xfee0);
  if (cp === 0x3000) return ' ';
  if (cp >= KANGXI_START && cp <= KANGXI_END) return token.normalize('NFKC');
  if (cp >= RADICALS_SUPPLEMENT_START && cp <= RADICALS_SUPPLEMENT_END) return RADICAL_SUPPLEMENT_KANJI[token] ?? token;
  // the handful of unified ideographs inside this block (﨑 U+FA11) have no decomposition: NFKC keeps them
  if ((cp >= CJK_COMPAT_START && cp <= CJK_COMPAT_END) || (cp >= CJK_COMPAT_SUPPLEMENT_START && cp <= CJK_COMPAT_SUPPLEMENT_END)) {
    return token.normalize('NFKC');
  }
  if (TILDES.has(token)) return TILDE;
  if (HYPHENS.has(token)) return '-';
  if (BARS.has(token)) return '―';
  if (MIDDLE_DOTS.has(token)) return '・';
  return VERTICAL_FORMS[token] ?? JIS_UNIFIED_VARIANTS[token] ?? token;
}

/** A kana followed by a voiced or semi-voiced mark, combining (U+3099) or spacing (゛ ﾞ). */
const KANA_AND_MARK = /([\u3041-\u3096\u309d\u30a1-\u30fa\u30fd])([\u3099\u309b\uff9e]|[\u309a\u309c\uff9f])/g;
const MARKS = /[\u0300-\u036f\u3099-\u309c\uff9e\uff9f]/;
const VOICED = /[\u3099\u309b\uff9e]/;

/**
 * PDFs often carry が as か + U+3099 (decomposed), and typed text ゔ as う + ゛:
 * compose them (NFC) so that words and numbers compare as they read.
 * A mark that forms no kana (あ゛) is left as written.
 */
function composeKana(input: string): string {
  return input
    .replace(KANA_AND_MARK, (whole, kana: string, mark: string) => {
      const composed = (kana + (VOICED.test(mark) ? '\u3099' : '\u309a')).normalize('NFC');
      return composed.length === 1 ? composed : whole;
    })
    .normalize('NFC');
}

/**
 * The width/look-alike normalization applied to every text the tool reads:
 * decomposed kana composed (NFC), full-width ASCII letters and digits to
 * half-width, half-width katakana to full-width, Kangxi radicals and CJK
 * compatibility ideographs to the ordinary kanji, vertical presentation forms
 * to horizontal ones, tildes to ～, hyphen look-alikes to '-'. Japanese
 * punctuation (、。「」（）！) and circled numbers (①) are kept: `ＰＲ２９件` →
 * `PR29件`, `ｾﾙﾌﾌﾟﾗﾝ` → `セルフプラン`, `⽀援` → `支援`.
 */
export function normalizeWidth(input: string): string {
  const kept = input.length <= LONGEST_KEPT;
  const known = kept ? normalized.get(input) : undefined;
  if (known !== undefined) return known;
  const composed = MARKS.test(input) ? composeKana(input) : input;
  const result = composed.replace(SPECIAL, mapSpecial);
  if (!kept) return result;
  if (normalized.size >= NORMALIZED_KEPT) normalized.clear();
  normalized.set(input, result);
  return result;
}

/**
 * The readers ask for the same line's normalized form many times over (each label and
 * pattern they try normalizes it again: about 40 times a line in a progress table's text),
 * so recent results for lines are kept: a bounded number, forgotten all at once when full.
 * Longer texts (a page, a whole document) are normalized once and would only hold memory.
 */
const NORMALIZED_KEPT = 16384;
const LONGEST_KEPT = 512;
const normalized = new Map<string, string>();

/** Number separators and signs written full-width (，．＋％（）) to ASCII. 、 stays: it separates list items (100、200). */
const NUMERAL_PUNCTUATION: Record<string, string> = { '，': ',', '．': '.', '＋': '+', '％': '%', '（': '(', '）': ')' };
const NUMERAL_PUNCTUATION_CHARS = /[，．＋％（）]/g;

/** Full-width digits, signs and separators to ASCII, for number parsing only. */
export function asciiNumerals(input: string): string {
  return normalizeWidth(input).replace(NUMERAL_PUNCTUATION_CHARS, (c) => NUMERAL_PUNCTUATION[c]!);
}
