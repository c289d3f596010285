/**
 * The state machine the text importers share: it receives already-classified
 * lines (division heading, article heading, paragraph, item, note) and builds
 * the division tree, attaching text to the right article, division or preamble.
 * Each format's importer only decides what a line is.
 */
import { emptyDoc, para } from '../doc.js';
import { problem, type Problem, type ProblemArgs, type ProblemCode } from '../problems.js';
import type { Annex, Article, BodyNode, Division, Item, Paragraph, VersionDoc } from '../types.js';
import '../messages/text.js'; // the text group's sentences (registers them: src/model/messages/registry.ts)

/** Where text goes when no article is open. */
type Target = { kind: 'preamble' } | { kind: 'division'; division: Division } | { kind: 'annex'; annex: Annex };

interface OpenDivision {
  division: Division;
  /** Lexicographic rank: a division closes every open one whose rank is not smaller. */
  rank: readonly number[];
}

/** Item marker styles, to nest items: a style already open closes the deeper ones, a new style opens a level. */
interface OpenItem {
  style: string;
  item: Item;
}

function compareRank(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Builds a {@link VersionDoc} from classified lines; collects problems as it goes. */
export class BodyBuilder {
  readonly doc: VersionDoc;
  readonly problems: Problem[] = [];
  private readonly stack: OpenDivision[] = [];
  private article: Article | undefined;
  /** The article opened last (open or closed): every node is appended at the end of the tree, so it is also the last in document order. */
  private last: Article | undefined;
  private target: Target = { kind: 'preamble' };
  private items: OpenItem[] = [];
  /** Normalized number → line of first occurrence, to report duplicates. */
  private readonly seen = new Map<string, number>();
  private unnumbered = 0;

  constructor(language: string) {
    this.doc = emptyDoc(language);
  }

  /** Reports a problem at a line: the sentence `code` with `args` (src/model/messages). */
  report<K extends ProblemCode>(severity: 'error' | 'warning', line: number, text: string, code: K, args: ProblemArgs<K>): void {
    this.problems.push(problem(severity, line, text, code, args));
  }

  /** The article being filled, if any. */
  get currentArticle(): Article | undefined {
    return this.article;
  }

  /** Opens a division, closing open divisions of equal or lower rank. */
  openDivision(d: Omit<Division, 'kind' | 'children' | 'text'>, rank: readonly number[]): Division {
    this.closeArticle();
    while (this.stack.length > 0 && compareRank(this.stack[this.stack.length - 1]!.rank, rank) >= 0) this.stack.pop();
    const division: Division = { kind: 'division', ...d, text: [], children: [] };
    this.append(division);
    this.stack.push({ division, rank });
    this.target = { kind: 'division', division };
    return division;
  }

  /** Closes all open divisions (a following article is at top level). */
  closeDivisions(): void {
    this.closeArticle();
    this.stack.length = 0;
  }

  /**
   * Opens an article under the innermost open division. `num` is the normalized
   * number; pass "" for an unnumbered article (it gets `u1`, `u2`, …).
   */
  openArticle(label: string, num: string, heading: string, line: number, text = label): Article {
    this.closeArticle();
    const n = num === '' ? `u${++this.unnumbered}` : num;
    const first = this.seen.get(n);
    if (first !== undefined) {
      this.report('error', line, text, 'text.duplicateNumber', { label: label || n, first: { line: first } });
    } else {
      this.seen.set(n, line);
    }
    const article: Article = { kind: 'article', label, num: n, heading, paragraphs: [], line };
    this.append(article);
    this.article = article;
    this.last = article;
    return article;
  }

  /** Adds a repealed range (`§§ 3 bis 6 (weggefallen)`). */
  addRepealedRange(label: string, from: string, to: string, line: number): void {
    this.closeArticle();
    this.append({ kind: 'repealed-range', label, from, to, line });
  }

  /** Starts an annex (a headed block that is not an article); following text goes into it. */
  openAnnex(heading: string, line: number): Annex {
    this.closeArticle();
    const annex: Annex = { heading, paragraphs: [], line };
    this.doc.annexes.push(annex);
    this.target = { kind: 'annex', annex };
    return annex;
  }

  /** Sends following unattached text to the preamble (e.g. after an `Eingangsformel` heading). */
  toPreamble(): void {
    this.closeArticle();
    this.target = { kind: 'preamble' };
  }

  /** Adds a paragraph to the open article, or else to the division/annex/preamble being filled. */
  addParagraph(p: Paragraph): void {
    this.items = [];
    this.paragraphs().push(p);
  }

  /**
   * Adds a numbered item. `style` names the marker family (`cn-paren`, `digit-dot`,
   * `letter-paren`, …): an item of a style already open at some depth becomes its
   * sibling; a new style nests under the last item.
   */
  addItem(style: string, num: string, text: string): void {
    const item: Item = { num, text, items: [] };
    const depth = this.items.findIndex((o) => o.style === style);
    if (depth >= 0) {
      this.items.length = depth;
    }
    const parent = this.items[this.items.length - 1];
    if (parent) {
      parent.item.items.push(item);
    } else {
      const ps = this.paragraphs();
      let last = ps[ps.length - 1];
      if (!last) {
        last = para('');
        ps.push(last);
      }
      last.items.push(item);
    }
    this.items.push({ style, item });
  }

  /** Appends text to the last paragraph or item (a wrapped line). */
  continueText(text: string, joiner = ' '): void {
    const open = this.items[this.items.length - 1];
    if (open) {
      open.item.text = open.item.text ? `${open.item.text}${joiner}${text}` : text;
      return;
    }
    const ps = this.paragraphs();
    const last = ps[ps.length - 1];
    if (!last) ps.push(para(text));
    else last.text = last.text ? `${last.text}${joiner}${text}` : text;
  }

  /** Attaches a note to the open article (or the most recent one). Returns false when there is none. */
  annotate(kind: 'explanation' | 'note', text: string, source: string): boolean {
    const article = this.article ?? this.last;
    if (!article) return false;
    this.doc.annotations.push({ article: article.num, kind, text, source });
    return true;
  }

  /** Appends text to the most recent annotation. */
  continueAnnotation(text: string): void {
    const last = this.doc.annotations[this.doc.annotations.length - 1];
    if (last) last.text = last.text ? `${last.text}\n${text}` : text;
  }

  /** Ends the open article: following text is not part of it. */
  closeArticle(): void {
    this.article = undefined;
    this.items = [];
    const top = this.stack[this.stack.length - 1];
    this.target = top ? { kind: 'division', division: top.division } : { kind: 'preamble' };
  }

  /** True when no article has been opened yet. */
  get beforeFirstArticle(): boolean {
    return this.seen.size === 0 && this.unnumbered === 0;
  }

  private paragraphs(): Paragraph[] {
    if (this.article) return this.article.paragraphs;
    switch (this.target.kind) {
      case 'division':
        return this.target.division.text;
      case 'annex':
        return this.target.annex.paragraphs;
      case 'preamble':
        return this.doc.preamble;
      default: {
        const never: never = this.target;
        return never;
      }
    }
  }

  private append(node: BodyNode): void {
    const top = this.stack[this.stack.length - 1];
    (top ? top.division.children : this.doc.body).push(node);
  }
}

/** Receives the fraction (0..1) of the input an importer has read; see `ImportOptions.onProgress` (import/index.ts). */
export type ProgressCallback = (fraction: number) => void;

/**
 * Line-based importers report progress when `(lineIndex & PROGRESS_LINE_MASK) === 0`:
 * every 2,048 lines, one bitwise test per line and no allocation.
 */
export const PROGRESS_LINE_MASK = 2047;

/** Invisible typesetting leftovers dropped from every line: zero-width space, word joiner, zero-width no-break space. */
const INVISIBLE = /[\u200b\u2060\ufeff]/g;

/** Splits text into lines, dropping a BOM and normalizing CRLF/CR. */
export function splitLines(text: string): string[] {
  // Zero-width spaces and word joiners are invisible typesetting leftovers, not text (a line holding only one is blank).
  // Each pass runs only when the text has what it removes: most texts have none of them, and a pass copies the text.
  let t = text;
  if (INVISIBLE.test(t)) {
    INVISIBLE.lastIndex = 0;
    t = t.replace(INVISIBLE, '');
  }
  INVISIBLE.lastIndex = 0;
  if (t.indexOf('\r') >= 0) t = t.replace(/\r\n?/g, '\n');
  return t.split('\n');
}

/**
 * True for the code units `\s` matches (and `trim()` removes): ECMAScript's WhiteSpace (tab, vertical
 * tab, form feed, space, U+00A0, U+FEFF and every Zs character, U+3000 included) and LineTerminator
 * (LF, CR, U+2028, U+2029).
 */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A space other than U+0020, or U+0020 before another space: somewhere {@link collapse} has work inside a text. */
const COLLAPSIBLE = /[^\S ]| \s/;

/**
 * Collapses runs of white space (including U+3000) into one space and trims. A text with nothing to
 * collapse (most lines: one space between words) comes back as it is, after one test, instead of
 * being copied by a replace (in a long law's import this was a tenth of the time).
 */
export function collapse(text: string): string {
  const n = text.length;
  if (n === 0 || (!isSpaceCode(text.charCodeAt(0)) && !isSpaceCode(text.charCodeAt(n - 1)) && !COLLAPSIBLE.test(text))) return text;
  return text.replace(/[\s\u3000]+/gu, ' ').trim();
}

/** Removes typesetting spaces between CJK characters (`监  护` → `监护`) and collapses the rest. */
export function collapseCjk(text: string): string {
  return collapse(text).replace(/(?<=[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]) (?=[\u3400-\u9fff\uff00-\uffef\u3000-\u303f])/gu, '');
}

/**
 * Splits a "label: text" note (`说明：…`, `Explanation: …`, `理由：…`) into its
 * label and text; a note without a short label gets `fallback` as label.
 */
export function splitNoteLabel(note: string, fallback: string): { label: string; text: string } {
  const m = /^([^:：\n]{1,40})[:：]\s*(.*)$/su.exec(note.trim());
  if (m && !/[。.;；]/.test(m[1]!)) return { label: m[1]!.trim(), text: m[2]!.trim() };
  return { label: fallback, text: note.trim() };
}
