/** Issue 12, model layer: bad input comes back as problems naming where, never as an exception. */
import { describe, expect, it } from 'vitest';
import { importSource, MAX_LINE_LENGTH } from '../../../src/model/import/index.js';
import { canonicalLanguage } from '../../../src/model/language.js';
import { listArticles } from '../../../src/model/doc.js';
import { parseXml } from '../../../src/model/xml.js';
import { MAX_NESTING, parseLaw, parseVersionDoc, preview } from '../../../src/model/validate.js';

const law = {
  id: 'x',
  title: { en: 'X Act' },
  jurisdiction: 'Fictional',
  language: 'en',
  versions: [{ id: 'a', label: 'First draft', stage: 'draft', date: '2025-01-01', file: 'a.txt' }],
};

function version(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'lawdiff-version/1',
    title: 'X',
    language: 'en',
    metadata: {},
    preamble: [],
    body: [{ kind: 'article', label: 'Article 1', num: '1', heading: '', paragraphs: [{ num: '', text: 'Hello.', items: [] }] }],
    annexes: [],
    annotations: [],
    ...extra,
  };
}

describe('language tags (point 5)', () => {
  it('canonicalLanguage accepts BCP 47 tags and refuses the rest', () => {
    expect(canonicalLanguage('zh-hans')).toBe('zh-Hans');
    expect(canonicalLanguage('de')).toBe('de');
    expect(canonicalLanguage('x')).toBeUndefined();
    expect(canonicalLanguage('Chinese (Simplified)')).toBeUndefined();
  });

  for (const tag of ['x', 'Chinese (Simplified)']) {
    it(`version JSON with language ${JSON.stringify(tag)} is refused with the path $.language`, () => {
      const r = parseVersionDoc(JSON.stringify(version({ language: tag })));
      expect(r.doc).toBeUndefined();
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]).toMatchObject({ severity: 'error', text: '$.language' });
      expect(r.problems[0]!.message).toContain(`$.language: ${JSON.stringify(tag)} is not a BCP 47 language tag`);
    });

    it(`law.json with language ${JSON.stringify(tag)} is refused with the path $.language`, () => {
      const r = parseLaw(JSON.stringify({ ...law, language: tag }));
      expect(r.law).toBeUndefined();
      expect(r.problems.map((p) => p.message)).toEqual([expect.stringContaining(`$.language: ${JSON.stringify(tag)} is not a BCP 47 language tag`)]);
    });

    it(`importSource's language option ${JSON.stringify(tag)} is an error naming the option`, () => {
      const r = importSource('第一条　国家保障网络安全。\n', { language: tag, fileName: 'a.md' });
      expect(r.ok).toBe(false);
      expect(r.problems).toEqual([expect.objectContaining({ severity: 'error', file: 'a.md', message: expect.stringContaining(`the language option: ${JSON.stringify(tag)} is not a BCP 47 language tag`) })]);
    });
  }

  it('an AKN document naming an invalid language is read as "und", with a warning', () => {
    const xml = `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><meta><identification source="#x"><FRBRExpression><FRBRlanguage language="Chinese (Simplified)"/></FRBRExpression></identification></meta><body><article eId="art_1"><num>Article 1</num><content><p>Hello.</p></content></article></body></act></akomaNtoso>`;
    const r = importSource(xml, { format: 'akn' });
    expect(r.doc.language).toBe('und');
    expect(r.problems.some((p) => p.severity === 'warning' && p.message.includes('is not a BCP 47 language tag'))).toBe(true);
  });

  it('valid tags still import as before', () => {
    const r = importSource('第一条　国家保障网络安全。\n', { language: 'zh-Hans' });
    expect(r.ok).toBe(true);
    expect(r.doc.language).toBe('zh-Hans');
  });
});

/** Version JSON text with `body` and `title` spliced in as raw JSON (JSON.stringify itself overflows on the deep values). */
function versionText(body: string, title = '"X"'): string {
  return `{"format":"lawdiff-version/1","title":${title},"language":"en","metadata":{},"preamble":[],"body":${body},"annexes":[],"annotations":[]}`;
}
const ARTICLE = '{"kind":"article","label":"A1","num":"1","heading":"","paragraphs":[{"num":"","text":"Hello.","items":[]}]}';
const DIVISION = '{"kind":"division","type":"part","label":"P","num":"1","heading":"","text":[],"children":[';
const ITEM = '{"num":"1","text":"x","items":[';

function deepDivisions(n: number): string {
  return `[${DIVISION.repeat(n)}${ARTICLE}${']}'.repeat(n)}]`;
}

describe('deep nesting (point 6)', () => {
  it('a title nested 4,500 deep is refused with its path and a short preview, no stack overflow', () => {
    const deep = `${'['.repeat(4500)}"x"${']'.repeat(4500)}`;
    expect(parseVersionDoc(versionText('[]', deep)).problems.map((p) => p.message)).toEqual(['$.title: expected a string, found [[[[…]]]]']);
    const lawText = `{"id":"a","title":{"en":${deep}},"language":"en","versions":[]}`;
    expect(parseLaw(lawText).problems.map((p) => p.message)).toEqual(['$.title.en: expected a string, found [[[[…]]]]']);
  });

  it('divisions 2,000 deep are refused with a problem naming the JSON path where they pass the limit', () => {
    const r = parseVersionDoc(versionText(deepDivisions(2000)));
    expect(r.doc).toBeUndefined();
    expect(r.problems).toHaveLength(1);
    const path = `$.body${'[0].children'.repeat(MAX_NESTING + 1)}`;
    expect(r.problems[0]!.message).toBe(`${path}: divisions nested more than ${MAX_NESTING} levels deep; lawdiff reads at most ${MAX_NESTING}`);
  });

  it('items 5,000 deep are refused with the path', () => {
    const body = `[{"kind":"article","label":"A1","num":"1","heading":"","paragraphs":[{"num":"","text":"","items":[${ITEM.repeat(5000)}${']}'.repeat(5000)}]}]}]`;
    const r = parseVersionDoc(versionText(body));
    expect(r.doc).toBeUndefined();
    expect(r.problems.map((p) => p.message)).toEqual([
      `$.body[0].paragraphs[0].items${'[0].items'.repeat(MAX_NESTING)}: items nested more than ${MAX_NESTING} levels deep; lawdiff reads at most ${MAX_NESTING}`,
    ]);
  });

  it('divisions as deep as the limit still read, and every walk over them works (articles, import, compare)', () => {
    const r = importSource(versionText(deepDivisions(MAX_NESTING)), { format: 'json' });
    expect(r.problems).toEqual([]);
    expect(listArticles(r.doc)).toHaveLength(1);
    expect(listArticles(r.doc)[0]!.divisions).toHaveLength(MAX_NESTING);
    expect(() => JSON.stringify(r.doc)).not.toThrow();
  });

  it('preview is bounded in length and depth', () => {
    expect(preview({ a: [1, 2, { b: [[1]] }] })).toBe('{"a":[1,2,{"b":[…]}]}');
    expect(preview('x'.repeat(1000))).toHaveLength(60);
    expect(preview(undefined)).toBe('null');
  });
});

describe('huge lines (point 9)', () => {
  const huge = '国'.repeat(10_000_000);

  it('a PRC article of 10 million characters on one line is refused with a problem naming the line, fast', () => {
    const t0 = performance.now();
    const r = importSource(`# 某法\n\n第一条　总则。\n第二条　${huge}\n第三条　附则。\n`, { format: 'cn', fileName: 'huge.md' });
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(r.ok).toBe(false);
    const p = r.problems.find((x) => x.message.includes('characters; lawdiff reads lines of at most'));
    expect(p).toMatchObject({ severity: 'error', line: 4, file: 'huge.md' });
    expect(p!.message).toBe(`line 4 has 10,000,004 characters; lawdiff reads lines of at most ${MAX_LINE_LENGTH.toLocaleString('en')} (break the text into paragraphs)`);
    expect(p!.text.length).toBeLessThanOrEqual(200);
    // The lines around it are still read, with their own numbers.
    expect(listArticles(r.doc).map((a) => a.article.num)).toEqual(['1', '3']);
  });

  it('an item of 10 million characters (CRLF line ends) is refused naming its line', () => {
    const r = importSource(`第一条　总则：\r\n（一）${huge}\r\n（二）其他。\r\n`, { format: 'cn' });
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.line)).toEqual([2]);
  });

  it('lines up to the limit are read as before', () => {
    const r = importSource(`第一条　${'国'.repeat(MAX_LINE_LENGTH - 10)}\n`, { format: 'cn' });
    expect(r.ok).toBe(true);
    expect(listArticles(r.doc)).toHaveLength(1);
  });
});

describe('every problem names a line (point 11)', () => {
  it('JSON validation problems name the JSON path and the line of the value (or of the object missing it)', () => {
    const v = version();
    (v.body as Record<string, unknown>[])[0]!.num = 7;
    delete (v.body as Record<string, unknown>[])[0]!.label;
    const text = JSON.stringify(v, null, 2);
    const lines = text.split('\n');
    const r = parseVersionDoc(text);
    const byPath = Object.fromEntries(r.problems.map((p) => [p.text, p.line]));
    expect(Object.keys(byPath).sort()).toEqual(['$.body[0].label', '$.body[0].num']);
    expect(lines[byPath['$.body[0].num']! - 1]).toContain('"num": 7');
    // No label: the line where the article begins.
    expect(lines[byPath['$.body[0].label']! - 1]).toMatch(/^ {4}\{$/u);
  });

  it('law.json problems name their line', () => {
    const text = JSON.stringify({ ...law, versions: [{ ...law.versions[0], date: 'March' }] }, null, 2);
    const [p] = parseLaw(text).problems;
    expect(p).toMatchObject({ text: '$.versions[0].date' });
    expect(text.split('\n')[p!.line - 1]).toContain('"date": "March"');
  });

  it('a metadata key "__proto__" is reported with its path, not dropped silently', () => {
    const text = versionText('[]').replace('"metadata":{}', '"metadata":{"__proto__":"x","a":"b"}');
    const r = parseVersionDoc(text);
    expect(r.doc).toBeUndefined();
    expect(r.problems.map((p) => p.message)).toEqual(['$.metadata.__proto__: expected a key other than "__proto__", found "x"']);
    const lawText = `{"id":"a","title":{"en":"A","__proto__":"B"},"language":"en","versions":[]}`;
    expect(parseLaw(lawText).problems.map((p) => p.message)).toEqual(['$.title.__proto__: expected a key other than "__proto__", found "B"']);
  });

  it('"unknown format" names the first line with text and quotes it', () => {
    const r = importSource('\n\nRoses are red.\nViolets are blue.\n', { fileName: 'poem.txt' });
    expect(r.problems).toEqual([expect.objectContaining({ line: 3, text: 'Roses are red.', file: 'poem.txt' })]);
    expect(importSource('', {}).problems[0]!.line).toBe(1);
  });

  it('the XML size limit names line 1', () => {
    const r = parseXml('<akomaNtoso>\n<act/></akomaNtoso>', { maxLength: 10 });
    expect(r.problems).toEqual([expect.objectContaining({ line: 1, text: '<akomaNtoso>', message: expect.stringMatching(/too large/u) })]);
  });

  it('tw-json: an entry that is not an object and a reason not keyed by an article name the line they begin on', () => {
    const text = ['{', '  "law_data": [', '    { "rule_no": "第 1 條", "content": "本法。" },', '    7', '  ],', '  "law_reasons": {', '    "說明": "x"', '  }', '}'].join('\n');
    const r = importSource(text, { format: 'tw-json' });
    const byText = Object.fromEntries(r.problems.map((p) => [p.text, p.line]));
    expect(byText['law_data[1]']).toBe(4);
    expect(byText['law_reasons["說明"]']).toBe(7);
  });
});
