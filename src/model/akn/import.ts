/**
 * Importer for Akoma Ntoso 3.0 acts, bills and docs (with or without the AKN
 * namespace). Hierarchical containers (book, part, title, chapter, section …)
 * become divisions, `<article>` becomes an article, `<paragraph>` a paragraph
 * and list points, items and indents become items. Documents written by
 * {@link exportAkn} carry a little lawdiff metadata (namespace {@link LAWDIFF_NS})
 * so that they import back to the same model.
 */
import { emptyDoc, para } from '../doc.js';
import { excerpt, problem } from '../problems.js';
import type { Problem, ProblemArgs, ProblemCode } from '../problems.js';
import type { Annex, Annotation, Article, BodyNode, Division, Item, Paragraph, RepealedRange, VersionDoc } from '../types.js';
import { childElements, collapseSpace, descendants, firstChild, parseXml, rawText } from '../xml.js';
import type { XmlElement } from '../xml.js';
import type { ProgressCallback } from '../import/builder.js';
import { AKN_DIVISIONS, AKN_NS, derivedArticleNum, derivedDivisionNum, eIdValue, LAWDIFF_NS, REPEALED_RANGE } from './vocabulary.js';
import '../messages/xml.js'; // the xml group's sentences (registers them: src/model/messages/registry.ts)

/** Levels below an article that become items. */
const ITEM_LEVELS = new Set([
  'point',
  'item',
  'indent',
  'alinea',
  'subparagraph',
  'clause',
  'subclause',
  'level',
  'paragraph',
  'subsection',
  'hcontainer',
  'rule',
  'subrule',
  'proviso',
  'list',
]);

/** Elements whose content is walked for text and items rather than read as a line. */
const WRAPPERS = new Set(['content', 'intro', 'wrapUp', 'list', 'blockList', 'blockContainer', 'container']);

/** Elements that carry no text of their own (markers) or are taken out as notes. */
const NOTE_ELEMENTS = new Set(['authorialNote', 'noteRef']);
const LINE_BREAKS = new Set(['eol', 'eop', 'br']);

/** Three-letter ISO 639-2 codes that AKN metadata often uses, mapped to BCP 47. */
const LANG3: Record<string, string> = {
  eng: 'en',
  deu: 'de',
  ger: 'de',
  fra: 'fr',
  fre: 'fr',
  ita: 'it',
  spa: 'es',
  por: 'pt',
  nld: 'nl',
  dut: 'nl',
  zho: 'zh',
  chi: 'zh',
  jpn: 'ja',
  kor: 'ko',
  rus: 'ru',
  pol: 'pl',
  swe: 'sv',
  dan: 'da',
  fin: 'fi',
  ell: 'el',
  gre: 'el',
  ron: 'ro',
  rum: 'ro',
  hun: 'hu',
  ces: 'cs',
  cze: 'cs',
};

interface Context {
  /** Normalized number of the article being read, for notes found inside it. */
  article: string | null;
}

class AknReader {
  readonly problems: Problem[] = [];
  readonly annotations: Annotation[] = [];
  /** eId → article number, to resolve notes placed on articles. */
  readonly articleByEId = new Map<string, string>();
  /** note eId → article number, from `<noteRef>` inside articles. */
  readonly noteTargets = new Map<string, string>();
  sectionsAreArticles = false;
  private unnumbered = 0;
  private lines: string[] | null = null;

  constructor(private readonly source: string) {}

  private lineText(line: number): string {
    this.lines ??= this.source.split(/\r\n|\r|\n/);
    return excerpt(this.lines[line - 1] ?? '');
  }

  /** A warning at an element: the sentence `code` with `args` (src/model/messages). */
  warn<K extends ProblemCode>(el: XmlElement, code: K, args: ProblemArgs<K>): void {
    this.problems.push({ ...problem('warning', el.line, this.lineText(el.line), code, args), column: el.column });
  }

  /** Text of mixed content, whitespace collapsed; notes inside are taken out as annotations of the current article. */
  text(el: XmlElement | undefined, ctx: Context): string {
    if (!el) return '';
    let out = '';
    const walk = (e: XmlElement): void => {
      for (const c of e.children) {
        if (c.kind === 'text') out += c.text;
        else if (c.name === 'authorialNote') this.authorialNote(c, ctx);
        else if (c.name === 'noteRef') {
          const href = (c.attrs['href'] ?? '').replace(/^#/, '');
          if (href && ctx.article !== null) this.noteTargets.set(href, ctx.article);
        } else if (LINE_BREAKS.has(c.name)) out += ' ';
        else walk(c);
      }
    };
    walk(el);
    return collapseSpace(out);
  }

  private authorialNote(el: XmlElement, ctx: Context): void {
    const text = this.noteText(el);
    if (ctx.article === null) {
      this.warn(el, 'akn.noteOutsideArticle', {});
      return;
    }
    if (text) this.annotations.push({ article: ctx.article, kind: 'note', text, source: el.attrs['title'] ?? '' });
  }

  /** A note's text: one line per block, or its whole text when it has no blocks. */
  noteText(el: XmlElement): string {
    const blocks = childElements(el);
    if (blocks.length === 0) return collapseSpace(rawText(el));
    const ctx: Context = { article: null };
    return blocks.map((b) => this.text(b, ctx)).join('\n');
  }

  /**
   * A numbered unit (paragraph, point, item …) as num, text and items: blocks
   * before the first sub-unit are its text (one line per block), sub-units
   * are items, and text after them becomes unnumbered items.
   */
  unit(el: XmlElement, ctx: Context): Item {
    const num = this.text(firstChild(el, 'num'), ctx);
    const heading = this.text(firstChild(el, 'heading'), ctx);
    const parts: string[] = [];
    const items: Item[] = [];
    const visit = (container: XmlElement): void => {
      for (const c of childElements(container)) {
        if (c.name === 'num' || c.name === 'heading' || c.name === 'subheading') continue;
        if (WRAPPERS.has(c.name)) visit(c);
        else if (ITEM_LEVELS.has(c.name) || c.name === 'article') items.push(this.unit(c, ctx));
        else if (NOTE_ELEMENTS.has(c.name)) this.text({ ...c, children: [c] }, ctx);
        else {
          const t = this.text(c, ctx);
          if (items.length === 0) parts.push(t);
          else if (t) items.push({ num: '', text: t, items: [] });
        }
      }
    };
    // Mixed text directly inside the unit (no blocks) is its text.
    if (el.children.some((c) => c.kind === 'text' && c.text.trim() !== '')) {
      parts.push(this.text({ ...el, children: el.children.filter((c) => c.kind === 'text' || !['num', 'heading'].includes(c.name)) }, ctx));
    } else visit(el);
    const text = parts.join('\n');
    return { num, text: heading ? (text ? `${heading} ${text}` : heading) : text, items };
  }

  /** Paragraphs of an article (or an annex body): paragraphs, text blocks, and loose points attached to the preceding unnumbered paragraph. */
  paragraphs(el: XmlElement, ctx: Context, paragraphLevel: (c: XmlElement) => boolean): Paragraph[] {
    const out: Paragraph[] = [];
    const attach = (item: Item): void => {
      let last = out[out.length - 1];
      if (!last || last.num !== '') {
        last = para('');
        out.push(last);
      }
      last.items.push(item);
    };
    const visit = (container: XmlElement): void => {
      for (const c of childElements(container)) {
        if (c.name === 'num' || c.name === 'heading' || c.name === 'subheading') continue;
        if (paragraphLevel(c)) {
          const u = this.unit(c, ctx);
          out.push({ num: u.num, text: u.text, items: u.items });
        } else if (c.name === 'content' || c.name === 'intro' || c.name === 'wrapUp') {
          visit(c);
        } else if (c.name === 'list' || c.name === 'blockList') {
          const u = this.unit(c, ctx);
          if (u.text) out.push(para(u.text));
          for (const i of u.items) attach(i);
        } else if (ITEM_LEVELS.has(c.name)) {
          attach(this.unit(c, ctx));
        } else if (NOTE_ELEMENTS.has(c.name)) {
          this.text({ ...c, children: [c] }, ctx);
        } else {
          const t = this.text(c, ctx);
          if (t || c.name === 'p') out.push(para(t));
        }
      }
    };
    visit(el);
    return out;
  }

  /** Block content (preamble, division intro): `<p>` lines, and containers (with num and items) as one paragraph each. */
  blocks(el: XmlElement, ctx: Context): Paragraph[] {
    const out: Paragraph[] = [];
    for (const c of childElements(el)) {
      if (c.name === 'num' || c.name === 'heading' || c.name === 'subheading') continue;
      if (['recitals', 'citations', 'intro', 'content', 'wrapUp', 'preamble'].includes(c.name)) {
        out.push(...this.blocks(c, ctx));
      } else if (
        ['blockContainer', 'recital', 'citation', 'formula', 'container', 'blockList', 'list'].includes(c.name) ||
        ITEM_LEVELS.has(c.name)
      ) {
        const u = this.unit(c, ctx);
        out.push({ num: u.num, text: u.text, items: u.items });
      } else {
        out.push(para(this.text(c, ctx)));
      }
    }
    return out;
  }

  article(el: XmlElement): Article {
    const ctx0: Context = { article: null };
    const label = this.text(firstChild(el, 'num'), ctx0);
    const num = derivedArticleNum(el, label) ?? `u${++this.unnumbered}`;
    const ctx: Context = { article: num };
    const eId = el.attrs['eId'];
    if (eId && !this.articleByEId.has(eId)) this.articleByEId.set(eId, num);
    const article: Article = {
      kind: 'article',
      label,
      num,
      heading: this.text(firstChild(el, 'heading'), ctx),
      paragraphs: this.paragraphs(el, ctx, (c) =>
        c.name === 'paragraph' || (this.sectionsAreArticles && c.name === 'subsection'),
      ),
      line: el.line,
    };
    const status = el.attrs['status'] ?? '';
    if (status === 'removed' || status === 'repealed') article.repealed = true;
    return article;
  }

  repealedRange(el: XmlElement): RepealedRange {
    const label = this.text(firstChild(el, 'num'), { article: null }) || this.text(el, { article: null });
    const nums = label.match(/\d+[a-z]?/gi) ?? [];
    return {
      kind: 'repealed-range',
      label,
      from: el.nsAttrs[`{${LAWDIFF_NS}}from`] ?? nums[0] ?? '',
      to: el.nsAttrs[`{${LAWDIFF_NS}}to`] ?? nums[nums.length - 1] ?? '',
      line: el.line,
    };
  }

  division(el: XmlElement): Division {
    const ctx: Context = { article: null };
    const type = el.name === 'hcontainer' ? el.attrs['name'] || 'hcontainer' : el.name;
    const label = this.text(firstChild(el, 'num'), ctx);
    const text: Paragraph[] = [];
    const children: BodyNode[] = [];
    const division: Division = {
      kind: 'division',
      type,
      label,
      num: derivedDivisionNum(el, type, label),
      heading: this.text(firstChild(el, 'heading'), ctx),
      text,
      children,
      line: el.line,
    };
    this.bodyInto(el, children, text);
    return division;
  }

  /** True when the element is read as an article here. */
  private isArticle(el: XmlElement): boolean {
    return el.name === 'article' || (this.sectionsAreArticles && el.name === 'section');
  }

  /** Reads the body nodes of a container into `out`; its intro, wrap-up and loose blocks go to `text` (or are reported when there is none). */
  bodyInto(container: XmlElement, out: BodyNode[], text: Paragraph[] | null): void {
    const ctx: Context = { article: null };
    for (const c of childElements(container)) {
      if (c.name === 'num' || c.name === 'heading' || c.name === 'subheading') continue;
      if (this.isArticle(c)) out.push(this.article(c));
      else if (c.name === 'hcontainer' && c.attrs['name'] === REPEALED_RANGE) out.push(this.repealedRange(c));
      else if (AKN_DIVISIONS.has(c.name) || c.name === 'hcontainer') out.push(this.division(c));
      else if (text) {
        if (c.name === 'intro' || c.name === 'wrapUp' || c.name === 'content') text.push(...this.blocks(c, ctx));
        else text.push(...this.blocks({ ...container, children: [c] }, ctx));
      } else if (rawText(c).trim() !== '') {
        this.warn(c, 'akn.outsideArticle', { element: c.name });
      }
    }
  }

  annex(attachment: XmlElement): Annex | null {
    const ctx: Context = { article: null };
    const docEl = childElements(attachment).find((c) => c.name !== 'meta' && c.name !== 'num' && c.name !== 'heading') ?? attachment;
    const preface = firstChild(docEl, 'preface');
    const docTitle = preface ? descendants(preface, (e) => e.name === 'docTitle')[0] : undefined;
    const heading =
      this.text(docTitle, ctx) ||
      this.text(preface, ctx) ||
      this.text(firstChild(docEl, 'heading') ?? firstChild(attachment, 'heading'), ctx);
    const main = firstChild(docEl, 'mainBody') ?? firstChild(docEl, 'body') ?? firstChild(docEl, 'judgmentBody');
    const paragraphs = main
      ? this.paragraphs(main, ctx, (c) => c.name === 'paragraph' || c.name === 'article' || AKN_DIVISIONS.has(c.name) || c.name === 'hcontainer')
      : [];
    return { heading, paragraphs, line: attachment.line };
  }

  metaNotes(meta: XmlElement): void {
    for (const notes of childElements(meta).filter((c) => c.name === 'notes')) {
      for (const note of childElements(notes).filter((c) => c.name === 'note')) {
        const eId = note.attrs['eId'] ?? '';
        const base = (note.attrs['placementBase'] ?? note.attrs['refersTo'] ?? '').replace(/^#/, '');
        const article =
          note.nsAttrs[`{${LAWDIFF_NS}}article`] ??
          (base ? (this.articleByEId.get(base) ?? eIdValue(base, ['art', 'article', 'sec', 'section'])) : null) ??
          (eId ? this.noteTargets.get(eId) : undefined);
        if (article === undefined || article === null) {
          this.warn(note, 'akn.unattachedNote', { eId });
          continue;
        }
        this.annotations.push({
          article,
          kind: note.attrs['class'] === 'explanation' ? 'explanation' : 'note',
          text: this.noteText(note),
          source: note.attrs['title'] ?? '',
        });
      }
    }
  }
}

/** The document's parts this importer reads or knows to carry no articles. */
const DOCUMENT_PARTS = new Set(['meta', 'coverPage', 'preface', 'preamble', 'body', 'mainBody', 'judgmentBody', 'conclusions', 'attachments', 'components']);

/**
 * Reports what the body does not hold and so is not read: articles and
 * divisions in the preface, the preamble or the conclusions, a second body,
 * and elements of the document that Akoma Ntoso does not put there. Nothing
 * is dropped without a warning naming its line.
 */
function reportOutsideBody(reader: AknReader, docEl: XmlElement, body: XmlElement | undefined): void {
  for (const c of childElements(docEl)) {
    if (c === body) continue;
    if (c.name === 'body' || c.name === 'mainBody') {
      reader.warn(c, 'akn.secondBody', { element: c.name });
    } else if (!DOCUMENT_PARTS.has(c.name)) {
      reader.warn(c, 'akn.strayInDocument', { element: c.name, document: docEl.name });
    } else if (['preface', 'preamble', 'conclusions', 'coverPage'].includes(c.name)) {
      const stray = descendants(c, (e) => e.name === 'article' || AKN_DIVISIONS.has(e.name))[0];
      if (stray) reader.warn(stray, 'akn.strayInPart', { element: stray.name, part: c.name });
    }
  }
}

function error<K extends ProblemCode>(el: XmlElement, code: K, args: ProblemArgs<K>): Problem {
  return { ...problem('error', el.line, '', code, args), column: el.column };
}

/**
 * Imports an Akoma Ntoso 3.0 act, bill or doc; malformed XML and other documents are reported as error problems.
 * `onProgress` gets the fraction of the XML parsed, every 64 KB.
 */
export function importAkn(text: string, onProgress?: ProgressCallback): { doc: VersionDoc; problems: Problem[] } {
  const parsed = parseXml(text, {}, onProgress);
  const doc = emptyDoc('');
  if (!parsed.root) return { doc, problems: parsed.problems };
  const root = parsed.root;
  const reader = new AknReader(text);
  if (root.name !== 'akomaNtoso') {
    return { doc, problems: [error(root, 'akn.notAkn', { root: root.name })] };
  }
  if (root.ns !== AKN_NS && root.ns !== '') {
    reader.warn(root, 'akn.unexpectedNamespace', { ns: root.ns, akn: AKN_NS });
  }
  const docEl = childElements(root).find((c) => c.name === 'act' || c.name === 'bill' || c.name === 'doc');
  if (!docEl) {
    const other = childElements(root)[0];
    return {
      doc,
      problems: [other ? error(other, 'akn.unsupportedType', { element: other.name }) : error(root, 'akn.emptyRoot', {})],
    };
  }

  const ctx: Context = { article: null };
  const meta = firstChild(docEl, 'meta');
  const own = meta
    ? childElements(meta)
        .filter((c) => c.name === 'proprietary')
        .flatMap(childElements)
        .find((c) => c.ns === LAWDIFF_NS && c.name === 'metadata')
    : undefined;

  // Language and metadata.
  const identification = meta ? firstChild(meta, 'identification') : undefined;
  const expression = identification ? firstChild(identification, 'FRBRExpression') : undefined;
  const work = identification ? firstChild(identification, 'FRBRWork') : undefined;
  const lang = (expression ? firstChild(expression, 'FRBRlanguage')?.attrs['language'] : undefined) ?? docEl.attrs['xml:lang'] ?? root.attrs['xml:lang'] ?? '';
  doc.language = LANG3[lang.toLowerCase()] ?? lang;
  if (own) {
    for (const e of childElements(own)) {
      if (e.name === 'entry' && e.attrs['key'] !== undefined) doc.metadata[e.attrs['key']] = rawText(e);
    }
  } else {
    const put = (key: string, value: string | undefined): void => {
      if (value) doc.metadata[key] = value;
    };
    put('work', work ? firstChild(work, 'FRBRthis')?.attrs['value'] : undefined);
    put('expression', expression ? firstChild(expression, 'FRBRthis')?.attrs['value'] : undefined);
    put('date', work ? firstChild(work, 'FRBRdate')?.attrs['date'] : undefined);
    put('expressionDate', expression ? firstChild(expression, 'FRBRdate')?.attrs['date'] : undefined);
    put('country', work ? firstChild(work, 'FRBRcountry')?.attrs['value'] : undefined);
    put('number', work ? firstChild(work, 'FRBRnumber')?.attrs['value'] : undefined);
    const publication = meta ? firstChild(meta, 'publication') : undefined;
    if (publication) {
      put('publication', [publication.attrs['showAs'] ?? publication.attrs['name'], publication.attrs['number'], publication.attrs['date']].filter(Boolean).join(', '));
    }
    doc.metadata['documentType'] = docEl.name;
  }

  // Title and other preface lines.
  const preface = firstChild(docEl, 'preface');
  if (preface) {
    const docTitle = descendants(preface, (e) => e.name === 'docTitle')[0];
    doc.title = reader.text(docTitle, ctx) || reader.text(firstChild(preface, 'longTitle'), ctx);
    if (!own) {
      for (const e of descendants(preface, (x) => ['docNumber', 'docDate', 'docType', 'docStage', 'docStatus', 'docProponent', 'docAuthority', 'session', 'legislature'].includes(x.name))) {
        const v = reader.text(e, ctx) || (e.attrs['date'] ?? '');
        if (v && doc.metadata[e.name] === undefined) doc.metadata[e.name] = v;
      }
    }
  }
  if (!doc.title && work) doc.title = firstChild(work, 'FRBRname')?.attrs['value'] ?? '';

  const preamble = firstChild(docEl, 'preamble');
  if (preamble) doc.preamble = reader.blocks(preamble, ctx);

  const body = firstChild(docEl, 'body') ?? firstChild(docEl, 'mainBody');
  if (!body) {
    reader.problems.push(error(docEl, 'akn.noBody', { element: docEl.name }));
  } else {
    reader.sectionsAreArticles = !own && descendants(body, (e) => e.name === 'article').length === 0;
    reader.bodyInto(body, doc.body, null);
  }

  reportOutsideBody(reader, docEl, body);

  const attachments = [
    ...childElements(docEl)
      .filter((c) => c.name === 'attachments')
      .flatMap((a) => childElements(a).filter((c) => c.name === 'attachment' || c.name === 'annex')),
    ...childElements(docEl)
      .filter((c) => c.name === 'components')
      .flatMap((a) => childElements(a).filter((c) => c.name === 'component')),
  ];
  for (const a of attachments) {
    const annex = reader.annex(a);
    if (annex) doc.annexes.push(annex);
  }

  const notes: Annotation[] = [];
  if (meta) {
    const before = reader.annotations.length;
    reader.metaNotes(meta);
    notes.push(...reader.annotations.splice(before));
  }
  doc.annotations = [...notes, ...reader.annotations];
  return { doc, problems: reader.problems };
}
