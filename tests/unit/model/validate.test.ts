import { describe, expect, it } from 'vitest';
import { loadCollection, loadVersion, type CollectionReader } from '../../../src/model/collection.js';
import { parseLaw, parseVersionDoc } from '../../../src/model/validate.js';

const goodLaw = {
  id: 'x',
  title: { en: 'X Act' },
  jurisdiction: 'Fictional',
  language: 'en',
  versions: [
    { id: 'a', label: 'First draft', stage: 'draft', date: '2025-01-01', file: 'a.txt' },
    { id: 'b', label: 'Third draft', stage: 'draft', date: '', published: false },
  ],
};

describe('parseLaw', () => {
  it('accepts a valid law.json', () => {
    expect(parseLaw(JSON.stringify(goodLaw))).toEqual({ law: goodLaw, problems: [] });
  });

  it('names the JSON path and what was expected', () => {
    const bad = { ...goodLaw, versions: [{ ...goodLaw.versions[0], date: 'March' }, { id: 'a', label: 3 }] };
    const messages = parseLaw(JSON.stringify(bad)).problems.map((p) => p.message);
    expect(messages).toEqual([
      '$.versions[0].date: expected an ISO date YYYY-MM-DD, found "March"',
      '$.versions[1].label: expected a string, found 3',
      '$.versions[1].file: expected a file name (or "published": false), found nothing',
      '$.versions[1].id: expected an id not used by another version, found "a"',
    ]);
  });

  it('refuses version ids the viewer\'s links cannot tell apart: add, compare, anything with ~', () => {
    const versions = ['add', 'compare', 'draft~2', 'add-2'].map((id) => ({ ...goodLaw.versions[0], id, file: `${id}.txt` }));
    expect(parseLaw(JSON.stringify({ ...goodLaw, versions })).problems.map((p) => p.message)).toEqual([
      '$.versions[0].id: expected an id other than "add" or "compare", without "~", found "add"',
      '$.versions[1].id: expected an id other than "add" or "compare", without "~", found "compare"',
      '$.versions[2].id: expected an id other than "add" or "compare", without "~", found "draft~2"',
    ]);
  });

  describe('reports', () => {
    const law = {
      ...goodLaw,
      versions: [
        { id: 'a', label: 'First draft', stage: 'draft', date: '2025-01-01', file: 'a.txt' },
        { id: 'b', label: 'Second draft', stage: 'draft', date: '2025-06-01', file: 'b.txt' },
        { id: 'c', label: 'Final', stage: 'adopted', date: '2025-12-01', file: 'c.txt' },
      ],
    };
    const report = { id: 'r1', title: 'Report on the second draft', file: 'reports/r1.md', old: 'a', new: 'b', date: '2025-06-01', source: 'Fictional' };
    const messages = (reports: unknown): string[] => parseLaw(JSON.stringify({ ...law, reports })).problems.map((p) => p.message);

    it('accepts valid reports and keeps them as written', () => {
      const reports = [report, { id: 'r2', title: 'Final report', file: 'reports/r2.docx', old: 'b', new: 'c' }];
      expect(parseLaw(JSON.stringify({ ...law, reports }))).toEqual({ law: { ...law, reports }, problems: [] });
    });

    it.each([
      ['an unknown old id', [{ ...report, old: 'zz' }], ['$.reports[0].old: expected the id of one of the law\'s versions (a, b, c), found "zz"']],
      ['an unknown new id', [{ ...report, new: 'zz' }], ['$.reports[0].new: expected the id of one of the law\'s versions (a, b, c), found "zz"']],
      ['old after new', [{ ...report, old: 'c', new: 'a' }], ['$.reports[0].new: expected a reading after "c", found "a"']],
      ['old the same as new', [{ ...report, old: 'b', new: 'b' }], ['$.reports[0].new: expected a reading after "b", found "b"']],
      ['a duplicate id', [report, { ...report, old: 'b', new: 'c' }], ['$.reports[1].id: expected an id not used by another report, found "r1"']],
      ['a bad date', [{ ...report, date: '26 August 2025' }], ['$.reports[0].date: expected an ISO date YYYY-MM-DD, found "26 August 2025"']],
      ['a missing file', [{ ...report, file: undefined }], [/^\$\.reports\[0\]\.file: expected a string, found nothing$/u]],
      ['a file that is not a string', [report, { ...report, id: 'r2', file: 3 }], [/^\$\.reports\[1\]\.file: expected a string, found 3$/u]],
      ['reports that are not a list', { r1: report }, [/^\$\.reports: expected (a list|an array)/u]],
    ])('refuses %s, naming the JSON path', (_what, reports, expected) => {
      const got = messages(reports);
      expect(got).toHaveLength(expected.length);
      expected.forEach((e, i) => (typeof e === 'string' ? expect(got[i]).toBe(e) : expect(got[i]).toMatch(e)));
    });
  });

  it('reports the line of a JSON syntax error', () => {
    const p = parseLaw('{\n  "id": "x",\n  "title": {\n}}}').problems[0]!;
    expect(p.message).toMatch(/not valid JSON/);
    expect(p.line).toBe(4);
  });
});

describe('parseVersionDoc', () => {
  it('rejects a wrong node kind with its path', () => {
    const doc = { format: 'lawdiff-version/1', title: '', language: 'en', body: [{ kind: 'division', type: 'chapter', children: [{ kind: 'artikel' }] }] };
    expect(parseVersionDoc(JSON.stringify(doc)).problems.map((p) => p.message)).toEqual([
      '$.body[0].children[0].kind: expected "article", "division" or "repealed-range", found "artikel"',
    ]);
  });
});

function memoryReader(files: Record<string, string>): CollectionReader {
  return {
    read: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error('404 Not Found');
      return text;
    },
  };
}

describe('loadCollection', () => {
  it('loads the good laws and reports the broken one by file and path', async () => {
    const reader = memoryReader({
      'index.json': JSON.stringify({ format: 'lawdiff-collection/1', laws: ['x', 'broken', 'missing'] }),
      'x/law.json': JSON.stringify(goodLaw),
      'broken/law.json': JSON.stringify({ ...goodLaw, id: 'broken', language: 7 }),
      'x/a.txt': 'Article 1 A holder shall publish data.\n',
    });
    const c = await loadCollection(reader);
    expect(c.laws.map((l) => l.folder)).toEqual(['x']);
    expect(c.problems.map((p) => [p.file, p.message])).toEqual([
      ['broken/law.json', '$.language: expected a string, found 7'],
      ['missing/law.json', 'cannot read missing/law.json: 404 Not Found'],
    ]);
    const v = await loadVersion(reader, 'x', c.laws[0]!.law, c.laws[0]!.law.versions[0]!);
    expect(v.doc?.body).toHaveLength(1);
    const gap = await loadVersion(reader, 'x', c.laws[0]!.law, c.laws[0]!.law.versions[1]!);
    expect(gap.problems[0]!.message).toMatch(/not published/);
  });
});
