/**
 * Numbers as laws print them: Chinese numerals (第一千二百六十条, 第七條之一),
 * Roman numerals (Chapter IV), full-width digits, and German/English suffixes
 * (§ 12a). Each parser returns undefined for text it cannot read.
 */

const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const CN_BIG: Record<string, number> = { 万: 10000, 萬: 10000 };

/** Characters that may appear in a Chinese (or Arabic/full-width) numeral. */
export const CN_NUMERAL_CHARS = '〇零一二三四五六七八九两兩壹贰貳叁參肆伍陆陸柒捌玖十拾百佰千仟万萬0-9０-９';

/** Full-width digits → ASCII digits. */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * Reads a Chinese numeral (`一百零六` → 106, `十一` → 11, `一千二百六十` → 1260,
 * `二〇二三`-style digit strings → 2023) or Arabic/full-width digits.
 */
export function parseChineseNumeral(input: string): number | undefined {
  const s = asciiDigits(input.trim());
  if (s === '') return undefined;
  if (/^\d+$/.test(s)) return Number(s);
  // A plain run of digit characters with no units: read positionally (二〇二三).
  if ([...s].every((c) => c in CN_DIGITS)) {
    if (s.length === 1) return CN_DIGITS[s];
    return Number([...s].map((c) => CN_DIGITS[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  for (const c of s) {
    if (c in CN_DIGITS) {
      if (digit !== undefined && digit !== 0) return undefined; // two digits in a row (一二十)
      digit = CN_DIGITS[c];
    } else if (c in CN_UNITS) {
      const unit = CN_UNITS[c]!;
      if (unit >= lastUnit) return undefined; // 百 after 十, 十十 …
      if (digit === undefined && unit !== 10) return undefined; // only 十 may stand without a digit (十一)
      section += (digit ?? 1) * unit;
      digit = undefined;
      lastUnit = unit;
    } else if (c in CN_BIG) {
      section += digit ?? 0;
      if (section === 0) return undefined;
      total += section * CN_BIG[c]!;
      section = 0;
      digit = undefined;
      lastUnit = Infinity;
    } else {
      return undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** Normalized number of a Chinese article or division designation: 106, or 7-1 for 第七条之一 (第四章之一 → 4-1). */
export function cnArticleNum(main: string, sub?: string): string | undefined {
  const n = parseChineseNumeral(main);
  if (n === undefined) return undefined;
  if (sub === undefined) return String(n);
  const s = parseChineseNumeral(sub);
  return s === undefined ? undefined : `${n}-${s}`;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** Reads a Roman numeral (`XIV` → 14), case-insensitive; undefined when not a well-formed one. */
export function parseRoman(input: string): number | undefined {
  const s = input.trim().toUpperCase();
  if (!/^[IVXLCDM]+$/.test(s)) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!;
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === s ? total : undefined;
}

const ROMAN_CANONICAL = /^(?=[MDCLXVI])M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/**
 * Converts an upper- or lower-case Roman numeral to its value as a decimal string, or returns null when `s` is not one
 * (mixed case, surrounding space or anything above MMMMCMXCIX included): stricter than {@link parseRoman}.
 */
export function romanToArabic(s: string): string | null {
  const up = s.toUpperCase();
  if (s !== up && s !== s.toLowerCase()) return null;
  if (!ROMAN_CANONICAL.test(up)) return null;
  let total = 0;
  for (let i = 0; i < up.length; i++) {
    const v = ROMAN[up[i]!]!;
    const next = i + 1 < up.length ? ROMAN[up[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  return String(total);
}

/** 14 → `XIV`. */
export function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [v, r] of table) {
    while (rest >= v) {
      out += r;
      rest -= v;
    }
  }
  return out;
}

/**
 * Reads a Roman numeral with one letter after it, the number of a division inserted after
 * another (`Subchapter IVA` after `Subchapter IV`): `IVA` → `4A`, `xiib` → `12b` (the letter as
 * printed); undefined for anything else, a Roman numeral alone included.
 */
export function parseRomanWithLetter(input: string): string | undefined {
  // The letter is not I, V or X: `IIII` is a malformed numeral, not `III` + `I`.
  const m = /^([IVXLCDM]+|[ivxlcdm]+)([A-HJ-UWYZa-hj-uwyz])$/.exec(input.trim());
  if (!m || parseRoman(input) !== undefined) return undefined;
  const n = parseRoman(m[1]!);
  return n === undefined ? undefined : `${n}${m[2]}`;
}

/**
 * Reads a division number written in Arabic, Roman or Chinese numerals, with the suffix of an
 * inserted division (`2a`, `IVA` → `4a`, `四之一` → `4-1`); keeps anything else as printed.
 */
export function normalizeDivisionNum(raw: string): string {
  const s = asciiDigits(raw.trim());
  if (/^\d+[a-z]?$/i.test(s)) return s.toLowerCase().replace(/^0+(?=\d)/, '');
  const roman = parseRoman(s);
  if (roman !== undefined) return String(roman);
  const romanLetter = parseRomanWithLetter(s);
  if (romanLetter !== undefined) return romanLetter.toLowerCase();
  const cn = parseChineseNumeral(s);
  if (cn !== undefined) return String(cn);
  const inserted = /^(.+?)\s*之\s*(.+)$/u.exec(s);
  if (inserted) {
    const main = parseChineseNumeral(inserted[1]!);
    const sub = parseChineseNumeral(inserted[2]!);
    if (main !== undefined && sub !== undefined) return `${main}-${sub}`;
  }
  return s;
}

/**
 * A sort key for normalized article numbers: `7` < `7-1` < `7a` < `8` < `12a` < `u1`.
 * Numbers compare numerically, suffixes after them as text.
 */
export function compareArticleNums(a: string, b: string): number {
  const pa = /^(\d+)(.*)$/.exec(a);
  const pb = /^(\d+)(.*)$/.exec(b);
  if (pa && pb) {
    const d = Number(pa[1]) - Number(pb[1]);
    if (d !== 0) return d;
    return pa[2]! < pb[2]! ? -1 : pa[2]! > pb[2]! ? 1 : 0;
  }
  if (pa) return -1;
  if (pb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
