/**
 * Cross-references to articles of the same law inside article text:
 * `本法第二十条`, `依照第二十一条之一`, `§ 21`, `§§ 308 und 309`, `Article 21`,
 * `Articles 16 and 17`. Used to tell "only the reference numbers changed"
 * from real rewording, and to flag references a renumbering left behind.
 * Best effort: references to other laws (`《刑法》第二十条`, `§ 3 des BGB`)
 * are skipped where the text says so right next to them.
 */
import { cnArticleNum, CN_NUMERAL_CHARS } from '../model/numerals.js';

/** A reference found in a text. */
export interface Reference {
  /** As written, e.g. `第二十条`. */
  text: string;
  /** Normalized number it points to. */
  num: string;
  /** Offset in the text. */
  index: number;
}

const N = `[${CN_NUMERAL_CHARS}]+`;
const CN_REF = new RegExp(`第(${N})[条條](?:之(${N}))?`, 'gu');
const DE_REF = /(§§?|Artikel|Art\.)\s*(\d+[a-z]?)((?:\s*(?:,|und|bis|oder|sowie)\s*\d+[a-z]?)*)/gu;
const EN_REF = /\b(Articles?|Sections?|Art\.|Sec\.)\s+(\d+[a-z]?)((?:\s*(?:,|and|or|to|through)\s*\d+[a-z]?)*)/gu;

/** Text after a German reference that names another law: `des Strafgesetzbuchs`, `BGB`, `der Zivilprozessordnung`. */
const DE_OTHER_LAW = /^(?:\s+(?:Abs(?:atz|\.)|Satz|Nr\.|Nummer|Buchstabe)\s+\S+)*\s+(?:des|der)\s+\p{Lu}|^(?:\s+(?:Abs(?:atz|\.)|Satz|Nr\.|Nummer)\s+\S+)*\s+\p{Lu}{2,}\b/u;
/** Text after an English reference that names another act: `of the Clean Air Act`, `of title 5`. */
const EN_OTHER_LAW = /^(?:\([^)]*\))*\s+of\s+(?:the\s+)?(?!this\b)\S/iu;

function cnOther(text: string, index: number): boolean {
  // `《中华人民共和国刑法》第二十条`, `刑法第二十条`: a law's name right before it.
  const before = text.slice(Math.max(0, index - 2), index);
  return /》$|[^本]法$|条例$/u.test(before);
}

/** Every reference to an article of the same law in `text`, in order. */
export function findReferences(text: string): Reference[] {
  const out: Reference[] = [];
  // Each pattern starts with a literal: skip the ones whose literal is not there (a plain scan is much cheaper).
  const art = text.includes('Art');
  if (text.includes('第')) findCn(text, out);
  if (art || text.includes('§')) findLatin(text, DE_REF, DE_OTHER_LAW, out);
  if (art || text.includes('Sec')) findLatin(text, EN_REF, EN_OTHER_LAW, out);
  return out.length > 1 ? out.sort(byIndex) : out;
}

function byIndex(a: Reference, b: Reference): number {
  return a.index - b.index;
}

function findCn(text: string, out: Reference[]): void {
  for (const m of text.matchAll(CN_REF)) {
    if (cnOther(text, m.index)) continue;
    const num = cnArticleNum(m[1]!, m[2]);
    if (num !== undefined) out.push({ text: m[0], num, index: m.index });
  }
}

function findLatin(text: string, re: RegExp, otherLaw: RegExp, out: Reference[]): void {
  for (const m of text.matchAll(re)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (otherLaw.test(after)) continue;
    out.push({ text: m[0], num: m[2]!.toLowerCase(), index: m.index });
    for (const extra of (m[3] ?? '').matchAll(/\d+[a-z]?/gu)) {
      out.push({ text: extra[0], num: extra[0].toLowerCase(), index: m.index + m[0].length - (m[3]!.length - extra.index) });
    }
  }
}

/** The text with every article number in a same-law reference replaced by `#`, to compare texts up to reference numbers. */
export function maskReferences(text: string): string {
  const refs = findReferences(text);
  if (refs.length === 0) return text;
  let out = '';
  let at = 0;
  for (const r of refs) {
    if (r.index < at) continue;
    out += text.slice(at, r.index) + (r.text.startsWith('第') ? '第#条' : r.text.replace(/\d+[a-z]?/gu, '#'));
    at = r.index + r.text.length;
  }
  return out + text.slice(at);
}
