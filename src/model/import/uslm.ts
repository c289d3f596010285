/**
 * Importer for USLM 2.x bills and resolutions (the GPO's United States
 * Legislative Markup). Sections are articles; titles, subtitles, chapters,
 * parts, divisions … are divisions; `<appropriations>` headings become
 * divisions nested by their level; quoted amendment text stays text of the
 * section that quotes it.
 */
import { emptyDoc, listArticles, para } from '../doc.js';
import { parseRomanWithLetter, romanToArabic } from '../numerals.js';
import { problem } from '../problems.js';
import type { Problem, ProblemArgs, ProblemCode } from '../problems.js';
import type { Article, BodyNode, Division, Item, Paragraph, VersionDoc } from '../types.js';
import { childElements, collapseSpace, firstChild, parseXml, textOf } from '../xml.js';
import type { XmlElement } from '../xml.js';
import type { ProgressCallback } from './builder.js';
import '../messages/xml.js'; // the xml group's sentences (registers them: src/model/messages/registry.ts)

/** The USLM namespace. */
export const USLM_NS = 'http://schemas.gpo.gov/xml/uslm';
const DC_NS = 'http://purl.org/dc/elements/1.1/';

/** Big-level containers above sections (Division.type is the element name). */
const DIVISION_TYPES = new Set([
  'division',
  'subdivision',
  'title',
  'subtitle',
  'chapter',
  'subchapter',
  'part',
  'subpart',
]);

/** Levels below a section, from the top. `subsection` becomes a paragraph; the rest become items. */
const LEVELS = new Set([
  'subsection',
  'paragraph',
  'subparagraph',
  'clause',
  'subclause',
  'item',
  'subitem',
  'subsubitem',
]);

/** Elements that run inside a line of text; any other element starts on a fresh word. */
const INLINE = new Set([
  'i',
  'b',
  'u',
  'sub',
  'sup',
  'inline',
  'span',
  'ref',
  'proviso',
  'quotedText',
  'term',
  'date',
  'shortTitle',
  'headingText',
  'amendingAction',
  'committee',
  'sponsor',
  'cosponsor',
  'nonsponsor',
  'marker',
  'del',
  'ins',
  'entity',
  'a',
  'footnoteRef',
]);

/** Nesting rank of `<appropriations level="…">`. */
const APPROPRIATIONS_RANK: Record<string, number> = { major: 1, intermediate: 2, small: 3 };

/**
 * The normalized number of a USLM division from its `value`: Roman numerals become decimal (`XII` → `12`,
 * and an inserted `IVA` → `4A`) except in lettered types (division, subtitle) and for the single letters
 * C, D, L, M, which are letters far more often.
 */
export function uslmDivisionNum(type: string, value: string): string {
  const v = value.trim();
  if (type === 'division' || type === 'subdivision' || type === 'subtitle') return v;
  if (/^[CDLMcdlm]$/.test(v)) return v;
  return romanToArabic(v) ?? parseRomanWithLetter(v) ?? v;
}

/** Text of mixed content: all descendant text, a space before each block element, whitespace collapsed. */
function uslmText(el: XmlElement | undefined): string {
  if (!el) return '';
  let out = '';
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (c.kind === 'text') out += c.text;
      else {
        if (!INLINE.has(c.name)) out += ' ';
        walk(c);
      }
    }
  };
  walk(el);
  return collapseSpace(out);
}

/** A child run: a block element, or text made of adjacent text nodes and inline elements. */
type Segment = { kind: 'block'; el: XmlElement } | { kind: 'text'; text: string };

/** Splits mixed content into block elements and runs of inline text (whitespace-only runs dropped). */
function segments(el: XmlElement): Segment[] {
  const out: Segment[] = [];
  let run: XmlElement | null = null;
  const flush = (): void => {
    if (!run) return;
    const t = uslmText(run);
    if (t) out.push({ kind: 'text', text: t });
    run = null;
  };
  for (const c of el.children) {
    if (c.kind === 'text' || INLINE.has(c.name)) {
      run ??= { ...el, children: [] };
      run.children.push(c);
    } else {
      flush();
      out.push({ kind: 'block', el: c });
    }
  }
  flush();
  return out;
}

function joinText(...parts: string[]): string {
  return parts.filter((p) => p !== '').join(' ');
}

class UslmReader {
  readonly problems: Problem[] = [];
  private unnumbered = 0;

  constructor(private readonly source: string) {}

  private lines: string[] | null = null;

  /** A warning at an element: the sentence `code` with `args` (src/model/messages). */
  warn<K extends ProblemCode>(el: XmlElement, code: K, args: ProblemArgs<K>): void {
    this.lines ??= this.source.split(/\r\n|\r|\n/);
    this.problems.push({ ...problem('warning', el.line, this.lines[el.line - 1] ?? '', code, args), column: el.column });
  }

  /** A level (subsection, paragraph, recital, …) as one paragraph: heading and text, then sub-levels as items. */
  levelParagraph(el: XmlElement): Paragraph {
    const item = this.levelItem(el);
    return { num: item.num, text: item.text, items: item.items };
  }

  /** A level below a section as an item; text after the sub-levels (a continuation) becomes an unnumbered item. */
  levelItem(el: XmlElement): Item {
    const num = textOf(firstChild(el, 'num'));
    const texts: string[] = [];
    const items: Item[] = [];
    for (const seg of segments(el)) {
      const c = seg.kind === 'block' ? seg.el : null;
      if (c?.name === 'num') continue;
      if (c && LEVELS.has(c.name)) {
        items.push(this.levelItem(c));
        continue;
      }
      const t = c ? uslmText(c) : seg.kind === 'text' ? seg.text : '';
      if (t === '') continue;
      if (items.length === 0) texts.push(t);
      else items.push({ num: '', text: t, items: [] });
    }
    return { num, text: joinText(...texts), items };
  }

  /**
   * The paragraphs of a section or of an appropriations block: text blocks
   * each become a paragraph, subsections become numbered paragraphs, and
   * deeper levels directly under it become items of the preceding unnumbered
   * paragraph (the chapeau).
   */
  blockParagraphs(el: XmlElement, skip: (c: XmlElement) => boolean = () => false): Paragraph[] {
    const out: Paragraph[] = [];
    for (const seg of segments(el)) {
      if (seg.kind === 'text') {
        out.push(para(seg.text));
        continue;
      }
      const c = seg.el;
      if (c.name === 'num' || c.name === 'heading' || skip(c)) continue;
      if (c.name === 'subsection') {
        out.push(this.levelParagraph(c));
      } else if (LEVELS.has(c.name)) {
        let last = out[out.length - 1];
        if (!last || last.num !== '') {
          last = para('');
          out.push(last);
        }
        last.items.push(this.levelItem(c));
      } else if (c.name === 'toc') {
        for (const entry of childElements(c)) {
          const t = uslmText(entry);
          if (t) out.push(para(t));
        }
      } else {
        const t = uslmText(c);
        if (t) out.push(para(t));
      }
    }
    return out;
  }

  article(el: XmlElement): Article {
    const numEl = firstChild(el, 'num');
    const label = textOf(numEl);
    let num = (numEl?.attrs['value'] ?? '').trim();
    if (!num && label) num = /(\d+[A-Za-z]*(?:-\d+)?)/.exec(label)?.[1] ?? '';
    if (!num) num = `u${++this.unnumbered}`;
    const article: Article = {
      kind: 'article',
      label,
      num,
      heading: uslmText(firstChild(el, 'heading')),
      paragraphs: this.blockParagraphs(el),
      line: el.line,
    };
    if (/^repealed$/i.test(el.attrs['status'] ?? '')) article.repealed = true;
    return article;
  }

  division(el: XmlElement): Division {
    const numEl = firstChild(el, 'num');
    const label = textOf(numEl);
    const value = numEl?.attrs['value'] ?? '';
    const structural = (c: XmlElement): boolean =>
      c.name === 'section' || c.name === 'appropriations' || DIVISION_TYPES.has(c.name);
    return {
      kind: 'division',
      type: el.name,
      label,
      num: uslmDivisionNum(el.name, value || (/\S+$/.exec(label)?.[0] ?? '')),
      heading: uslmText(firstChild(el, 'heading')),
      text: this.blockParagraphs(el, structural),
      children: this.body(el),
      line: el.line,
    };
  }

  appropriations(el: XmlElement): Division {
    return {
      kind: 'division',
      type: 'appropriations',
      label: '',
      num: '',
      heading: uslmText(firstChild(el, 'heading')),
      text: this.blockParagraphs(el),
      children: [],
      line: el.line,
    };
  }

  /** The divisions and sections of a container, appropriations blocks nested by level and closed by the next section. */
  body(container: XmlElement): BodyNode[] {
    const out: BodyNode[] = [];
    const open: { rank: number; division: Division }[] = [];
    for (const c of childElements(container)) {
      if (c.name === 'section') {
        open.length = 0;
        out.push(this.article(c));
      } else if (DIVISION_TYPES.has(c.name)) {
        open.length = 0;
        out.push(this.division(c));
      } else if (c.name === 'appropriations') {
        const rank = APPROPRIATIONS_RANK[c.attrs['level'] ?? ''] ?? 3;
        while (open.length > 0 && open[open.length - 1]!.rank >= rank) open.pop();
        const d = this.appropriations(c);
        const parent = open[open.length - 1];
        if (parent) parent.division.children.push(d);
        else out.push(d);
        open.push({ rank, division: d });
      }
    }
    return out;
  }

  /** Long title, enacting formula, recitals and resolving clause, in document order. */
  preamble(main: XmlElement): Paragraph[] {
    const out: Paragraph[] = [];
    const visit = (el: XmlElement): void => {
      switch (el.name) {
        case 'longTitle': {
          const parts = childElements(el);
          if (parts.length === 0) {
            const t = uslmText(el);
            if (t) out.push(para(t));
          }
          for (const p of parts) {
            const t = uslmText(p);
            if (t) out.push(para(t));
          }
          break;
        }
        case 'preamble':
          for (const c of childElements(el)) visit(c);
          break;
        case 'recital': {
          const p = this.levelParagraph(el);
          if (p.text || p.items.length > 0) out.push(p);
          break;
        }
        case 'enactingFormula':
        case 'resolvingClause':
        default: {
          const t = uslmText(el);
          if (t) out.push(para(t));
        }
      }
    };
    for (const c of childElements(main)) {
      if (['longTitle', 'enactingFormula', 'preamble', 'resolvingClause'].includes(c.name)) visit(c);
    }
    return out;
  }
}

/** The metadata key for a `<meta>` or `<preface>` child: `dc:`-prefixed for Dublin Core, else the local name. */
function metaKey(el: XmlElement): string {
  return el.ns === DC_NS ? `dc:${el.name}` : el.name;
}

/**
 * Imports a USLM 2.x bill or resolution; malformed XML and other roots are reported as error problems.
 * `onProgress` gets the fraction of the XML parsed, every 64 KB.
 */
export function importUslm(text: string, onProgress?: ProgressCallback): { doc: VersionDoc; problems: Problem[] } {
  const parsed = parseXml(text, {}, onProgress);
  const doc = emptyDoc('en');
  if (!parsed.root) return { doc, problems: parsed.problems };
  const root = parsed.root;
  if (root.ns !== USLM_NS || (root.name !== 'bill' && root.name !== 'resolution')) {
    return {
      doc,
      problems: [{ ...problem('error', root.line, '', 'uslm.notUslm', { root: root.name, ns: root.ns, uslm: USLM_NS }), column: root.column }],
    };
  }
  const reader = new UslmReader(text);
  doc.language = (root.attrs['xml:lang'] ?? '').trim() || 'en';

  const addMeta = (key: string, value: string, override = true): void => {
    if (!value) return;
    const prev = doc.metadata[key];
    if (prev === undefined) doc.metadata[key] = value;
    else if (override && !prev.split('; ').includes(value)) doc.metadata[key] = `${prev}; ${value}`;
  };
  const meta = firstChild(root, 'meta');
  if (meta) for (const c of childElements(meta)) addMeta(metaKey(c), uslmText(c));
  const preface = firstChild(root, 'preface');
  if (preface) {
    for (const c of childElements(preface)) {
      if (c.name === 'action') {
        addMeta('action', uslmText(c));
        const date = firstChild(c, 'date')?.attrs['date'];
        if (date) addMeta('actionDate', date);
      } else addMeta(metaKey(c), uslmText(c), false);
    }
  }
  const attestation = firstChild(root, 'attestation');
  if (attestation) addMeta('attestation', uslmText(attestation));

  const main = firstChild(root, 'main');
  doc.title =
    uslmText(meta && childElements(meta).find((c) => c.ns === DC_NS && c.name === 'title')) ||
    uslmText(preface && childElements(preface).find((c) => c.ns === DC_NS && c.name === 'title')) ||
    uslmText(main && firstChild(main, 'longTitle') && firstChild(firstChild(main, 'longTitle')!, 'officialTitle'));
  if (!main) {
    reader.problems.push({ ...problem('error', root.line, '', 'uslm.noMain', { kind: root.name }), column: root.column });
    return { doc, problems: reader.problems };
  }
  doc.preamble = reader.preamble(main);
  doc.body = reader.body(main);
  const articles = listArticles(doc);
  if (articles.length === 0) reader.warn(main, 'uslm.noSection', {});
  const seen = new Set<string>();
  for (const { article } of articles) {
    if (seen.has(article.num)) {
      reader.problems.push(problem('warning', article.line ?? 0, article.label, 'uslm.duplicateSection', { num: article.num }));
    }
    seen.add(article.num);
  }
  return { doc, problems: reader.problems };
}
