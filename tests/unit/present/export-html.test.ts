import { describe, expect, it } from 'vitest';
import { buildModel, filterRows, type Row } from '../../../src/present/compare-model.js';
import { escapeHtml, exportFileName, exportHtml, type ExportInput } from '../../../src/present/export-html.js';
import type { Note } from '../../../src/store/notes.js';
import { compareVersions } from '../../../src/diff/compare.js';
import type { Law, VersionDoc } from '../../../src/model/types.js';
import { model, rowOf, sample } from '../../helpers/sample.js';

/** The tags the exporter writes; anything else in its output came from the text. */
const ALLOWED = new Set('html head meta title style body header h1 h2 h3 h4 h5 h6 p dl dt dd section ul li span bdi strong main div del ins aside footer a'.split(' '));
const VOID = new Set(['meta']);

/** The elements of a document (outside `<style>`), checked for balance: fails loudly on a stray or unclosed element. */
function tagsOf(doc: string): string[] {
  const body = doc.replace(/<style>[\s\S]*?<\/style>/u, '<style></style>').replace(/^<!doctype html>/iu, '');
  const names: string[] = [];
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/gu)) {
    const [, closing, raw] = m;
    const name = raw!.toLowerCase();
    if (!closing) names.push(name);
    if (VOID.has(name)) continue;
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}> at ${m.index}: …${body.slice(m.index! - 80, m.index! + 20)}…`);
    } else stack.push(name);
  }
  if (stack.length > 0) throw new Error(`unclosed: ${stack.join(' ')}`);
  return names;
}

function input(edition: 'zh' | 'en', oldId: string, newId: string, over: Partial<ExportInput> = {}): ExportInput {
  const s = sample(edition);
  const { model: m, comparison } = model(edition, oldId, newId);
  const find = (id: string) => s.law.versions.find((v) => v.id === id)!;
  return {
    law: s.law,
    oldVersion: find(oldId),
    newVersion: find(newId),
    rows: m.rows,
    stats: comparison.stats,
    renumberedOnly: m.rows.filter((r) => r.type === 'article' && r.kind === 'renumbered').length,
    view: 'synopsis',
    filter: 'all',
    lang: { old: s.docs[oldId]!.language, new: s.docs[newId]!.language },
    generated: new Date('2025-09-01T12:00:00Z'),
    url: 'https://example.org/lawdiff/#/law/x/compare/a/b',
    ...over,
  };
}

describe('escapeHtml', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['</style><script>alert(1)</script>', '&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"double" \'single\'', '&quot;double&quot; &#39;single&#39;'],
    ['Tom & Jerry &amp; co', 'Tom &amp; Jerry &amp;amp; co'],
    ['第四条（一）', '第四条（一）'],
    ['', ''],
  ])('%s', (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });
});

describe('exportFileName', () => {
  it.each([
    [['fictional-open-data-law-zh', 'first-draft', 'second-reading'], 'fictional-open-data-law-zh_first-draft_second-reading.html'],
    [['de-netzdg', '2021a', '2022'], 'de-netzdg_2021a_2022.html'],
    [['../../etc', 'a/b', 'c d'], 'etc_a-b_c-d.html'],
    [['法律', '初稿', '二审稿'], '法律_初稿_二审稿.html'],
  ])('%j', (args, name) => {
    expect(exportFileName(...(args as [string, string, string]))).toBe(name);
  });
});

describe('exportHtml on the sample law', () => {
  const html = exportHtml(input('zh', 'first-draft', 'second-reading'));

  it('is one standalone document: no scripts, no external resources', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'`);
    const tags = tagsOf(html);
    for (const t of tags) expect(ALLOWED.has(t), `unexpected <${t}>`).toBe(true);
    expect(tags.filter((t) => t === 'style')).toHaveLength(1);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\bsrc=/iu);
    // The only link is the way back to the comparison.
    expect([...html.matchAll(/href="([^"]*)"/gu)].map((m) => m[1])).toEqual(['https://example.org/lawdiff/#/law/x/compare/a/b']);
  });

  it('has the law, the two readings, the counts and the division headings', () => {
    expect(html).toContain('<title>Open Government Data Law (Fictional Example), Chinese text — First draft → Second reading draft</title>');
    expect(html).toContain('<h1 lang="en" translate="no">Open Government Data Law (Fictional Example), Chinese text</h1>');
    expect(html).toContain('<p class="original" lang="zh-Hans" translate="no">政府数据开放法（虚构示例）</p>');
    expect(html).toContain('<dd><bdi translate="no">First draft</bdi> · Draft · <span translate="no">2025-03-01</span></dd>');
    expect(html).toContain('<dd><bdi translate="no">Second reading draft</bdi> · Second reading · <span translate="no">2025-08-26</span></dd>');
    expect(html).toContain('<li><span class="n">7</span> Inserted</li>');
    expect(html).toContain('<li><span class="n">2</span> Deleted</li>');
    expect(html).toContain('<li><span class="n">24</span> Renumbered only</li>');
    expect(html.match(/<h2 class="division depth-0[^"]*">/gu)).toHaveLength(8);
    expect(html).toContain('<h2 class="division depth-0 first"><span lang="zh-Hans">第一章 总则</span></h2>');
    expect(html).toContain('<span lang="zh-Hans">第五章 数据安全</span> <span class="badge">new division</span></h2>');
    expect(html).toContain('Exported from lawdiff on 2025-09-01');
  });

  it('shows every article row with its changes marked by del/ins and their text labels', () => {
    const sections = html.match(/<section class="article kind-/gu) ?? [];
    expect(sections).toHaveLength(51);
    const moved = html.slice(html.indexOf('id="row-first-draft~15"'), html.indexOf('</section>', html.indexOf('id="row-first-draft~15"')));
    expect(moved).toContain('<strong lang="zh-Hans">第四条</strong> <span class="was">(was 第十五条)</span>');
    expect(moved).toContain('<span class="badge">Moved · reworded</span>');
    expect(moved).toContain('<div class="col old" lang="zh-Hans">');
    expect(moved).toContain('<del><span class="sr">[deleted: </span>本章<span class="sr">]</span></del>');
    expect(moved).toContain('<ins><span class="sr">[inserted: </span>本法<span class="sr">]</span></ins>');
    // The explanation of the second reading, in the law's language.
    expect(moved).toContain('<div class="annotation-text" lang="zh-Hans" translate="no">有的常委委员和部门提出');
  });

  it('follows the view and the filter', () => {
    const { model: m } = model('zh', 'first-draft', 'second-reading');
    const rows: Row[] = filterRows(m.rows, 'inserted');
    const redline = exportHtml(input('zh', 'first-draft', 'second-reading', { view: 'redline', filter: 'inserted', rows }));
    expect(redline.match(/<section class="article kind-inserted/gu)).toHaveLength(7);
    expect(redline).not.toContain('kind-reworded');
    expect(redline).not.toContain('class="cols"');
    expect(redline).toContain('<div class="redline" lang="zh-Hans">');
    expect(redline).toContain('<p class="meta">Redline · Inserted</p>');
    const none = exportHtml(input('zh', 'first-draft', 'second-reading', { rows: [] }));
    expect(none).toContain('No article matches this filter.');
  });

  it('labels the parts of a split and the English edition', () => {
    const en = input('en', 'second-reading', 'final');
    const { model: m } = model('en', 'second-reading', 'final');
    const split = rowOf(m, 'first-draft~25');
    expect(split.kind).toBe('split');
    const doc = exportHtml(en);
    expect(doc).toContain('<h1 lang="en" translate="no">Open Government Data Law (Fictional Example), English translation</h1>');
    expect(doc).toContain('<p class="part-label">Article 28</p>');
    expect(doc).toContain('<div class="col new" lang="en">');
  });
});

describe('exportHtml with hostile text', () => {
  const evil = '<img src=x onerror=alert(1)></style><script>alert("x")</script> & \'q\'';
  const doc = (text: string): VersionDoc => ({
    format: 'lawdiff-version/1',
    title: evil,
    language: 'en',
    metadata: {},
    preamble: [],
    body: [
      {
        kind: 'division',
        type: 'chapter',
        label: 'Chapter <1>',
        num: '1',
        heading: evil,
        text: [],
        children: [
          { kind: 'article', label: `Art. 1 ${evil}`, num: '1', heading: evil, paragraphs: [{ num: '(1)', text, items: [{ num: '<a>', text: evil, items: [] }] }] },
        ],
      },
    ],
    annexes: [],
    annotations: [{ article: '1', kind: 'explanation', text: evil, source: evil }],
  });
  const oldDoc = doc(`${evil} old`);
  const newDoc = doc(`${evil} new </main></body>`);
  const comparison = compareVersions(oldDoc, newDoc);
  const m = buildModel(oldDoc, newDoc, comparison, { old: 'v1', new: 'v2' });
  const law: Law = {
    id: 'x',
    title: { en: evil, de: evil },
    jurisdiction: evil,
    language: 'de',
    versions: [
      { id: 'v1', label: evil, stage: evil, date: '"2020"' },
      { id: 'v2', label: `${evil} 2`, stage: '', date: '' },
    ],
  };
  const html = exportHtml({
    law,
    oldVersion: law.versions[0]!,
    newVersion: law.versions[1]!,
    rows: m.rows,
    stats: comparison.stats,
    renumberedOnly: 0,
    view: 'synopsis',
    filter: 'all',
    lang: { old: 'en" onload="x', new: 'en' },
    generated: new Date('2025-09-01T00:00:00Z'),
    url: 'javascript:alert(1)',
  });

  it('escapes every text, so no markup comes from the law', () => {
    const tags = tagsOf(html);
    for (const t of tags) expect(ALLOWED.has(t), `unexpected <${t}>`).toBe(true);
    expect(html).not.toMatch(/<img|<script|<a>/iu);
    expect(html.match(/<\/style>/gu)).toHaveLength(1);
    expect(html.match(/<\/main>/gu)).toHaveLength(1);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;/style&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
    expect(html).toContain('lang="en&quot; onload=&quot;x"');
    expect(html).not.toMatch(/ onload="/u);
    expect(html).toContain('Chapter &lt;1&gt;');
  });

  it('links back only to http(s) addresses', () => {
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('href=');
  });
});

describe('exportHtml with the reader’s notes', () => {
  const note = (key: string, text: string, updated = '2026-12-02T12:00:00.000Z'): Note => ({
    id: `n-${key}-${text.length}`,
    folder: 'fictional-open-data-law-en',
    key,
    text,
    label: 'Article 1',
    created: '2026-11-30T12:00:00.000Z',
    updated,
  });
  const hostile = '<img src=x onerror="alert(1)"></aside><script>alert(2)</script> & \'q\'\nsecond line';
  const notes = new Map<string, Note[]>([
    ['first-draft~1', [note('first-draft~1', 'Purpose clause: “data security” added.'), note('first-draft~1', hostile, '2026-12-03T12:00:00.000Z')]],
    ['no-such-row', [note('no-such-row', 'Not in this comparison')]],
  ]);

  it('leaves them out unless asked', () => {
    const doc = exportHtml(input('en', 'first-draft', 'second-reading'));
    expect(doc).not.toContain('Purpose clause');
    expect(doc).not.toContain('Your note');
    expect(doc).not.toContain('class="reader-note"');
  });

  it('puts each under its article, marked as the reader’s, with its date, as escaped text', () => {
    const doc = exportHtml(input('en', 'first-draft', 'second-reading', { notes }));
    for (const t of tagsOf(doc)) expect(ALLOWED.has(t), `unexpected <${t}>`).toBe(true);
    const first = doc.slice(doc.indexOf('id="row-first-draft~1"'), doc.indexOf('</section>', doc.indexOf('id="row-first-draft~1"')));
    expect(first).toContain('<aside class="reader-note"><p class="note-head">Your note, Dec 2, 2026:</p><div class="note-text" translate="no">Purpose clause: “data security” added.</div></aside>');
    expect(first).toContain(
      '<p class="note-head">Your note, Dec 3, 2026:</p><div class="note-text" translate="no">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;/aside&gt;&lt;script&gt;alert(2)&lt;/script&gt; &amp; &#39;q&#39;\nsecond line</div>',
    );
    expect(doc).not.toMatch(/<img|<script/iu);
    expect(doc.match(/class="reader-note"/gu)).toHaveLength(2);
    expect(doc).not.toContain('Not in this comparison');
    expect(doc).toContain('<p class="meta">Side by side · All articles · With your notes</p>');
  });
});

describe('exportHtml explanations and print', () => {
  it('labels an explanation with its reading when the comparison spans several', () => {
    const doc = exportHtml(input('zh', 'first-draft', 'final'));
    const moved = doc.slice(doc.indexOf('id="row-first-draft~15"'), doc.indexOf('</section>', doc.indexOf('id="row-first-draft~15"')));
    expect(moved).toContain('<p class="annotation-head"><strong>Explanation</strong> · <span class="reading" translate="no">Second reading draft</span> · <span lang="zh-Hans" translate="no">说明</span></p>');
  });

  it('keeps the text labels of the marks for screen readers only, on paper too', () => {
    const doc = exportHtml(input('zh', 'first-draft', 'second-reading'));
    const print = doc.slice(doc.indexOf('@media print'), doc.indexOf('</style>'));
    expect(print).not.toContain('.sr');
  });
});
