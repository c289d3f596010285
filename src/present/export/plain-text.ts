/**
 * A reading's text as plain paragraphs, the way lawdiff's Word documents lay it out: the title,
 * the preamble, then in document order each division heading (label and heading) with the text
 * under it, each article's heading line (number and caption) and one paragraph per line of it
 * (paragraph or item, numbered as printed), a repealed range as its label, and the annexes
 * (heading, then lines). Empty lines are left out. The tracked-changes document accepts to this
 * text of the newer reading and rejects to the older one's. Pure: no DOM.
 */
import { numbered } from '../../model/doc.js';
import type { Annex, Article, BodyNode, Division, Item, Paragraph, VersionDoc } from '../../model/types.js';

/** What a plain paragraph is, for its look in a document. */
export type PlainKind = 'title' | 'division' | 'article' | 'line' | 'annex';

/** One paragraph of a reading's plain text; `depth` is a division's level (0 top) or a line's item depth (0 paragraph, 1 item …). */
export interface PlainParagraph {
  kind: PlainKind;
  depth: number;
  text: string;
}

/** `label heading` of a division or an article, either part possibly empty. */
export function headLine(x: Pick<Division | Article, 'label' | 'heading'>): string {
  return [x.label, x.heading].filter((s) => s !== '').join(' ');
}

/** Whether a line shows nothing (left out of the plain text). */
export function blank(text: string): boolean {
  return text.trim() === '';
}

/**
 * The lines of paragraphs with their item depths (0 for a paragraph's own text, 1 an item …),
 * exactly the engine's lines (`paragraphLines`), blank ones included: an article diff's lines.
 */
export function engineLines(paragraphs: readonly Paragraph[]): { text: string; depth: number }[] {
  const out: { text: string; depth: number }[] = [];
  const walk = (items: readonly Item[], depth: number): void => {
    for (const i of items) {
      out.push({ text: numbered(i.num, i.text), depth });
      walk(i.items, depth + 1);
    }
  };
  for (const p of paragraphs) {
    if (p.num || p.text) out.push({ text: numbered(p.num, p.text), depth: 0 });
    walk(p.items, 1);
  }
  return out;
}

/** {@link engineLines} without the blank ones: the lines of the plain text. */
export function lines(paragraphs: readonly Paragraph[]): { text: string; depth: number }[] {
  return engineLines(paragraphs).filter((l) => !blank(l.text));
}

/** The plain paragraphs of an annex: its heading, then its lines. */
export function annexParagraphs(annex: Annex): PlainParagraph[] {
  const out: PlainParagraph[] = [];
  if (!blank(annex.heading)) out.push({ kind: 'annex', depth: 0, text: annex.heading });
  for (const l of lines(annex.paragraphs)) out.push({ kind: 'line', ...l });
  return out;
}

/** An article's plain paragraphs: its heading line (when it has a number or caption), then its lines. */
export function articleParagraphs(article: Article): PlainParagraph[] {
  const head = headLine(article);
  const out: PlainParagraph[] = !blank(head) ? [{ kind: 'article', depth: 0, text: head }] : [];
  for (const l of lines(article.paragraphs)) out.push({ kind: 'line', ...l });
  return out;
}

/** A division's own plain paragraphs (heading and the text under it), without its children. */
export function divisionParagraphs(division: Division, depth: number): PlainParagraph[] {
  const head = headLine(division);
  const out: PlainParagraph[] = !blank(head) ? [{ kind: 'division', depth, text: head }] : [];
  for (const l of lines(division.text)) out.push({ kind: 'line', ...l });
  return out;
}

/** A reading's text as plain paragraphs (see the module's comment). */
export function plainParagraphs(doc: VersionDoc): PlainParagraph[] {
  const out: PlainParagraph[] = [];
  if (!blank(doc.title)) out.push({ kind: 'title', depth: 0, text: doc.title });
  for (const l of lines(doc.preamble)) out.push({ kind: 'line', ...l });
  const walk = (nodes: readonly BodyNode[], depth: number): void => {
    for (const n of nodes) {
      if (n.kind === 'division') {
        out.push(...divisionParagraphs(n, depth));
        walk(n.children, depth + 1);
      } else if (n.kind === 'article') out.push(...articleParagraphs(n));
      else if (!blank(n.label)) out.push({ kind: 'article', depth: 0, text: n.label });
    }
  };
  walk(doc.body, 0);
  for (const a of doc.annexes) out.push(...annexParagraphs(a));
  return out;
}

/** A reading's text as plain text: {@link plainParagraphs}, one a line. */
export function plainText(doc: VersionDoc): string {
  return plainParagraphs(doc)
    .map((p) => p.text)
    .join('\n');
}
