/**
 * The Akoma Ntoso vocabulary lawdiff reads and writes: namespaces, the
 * element names of divisions, the eId naming convention, and how a number is
 * derived from an element, so that the importer ({@link importAkn}) and the
 * exporter ({@link exportAkn}) agree on every name and number.
 */
import { parseRomanWithLetter, romanToArabic } from '../numerals.js';
import type { XmlElement } from '../xml.js';

/** The Akoma Ntoso 3.0 namespace. */
export const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** The namespace of lawdiff's own attributes and proprietary metadata in exported AKN. */
export const LAWDIFF_NS = 'urn:lawdiff:akn:1';

/** Hierarchical containers above articles, by element name; `hcontainer` takes its type from `@name`. */
export const AKN_DIVISIONS = new Set([
  'book',
  'tome',
  'part',
  'subpart',
  'title',
  'subtitle',
  'chapter',
  'subchapter',
  'section',
  'subsection',
  'division',
  'subdivision',
]);

/** eId prefixes of the AKN naming convention, by element name. */
export const AKN_EID_PREFIX: Record<string, string> = {
  article: 'art',
  book: 'book',
  tome: 'tome',
  part: 'part',
  subpart: 'subpart',
  title: 'title',
  subtitle: 'subtitle',
  chapter: 'chp',
  subchapter: 'subchp',
  section: 'sec',
  subsection: 'subsec',
  division: 'dvs',
  subdivision: 'subdvs',
  hcontainer: 'hcontainer',
};

/** The `hcontainer/@name` lawdiff uses for a range of repealed articles. */
export const REPEALED_RANGE = 'repealedRange';

/** The last `__`-separated component of an eId, if it starts with `prefix_`, without the prefix. */
export function eIdValue(eId: string | undefined, prefixes: readonly string[]): string | null {
  if (!eId) return null;
  const last = eId.split('__').pop() ?? '';
  for (const p of prefixes) {
    if (last.startsWith(`${p}_`) && last.length > p.length + 1) return last.slice(p.length + 1);
  }
  return null;
}

/** The normalized number of a division from a designation token (`II` → `2`, `IVA` → `4A`); lettered types and single C/D/L/M keep letters. */
export function divisionNum(type: string, token: string): string {
  const v = token.trim().replace(/[.:;,)\]—–-]+$/u, '').replace(/^[([]+/, '');
  if (type === 'division' || type === 'subdivision' || type === 'subtitle') return v;
  if (/^[CDLMcdlm]$/.test(v)) return v;
  return romanToArabic(v) ?? parseRomanWithLetter(v) ?? v;
}

/** The normalized article number in a printed designation: `Article 12a` → `12a`, `Art. 7-1` → `7-1`, `§ 5 bis` → `5bis`; "" when none is found. */
export function articleNumFromLabel(label: string): string {
  const m = /(\d+)(?:\s*(bis|ter|quater|quinquies|sexies|septies|octies|novies|decies|[a-z])(?![a-z]))?(?:-(\d+))?/i.exec(label);
  if (m) return `${m[1]}${(m[2] ?? '').toLowerCase()}${m[3] ? `-${m[3]}` : ''}`;
  const last = /(\S+?)[.:]?$/.exec(label.trim())?.[1] ?? '';
  return romanToArabic(last) ?? '';
}

/** The number of an article as the importer derives it: lawdiff attribute, then eId, then the printed number. */
export function derivedArticleNum(el: Pick<XmlElement, 'attrs' | 'nsAttrs'>, label: string): string | null {
  const own = el.nsAttrs[`{${LAWDIFF_NS}}num`];
  if (own !== undefined) return own;
  return eIdValue(el.attrs['eId'], ['art', 'article', 'sec', 'section']) ?? (articleNumFromLabel(label) || null);
}

/** The number of a division as the importer derives it: lawdiff attribute, then eId, then the printed number. */
export function derivedDivisionNum(el: Pick<XmlElement, 'name' | 'attrs' | 'nsAttrs'>, type: string, label: string): string {
  const own = el.nsAttrs[`{${LAWDIFF_NS}}num`];
  if (own !== undefined) return own;
  const prefix = AKN_EID_PREFIX[el.name] ?? el.name;
  const fromId = eIdValue(el.attrs['eId'], [prefix, el.name]);
  if (fromId !== null) return divisionNum(type, fromId);
  const token = /(\S+)\s*$/.exec(label)?.[1] ?? '';
  return token ? divisionNum(type, token) : '';
}
