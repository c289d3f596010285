/**
 * A tiny, safe XML element tree built on `saxes`. No DTD is processed (a
 * DOCTYPE is an error, unless the caller accepts one root's external-identifier-only
 * DOCTYPE, which is then ignored), only the five predefined entities and numeric
 * character references are known, and depth, size and element count are
 * bounded. Malformed input yields problems with line and column; nothing
 * here throws to the caller.
 */
import { SaxesParser } from 'saxes';
import type { SaxesTagNS } from 'saxes';
import { excerpt, problem } from './problems.js';
import type { Problem, ProblemArgs, ProblemCode } from './problems.js';
import './messages/xml.js'; // the xml group's sentences (registers them: src/model/messages/registry.ts)

/** An element: local name, namespace URI, attributes and children in document order. */
export interface XmlElement {
  kind: 'element';
  /** Local name (without prefix). */
  name: string;
  /** Namespace URI; "" when the element is in no namespace. */
  ns: string;
  /** The prefix as written ("" when none). */
  prefix: string;
  /** Attributes by qualified name as written (`id`, `xml:lang`, `xsi:schemaLocation`); namespace declarations excluded. */
  attrs: Record<string, string>;
  /** Namespaced attributes by Clark name `{uri}local`, for prefix-independent lookup. */
  nsAttrs: Record<string, string>;
  children: XmlNode[];
  /** 1-based line of the start tag's `<`. */
  line: number;
  /** 1-based column of the start tag's `<`. */
  column: number;
}

/** A run of character data (text and CDATA, entities decoded). */
export interface XmlText {
  kind: 'text';
  text: string;
}

/** A child of an element. */
export type XmlNode = XmlElement | XmlText;

/** Limits that keep hostile or broken input from exhausting memory or the stack. */
export interface XmlLimits {
  /** Maximum element nesting depth (default 200). */
  maxDepth: number;
  /** Maximum input length in UTF-16 code units (default 32 MiB). */
  maxLength: number;
  /** Maximum number of elements (default 500 000). */
  maxElements: number;
}

/** The default {@link XmlLimits}. */
export const defaultXmlLimits: Readonly<XmlLimits> = {
  maxDepth: 200,
  maxLength: 32 * 1024 * 1024,
  maxElements: 500_000,
};

/** What {@link parseXml} accepts beyond the default (nothing else changes). */
export interface XmlOptions {
  /**
   * Accept (and ignore) a DOCTYPE that names this root and only an external identifier —
   * `<!DOCTYPE dokumente SYSTEM "http://…/gii-norm.dtd">` — as some publishers' files begin.
   * The DTD is never fetched or read and defines no entity; a DOCTYPE with an internal subset
   * (`[…]`), for another root or of any other shape is still an error. Default: none accepted.
   */
  externalDoctype?: string;
}

/** `<!DOCTYPE name SYSTEM "…">` or `<!DOCTYPE name PUBLIC "…" "…">` (as saxes hands it over: without `<!DOCTYPE` and `>`). */
const EXTERNAL_ID_DOCTYPE = /^\s+([^\s[\]>"']+)\s+(?:SYSTEM\s+(?:"[^"]*"|'[^']*')|PUBLIC\s+(?:"[^"]*"|'[^']*')\s+(?:"[^"]*"|'[^']*'))\s*$/u;

/** The outcome of {@link parseXml}: the root element, or null with at least one error problem. */
export interface XmlParseResult {
  root: XmlElement | null;
  problems: Problem[];
}

/** Thrown inside the parser callbacks to stop at the first fatal condition; never escapes {@link parseXml}. */
class Abort {
  constructor(readonly problem: Problem) {}
}

/** How much text {@link parseXml} hands the parser at a time when it reports progress. */
const PROGRESS_CHUNK = 64 * 1024;

/**
 * Parses XML text into an element tree; errors (malformed XML, DTD, unknown entity, limits) become problems.
 * With `onProgress`, the text is fed to the parser 64 KB at a time and the fraction read so far
 * reported after each piece (the tree is the same either way).
 */
export function parseXml(text: string, limits: Partial<XmlLimits> & XmlOptions = {}, onProgress?: (fraction: number) => void): XmlParseResult {
  const lim: XmlLimits = { ...defaultXmlLimits, ...limits };
  const allowed = limits.externalDoctype;
  const problems: Problem[] = [];
  let lines: string[] | null = null;
  const sourceLine = (line: number): string => (lines ??= text.split(/\r\n|\r|\n/))[line - 1] ?? '';
  const report = <K extends ProblemCode>(line: number, column: number, code: K, args: ProblemArgs<K>): Problem => ({
    ...problem('error', line, sourceLine(line), code, args),
    column,
  });

  if (text.length > lim.maxLength) {
    return {
      root: null,
      // The whole document is refused; line 1 is where reading it stopped.
      problems: [problem('error', 1, excerpt(text.slice(0, 400).split(/\r\n|\r|\n/)[0] ?? ''), 'xml.tooLarge', { length: text.length, limit: lim.maxLength })],
    };
  }

  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let elements = 0;
  let startLine = 1;
  let startColumn = 1;
  let lastClosed: XmlElement | undefined;

  const appendText = (t: string): void => {
    const parent = stack[stack.length - 1];
    if (!parent || t === '') return;
    const last = parent.children[parent.children.length - 1];
    if (last && last.kind === 'text') last.text += t;
    else parent.children.push({ kind: 'text', text: t });
  };

  parser.on('error', (err: Error) => {
    // saxes prefixes "line:column: " and ends with a period; the position is reported separately.
    const detail = err.message.replace(/^\d+:\d+: /, '').replace(/\.+$/, '');
    const line = parser.line;
    const column = parser.column + 1;
    const before = sourceLine(line).slice(0, Math.max(0, column - 1));
    const qname = (e: XmlElement): string => `<${e.prefix ? `${e.prefix}:` : ''}${e.name}>`;
    // Stop at the first error: what follows is usually a cascade of the same mistake.
    if (/unexpected close tag/.test(detail) && lastClosed) {
      const close = /<\/[^<>\s]+\s*>$/.exec(before)?.[0];
      throw new Abort(report(line, column, 'xml.closeTagMismatch', { close, open: qname(lastClosed), at: { line: lastClosed.line }, column: lastClosed.column }));
    }
    if (/unclosed tag/.test(detail) && stack.length > 0) {
      const open = stack[stack.length - 1]!;
      throw new Abort(report(line, column, 'xml.unclosed', { open: qname(open), at: { line: open.line }, column: open.column }));
    }
    if (/entity/.test(detail)) throw new Abort(report(line, column, 'xml.entity', { detail, ref: /&[^&\s<]{0,40};?$/.exec(before)?.[0] }));
    throw new Abort(report(line, column, 'xml.malformed', { detail }));
  });
  parser.on('doctype', (doctype: string) => {
    const at = text.search(/<!DOCTYPE/i);
    const before = at >= 0 ? text.slice(0, at) : '';
    const line = at >= 0 ? before.split(/\r\n|\r|\n/).length : parser.line;
    const column = at >= 0 ? at - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) : parser.column + 1;
    if (allowed === undefined) throw new Abort(report(line, column, 'xml.doctype', {}));
    // Only a named external DTD, which is never fetched: nothing in the document can depend on it.
    if (EXTERNAL_ID_DOCTYPE.exec(doctype)?.[1] === allowed) return;
    throw new Abort(report(line, column, 'xml.doctypeNotAccepted', { kind: doctype.includes('[') ? 'internalSubset' : 'other', root: allowed }));
  });
  parser.on('opentagstart', (tag) => {
    // The parser has just read the name and the character after it.
    startLine = parser.line;
    startColumn = Math.max(1, parser.column - tag.name.length - 1);
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    elements++;
    if (elements > lim.maxElements) {
      throw new Abort(report(startLine, startColumn, 'xml.tooManyElements', { limit: lim.maxElements }));
    }
    if (stack.length >= lim.maxDepth) {
      throw new Abort(report(startLine, startColumn, 'xml.tooDeep', { limit: lim.maxDepth }));
    }
    const attrs: Record<string, string> = {};
    const nsAttrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) {
      if (a.prefix === 'xmlns' || (a.prefix === '' && a.local === 'xmlns')) continue;
      attrs[a.name] = a.value;
      if (a.uri) nsAttrs[`{${a.uri}}${a.local}`] = a.value;
    }
    const el: XmlElement = {
      kind: 'element',
      name: tag.local,
      ns: tag.uri,
      prefix: tag.prefix,
      attrs,
      nsAttrs,
      children: [],
      line: startLine,
      column: startColumn,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root ??= el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    lastClosed = stack.pop();
  });
  parser.on('text', appendText);
  parser.on('cdata', appendText);

  try {
    // A byte order mark is not part of the text; dropping it keeps columns as editors count them.
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (onProgress === undefined || body.length <= PROGRESS_CHUNK) parser.write(body);
    else {
      // saxes carries a trailing CR or half a surrogate pair over to the next write, so any cut is safe.
      for (let at = 0; at < body.length; at += PROGRESS_CHUNK) {
        parser.write(body.slice(at, at + PROGRESS_CHUNK));
        onProgress(Math.min(at + PROGRESS_CHUNK, body.length) / body.length);
      }
    }
    parser.close();
  } catch (e) {
    if (e instanceof Abort) problems.push(e.problem);
    else {
      problems.push(report(parser.line, parser.column + 1, 'xml.malformed', { detail: e instanceof Error ? e.message : String(e) }));
    }
  }
  if (problems.length > 0) return { root: null, problems };
  if (!root) return { root: null, problems: [report(1, 1, 'xml.noRoot', {})] };
  return { root, problems };
}

/** The element children of an element. */
export function childElements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => c.kind === 'element');
}

/** The first element child with the given local name (any namespace), or undefined. */
export function firstChild(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of el.children) if (c.kind === 'element' && c.name === name) return c;
  return undefined;
}

/** All element descendants (pre-order) satisfying a predicate; the walk does not enter elements for which `skip` is true. */
export function descendants(
  el: XmlElement,
  pred: (e: XmlElement) => boolean,
  skip: (e: XmlElement) => boolean = () => false,
): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (c.kind !== 'element') continue;
      if (pred(c)) out.push(c);
      if (!skip(c)) walk(c);
    }
  };
  walk(el);
  return out;
}

/** Collapses runs of XML whitespace (space, tab, CR, LF) to one space and trims; other spaces (NBSP, U+3000) are kept. */
export function collapseSpace(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');
}

/** The concatenated text of all descendants, not entering elements for which `skip` is true; raw (whitespace not collapsed). */
export function rawText(el: XmlElement, skip: (e: XmlElement) => boolean = () => false): string {
  let out = '';
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (c.kind === 'text') out += c.text;
      else if (!skip(c)) walk(c);
    }
  };
  walk(el);
  return out;
}

/** The text content of an element with whitespace collapsed. */
export function textOf(el: XmlElement | undefined, skip?: (e: XmlElement) => boolean): string {
  return el ? collapseSpace(rawText(el, skip)) : '';
}

/** Escapes text for use as XML character data or an attribute value; characters XML 1.0 cannot carry are dropped. */
export function escapeXml(text: string, attribute = false): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
  let out = clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (attribute) out = out.replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
  else out = out.replace(/\r/g, '&#13;');
  return out;
}
