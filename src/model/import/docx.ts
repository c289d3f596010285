/**
 * Word documents (.docx): a zip (src/model/import/zip.ts, fflate) of XML parts read with the
 * hardened reader (src/model/xml.ts: no DOCTYPE, no entities, bounded depth and size). The
 * body's paragraphs become lines of text, each with its automatic number written out
 * (docx-numbering.ts) and headings (by style, or a `§ 12` line by its text) marked as Markdown
 * headings; those lines go through the same detection and importers as a text (cn, tw, de, en),
 * so a Word copy of a law gives the articles of its text. Tracked changes are read as accepted;
 * tables are read as text, one line per row; footnotes become notes on their article. Problems
 * name paragraphs (numbered from 1 in document order, table cells included) instead of lines.
 * Pure: no DOM, no Node.
 */
import { hasErrors, problem, type Problem, type ProblemArgs, type ProblemCode } from '../problems.js';
import type { ZipFailure } from '../messages/document.js';
import type { Annotation, VersionDoc } from '../types.js';
import { collapseSpace, firstChild, parseXml, type XmlElement, type XmlParseResult } from '../xml.js';
import { emptyDoc, listArticles } from '../doc.js';
import { decodeBytes } from './decode.js';
import { attr, Numbering, val } from './docx-numbering.js';
import type { ImportOptions, ImportResult } from './index.js';
import { importBlocks, sortProblems, TEXT_FORMATS, wrongFormat } from './blocks.js';
import { isZip } from './sniff.js';
import { readZip } from './zip.js';
import '../messages/document.js'; // the document group's sentences (registers them: src/model/messages/registry.ts)

/** What the body of a Word document reads as: one entry per paragraph (or table row), in order. */
export interface DocxParagraph {
  /** 1-based number of the paragraph in document order (table cells included). */
  paragraph: number;
  /** The text with its automatic number; soft line breaks as "\n". */
  text: string;
  /** 0 for the title, 1–9 for headings, undefined for body text. */
  heading?: number;
}

/** The body of a Word document as paragraphs, with what reading it found. */
export interface DocxText {
  paragraphs: DocxParagraph[];
  /** Footnotes referenced from the body, with the paragraph that references each. */
  footnotes: { id: string; paragraph: number; text: string }[];
  /** The number of paragraphs in the document (when its body is unreadable: up to the one where reading failed). */
  count: number;
  problems: Problem[];
}

const MAIN_TYPE = /(wordprocessingml\.(document|template)\.main|ms-word\.(document|template)\.macroEnabled(Template)?\.main)\+xml$/u;
const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
/** Limits for the XML parts: the unzip bounds their size (64 MiB); a real document has 10–30 elements per paragraph. */
const XML_LIMITS = { maxLength: 64 * 1024 * 1024, maxElements: 4_000_000 };

/** Where in a part reading failed, as a problem of the document (line = paragraph). */
function partProblem(part: string, xml: XmlParseResult, text: string, isBody: boolean): Problem {
  const p = xml.problems[0]!;
  let paragraph = 0;
  let inBody: number | undefined;
  if (isBody && p.line > 0) {
    // The paragraph the error is in: the `<w:p>` start tags before the error's position.
    let at = 0;
    for (let l = 1; l < p.line && at >= 0; l++) at = text.indexOf('\n', at) + 1;
    const upto = text.slice(0, Math.max(0, at) + (p.column ?? 1));
    paragraph = (upto.match(/<(?:\w+:)?p[\s>/]/gu) ?? []).length;
    inBody = paragraph;
  }
  return problem('error', paragraph, p.text, 'docx.partUnreadable', {
    part,
    ...(inBody !== undefined ? { paragraph: inBody } : {}),
    ...(p.line > 0 ? { line: p.line, ...(p.column ? { column: p.column } : {}) } : {}),
    detail: p.message.replace(/\.$/u, ''),
  });
}

/** Part names by relationship type from a `.rels` part, resolved against the folder of its source part. */
function relationships(root: XmlElement | undefined, folder: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!root) return out;
  for (const r of root.children) {
    if (r.kind !== 'element' || r.name !== 'Relationship' || r.attrs.TargetMode === 'External') continue;
    const type = r.attrs.Type ?? '';
    const target = r.attrs.Target ?? '';
    if (!type.startsWith(RELATIONSHIP) || !target) continue;
    out.set(type.slice(RELATIONSHIP.length), target.startsWith('/') ? target.slice(1) : normalize(folder + target));
  }
  return out;
}

function normalize(path: string): string {
  const out: string[] = [];
  for (const s of path.split('/')) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

interface Style {
  name: string;
  basedOn: string | undefined;
  outline: number | undefined;
  numId: string | undefined;
  ilvl: number | undefined;
}

function readStyles(root: XmlElement | undefined): Map<string, Style> {
  const out = new Map<string, Style>();
  if (!root) return out;
  for (const s of root.children) {
    if (s.kind !== 'element' || s.name !== 'style' || attr(s, 'type') !== 'paragraph') continue;
    const pPr = firstChild(s, 'pPr');
    const numPr = pPr && firstChild(pPr, 'numPr');
    const outline = val(pPr, 'outlineLvl');
    out.set(attr(s, 'styleId') ?? '', {
      name: val(s, 'name') ?? '',
      basedOn: val(s, 'basedOn'),
      outline: outline === undefined ? undefined : Number(outline),
      numId: numPr && val(numPr, 'numId'),
      ilvl: numPr && val(numPr, 'ilvl') !== undefined ? Number(val(numPr, 'ilvl')) : undefined,
    });
  }
  return out;
}

/** Heading level of a style name: 0 for a title, 1–9 for headings (`heading 1`, `标题 1`, `Überschrift 1`). */
function levelOfName(name: string): number | undefined {
  const n = name.trim().toLowerCase();
  if (/^(title|标题|標題|titel)$/u.test(n)) return 0;
  const m = /^(?:heading|标题|標題|überschrift|titre|título)\s*([1-9])$/u.exec(n);
  return m ? Number(m[1]) : undefined;
}

/** The styles' inherited properties (through `w:basedOn`, at most 16 steps, cycles ignored). */
function inherited<T>(styles: Map<string, Style>, id: string | undefined, get: (s: Style) => T | undefined): T | undefined {
  for (let i = 0; id !== undefined && i < 16; i++) {
    const s = styles.get(id);
    if (!s) return undefined;
    const v = get(s);
    if (v !== undefined) return v;
    id = s.basedOn;
  }
  return undefined;
}

/** The counts of tracked changes met, and other things read past, to report once each. */
interface Seen {
  insertions: number;
  deletions: number;
  moves: number;
  firstChange: number;
  hidden: number;
  boxes: number;
  endnotes: number;
  /** Paragraphs of a table of contents (styles `toc 1` …), left out: they repeat the headings. */
  contents: number;
}

/** Reads the body of a Word document: paragraphs with their numbers and headings, tables as rows, footnote references. */
class BodyReader {
  readonly out: DocxParagraph[] = [];
  readonly problems: Problem[] = [];
  readonly references: { id: string; paragraph: number }[] = [];
  paragraph = 0;
  private tables = 0;
  private pending = '';
  readonly seen: Seen = { insertions: 0, deletions: 0, moves: 0, firstChange: 0, hidden: 0, boxes: 0, endnotes: 0, contents: 0 };
  private readonly undefinedLists = new Set<string>();

  constructor(
    private readonly styles: Map<string, Style>,
    private readonly numbering: Numbering,
  ) {}

  /** Block-level content: paragraphs, tables, content controls. */
  blocks(el: XmlElement): void {
    for (const c of el.children) {
      if (c.kind !== 'element') continue;
      switch (c.name) {
        case 'p':
          this.readParagraph(c);
          break;
        case 'tbl':
          this.readTable(c);
          break;
        case 'sdt': {
          const content = firstChild(c, 'sdtContent');
          if (content) this.blocks(content);
          break;
        }
        case 'customXml':
        case 'ins':
        case 'moveTo':
          this.blocks(c);
          break;
        default:
          break;
      }
    }
  }

  private change(kind: 'insertions' | 'deletions' | 'moves'): void {
    this.seen[kind]++;
    if (this.seen.firstChange === 0) this.seen.firstChange = Math.max(1, this.paragraph);
  }

  /** The text of runs and what holds them, tracked changes accepted. */
  private inline(el: XmlElement, acc: { text: string }): void {
    for (const c of el.children) {
      if (c.kind !== 'element') continue;
      switch (c.name) {
        case 'r': {
          const rPr = firstChild(c, 'rPr');
          const vanish = rPr && firstChild(rPr, 'vanish');
          if (vanish && attr(vanish, 'val') !== 'false' && attr(vanish, 'val') !== '0') {
            this.seen.hidden++;
            break;
          }
          this.run(c, acc);
          break;
        }
        case 'ins':
          this.change('insertions');
          this.inline(c, acc);
          break;
        case 'moveTo':
          this.change('moves');
          this.inline(c, acc);
          break;
        case 'del':
          this.change('deletions');
          break;
        case 'moveFrom':
          break;
        case 'hyperlink':
        case 'smartTag':
        case 'customXml':
        case 'fldSimple':
        case 'bdo':
        case 'dir':
          this.inline(c, acc);
          break;
        case 'sdt': {
          const content = firstChild(c, 'sdtContent');
          if (content) this.inline(content, acc);
          break;
        }
        case 'AlternateContent':
          this.seen.boxes++;
          break;
        default:
          break;
      }
    }
  }

  private run(r: XmlElement, acc: { text: string }): void {
    for (const c of r.children) {
      if (c.kind !== 'element') continue;
      switch (c.name) {
        case 't':
          for (const t of c.children) if (t.kind === 'text') acc.text += t.text;
          break;
        case 'tab':
        case 'ptab':
          acc.text += ' ';
          break;
        case 'br': {
          const type = attr(c, 'type');
          acc.text += type === 'page' || type === 'column' ? ' ' : '\n';
          break;
        }
        case 'cr':
          acc.text += '\n';
          break;
        case 'noBreakHyphen':
          acc.text += '-';
          break;
        case 'footnoteReference':
          this.references.push({ id: attr(c, 'id') ?? '', paragraph: this.paragraph });
          break;
        case 'endnoteReference':
          this.seen.endnotes++;
          break;
        case 'drawing':
        case 'pict':
        case 'object':
        case 'AlternateContent':
          this.seen.boxes++;
          break;
        default:
          break;
      }
    }
  }

  /** One paragraph: its style, number and text; a paragraph whose mark was deleted joins the next. */
  private readParagraph(p: XmlElement, sink?: string[]): void {
    this.paragraph++;
    const pPr = firstChild(p, 'pPr');
    const markDeleted = !!(pPr && firstChild(pPr, 'rPr') && firstChild(firstChild(pPr, 'rPr')!, 'del'));
    const acc = { text: '' };
    this.inline(p, acc);
    const styleId = val(pPr, 'pStyle');
    if (markDeleted) {
      this.change('deletions');
      // Accepting the deletion of the paragraph mark joins this paragraph to the next.
      this.pending += acc.text;
      return;
    }
    let text = this.pending + acc.text;
    this.pending = '';
    const numPr = pPr && firstChild(pPr, 'numPr');
    const numId = (numPr && val(numPr, 'numId')) ?? inherited(this.styles, styleId, (s) => s.numId);
    if (numId !== undefined) {
      const ilvl = Number((numPr && val(numPr, 'ilvl')) ?? inherited(this.styles, styleId, (s) => s.ilvl) ?? 0);
      const number = this.numbering.next(numId, Number.isInteger(ilvl) && ilvl >= 0 && ilvl < 9 ? ilvl : 0);
      if (number === undefined) {
        if (!this.undefinedLists.has(numId) && text.trim()) {
          this.undefinedLists.add(numId);
          this.problems.push(problem('warning', this.paragraph, text, 'docx.unknownList', { paragraph: this.paragraph, list: numId }));
        }
      } else text = number + text;
    }
    if (sink) {
      sink.push(text);
      return;
    }
    if (text.trim() === '') return;
    if (inherited(this.styles, styleId, (s) => (/^toc\s*\d$/iu.test(s.name.trim()) ? true : undefined))) {
      this.seen.contents++;
      return;
    }
    const outline = val(pPr, 'outlineLvl');
    const heading =
      (outline !== undefined && Number(outline) < 9 ? Number(outline) + 1 : undefined) ??
      inherited(this.styles, styleId, (s) => levelOfName(s.name) ?? (s.outline !== undefined && s.outline < 9 ? s.outline + 1 : undefined));
    this.out.push({ paragraph: this.paragraph, text, ...(heading !== undefined ? { heading } : {}) });
  }

  /** A table: one line per row, the cells' text joined by " | "; a warning names it. */
  private readTable(tbl: XmlElement): void {
    this.tables++;
    const first = this.paragraph + 1;
    let rows = 0;
    for (const tr of tbl.children) {
      if (tr.kind !== 'element' || tr.name !== 'tr') continue;
      const trPr = firstChild(tr, 'trPr');
      const deleted = !!(trPr && firstChild(trPr, 'del'));
      const at = this.paragraph + 1;
      const cells: string[] = [];
      for (const tc of tr.children) {
        if (tc.kind !== 'element' || tc.name !== 'tc') continue;
        cells.push(collapseSpace(this.cellText(tc).join(' ')));
      }
      if (deleted) {
        this.change('deletions');
        continue;
      }
      const line = cells.filter((c) => c !== '').join(' | ');
      if (line !== '') {
        this.out.push({ paragraph: at, text: line });
        rows++;
      }
    }
    const last = this.paragraph;
    this.problems.push(
      problem('warning', first <= last ? first : 0, '', 'docx.tableAsText', { table: this.tables, first, last, rows }),
    );
  }

  private cellText(el: XmlElement): string[] {
    const parts: string[] = [];
    for (const c of el.children) {
      if (c.kind !== 'element') continue;
      if (c.name === 'p') this.readParagraph(c, parts);
      else if (c.name === 'tbl' || c.name === 'tr' || c.name === 'tc' || c.name === 'sdt' || c.name === 'sdtContent' || c.name === 'customXml') parts.push(...this.cellText(c));
    }
    return parts;
  }
}

/** The text of each footnote by id (separators left out). */
function readFootnotes(root: XmlElement | undefined, styles: Map<string, Style>): Map<string, string> {
  const out = new Map<string, string>();
  if (!root) return out;
  for (const f of root.children) {
    if (f.kind !== 'element' || f.name !== 'footnote') continue;
    const type = attr(f, 'type');
    if (type && type !== 'normal') continue;
    const reader = new BodyReader(styles, new Numbering(undefined));
    reader.blocks(f);
    out.set(attr(f, 'id') ?? '', collapseSpace(reader.out.map((p) => p.text).join(' ')));
  }
  return out;
}

/**
 * Reads a Word document's body into paragraphs. Never throws for bad input: a file that is
 * not a Word document, cut short, a zip bomb or malformed XML comes back as an error problem
 * naming the part (and the paragraph, for the body).
 */
export function readDocx(bytes: Uint8Array, onProgress?: (fraction: number) => void): DocxText {
  const fail = <K extends ProblemCode>(code: K, args: ProblemArgs<K>): DocxText => ({ paragraphs: [], footnotes: [], count: 0, problems: [problem('error', 0, '', code, args)] });
  if (!isZip(bytes)) return fail('docx.notZip', {});
  const zip = readZip(bytes, (name) => /\.(xml|rels)$/iu.test(name) && !/^(customXml|docProps)\//iu.test(name));
  if (!zip.ok) return fail('docx.zipUnreadable', { ...zip.args, reasonKind: zip.code } as ZipFailure);
  onProgress?.(0.1);
  // Part names are case-insensitive.
  const byName = new Map<string, Uint8Array>();
  for (const [name, data] of zip.entries) byName.set(name.toLowerCase().replace(/^\//u, ''), data);
  const problems: Problem[] = [];
  const part = (name: string, isBody = false, progress?: (f: number) => void): XmlElement | undefined | null => {
    const data = byName.get(name.toLowerCase());
    if (!data) return undefined;
    const text = decodeBytes(data, { fileName: name }).text;
    const xml = parseXml(text, XML_LIMITS, progress);
    if (!xml.root) {
      problems.push(partProblem(name, xml, text, isBody));
      return null;
    }
    return xml.root;
  };
  const types = part('[Content_Types].xml');
  if (types === undefined) {
    const office = zip.names.some((n) => /^word\//iu.test(n));
    return fail('docx.noContentTypes', office ? {} : { entries: zip.names.slice(0, 5), more: zip.names.length > 5 });
  }
  if (types === null) return { paragraphs: [], footnotes: [], count: 0, problems };
  let main: string | undefined;
  let other: string | undefined;
  for (const o of types.children) {
    if (o.kind !== 'element' || o.name !== 'Override') continue;
    const type = o.attrs.ContentType ?? '';
    if (MAIN_TYPE.test(type)) main = (o.attrs.PartName ?? '').replace(/^\//u, '');
    else if (/(spreadsheetml|presentationml)\.[a-z]+\.main\+xml$|ms-(excel|powerpoint)/iu.test(type)) other ??= type;
  }
  if (!main) {
    if (other) return fail('docx.otherOffice', { officeKind: /spreadsheet|excel/iu.test(other) ? 'spreadsheet' : 'presentation' });
    main = 'word/document.xml';
  }
  const folder = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : '';
  const relsName = `${folder}_rels/${main.slice(folder.length)}.rels`;
  const rels = relationships(part(relsName) ?? undefined, folder);
  const body = part(main, true, onProgress && ((f) => onProgress(0.1 + f * 0.4)));
  if (body === undefined) return fail('docx.mainMissing', { part: main });
  // Unreadable: the paragraphs up to the one where reading failed are all that is known of it.
  if (body === null) return { paragraphs: [], footnotes: [], count: Math.max(0, ...problems.map((p) => p.line)), problems };
  const styles = readStyles(part(rels.get('styles') ?? `${folder}styles.xml`) ?? undefined);
  const numbering = new Numbering(part(rels.get('numbering') ?? `${folder}numbering.xml`) ?? undefined);
  const bodyEl = firstChild(body, 'body');
  if (body.name !== 'document' || !bodyEl) return fail('docx.noBody', { part: main, root: body.name });
  const reader = new BodyReader(styles, numbering);
  reader.blocks(bodyEl);
  problems.push(...reader.problems);
  const notes = readFootnotes(part(rels.get('footnotes') ?? `${folder}footnotes.xml`) ?? undefined, styles);
  const footnotes = reader.references.map((r) => ({ ...r, text: notes.get(r.id) ?? '' }));
  const s = reader.seen;
  if (s.insertions + s.deletions + s.moves > 0) {
    problems.push(problem('warning', s.firstChange, '', 'docx.trackedChanges', { insertions: s.insertions, deletions: s.deletions, moves: s.moves }));
  }
  if (s.hidden > 0) problems.push(problem('warning', 0, '', 'docx.hiddenRuns', { count: s.hidden }));
  if (s.boxes > 0) problems.push(problem('warning', 0, '', 'docx.boxes', { count: s.boxes }));
  if (s.contents > 0) problems.push(problem('warning', 0, '', 'docx.contents', { count: s.contents }));
  if (s.endnotes > 0) problems.push(problem('warning', 0, '', 'docx.endnotes', { count: s.endnotes }));
  if (numbering.unknownFormats.size > 0) problems.push(problem('warning', 0, '', 'docx.unknownNumberFormats', { formats: [...numbering.unknownFormats] }));
  return { paragraphs: reader.out, footnotes, count: reader.paragraph, problems };
}

/**
 * Imports a Word document: reads its paragraphs ({@link readDocx}), detects the law's
 * convention from them as for a text (or takes `options.format`: cn, tw, de or en) and imports
 * them. The result's format is `docx`; problems' `line` is a paragraph number.
 */
export function importDocx(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  const file = options.fileName ?? 'the Word document';
  const named = (ps: Problem[]): Problem[] => {
    if (options.fileName) for (const p of ps) p.file ??= options.fileName;
    return ps;
  };
  const fail = (ps: Problem[]): ImportResult => {
    options.onProgress?.(1);
    return { ok: false, format: 'docx', doc: emptyDoc(options.language ?? 'und'), problems: named(ps) };
  };
  if (options.format && options.format !== 'docx' && !TEXT_FORMATS.includes(options.format)) return fail([wrongFormat(options.fileName, 'docx', options.format)]);
  let last = -1;
  const progress = options.onProgress && ((f: number): void => {
    if (f > last && f < 1) options.onProgress!((last = f));
  });
  progress?.(0);
  const read = readDocx(bytes, progress);
  if (hasErrors(read.problems)) return fail(read.problems);
  const inner: ImportOptions = { ...options };
  if (progress) inner.onProgress = progress;
  else delete inner.onProgress;
  const r = importBlocks(
    read.paragraphs.map((p) => ({ text: p.text, ...(p.heading !== undefined ? { heading: p.heading } : {}), at: p.paragraph })),
    { format: 'docx', name: file, places: { line: (at) => at, place: (at) => ({ paragraph: at }) } },
    inner,
  );
  const doc: VersionDoc = r.doc;
  const problems = [...read.problems, ...r.problems];
  // Footnotes: a note on the article whose text references it.
  if (read.footnotes.length > 0) {
    const articles = listArticles(doc).map(({ article }) => article);
    read.footnotes.forEach((f, k) => {
      let owner: (typeof articles)[number] | undefined;
      for (const a of articles) if ((a.line ?? 0) <= f.paragraph) owner = a;
      if (!f.text) return;
      if (owner) {
        const note: Annotation = { article: owner.num, kind: 'note', text: f.text, source: `Footnote ${k + 1}` };
        doc.annotations.push(note);
      } else problems.push(problem('warning', f.paragraph, f.text, 'docx.footnoteBeforeArticles', { footnote: k + 1, paragraph: f.paragraph }));
    });
  }
  named(problems);
  sortProblems(problems);
  options.onProgress?.(1);
  return { ok: !hasErrors(problems), format: 'docx', doc, problems };
}
