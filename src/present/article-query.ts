/**
 * "Go to an article by number" from the search box: a term that names an
 * article number — `§ 312g`, `312g`, `Art. 4`, `Section 5`, `第一百零六条`,
 * `第七條之一`, `106` — is read as the normalized number the importers give
 * articles (`312g`, `4`, `106`, `7-1`), so the search can go to that article in
 * either reading before it goes to the places where the term is quoted.
 */
import { asciiDigits, CN_NUMERAL_CHARS, parseChineseNumeral } from '../model/numerals.js';
import type { ArticleRow, Row } from './compare-model.js';

const LATIN = /^(?:§§?|art(?:icle|ikel|\.)?|sec(?:tion|\.)?|para(?:graph|\.)?)?\s*(\d+(?:[a-z]{1,3}|-\d+)?)\.?$/iu;
const CHINESE = new RegExp(`^第?\\s*([${CN_NUMERAL_CHARS}]+)\\s*[条條](?:\\s*之\\s*([${CN_NUMERAL_CHARS}]+))?$`, 'u');

/** The normalized article number a search term names, or undefined when it names none. */
export function articleNumberQuery(term: string): string | undefined {
  const t = asciiDigits(term.trim().replace(/[\s\u3000]+/gu, ' '));
  if (t === '') return undefined;
  const latin = LATIN.exec(t);
  if (latin) return latin[1]!.toLowerCase().replace(/^0+(?=\d)/u, '');
  const cn = CHINESE.exec(t);
  if (cn) {
    const n = parseChineseNumeral(cn[1]!);
    if (n === undefined) return undefined;
    if (cn[2] === undefined) return String(n);
    const sub = parseChineseNumeral(cn[2]);
    return sub === undefined ? undefined : `${n}-${sub}`;
  }
  return undefined;
}

/**
 * Indices of the rows holding the article numbered `num`: the newer reading's
 * first, then the older reading's (when that is another row, as after a
 * renumbering).
 */
export function rowsNumbered(rows: readonly Row[], num: string): number[] {
  const has = (side: 'old' | 'new') => (r: Row): r is ArticleRow => r.type === 'article' && r[side].some((a) => a.article.num === num);
  const inNew = rows.findIndex(has('new'));
  const inOld = rows.findIndex(has('old'));
  return [inNew, inOld].filter((i, k, all) => i >= 0 && all.indexOf(i) === k);
}
