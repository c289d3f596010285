/**
 * The web-page reader (src/model/import/html.ts, parse5 in Node): corpus laws as web pages with
 * navigation, banners, footers, scripts, styles and hidden text around them
 * (tests/helpers/draft-pages.ts) read back into the articles of their text; what was left out is
 * said; lists, tables, line breaks and hostile markup.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listArticles } from '../../../src/model/doc.js';
import { importFile } from '../../../src/model/import/file.js';
import { importSource } from '../../../src/model/import/index.js';
import { parseHtmlBlocks } from '../../../src/model/import/html-parse5.js';
import { fileKind } from '../../../src/model/import/sniff.js';
import { corpusDir, readCorpus, repoRoot } from '../../helpers/corpus.js';
import { draftHtml } from '../../helpers/draft-pages.js';
import { differences } from '../../helpers/article-differences.js';
import type { Convention } from '../../helpers/docx-fixtures.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

const CASES: { name: string; convention: Convention; text: () => string; language: string }[] = [
  { name: 'cn-company-law/2023.md', convention: 'cn', text: () => readCorpus('cn-company-law/2023.md'), language: 'zh-Hans' },
  { name: 'tw-personal-data-protection-act/2015.md', convention: 'tw', text: () => readCorpus('tw-personal-data-protection-act/2015.md'), language: 'zh-Hant' },
  { name: 'de-netzdg/2021a.md', convention: 'de', text: () => readCorpus('de-netzdg/2021a.md'), language: 'de' },
  { name: 'versions/fictional-open-data-law-en/source/final.txt', convention: 'en', text: () => readFileSync(resolve(repoRoot, 'versions/fictional-open-data-law-en/source/final.txt'), 'utf8'), language: 'en' },
];

describe('a corpus law as a web page reads as its text', () => {
  for (const c of CASES) {
    it(`${c.name} (${c.convention})`, async () => {
      const text = c.text();
      const direct = importSource(text, { fileName: c.name });
      const page = utf8(draftHtml(text, c.convention, { chrome: true }));
      expect(fileKind(page, 'download')).toBe('html');
      const r = await importFile(page, { fileName: 'draft.html' });
      expect(r.format).toBe('html');
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(differences(direct.doc, r.doc, 'the web page')).toEqual([]);
      expect(r.doc.language).toBe(c.language);
      const json = JSON.stringify(r.doc);
      for (const gone of ['injected', 'alert', 'Site banner', 'Menu one', 'Hidden text', 'Site footer', 'Related: another law', '›']) expect(json).not.toContain(gone);
      expect(r.problems.map((p) => p.message)).toEqual(expect.arrayContaining(["only the page's main text read (its <main>): everything around it left out", '4 parts around the text (navigation, banner, footer, aside or form) left out', '1 hidden element left out']));
      // A problem names the page's paragraph: the first article's block is after the title.
      expect(listArticles(r.doc)[0]!.article.line).toBeGreaterThanOrEqual(2);
    });
  }
});

/** Every Markdown law of the corpus (each version), as a plain web page: the same articles, numbers and text. */
describe('the whole corpus as web pages', () => {
  const laws = readdirSync(corpusDir).filter((d) => existsSync(join(corpusDir, d, 'law.json')));
  for (const law of laws) {
    const versions = (JSON.parse(readFileSync(join(corpusDir, law, 'law.json'), 'utf8')) as { versions: { file: string }[] }).versions.map((v) => v.file).filter((f) => f.endsWith('.md'));
    for (const file of versions) {
      it(`${law}/${file}`, async () => {
        const text = readFileSync(join(corpusDir, law, file), 'utf8');
        const convention: Convention = law.startsWith('tw-') ? 'tw' : law.startsWith('de-') ? 'de' : 'cn';
        const r = await importFile(utf8(draftHtml(text, convention)), { fileName: `${file}.html` });
        expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(differences(importSource(text).doc, r.doc, 'the web page')).toEqual([]);
      });
    }
  }
});

describe('what a page holds', () => {
  it('writes out an ordered list’s numbers, reads a table row as one line, a <br> as a line break, and the title', () => {
    const r = parseHtmlBlocks(`<title>Ein Gesetz</title><body><h1>Gesetz</h1><h2>§ 1 Zweck</h2><ol type="1"><li>eins</li><li>zwei</li></ol><ol start="3" type="a"><li>drei</li></ol><ol><li>(4) hat schon</li></ol><table><tr><td>A</td><td>B</td></tr></table><p>eins<br>zwei</p><pre>  a\n  b</pre></body>`);
    expect(r.title).toBe('Ein Gesetz');
    expect(r.blocks.map((b) => [b.text, b.heading])).toEqual([
      ['Gesetz', 0],
      ['§ 1 Zweck', 1],
      ['1. eins', undefined],
      ['2. zwei', undefined],
      ['c. drei', undefined],
      ['(4) hat schon', undefined],
      ['A B', undefined],
      ['eins\nzwei', undefined],
      ['a\nb', undefined],
    ]);
    expect(r.problems.map((p) => p.message)).toEqual(['1 table read as text, one line per row']);
  });

  it('writes a list number beyond Roman numerals in digits (the fuzz found value=99999999999 written in Roman numerals, one M at a time)', () => {
    const r = parseHtmlBlocks('<ol type="i"><li value="99999999999">x</li><li>y</li></ol><ol type="a" start="-5"><li>z</li></ol><ol type="I" start="3999"><li>w</li></ol>');
    expect(r.blocks.map((b) => b.text)).toEqual(['99999999999. x', '100000000000. y', '-5. z', 'MMMCMXCIX. w']);
  });

  it('reads rich text pasted without <html> or <body> (a fragment), and the main element only when there is one', () => {
    expect(parseHtmlBlocks('<p>第一条　为了规范。</p><p>第二条　本法适用。</p>').blocks.map((b) => b.text)).toEqual(['第一条　为了规范。', '第二条　本法适用。']);
    expect(parseHtmlBlocks('<body><div>outside</div><main><p>inside</p></main></body>').blocks.map((b) => b.text)).toEqual(['inside']);
    // Without a main element: the body, less its navigation and its menus of links.
    const r = parseHtmlBlocks('<body><nav><a href="/">Home</a></nav><div><a href="/a">One</a> · <a href="/b">Two</a></div><p>§ 1 Text with <a href="/x">a link</a> in it.</p></body>');
    expect(r.blocks.map((b) => b.text)).toEqual(['§ 1 Text with a link in it.']);
    expect(r.problems.map((p) => p.message)).toEqual(['1 part around the text (navigation, banner, footer, aside or form) left out', '1 block made mostly of links (a menu?) left out']);
  });

  it('survives a page nested a hundred thousand elements deep, and an event handler is never more than an attribute', async () => {
    const deep = `${'<div>'.repeat(100_000)}<p>§ 1 Tief</p>${'</div>'.repeat(100_000)}`;
    expect(parseHtmlBlocks(deep).blocks.map((b) => b.text)).toEqual(['§ 1 Tief']);
    const r = await importFile(utf8('<!DOCTYPE html><body onload="alert(1)"><p>第一条　<img src=x onerror="alert(2)">为了规范。<script>alert(3)</script></p></body>'), { fileName: 'x.html' });
    expect(listArticles(r.doc).map(({ article }) => article.paragraphs[0]!.text)).toEqual(['为了规范。']);
  });

  it('honours the page’s declared charset', async () => {
    const gbk = new Uint8Array([...utf8('<!DOCTYPE html><html><head><meta charset="gbk"></head><body><p>'), 0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5, 0xa1, 0xa1, 0xce, 0xaa, 0xc1, 0xcb, 0xa1, 0xa3, ...utf8('</p></body></html>')]);
    const r = await importFile(gbk, { fileName: 'gbk.html' });
    expect(r.encoding).toBe('gbk');
    expect(listArticles(r.doc).map(({ article }) => `${article.label} ${article.paragraphs[0]!.text}`)).toEqual(['第一条 为了。']);
  });

  it('says when a page holds no law', async () => {
    const r = await importFile(utf8('<!DOCTYPE html><title>Nothing</title><p>Just a page.</p>'), { fileName: 'empty.html' });
    expect(r.ok).toBe(false);
    expect(r.problems[0]!.message).toMatch(/^no law found in empty\.html: its text has no article headings/u);
  });
});
