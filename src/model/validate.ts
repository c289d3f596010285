/**
 * Validation of the collection's JSON files on load. A malformed file is
 * rejected with its JSON path and what was expected; nothing throws.
 */
import { addJsonLines } from './json-lines.js';
import { canonicalLanguage, languageArgs } from './language.js';
import type { ExpectedKind } from './messages/json.js';
import { problem, type Problem, type ProblemArgs, type ProblemCode } from './problems.js';
import type { Annex, Annotation, Article, BodyNode, CollectionIndex, Division, Item, Law, Paragraph, RepealedRange, ReportInfo, VersionDoc, VersionInfo } from './types.js';
import { SourceFormats } from './types.js';
import './messages/json.js'; // the json group's sentences (registers them: src/model/messages/registry.ts)

type Json = unknown;

/**
 * How deep divisions (and, separately, items) may nest in a version. Real laws use fewer than ten
 * levels; the bound keeps every recursive walk over the tree (validation, listing articles, the
 * engine, the viewer) far from the stack's limit. A deeper file is refused with the path where it
 * goes too deep. The same as the XML reader's limit on elements (src/model/xml.ts), so a
 * version imported from XML and saved as JSON always reads back.
 */
export const MAX_NESTING = 200;

/**
 * A short JSON-like preview of a value (at most `max` characters), safe for any nesting depth:
 * JSON.stringify of a value nested thousands deep overflows the stack.
 */
export function preview(v: Json, max = 60): string {
  let out = '';
  const put = (s: string): boolean => {
    out += s;
    return out.length <= max;
  };
  const walk = (x: Json, depth: number): boolean => {
    if (x === null || typeof x !== 'object') return put(x === undefined ? 'null' : (JSON.stringify(x) ?? String(x)));
    if (depth >= 3) return put(Array.isArray(x) ? '[…]' : '{…}');
    if (Array.isArray(x)) {
      if (!put('[')) return false;
      for (let i = 0; i < x.length; i++) if ((i > 0 && !put(',')) || !walk(x[i], depth + 1)) return false;
      return put(']');
    }
    if (!put('{')) return false;
    let first = true;
    for (const [k, val] of Object.entries(x)) {
      if ((!first && !put(',')) || !put(`${JSON.stringify(k)}:`) || !walk(val, depth + 1)) return false;
      first = false;
    }
    return put('}');
  };
  walk(v, 0);
  return out.slice(0, max);
}

/** A value found where something else was expected, as a problem shows it: a preview, or undefined for none. */
function shown(got: Json): string | undefined {
  return got === undefined ? undefined : preview(got);
}

class Checker {
  readonly problems: Problem[] = [];

  /** A problem at `path`: the value there is not `expectedKind`. */
  fail(path: string, expectedKind: ExpectedKind, got: Json): void {
    this.report(path, 'json.expected', { path, expectedKind, found: shown(got) });
  }

  /** A problem at `path`, saying `code`. */
  report<K extends ProblemCode>(path: string, code: K, args: ProblemArgs<K>): void {
    this.problems.push(problem('error', 0, path, code, args));
  }

  /** False (with a problem naming the path) when `depth` is past {@link MAX_NESTING}. */
  shallow(depth: number, path: string, what: 'items' | 'divisions'): boolean {
    if (depth <= MAX_NESTING) return true;
    this.report(path, 'json.tooDeep', { path, nestingKind: what, max: MAX_NESTING });
    return false;
  }

  object(v: Json, path: string): Record<string, Json> | undefined {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, Json>;
    this.fail(path, 'object', v);
    return undefined;
  }

  array(v: Json, path: string): Json[] {
    if (Array.isArray(v)) return v;
    this.fail(path, 'array', v);
    return [];
  }

  string(v: Json, path: string, fallback = ''): string {
    if (typeof v === 'string') return v;
    this.fail(path, 'string', v);
    return fallback;
  }

  /** A BCP 47 language tag (or "", unknown); an invalid one is an error naming the path. */
  language(v: Json, path: string): string {
    const tag = this.string(v, path);
    if (tag !== '' && canonicalLanguage(tag) === undefined) this.report(path, 'json.badLanguage', languageArgs(path, tag));
    return tag;
  }

  optString(v: Json, path: string): string | undefined {
    return v === undefined ? undefined : this.string(v, path);
  }

  stringMap(v: Json, path: string, nonEmpty = false): Record<string, string> {
    const o = this.object(v, path);
    const out: Record<string, string> = {};
    if (!o) return out;
    for (const [k, val] of Object.entries(o)) {
      // `out.__proto__ = …` would set the prototype, dropping the entry silently: refused, and said so.
      if (k === '__proto__') this.fail(`${path}.${k}`, 'notProto', val);
      else out[k] = this.string(val, `${path}.${k}`);
    }
    if (nonEmpty && Object.keys(out).length === 0) this.fail(path, 'nonEmpty', v);
    return out;
  }
}

function items(c: Checker, v: Json, path: string, depth: number): Item[] {
  const list = c.array(v ?? [], path);
  if (list.length > 0 && !c.shallow(depth, path, 'items')) return [];
  return list.map((x, i) => item(c, x, `${path}[${i}]`, depth));
}

function item(c: Checker, v: Json, path: string, depth: number): Item {
  const o = c.object(v, path) ?? {};
  return {
    num: c.string(o.num, `${path}.num`),
    text: c.string(o.text, `${path}.text`),
    items: items(c, o.items, `${path}.items`, depth + 1),
  };
}

function paragraph(c: Checker, v: Json, path: string): Paragraph {
  const o = c.object(v, path) ?? {};
  return {
    num: c.string(o.num ?? '', `${path}.num`),
    text: c.string(o.text, `${path}.text`),
    items: items(c, o.items, `${path}.items`, 1),
  };
}

function paragraphs(c: Checker, v: Json, path: string): Paragraph[] {
  return c.array(v ?? [], path).map((x, i) => paragraph(c, x, `${path}[${i}]`));
}

function node(c: Checker, v: Json, path: string, depth: number): BodyNode | undefined {
  const o = c.object(v, path);
  if (!o) return undefined;
  switch (o.kind) {
    case 'article': {
      const a: Article = {
        kind: 'article',
        label: c.string(o.label, `${path}.label`),
        num: c.string(o.num, `${path}.num`),
        heading: c.string(o.heading ?? '', `${path}.heading`),
        paragraphs: paragraphs(c, o.paragraphs, `${path}.paragraphs`),
      };
      if (a.num === '') c.fail(`${path}.num`, 'articleNumber', o.num);
      if (o.repealed !== undefined) {
        if (typeof o.repealed === 'boolean') a.repealed = o.repealed;
        else c.fail(`${path}.repealed`, 'boolean', o.repealed);
      }
      if (typeof o.line === 'number') a.line = o.line;
      return a;
    }
    case 'division': {
      const d: Division = {
        kind: 'division',
        type: c.string(o.type, `${path}.type`),
        label: c.string(o.label ?? '', `${path}.label`),
        num: c.string(o.num ?? '', `${path}.num`),
        heading: c.string(o.heading ?? '', `${path}.heading`),
        text: paragraphs(c, o.text, `${path}.text`),
        children: body(c, o.children, `${path}.children`, depth + 1),
      };
      if (typeof o.line === 'number') d.line = o.line;
      return d;
    }
    case 'repealed-range': {
      const r: RepealedRange = {
        kind: 'repealed-range',
        label: c.string(o.label, `${path}.label`),
        from: c.string(o.from, `${path}.from`),
        to: c.string(o.to, `${path}.to`),
      };
      if (typeof o.line === 'number') r.line = o.line;
      return r;
    }
    default:
      c.fail(`${path}.kind`, 'nodeKind', o.kind);
      return undefined;
  }
}

function body(c: Checker, v: Json, path: string, depth = 0): BodyNode[] {
  const list = c.array(v, path);
  if (list.length > 0 && !c.shallow(depth, path, 'divisions')) return [];
  return list
    .map((x, i) => node(c, x, `${path}[${i}]`, depth))
    .filter((x): x is BodyNode => x !== undefined);
}

/** Checks a parsed value against the `lawdiff-version/1` format; returns the typed version when it has no errors. */
export function validateVersionDoc(value: Json): { doc?: VersionDoc; problems: Problem[] } {
  const c = new Checker();
  const o = c.object(value, '$');
  if (!o) return { problems: c.problems };
  if (o.format !== 'lawdiff-version/1') c.report('$.format', 'json.expectedValue', { path: '$.format', value: 'lawdiff-version/1', found: shown(o.format) });
  const annexes: Annex[] = c.array(o.annexes ?? [], '$.annexes').map((x, i) => {
    const a = c.object(x, `$.annexes[${i}]`) ?? {};
    return { heading: c.string(a.heading, `$.annexes[${i}].heading`), paragraphs: paragraphs(c, a.paragraphs, `$.annexes[${i}].paragraphs`) };
  });
  const annotations: Annotation[] = c.array(o.annotations ?? [], '$.annotations').map((x, i) => {
    const a = c.object(x, `$.annotations[${i}]`) ?? {};
    const kind = a.kind === 'explanation' || a.kind === 'note' ? a.kind : (c.fail(`$.annotations[${i}].kind`, 'annotationKind', a.kind), 'note' as const);
    return {
      article: c.string(a.article, `$.annotations[${i}].article`),
      kind,
      text: c.string(a.text, `$.annotations[${i}].text`),
      source: c.string(a.source ?? '', `$.annotations[${i}].source`),
    };
  });
  const doc: VersionDoc = {
    format: 'lawdiff-version/1',
    title: c.string(o.title ?? '', '$.title'),
    language: c.language(o.language, '$.language'),
    metadata: c.stringMap(o.metadata ?? {}, '$.metadata'),
    preamble: paragraphs(c, o.preamble, '$.preamble'),
    body: body(c, o.body, '$.body'),
    annexes,
    annotations,
  };
  return c.problems.length > 0 ? { problems: c.problems } : { doc, problems: [] };
}

/**
 * Offset of the first JSON syntax error in `text` (its length when the text
 * ends too early), or -1 when the text is valid JSON. The engines' messages
 * do not always carry a position (V8: `Unexpected token 'x', "x…" is not
 * valid JSON`, `Unexpected end of JSON input`), so the error is located here.
 */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  let i = 0;
  const space = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  // Each returns false at the error, leaving `i` on it.
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) return (i++, true);
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return ((i += 1), false);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return ((i += 1), false);
      } else i++;
    }
    return false;
  };
  const scalar = (): boolean => {
    if (text[i] === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) return ((i += word.length), true);
    }
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = i;
    if (m.exec(text)) return ((i = m.lastIndex), true);
    return false;
  };
  const key = (): boolean => {
    space();
    if (text[i] !== '"' || !string()) return false;
    space();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  // Iterative, with the open brackets on a stack: any nesting depth is safe.
  const open: string[] = [];
  for (;;) {
    // A value is expected here.
    space();
    if (i >= n) return n;
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] !== close) {
        open.push(close);
        if (close === '}' && !key()) return Math.min(i, n);
        continue;
      }
      i++;
    } else if (!scalar()) return Math.min(i, n);
    // After a value: close brackets, or a comma before the next value.
    for (;;) {
      space();
      const close = open[open.length - 1];
      if (close === undefined) return i < n ? i : -1;
      if (text[i] === close) {
        i++;
        open.pop();
        continue;
      }
      if (text[i] !== ',') return Math.min(i, n);
      i++;
      if (close === '}' && !key()) return Math.min(i, n);
      break;
    }
  }
}

/** 1-based line of the first JSON syntax error in `text` (the last line when the text ends too early). */
export function jsonErrorLine(text: string): number {
  const at = jsonErrorOffset(text);
  return text.slice(0, at < 0 ? text.length : at).split(/\r\n|\r|\n/).length;
}

function parseJson(text: string): { value?: Json; problems: Problem[] } {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { value: JSON.parse(body) as Json, problems: [] };
  } catch (e) {
    const msg = (e as Error).message;
    // The line counts the BOM's line too: it is on line 1 either way.
    return { problems: [problem('error', jsonErrorLine(body), '', 'json.invalid', { detail: msg })] };
  }
}

/** Parses and validates a version JSON file. */
export function parseVersionDoc(text: string): { doc?: VersionDoc; problems: Problem[] } {
  const j = parseJson(text);
  if (j.problems.length > 0) return { problems: j.problems };
  const r = validateVersionDoc(j.value);
  addJsonLines(text, r.problems);
  return r;
}

/** Parses and validates a `law.json` file. */
export function parseLaw(text: string): { law?: Law; problems: Problem[] } {
  const j = parseJson(text);
  if (j.problems.length > 0) return { problems: j.problems };
  const c = new Checker();
  const o = c.object(j.value, '$');
  if (!o) return { problems: c.problems };
  const versions: VersionInfo[] = c.array(o.versions, '$.versions').map((x, i) => {
    const p = `$.versions[${i}]`;
    const v = c.object(x, p) ?? {};
    const info: VersionInfo = {
      id: c.string(v.id, `${p}.id`),
      label: c.string(v.label, `${p}.label`),
      stage: c.string(v.stage ?? '', `${p}.stage`),
      date: c.string(v.date ?? '', `${p}.date`),
    };
    const file = c.optString(v.file, `${p}.file`);
    if (file !== undefined) info.file = file;
    const structured = c.optString(v.structured, `${p}.structured`);
    if (structured !== undefined) info.structured = structured;
    const source = c.optString(v.source, `${p}.source`);
    if (source !== undefined) info.source = source;
    if (v.format !== undefined) {
      if (typeof v.format === 'string' && (SourceFormats as readonly string[]).includes(v.format)) info.format = v.format as VersionInfo['format'] & string;
      else c.report(`${p}.format`, 'json.expectedFormat', { path: `${p}.format`, formats: SourceFormats, found: shown(v.format) });
    }
    if (v.published !== undefined) {
      if (typeof v.published === 'boolean') info.published = v.published;
      else c.fail(`${p}.published`, 'boolean', v.published);
    }
    if (info.published !== false && !info.file && !info.structured) c.fail(`${p}.file`, 'fileName', v.file);
    if (info.date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(info.date)) c.fail(`${p}.date`, 'isoDate', v.date);
    return info;
  });
  const ids = new Set<string>();
  versions.forEach((v, i) => {
    if (ids.has(v.id)) c.fail(`$.versions[${i}].id`, 'uniqueVersionId', v.id);
    // `add` and `compare` name pages of a law in the viewer's links; `~` separates a reading from an article number in article keys.
    else if (v.id === 'add' || v.id === 'compare' || v.id.includes('~')) c.fail(`$.versions[${i}].id`, 'allowedVersionId', v.id);
    ids.add(v.id);
  });
  const law: Law = {
    id: c.string(o.id, '$.id'),
    title: c.stringMap(o.title, '$.title', true),
    jurisdiction: c.string(o.jurisdiction ?? '', '$.jurisdiction'),
    language: c.language(o.language, '$.language'),
    versions,
  };
  const notes = c.optString(o.notes, '$.notes');
  if (notes !== undefined) law.notes = notes;
  if (o.fictional !== undefined) {
    if (typeof o.fictional === 'boolean') law.fictional = o.fictional;
    else c.fail('$.fictional', 'boolean', o.fictional);
  }
  if (o.reports !== undefined) {
    const reportIds = new Set<string>();
    const order = new Map(versions.map((v, i) => [v.id, i]));
    law.reports = c.array(o.reports, '$.reports').map((x, i) => {
      const p = `$.reports[${i}]`;
      const r = c.object(x, p) ?? {};
      const info: ReportInfo = {
        id: c.string(r.id, `${p}.id`),
        title: c.string(r.title, `${p}.title`),
        file: c.string(r.file, `${p}.file`),
        old: c.string(r.old, `${p}.old`),
        new: c.string(r.new, `${p}.new`),
      };
      const date = c.optString(r.date, `${p}.date`);
      if (date !== undefined) info.date = date;
      const source = c.optString(r.source, `${p}.source`);
      if (source !== undefined) info.source = source;
      if (reportIds.has(info.id)) c.fail(`${p}.id`, 'uniqueReportId', r.id);
      reportIds.add(info.id);
      for (const side of ['old', 'new'] as const) {
        if (typeof r[side] === 'string' && !order.has(info[side])) c.report(`${p}.${side}`, 'json.expectedVersionId', { path: `${p}.${side}`, ids: versions.map((v) => v.id), found: shown(r[side]) });
      }
      const a = order.get(info.old);
      const b = order.get(info.new);
      if (a !== undefined && b !== undefined && a >= b) c.report(`${p}.new`, 'json.expectedAfter', { path: `${p}.new`, old: info.old, found: shown(r.new) });
      if (date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) c.fail(`${p}.date`, 'isoDate', r.date);
      return info;
    });
  }
  addJsonLines(text, c.problems);
  return c.problems.length > 0 ? { problems: c.problems } : { law, problems: [] };
}

/** Parses and validates a collection's `index.json`. */
export function parseCollectionIndex(text: string): { index?: CollectionIndex; problems: Problem[] } {
  const j = parseJson(text);
  if (j.problems.length > 0) return { problems: j.problems };
  const c = new Checker();
  const o = c.object(j.value, '$');
  if (!o) return { problems: c.problems };
  if (o.format !== 'lawdiff-collection/1') c.report('$.format', 'json.expectedValue', { path: '$.format', value: 'lawdiff-collection/1', found: shown(o.format) });
  const laws = c.array(o.laws, '$.laws').map((x, i) => c.string(x, `$.laws[${i}]`));
  laws.forEach((l, i) => {
    if (!/^[\w.-]+$/u.test(l) || l.startsWith('.')) c.fail(`$.laws[${i}]`, 'folderName', l);
  });
  const index: CollectionIndex = { format: 'lawdiff-collection/1', laws };
  const title = c.optString(o.title, '$.title');
  if (title !== undefined) index.title = title;
  addJsonLines(text, c.problems);
  return c.problems.length > 0 ? { problems: c.problems } : { index, problems: [] };
}
