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
  return parseXmlWith(text, limits, onProgress, true);
}

/** {@link parseXml} with saxes alone, never the fast reader: the reference the tests hold parseXml to. */
export function parseXmlWithSaxes(text: string, limits: Partial<XmlLimits> & XmlOptions = {}, onProgress?: (fraction: number) => void): XmlParseResult {
  return parseXmlWith(text, limits, onProgress, false);
}

function parseXmlWith(text: string, limits: Partial<XmlLimits> & XmlOptions, onProgress: ((fraction: number) => void) | undefined, plain: boolean): XmlParseResult {
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

  // A BOM is not part of the text; dropping it keeps columns as editors count them.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Most documents are plain: read by the fast reader below, saxes is asked only when it declines (and for every problem).
  const fast = plain ? parsePlain(body, lim) : undefined;
  if (fast !== undefined) {
    // The fractions saxes's reading would have reported, piece by piece.
    if (onProgress !== undefined && body.length > PROGRESS_CHUNK) {
      for (let at = 0; at < body.length; at += PROGRESS_CHUNK) onProgress(Math.min(at + PROGRESS_CHUNK, body.length) / body.length);
    }
    return { root: fast, problems };
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

/** What {@link parsePlain} declines: characters saxes refuses or rewrites (CR), surrogates (saxes counts columns in code points). */
const NOT_PLAIN = /[\x00-\x08\x0b\x0c\x0e-\x1f\r\ud800-\udfff\ufffe\uffff]/;
/** A name the fast reader accepts: ASCII, at most one colon. */
const PLAIN_NAME = /[A-Za-z_][A-Za-z0-9._-]*(?::[A-Za-z_][A-Za-z0-9._-]*)?/y;
const PLAIN_DECL = /<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.0\1(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(?:yes|no)\3)?[ \t\n]*\?>/y;
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function isXmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09;
}

/** A character reference's or entity's text (`&…;` at `at`, ending at `end`), or undefined when saxes would refuse it. */
function entityText(s: string, at: number, end: number): string | undefined {
  const name = s.slice(at + 1, end);
  if (name.charCodeAt(0) !== 0x23 /* # */) return ENTITIES[name];
  const hex = name.charCodeAt(1) === 0x78; /* x */
  const digits = name.slice(hex ? 2 : 1);
  if (!(hex ? /^[0-9A-Fa-f]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return undefined;
  const c = parseInt(digits, hex ? 16 : 10);
  const ok = c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
  return ok ? String.fromCodePoint(c) : undefined;
}

/**
 * The element tree of a plain, well-formed document — ASCII names, no DOCTYPE, no CR, no
 * character saxes refuses, attribute values without `&`, `<` or line breaks — exactly as the
 * saxes path builds it (names, namespaces, attributes, text, lines and columns); undefined for
 * anything else, and for anything saxes would report (then saxes reads it and says why). A
 * hand-written scan, about five times faster than saxes: XML is read where a law is imported.
 */
function parsePlain(s: string, lim: XmlLimits): XmlElement | undefined {
  if (NOT_PLAIN.test(s)) return undefined;
  const n = s.length;
  const stack: XmlElement[] = [];
  const scopes: Record<string, string>[] = [{ xml: XML_NS, xmlns: XMLNS_NS }];
  let root: XmlElement | null = null;
  let elements = 0;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  /** Counts the lines in s[from, to). */
  const advance = (from: number, to: number): void => {
    for (let k = s.indexOf('\n', from); k >= 0 && k < to; k = s.indexOf('\n', k + 1)) {
      line++;
      lineStart = k + 1;
    }
  };
  const appendText = (t: string): void => {
    const parent = stack[stack.length - 1];
    if (!parent || t === '') return;
    const last = parent.children[parent.children.length - 1];
    if (last && last.kind === 'text') last.text += t;
    else parent.children.push({ kind: 'text', text: t });
  };
  PLAIN_DECL.lastIndex = 0;
  if (s.startsWith('<?xml') && (isXmlSpace(s.charCodeAt(5)) || s.charCodeAt(5) === 0x3f)) {
    if (!PLAIN_DECL.test(s)) return undefined;
    advance(0, PLAIN_DECL.lastIndex);
    i = PLAIN_DECL.lastIndex;
  }
  while (i < n) {
    const lt = s.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      // Character data, its references decoded.
      if (stack.length === 0) {
        for (let k = i; k < textEnd; k++) if (!isXmlSpace(s.charCodeAt(k))) return undefined;
      } else {
        let raw = s.slice(i, textEnd);
        if (raw.includes(']]>')) return undefined;
        if (raw.includes('&')) {
          let out = '';
          let from = 0;
          for (let amp = raw.indexOf('&'); amp >= 0; amp = raw.indexOf('&', from)) {
            const semi = raw.indexOf(';', amp);
            const t = semi < 0 ? undefined : entityText(raw, amp, semi);
            if (t === undefined) return undefined;
            out += raw.slice(from, amp) + t;
            from = semi + 1;
          }
          raw = out + raw.slice(from);
        }
        appendText(raw);
      }
      advance(i, textEnd);
      i = textEnd;
      if (lt < 0) break;
    }
    const c1 = s.charCodeAt(i + 1);
    if (c1 === 0x21 /* ! */) {
      if (s.startsWith('<!--', i)) {
        const end = s.indexOf('-->', i + 4);
        if (end < 0) return undefined;
        const body = s.slice(i + 4, end);
        if (body.includes('--') || body.endsWith('-')) return undefined;
        advance(i, end + 3);
        i = end + 3;
        continue;
      }
      if (s.startsWith('<![CDATA[', i) && stack.length > 0) {
        const end = s.indexOf(']]>', i + 9);
        if (end < 0) return undefined;
        appendText(s.slice(i + 9, end));
        advance(i, end + 3);
        i = end + 3;
        continue;
      }
      return undefined;
    }
    if (c1 === 0x3f /* ? */) {
      PLAIN_NAME.lastIndex = i + 2;
      const m = PLAIN_NAME.exec(s);
      if (!m || m[0].includes(':') || m[0].toLowerCase() === 'xml') return undefined;
      const after = i + 2 + m[0].length;
      if (!(isXmlSpace(s.charCodeAt(after)) || s.startsWith('?>', after))) return undefined;
      const end = s.indexOf('?>', after);
      if (end < 0) return undefined;
      advance(i, end + 2);
      i = end + 2;
      continue;
    }
    if (c1 === 0x2f /* / */) {
      const open = stack.pop();
      if (!open) return undefined;
      PLAIN_NAME.lastIndex = i + 2;
      const m = PLAIN_NAME.exec(s);
      if (!m || m[0] !== (open.prefix ? `${open.prefix}:${open.name}` : open.name)) return undefined;
      let k = i + 2 + m[0].length;
      while (isXmlSpace(s.charCodeAt(k))) k++;
      if (s.charCodeAt(k) !== 0x3e /* > */) return undefined;
      scopes.pop();
      advance(i, k + 1);
      i = k + 1;
      continue;
    }
    // A start tag.
    if (root !== null && stack.length === 0) return undefined;
    PLAIN_NAME.lastIndex = i + 1;
    const m = PLAIN_NAME.exec(s);
    if (!m) return undefined;
    const qname = m[0];
    let k = i + 1 + qname.length;
    const next = s.charCodeAt(k);
    if (!(isXmlSpace(next) || next === 0x3e || next === 0x2f)) return undefined;
    // saxes places a start tag where it has read its name and the character after it: on the next line, column 1, after a line break.
    const tagLine = next === 0x0a ? line + 1 : line;
    const tagColumn = next === 0x0a ? 1 : i - lineStart + 1;
    const names: string[] = [];
    const values: string[] = [];
    let selfClosing = false;
    for (;;) {
      const before = k;
      while (isXmlSpace(s.charCodeAt(k))) k++;
      const c = s.charCodeAt(k);
      if (c === 0x3e) {
        k++;
        break;
      }
      if (c === 0x2f) {
        if (s.charCodeAt(k + 1) !== 0x3e) return undefined;
        selfClosing = true;
        k += 2;
        break;
      }
      if (k === before) return undefined; // no space before an attribute
      PLAIN_NAME.lastIndex = k;
      const a = PLAIN_NAME.exec(s);
      if (!a) return undefined;
      k += a[0].length;
      while (isXmlSpace(s.charCodeAt(k))) k++;
      if (s.charCodeAt(k) !== 0x3d /* = */) return undefined;
      k++;
      while (isXmlSpace(s.charCodeAt(k))) k++;
      const q = s.charCodeAt(k);
      if (q !== 0x22 && q !== 0x27) return undefined;
      const end = s.indexOf(q === 0x22 ? '"' : "'", k + 1);
      if (end < 0) return undefined;
      const value = s.slice(k + 1, end);
      if (/[<&\t\n]/.test(value) || names.includes(a[0])) return undefined;
      names.push(a[0]);
      values.push(value);
      k = end + 1;
      const after = s.charCodeAt(k);
      if (!(isXmlSpace(after) || after === 0x3e || after === 0x2f)) return undefined;
    }
    // Namespaces declared on this element, then its names resolved.
    let scope = scopes[scopes.length - 1]!;
    let own = false;
    for (let a = 0; a < names.length; a++) {
      const name = names[a]!;
      const prefix = name === 'xmlns' ? '' : name.startsWith('xmlns:') ? name.slice(6) : undefined;
      if (prefix === undefined) continue;
      const uri = values[a]!;
      // saxes trims a namespace name (String.prototype.trim); one it would trim is left to it.
      if (prefix === 'xml' || prefix === 'xmlns' || uri === XML_NS || uri === XMLNS_NS || (prefix !== '' && uri === '') || uri.trim() !== uri) return undefined;
      if (!own) {
        scope = { ...scope };
        own = true;
      }
      scope[prefix] = uri;
    }
    const colon = qname.indexOf(':');
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    const uri = scope[prefix] ?? (prefix === '' ? '' : undefined);
    if (uri === undefined) return undefined;
    const attrs: Record<string, string> = {};
    const nsAttrs: Record<string, string> = {};
    for (let a = 0; a < names.length; a++) {
      const name = names[a]!;
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      attrs[name] = values[a]!;
      const ac = name.indexOf(':');
      if (ac < 0) continue;
      const auri = scope[name.slice(0, ac)];
      if (auri === undefined) return undefined;
      const key = `{${auri}}${name.slice(ac + 1)}`;
      if (key in nsAttrs) return undefined;
      nsAttrs[key] = values[a]!;
    }
    elements++;
    if (elements > lim.maxElements || stack.length >= lim.maxDepth) return undefined;
    const el: XmlElement = { kind: 'element', name: colon < 0 ? qname : qname.slice(colon + 1), ns: uri, prefix, attrs, nsAttrs, children: [], line: tagLine, column: tagColumn };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root ??= el;
    if (!selfClosing) {
      stack.push(el);
      scopes.push(scope);
    }
    advance(i, k);
    i = k;
  }
  return stack.length > 0 || root === null ? undefined : root;
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
