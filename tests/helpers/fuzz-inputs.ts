/**
 * Generated inputs for the importer fuzz tests: random bytes and strings,
 * real corpus files (read where they are, never copied) cut into windows,
 * mutated and truncated, documents mixing numbering schemes, hostile text,
 * mutated XML trees and mutated JSON values.
 */
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { escapeXml, parseXml, type XmlElement, type XmlNode } from '../../src/model/xml.js';
import { MAX_LINE_LENGTH } from '../../src/model/import/index.js';
import { toChineseNumeral } from './engine.js';
import { corpusPath, readCorpus } from './corpus.js';

// ---------------------------------------------------------------- sources

/** Corpus files of a law folder whose names match `ext` (read once). */
export function corpusFiles(ext: RegExp, folders: RegExp): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const folder of readdirSync(corpusPath()).sort()) {
    if (!folders.test(folder)) continue;
    for (const f of readdirSync(corpusPath(folder)).sort()) if (ext.test(f) && f !== 'law.json') out.push({ name: `${folder}/${f}`, text: readCorpus(folder, f) });
  }
  if (out.length === 0) throw new Error(`no corpus files match ${folders} ${ext}`);
  return out;
}

// ---------------------------------------------------------------- hostile text

/** Short hostile pieces: invisible and bidi characters, combining marks, markup, odd line ends, lone surrogates, entities. */
export const HOSTILE = [
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u061c',
  'e\u0301\u0302\u0303', `a${'\u0300'.repeat(300)}`, '\u0000', '\u0007', '\ud800', '\udc00', '\udbff\udfff', '\r', '\r\n', '\n\n\n', '\u2028', '\u2029', '\u0085', '\t', '\u3000', '\u00a0',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', 'javascript:alert(1)', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<style>*{background:url(javascript:alert(1))}</style>', '"><script>', "'; --", '${constructor}', '%s%n', '__proto__', 'constructor', 'prototype',
  '&amp;', '&lt;', '&#0;', '&#x110000;', '&#xD800;', '&foo;', ']]>', '<![CDATA[x]]>', '<!--', '-->', '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '<?xml version="1.0"?>',
  '👨‍👩‍👧‍👦', '\u{10ffff}', '\u{1f1e8}\u{1f1f3}', '𠀀', '﹟', '＃', '§', '§§', '第', '条', '條', '之', '（', '）', '(', ')', '> ', '# ', '---', '===', '|', '\\', '`', '*', '_',
] as const;

export const hostilePiece: fc.Arbitrary<string> = fc.constantFrom(...HOSTILE);

/** Unicode text with a high share of hostile pieces. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: hostilePiece }, { weight: 2, arbitrary: fc.string({ maxLength: 12 }) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) }), { maxLength: 30 })
  .map((xs) => xs.join(''));

/** One line of about 1 MB, made of a repeated unit (a heading, a number, markup, invisible characters). */
export const megabyteLine: fc.Arbitrary<string> = fc
  .record({
    unit: fc.constantFrom('a ', 'x', '第一条', '第', '第一', '§ 1 ', '§', 'Article 1 ', '（一）', '(1) ', '<a>', '&amp;', '\u200b', '\u202e', 'e\u0301', ' ', '\u3000', '#', '> ', '- ', '1.', '之'),
    prefix: fc.constantFrom('', '第一条 ', '## § 1 ', 'Article 1 ', '第一條\n---\n', '> ', '# '),
  })
  .map(({ unit, prefix }) => prefix + unit.repeat(Math.ceil((1 << 20) / unit.length)));

/** About 1 MB of short lines: one line shape repeated, or a long law numbered 1, 2, 3… (duplicates when `same`). */
export const manyLines: fc.Arbitrary<string> = fc
  .record({
    shape: fc.constantFrom('第N条 甲。', '第N条', '## § N\n(1) x', '### § N Überschrift', '第N條\n---\n　　甲。', 'Article N', 'SEC. N. x', '（一）x', '1. x', '> 说明：x', '## 第N章 x', '# 第N编', 'x', '', '第N條 之一\n---'),
    count: fc.constantFrom(20_000, 60_000),
    same: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
  })
  .map(({ shape, count, same, eol }) => {
    const out: string[] = [];
    for (let i = 1; i <= count; i++) {
      const n = same ? 1 : i;
      out.push(shape.replace('N', shape.includes('§') || shape.startsWith('Article') || shape.startsWith('SEC') ? String(n) : toChineseNumeral(Math.min(n, 9999))).replace(/\n/g, eol));
    }
    return out.join(eol);
  });

/** XML with many elements or deep nesting (within and past the parser's limits). */
export function bigXml(root: string, ns: string, inner: readonly string[]): fc.Arbitrary<string> {
  return fc
    .record({ count: fc.constantFrom(5_000, 20_000), depth: fc.constantFrom(150, 199, 200, 201, 5000), shape: fc.nat(2) })
    .map(({ count, depth, shape }) => {
      const open = `<${root} xmlns="${ns}">${inner.map((n) => `<${n}>`).join('')}`;
      const close = `${[...inner].reverse().map((n) => `</${n}>`).join('')}</${root}>`;
      if (shape === 0) return open + Array.from({ length: count }, (_, i) => `<section><num value="${i % 7}">${i % 7}</num><heading>h</heading><content><p>x</p></content></section>`).join('\n') + close;
      if (shape === 1) return `${open}${'<section>'.repeat(depth)}<num>1</num>${'</section>'.repeat(depth)}${close}`;
      return `${open}${'<article><num>1</num><paragraph><content><p>'.repeat(Math.min(depth, 60))}x${'</p></content></paragraph></article>'.repeat(Math.min(depth, 60))}${close}`;
    });
}

// ---------------------------------------------------------------- random bytes

/** Random bytes decoded as UTF-8 (invalid sequences become U+FFFD) or as Latin-1. */
export const randomBytes: fc.Arbitrary<string> = fc
  .tuple(fc.uint8Array({ maxLength: 3000 }), fc.boolean())
  .map(([b, utf8]) => (utf8 ? new TextDecoder('utf-8').decode(b) : String.fromCharCode(...b)));

/** Random UTF-16 code units, lone surrogates included. */
export const randomUnits: fc.Arbitrary<string> = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 600 });

/** Random strings of any kind. */
export const randomText: fc.Arbitrary<string> = fc.oneof(randomBytes, randomUnits, fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 }));

// ---------------------------------------------------------------- numbering schemes

const CN_DIGITS = '〇一二三四五六七八九';

/** A number as some text might print it: Arabic, Chinese, full-width, with odd or broken forms. */
export const printedNumber: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 6 }).map(String) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 9999 }).map(toChineseNumeral) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 3000 }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 300 }).map((n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 999 }).map((n) => String(n).replace(/\d/g, (d) => CN_DIGITS[Number(d)]!)) },
  { weight: 1, arbitrary: fc.constantFrom('0', '00', '-1', '1.5', '1e3', '99999999999999999999999', '一万亿亿', '十十', '零零', '百', '两', '两千', '〇', 'IV', 'xlii', 'a', '12a', '1a-3', '', ' ', '第', '条') },
);

/** A heading line in one of the numbering schemes the importers know, or a near miss. */
export const headingLine: fc.Arbitrary<string> = fc
  .tuple(printedNumber, printedNumber, fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), fc.string({ maxLength: 10 }), fc.nat(40))
  .map(([n, m, letter, tail, form]) => {
    const forms = [
      `第${n}条 ${tail}`, `第${n}条`, `第 ${n} 条　${tail}`, `第${n}條 ${tail}`, `第 ${n} 條`, `第${n}條之${m} ${tail}`, `第${n}條 之${m}`, `第${n}条之${m}`,
      `## 第${n}章 ${tail}`, `第${n}章 ${tail}`, `### 第${n}节`, `# 第${n}编 ${tail}`, `第${n}分编`,
      `第${n}條\n---`, `第${n}條 之${m}\n---`, `第${n}章 ${tail}\n===`,
      `## § ${n} ${tail}`, `### § ${n}${letter}`, `§ ${n}`, `## §§ ${n} bis ${m} (weggefallen)`, `## § ${n} (weggefallen)`, `#### § ${n}`, `## Buch ${n} - ${tail}`, `## Abschnitt ${n} - ${tail}`, `### Titel ${n}`, `#### Untertitel ${n}`,
      `Article ${n} ${tail}`, `Article ${n}: ${tail}`, `Art. ${n}`, `ARTICLE ${n}`, `Section ${n}. ${tail}`, `Sec. ${n}.`, `SEC. ${n}. ${tail}`, `SECTION ${n}`, `Chapter ${n}`, `Part ${n} ${tail}`, `TITLE ${n}`,
      `# Article ${n}`, `## Section ${n}`, `（${n}）${tail}`, `${n}、${tail}`,
    ];
    return forms[form % forms.length]!;
  });

/** A body line: items, paragraphs, notes, front matter and plain or hostile text. */
export const bodyLine: fc.Arbitrary<string> = fc
  .tuple(printedNumber, fc.oneof(fc.constantFrom('国家依法保护。', 'Die Bundesnetzagentur kann anordnen.', 'The Secretary shall report.', '本法自公布之日起施行。'), hostileText), fc.nat(20))
  .map(([n, t, form]) => {
    const forms = [t, t, t, `（${n}）${t}`, `${n}. ${t}`, `(${n}) ${t}`, `${'abcd'[form % 4]}) ${t}`, `aa) ${t}`, `> 说明：${t}`, `> 理由：${t}`, `> Explanation: ${t}`, `> ${t}`, `（删除）`, `(weggefallen)`, `---`, `title: ${t}`, `<!-- INFO END -->`, `- ${t}`, `| ${t} |`, '', '   '];
    return forms[form % forms.length]!;
  });

/** A document mixing numbering schemes (Chinese and Arabic numerals, duplicated and descending numbers) with body lines. */
export const mixedNumbering: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.oneof({ weight: 2, arbitrary: headingLine }, { weight: 3, arbitrary: bodyLine }), { maxLength: 60 }), fc.constantFrom('\n', '\n', '\r\n', '\r', '\n\n'), fc.boolean())
  .map(([lines, eol, frontMatter]) => (frontMatter ? `---\ntitle: x\n---\n` : '') + lines.join(eol));

// ---------------------------------------------------------------- mutated text files

type TextEdit =
  | { t: 'deleteLines'; at: number; n: number }
  | { t: 'duplicateLines'; at: number; n: number }
  | { t: 'swapLines'; at: number; other: number }
  | { t: 'insertLine'; at: number; line: string }
  | { t: 'insertInLine'; at: number; pos: number; piece: string }
  | { t: 'replaceChar'; at: number; pos: number; piece: string }
  | { t: 'stripMarks'; at: number };

const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ t: fc.constant('deleteLines' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ t: fc.constant('duplicateLines' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 10 }) }),
  fc.record({ t: fc.constant('swapLines' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ t: fc.constant('insertLine' as const), at: fc.nat(), line: fc.oneof(headingLine, bodyLine, hostileText) }),
  fc.record({ t: fc.constant('insertInLine' as const), at: fc.nat(), pos: fc.nat(), piece: fc.oneof(hostilePiece, hostileText) }),
  fc.record({ t: fc.constant('replaceChar' as const), at: fc.nat(), pos: fc.nat(), piece: fc.oneof(hostilePiece, fc.string({ maxLength: 2 })) }),
  fc.record({ t: fc.constant('stripMarks' as const), at: fc.nat() }),
);

function applyTextEdit(lines: string[], e: TextEdit): void {
  if (lines.length === 0) lines.push('');
  const at = e.at % lines.length;
  const line = lines[at]!;
  switch (e.t) {
    case 'deleteLines':
      lines.splice(at, e.n);
      return;
    case 'duplicateLines':
      lines.splice(at, 0, ...lines.slice(at, at + e.n));
      return;
    case 'swapLines': {
      const o = e.other % lines.length;
      [lines[at], lines[o]] = [lines[o]!, line];
      return;
    }
    case 'insertLine':
      lines.splice(at, 0, e.line);
      return;
    case 'insertInLine': {
      const p = e.pos % (line.length + 1);
      lines[at] = line.slice(0, p) + e.piece + line.slice(p);
      return;
    }
    case 'replaceChar': {
      const p = e.pos % (line.length + 1);
      lines[at] = line.slice(0, p) + e.piece + line.slice(p + 1);
      return;
    }
    case 'stripMarks':
      lines[at] = line.replace(/^[#>\s]+/u, '');
      return;
  }
}

/**
 * A window of a real file (whole lines, up to `maxLines`), mutated by a few
 * edits, sometimes cut at any code unit (mid-line, mid-surrogate pair).
 */
export function mutatedWindow(files: readonly { name: string; text: string }[], maxLines = 400): fc.Arbitrary<string> {
  const split = files.map((f) => f.text.split('\n'));
  return fc
    .record({
      file: fc.nat(files.length - 1),
      start: fc.nat(),
      size: fc.integer({ min: 1, max: maxLines }),
      fromTop: fc.boolean(),
      edits: fc.array(textEdit, { maxLength: 8 }),
      cut: fc.option(fc.nat(), { freq: 4 }),
    })
    .map(({ file, start, size, fromTop, edits, cut }) => {
      const all = split[file]!;
      // From the top keeps the header (front matter, title, metadata) that changes how the rest is read.
      const s = fromTop ? 0 : start % all.length;
      const lines = all.slice(s, s + size);
      for (const e of edits) applyTextEdit(lines, e);
      const text = lines.join('\n');
      return cut === null ? text : text.slice(0, cut % (text.length + 1));
    });
}

/** A whole real file cut at any point (only files up to `maxChars`, to bound the time per input). */
export function truncatedFile(files: readonly { name: string; text: string }[], maxChars = 200_000): fc.Arbitrary<string> {
  const small = files.filter((f) => f.text.length <= maxChars);
  if (small.length === 0) throw new Error('no file is small enough to be truncated whole');
  return fc.tuple(fc.nat(small.length - 1), fc.double({ min: 0, max: 1, noNaN: true })).map(([i, frac]) => {
    const t = small[i]!.text;
    return t.slice(0, Math.floor(t.length * frac));
  });
}

// ---------------------------------------------------------------- XML trees

/** Serializes an element tree (from {@link parseXml}) back to XML, declaring each element's namespace where it is used. */
export function serializeXml(el: XmlElement): string {
  const qname = (e: XmlElement): string => (e.prefix ? `${e.prefix}:${e.name}` : e.name);
  const attrs = Object.entries(el.attrs)
    .filter(([k]) => !k.includes(':') || k.startsWith('xml:'))
    .map(([k, v]) => ` ${k}="${escapeXml(v, true)}"`)
    .join('');
  const ns = el.ns ? ` ${el.prefix ? `xmlns:${el.prefix}` : 'xmlns'}="${escapeXml(el.ns, true)}"` : el.prefix ? '' : '';
  const inner = el.children.map((c) => (c.kind === 'text' ? escapeXml(c.text) : serializeXml(c))).join('');
  return `<${qname(el)}${ns}${attrs}>${inner}</${qname(el)}>`;
}

type TreeEdit =
  | { t: 'prune'; at: number; keep: number; from: number }
  | { t: 'delete'; at: number }
  | { t: 'duplicate'; at: number }
  | { t: 'move'; at: number; to: number }
  | { t: 'rename'; at: number; name: string }
  | { t: 'text'; at: number; text: string }
  | { t: 'attr'; at: number; name: string; value: string }
  | { t: 'wrap'; at: number; name: string; depth: number };

const XML_NAMES = ['section', 'subsection', 'paragraph', 'num', 'heading', 'content', 'chapeau', 'continuation', 'quotedContent', 'title', 'division', 'article', 'chapter', 'part', 'book', 'hcontainer', 'intro', 'wrapUp', 'p', 'list', 'point', 'blockList', 'item', 'note', 'footnote', 'ref', 'i', 'b', 'main', 'body', 'meta', 'act', 'doc', 'level', 'appropriations', 'toc', 'tocItem', 'authorialNote', 'proviso', 'clause', 'subparagraph', 'x:y'] as const;

const treeEdit: fc.Arbitrary<TreeEdit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ t: fc.constant('prune' as const), at: fc.nat(), keep: fc.integer({ min: 0, max: 6 }), from: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('duplicate' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('rename' as const), at: fc.nat(), name: fc.constantFrom(...XML_NAMES) }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('text' as const), at: fc.nat(), text: fc.oneof(hostileText, headingLine, printedNumber) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('attr' as const), at: fc.nat(), name: fc.constantFrom('eId', 'wId', 'id', 'value', 'identifier', 'role', 'style', 'onload', 'href', 'xml:lang', 'date', 'refersTo', 'class'), value: fc.oneof(hostileText, printedNumber) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('wrap' as const), at: fc.nat(), name: fc.constantFrom(...XML_NAMES), depth: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(250)) }) },
);

function elementsOf(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    out.push(e);
    for (const c of e.children) if (c.kind === 'element') walk(c);
  };
  walk(root);
  return out;
}

function applyTreeEdit(root: XmlElement, e: TreeEdit): void {
  const all = elementsOf(root);
  const el = all[e.at % all.length]!;
  const parentOf = (x: XmlElement): XmlElement | undefined => all.find((p) => p.children.includes(x));
  const parent = parentOf(el);
  switch (e.t) {
    case 'prune': {
      // Keep a few consecutive children of an element with many: small inputs that still reach deep into the importer.
      const big = all.filter((x) => x.children.length > 8);
      const target = big.length > 0 ? big[e.at % big.length]! : el;
      const from = e.from % Math.max(1, target.children.length);
      target.children = target.children.slice(from, from + e.keep);
      return;
    }
    case 'delete':
      if (parent) parent.children.splice(parent.children.indexOf(el), 1);
      return;
    case 'duplicate':
      if (parent) parent.children.splice(parent.children.indexOf(el), 0, structuredClone(el));
      return;
    case 'move': {
      if (!parent) return;
      parent.children.splice(parent.children.indexOf(el), 1);
      const targets = elementsOf(root);
      const to = targets[e.to % targets.length]!;
      to.children.splice(e.to % (to.children.length + 1), 0, el);
      return;
    }
    case 'rename':
      if (e.name === 'x:y') {
        el.prefix = 'x';
        el.ns = 'urn:x';
        el.name = 'y';
      } else el.name = e.name;
      return;
    case 'text': {
      const texts = el.children.filter((c): c is Extract<XmlNode, { kind: 'text' }> => c.kind === 'text');
      if (texts.length > 0) texts[e.at % texts.length]!.text = e.text;
      else el.children.splice(e.at % (el.children.length + 1), 0, { kind: 'text', text: e.text });
      return;
    }
    case 'attr':
      el.attrs[e.name] = e.value;
      return;
    case 'wrap': {
      let inner: XmlElement = el;
      for (let i = 0; i < e.depth; i++) inner = { ...structuredClone({ ...el, children: [] }), name: e.name, attrs: {}, children: [inner] };
      if (parent) parent.children.splice(parent.children.indexOf(el), 1, inner);
      return;
    }
  }
}

type RawEdit = { t: 'cut'; at: number } | { t: 'insert'; at: number; piece: string } | { t: 'delete'; at: number; n: number };

const rawEdit: fc.Arbitrary<RawEdit> = fc.oneof(
  fc.record({ t: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ t: fc.constant('insert' as const), at: fc.nat(), piece: fc.oneof(hostilePiece, fc.constantFrom('<', '>', '</', '&', '"', '<section>', '</section>', '<num>', '<!DOCTYPE bill>', '<!ENTITY x "y">', '&x;', '['.repeat(50_000), '{"a":'.repeat(20_000), '<p>'.repeat(300))) }),
  fc.record({ t: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 50 }) }),
);

function applyRawEdit(text: string, e: RawEdit): string {
  const at = e.at % (text.length + 1);
  if (e.t === 'cut') return text.slice(0, at);
  if (e.t === 'insert') return text.slice(0, at) + e.piece + text.slice(at);
  return text.slice(0, at) + text.slice(at + e.n);
}

/**
 * A real XML document, parsed, pruned to a few of its parts and mutated as a
 * tree (moved, duplicated, renamed, deeply wrapped elements, hostile text and
 * attributes), serialized well-formed, and sometimes broken as text after.
 */
export function mutatedXml(files: readonly { name: string; text: string }[]): fc.Arbitrary<string> {
  const roots = files.map((f) => {
    const r = parseXml(f.text);
    if (!r.root) throw new Error(`${f.name} does not parse: ${r.problems[0]?.message}`);
    return r.root;
  });
  return fc
    .record({ file: fc.nat(roots.length - 1), edits: fc.array(treeEdit, { maxLength: 10 }), raw: fc.array(rawEdit, { maxLength: 3 }), prolog: fc.boolean() })
    .map(({ file, edits, raw, prolog }) => {
      const root = structuredClone(roots[file]!);
      // Prune first, so most inputs are small.
      applyTreeEdit(root, { t: 'prune', at: 0, keep: 12, from: edits.length });
      for (const e of edits) applyTreeEdit(root, e);
      let text = (prolog ? '<?xml version="1.0" encoding="UTF-8"?>\n' : '') + serializeXml(root).replace(/></g, '>\n<');
      for (const e of raw) text = applyRawEdit(text, e);
      return text;
    });
}

/** Random content inside a root element of the given namespace, so detection and parsing get past the first tag. */
export function xmlShell(root: string, ns: string, inner: readonly string[] = []): fc.Arbitrary<string> {
  const tag = fc.constantFrom(...XML_NAMES.filter((n) => n !== 'x:y'));
  const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.oneof(hostileText, headingLine, printedNumber).map((t) => escapeXml(t)),
      fc.tuple(tag, fc.array(tie('node'), { maxLength: 4 })).map(([n, cs]) => `<${n}>${cs.join('')}</${n}>`),
      fc.tuple(tag, printedNumber).map(([n, v]) => `<${n} value="${escapeXml(v, true)}" identifier="/us/bill/1/s${escapeXml(v, true)}"/>`),
    ),
  })).node;
  return fc.tuple(fc.array(node, { maxLength: 8 }), fc.option(randomText, { freq: 3 })).map(([nodes, junk]) => {
    const open = inner.map((n) => `<${n}>`).join('');
    const close = [...inner].reverse().map((n) => `</${n}>`).join('');
    return `<${root} xmlns="${ns}">${open}${nodes.join('\n')}${junk ?? ''}${close}</${root}>`;
  });
}

// ---------------------------------------------------------------- JSON values

type JsonEdit =
  | { t: 'replace'; at: number; value: unknown }
  | { t: 'delete'; at: number }
  | { t: 'duplicate'; at: number }
  | { t: 'prune'; at: number; keep: number };

const hostileJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  hostileText,
  printedNumber,
  fc.constantFrom(null, true, 0, -1, 1e308, '', [], {}, 'article', 'division', 'repealed-range', 'lawdiff-version/1', 'explanation', 'note', '__proto__', { __proto__: null }),
  fc.constantFrom({ kind: 'article', label: '第一条', num: '1', heading: '', paragraphs: [] }, { kind: 'division', type: 'chapter', children: [{ kind: 'article', num: '', label: '' }] }, { kind: 'repealed-range', label: '§§ 1 bis 2', from: '1', to: '2' }),
);

const jsonEdit: fc.Arbitrary<JsonEdit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ t: fc.constant('replace' as const), at: fc.nat(), value: hostileJsonValue }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('duplicate' as const), at: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('prune' as const), at: fc.nat(), keep: fc.integer({ min: 0, max: 5 }) }) },
);

/** Every (container, key) slot of a JSON value. */
function slots(v: unknown): { parent: Record<string, unknown> | unknown[]; key: string | number }[] {
  const out: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach((c, i) => (out.push({ parent: x, key: i }), walk(c)));
    else if (x && typeof x === 'object') for (const [k, c] of Object.entries(x)) out.push({ parent: x as Record<string, unknown>, key: k }), walk(c);
  };
  walk(v);
  return out;
}

function applyJsonEdit(root: unknown, e: JsonEdit): unknown {
  const all = slots(root);
  if (all.length === 0) return e.t === 'replace' ? e.value : root;
  const { parent, key } = all[e.at % all.length]!;
  const value = (parent as Record<string | number, unknown>)[key];
  switch (e.t) {
    case 'replace':
      (parent as Record<string | number, unknown>)[key] = structuredClone(e.value);
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(value));
      break;
    case 'prune': {
      // Keep a few elements of a long array: small inputs, still deep.
      const arrays = all.map((s) => (s.parent as Record<string | number, unknown>)[s.key]).filter((x): x is unknown[] => Array.isArray(x) && x.length > 5);
      const a = arrays.length > 0 ? arrays[e.at % arrays.length]! : undefined;
      if (a) a.splice(e.keep, a.length);
      break;
    }
  }
  return root;
}

/** A real JSON file, mutated as a value (pruned, values replaced by hostile or wrong-typed ones), then printed, sometimes broken as text. */
export function mutatedJson(texts: readonly string[]): fc.Arbitrary<string> {
  const values = texts.map((t) => JSON.parse(t) as unknown);
  return fc
    .record({ file: fc.nat(values.length - 1), edits: fc.array(jsonEdit, { maxLength: 8 }), raw: fc.array(rawEdit, { maxLength: 2 }), pretty: fc.boolean() })
    .map(({ file, edits, raw, pretty }) => {
      let v = structuredClone(values[file]);
      v = applyJsonEdit(v, { t: 'prune', at: edits.length, keep: 6 });
      v = applyJsonEdit(v, { t: 'prune', at: edits.length + 1, keep: 6 });
      for (const e of edits) v = applyJsonEdit(v, e);
      let text = JSON.stringify(v, null, pretty ? 2 : undefined) ?? 'undefined';
      for (const e of raw) text = applyRawEdit(text, e);
      return text;
    });
}

// ---------------------------------------------------------------- issue 12: deep nesting, language tags, huge lines

/**
 * Version JSON (or law.json) text with one part nested deep — the title, the divisions, the items,
 * a metadata value or the law's title map — around and far past the validators' limit of 200. Built
 * as text: JSON.stringify itself overflows on such values.
 */
export const deepJson: fc.Arbitrary<string> = fc
  .record({
    where: fc.constantFrom('title', 'divisions', 'items', 'metadata', 'law-title', 'annexes'),
    depth: fc.oneof(fc.integer({ min: 1, max: 260 }), fc.constantFrom(199, 200, 201, 2000, 4500, 20_000)),
    open: fc.constantFrom('[', '{"a":'),
  })
  .map(({ where, depth, open }) => {
    const close = open === '[' ? ']' : '}';
    const deepValue = `${open.repeat(depth)}"x"${close.repeat(depth)}`;
    const article = '{"kind":"article","label":"A1","num":"1","heading":"","paragraphs":[{"num":"","text":"Hello.","items":[]}]}';
    const v = (body: string, title = '"X"', metadata = '{}', annexes = '[]'): string =>
      `{"format":"lawdiff-version/1","title":${title},"language":"en","metadata":${metadata},"preamble":[],"body":${body},"annexes":${annexes},"annotations":[]}`;
    switch (where) {
      case 'title':
        return v(`[${article}]`, deepValue);
      case 'divisions': {
        const division = '{"kind":"division","type":"part","label":"P","num":"1","heading":"","text":[],"children":[';
        return v(`[${division.repeat(depth)}${article}${']}'.repeat(depth)}]`);
      }
      case 'items': {
        const item = '{"num":"1","text":"x","items":[';
        return v(`[{"kind":"article","label":"A1","num":"1","heading":"","paragraphs":[{"num":"","text":"","items":[${item.repeat(depth)}${']}'.repeat(depth)}]}]}]`);
      }
      case 'metadata':
        return v(`[${article}]`, '"X"', `{"text":${deepValue}}`);
      case 'annexes':
        return v(`[${article}]`, '"X"', '{}', `[{"heading":"A","paragraphs":[{"num":"","text":${deepValue},"items":[]}]}]`);
      default:
        return `{"id":"a","title":{"en":${deepValue}},"language":"en","versions":[]}`;
    }
  });

/** Language tags, valid and not: what a reader types into the import form, or a file carries. */
export const languageTag: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('x', 'Chinese (Simplified)', 'Chinese', 'zh_CN', 'zh-hans', 'ZH-HANT', 'de', 'en', 'und', '', '-', 'en-', 'i-klingon', 'x-private', 'zh-Hans-CN-u-co-pinyin', 'en-US-u-ca-gregory-x-y', 'a'.repeat(300), '\u0000', '中文', '<script>', '__proto__'),
  fc.string({ maxLength: 20 }),
  fc.stringMatching(/^[a-zA-Z]{1,9}(-[a-zA-Z0-9]{1,9}){0,4}$/u),
);

/** A version JSON text in the given language, with a few articles (Chinese and English text). */
export function versionInLanguage(language: string, variant = 0): string {
  const texts = ['国家保障网络安全，促进经济社会信息化健康发展。', 'Hello world, this is the second article.', `第${variant + 1}款 规定的事项。`];
  const body = texts.map((t, i) => ({ kind: 'article', label: `第${i + 1}条`, num: String(i + 1), heading: '', paragraphs: [{ num: '', text: variant ? `${t}修改` : t, items: [] }] }));
  return JSON.stringify({ format: 'lawdiff-version/1', title: 'X', language, metadata: {}, preamble: [], body, annexes: [], annotations: [] });
}

/**
 * A text with one line past the importers' limit ({@link MAX_LINE_LENGTH}; up to 10 million characters), in a
 * text format's shape: the line is an article heading, an item or a paragraph, Chinese or Latin,
 * with or without spaces, LF or CRLF line ends.
 */
export const hugeLine: fc.Arbitrary<{ text: string; line: number }> = fc
  .record({
    size: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: MAX_LINE_LENGTH + 1, max: MAX_LINE_LENGTH * 1.5 }) }, { weight: 1, arbitrary: fc.constantFrom(3_000_000, 10_000_000) }),
    unit: fc.constantFrom('国', ' 国', 'x', 'a ', '第一条', '（一）', '§ 1 ', '\u3000'),
    shape: fc.constantFrom('cn-article', 'cn-item', 'cn-para', 'de', 'en', 'tw'),
    eol: fc.constantFrom('\n', '\r\n'),
  })
  .map(({ size, unit, shape, eol }) => {
    const long = unit.repeat(Math.ceil(size / unit.length));
    const lines =
      shape === 'cn-article' ? ['# 某法', '', '第一条　总则。', `第二条　${long}`, '第三条　附则。']
      : shape === 'cn-item' ? ['第一条　下列事项：', `（一）${long}`, '（二）其他。']
      : shape === 'cn-para' ? ['第一条　总则。', long, '第二条　附则。']
      : shape === 'de' ? ['## § 1 Zweck', '', `(1) ${long}`, '', '## § 2 Ende', '', 'Text.']
      : shape === 'en' ? ['Article 1', '', long, '', 'Article 2', '', 'Text.']
      : ['第 1 條', '---', '', long, '', '第 2 條', '---', '', '本法。'];
    return { text: lines.join(eol), line: lines.findIndex((l) => l.length > MAX_LINE_LENGTH) + 1 };
  });
