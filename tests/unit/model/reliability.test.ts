/** Issue 12, model layer: bad input comes back as problems naming where, never as an exception. */
import { describe, expect, it } from 'vitest';
import { importSource } from '../../../src/model/import/index.js';
import { canonicalLanguage } from '../../../src/model/language.js';
import { parseLaw, parseVersionDoc } from '../../../src/model/validate.js';

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
