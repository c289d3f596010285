/**
 * Word's automatic numbering (word/numbering.xml): which number a numbered paragraph shows.
 * A paragraph names a list (`w:numId`) and a level (`w:ilvl`); the list points at an abstract
 * definition whose level gives the start, the number format (`decimal`, `chineseCounting`,
 * `upperRoman` …) and the template (`w:lvlText`, "第%1条", "（%1）", "%1.%2"). Counters run
 * per abstract definition, as in Word, unless a list overrides a start (it then counts on
 * its own); a level counting up restarts the levels below it. Pure.
 */
import { toRoman } from '../numerals.js';
import { childElements, firstChild, type XmlElement } from '../xml.js';

interface Level {
  start: number;
  format: string;
  text: string;
  /** `w:suff`: what follows the number: a tab (read as a space), a space, or nothing. */
  suffix: string;
  /** Legal numbering: every level in the template is written in decimal. */
  legal: boolean;
  /** `w:lvlRestart`: restart after this (1-based) level counts up; 0 never restarts. Default: after any level above. */
  restart: number | undefined;
}

interface List {
  abstract: string;
  /** Levels with their own start (and definition) in this list. */
  starts: Map<number, number>;
  levels: Map<number, Level>;
}

/** The value of `w:val` (any prefix) on the child `name` of `el`. */
export function val(el: XmlElement | undefined, name: string): string | undefined {
  const c = el && firstChild(el, name);
  if (!c) return undefined;
  for (const [k, v] of Object.entries(c.attrs)) if (k === 'val' || k.endsWith(':val')) return v;
  return undefined;
}

/** An attribute by local name, whatever its prefix (`w:numId`, `w:ilvl`). */
export function attr(el: XmlElement, local: string): string | undefined {
  for (const [k, v] of Object.entries(el.attrs)) if (k === local || k.endsWith(`:${local}`)) return v;
  return undefined;
}

function readLevel(lvl: XmlElement): Level {
  const suff = val(lvl, 'suff');
  const restart = val(lvl, 'lvlRestart');
  const legal = firstChild(lvl, 'isLgl');
  return {
    start: Number(val(lvl, 'start') ?? 1) || 0,
    format: val(lvl, 'numFmt') ?? 'decimal',
    text: val(lvl, 'lvlText') ?? '',
    suffix: suff === 'nothing' ? '' : ' ',
    legal: legal !== undefined && attr(legal, 'val') !== 'false' && attr(legal, 'val') !== '0',
    restart: restart === undefined ? undefined : Number(restart) || 0,
  };
}

/** Word's numbering definitions and the counters of the lists read so far. */
export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly lists = new Map<string, List>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();
  /** Formats met that lawdiff writes as decimal, to say so once. */
  readonly unknownFormats = new Set<string>();

  /** Reads `w:numbering` (undefined: a document without numbering.xml). */
  constructor(root: XmlElement | undefined) {
    if (!root) return;
    for (const el of childElements(root)) {
      if (el.name === 'abstractNum') {
        const levels = new Map<number, Level>();
        for (const lvl of childElements(el)) if (lvl.name === 'lvl') levels.set(Number(attr(lvl, 'ilvl') ?? 0), readLevel(lvl));
        this.abstracts.set(attr(el, 'abstractNumId') ?? '', levels);
      } else if (el.name === 'num') {
        const list: List = { abstract: val(el, 'abstractNumId') ?? '', starts: new Map(), levels: new Map() };
        for (const o of childElements(el)) {
          if (o.name !== 'lvlOverride') continue;
          const ilvl = Number(attr(o, 'ilvl') ?? 0);
          const start = val(o, 'startOverride');
          if (start !== undefined) list.starts.set(ilvl, Number(start) || 0);
          const lvl = firstChild(o, 'lvl');
          if (lvl) list.levels.set(ilvl, readLevel(lvl));
        }
        this.lists.set(attr(el, 'numId') ?? '', list);
      }
    }
  }

  private level(list: List, ilvl: number): Level | undefined {
    return list.levels.get(ilvl) ?? this.abstracts.get(list.abstract)?.get(ilvl);
  }

  /**
   * The number the next paragraph of list `numId` at level `ilvl` shows, with what follows it
   * (`"第一条 "`, `"（二）"`, `"1.2 "`); "" for a list Word does not number (`numId` 0, a bullet,
   * `none`) and undefined for a list the document does not define.
   */
  next(numId: string, ilvl: number): string | undefined {
    if (numId === '0') return '';
    const list = this.lists.get(numId);
    if (!list) return undefined;
    const level = this.level(list, ilvl);
    if (!level) return undefined;
    const key = list.starts.size > 0 ? `num:${numId}` : `abstract:${list.abstract}`;
    let counts = this.counters.get(key);
    if (!counts) this.counters.set(key, (counts = []));
    if (!this.started.has(key)) {
      this.started.add(key);
      for (const [l, s] of list.starts) counts[l] = s - 1;
    }
    const startOf = (l: number): number => list.starts.get(l) ?? this.level(list, l)?.start ?? 1;
    counts[ilvl] = (counts[ilvl] ?? startOf(ilvl) - 1) + 1;
    // Levels below restart (Word's default: whenever a level above counts up).
    for (let l = ilvl + 1; l < 9; l++) {
      const r = this.level(list, l)?.restart;
      // `w:lvlRestart` N: restart when level N (1-based) or one above it counts up; 0: never.
      if (r === undefined || (r !== 0 && ilvl + 1 <= r)) counts[l] = undefined;
    }
    if (level.format === 'bullet' || level.format === 'none') return '';
    const text = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const n = counts[l] ?? startOf(l);
      const fmt = level.legal && l !== ilvl ? 'decimal' : (this.level(list, l)?.format ?? 'decimal');
      return this.format(n, fmt);
    });
    return text === '' ? '' : text + level.suffix;
  }

  /** `n` written in Word's number format `fmt`. */
  format(n: number, fmt: string): string {
    switch (fmt) {
      case 'decimal':
      case 'decimalHalfWidth':
        return String(n);
      case 'decimalZero':
        return n < 10 ? `0${n}` : String(n);
      case 'decimalFullWidth':
      case 'decimalFullWidth2':
        return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
      case 'upperRoman':
        return n > 0 ? toRoman(n) : String(n);
      case 'lowerRoman':
        return n > 0 ? toRoman(n).toLowerCase() : String(n);
      case 'upperLetter':
        return letters(n).toUpperCase();
      case 'lowerLetter':
        return letters(n);
      case 'chineseCounting':
      case 'chineseCountingThousand':
      case 'japaneseCounting':
      case 'taiwaneseCounting':
      case 'taiwaneseCountingThousand':
      case 'koreanCounting':
        return chinese(n, DIGITS);
      case 'chineseLegalSimplified':
        return chinese(n, '零壹贰叁肆伍陆柒捌玖', '拾佰仟');
      case 'ideographLegalTraditional':
        return chinese(n, '零壹貳參肆伍陸柒捌玖', '拾佰仟');
      case 'ideographDigital':
      case 'taiwaneseDigital':
      case 'japaneseDigitalTenThousand':
        return String(n).replace(/\d/g, (d) => '〇一二三四五六七八九'.charAt(Number(d)));
      case 'ideographTraditional':
        return cycle(n, '甲乙丙丁戊己庚辛壬癸');
      case 'ideographZodiac':
        return cycle(n, '子丑寅卯辰巳午未申酉戌亥');
      case 'decimalEnclosedCircle':
      case 'decimalEnclosedCircleChinese':
      case 'ideographEnclosedCircle':
        return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
      case 'decimalEnclosedParen':
        return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
      case 'decimalEnclosedFullstop':
        return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
      case 'ordinal':
        return `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
      default:
        this.unknownFormats.add(fmt);
        return String(n);
    }
  }
}

const DIGITS = '零一二三四五六七八九';

/** Word's letters: a … z, then aa … zz, aaa … (the letter repeated). */
function letters(n: number): string {
  if (n < 1) return String(n);
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** The n-th sign of a cycle (甲乙丙 …), starting again after the last. */
function cycle(n: number, signs: string): string {
  return n < 1 ? String(n) : signs.charAt((n - 1) % signs.length);
}

/** `n` in Chinese counting as laws print it: 十, 十一, 二十, 一百零六, 一千二百六十. */
function chinese(n: number, digits: string, units = '十百千'): string {
  if (!Number.isInteger(n) || n < 1 || n > 99_999_999) return String(n);
  if (n >= 10_000) {
    const high = Math.floor(n / 10_000);
    const low = n % 10_000;
    return `${chinese(high, digits, units)}万${low === 0 ? '' : `${low < 1000 ? digits.charAt(0) : ''}${chinese(low, digits, units)}`}`;
  }
  const ds = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((d, i) => {
    const place = ds.length - 1 - i;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += digits.charAt(0);
    zero = false;
    // 十一, not 一十一, when ten leads.
    const digit = d === 1 && place === 1 && out === '' && digits === DIGITS ? '' : digits.charAt(d);
    out += digit + (place > 0 ? units.charAt(place - 1) : '');
  });
  return out;
}
