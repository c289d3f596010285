/**
 * The pure parts of the collection plugin (build/collection-plugin.ts): which
 * paths it serves from inside a collection folder, the index it serves or
 * generates, and the files a build copies. The serving itself is checked in
 * the browser (tests/e2e/collection.spec.ts).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionDir, indexedLaws, indexText, isInside, lawdiffCollection, lawFolders, referencedFiles, reportFiles, resolveInside, revision, servedReport } from '../../../build/collection-plugin.js';
import { contentRevision } from '../../../src/app/revisions.js';
import { pairText } from '../../../src/app/shipped-comparisons.js';
import { repoRoot } from '../../helpers/corpus.js';

let base = '';
/** A collection: two law folders (one without a law.json), a dot-folder, a file outside it and symlinks in and out. */
let root = '';

beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'lawdiff-collection-')));
  root = join(base, 'collection');
  for (const dir of ['b-law', 'a-law', 'no-law', '.hidden', 'outside-law']) mkdirSync(join(dir === 'outside-law' ? base : root, dir), { recursive: true });
  writeFileSync(join(root, 'a-law', 'law.json'), '{}');
  writeFileSync(join(root, 'a-law', 'first.json'), '{"v":1}');
  writeFileSync(join(root, 'a-law', '.secret'), 'x');
  writeFileSync(join(root, 'b-law', 'law.json'), '{}');
  writeFileSync(join(root, '.hidden', 'law.json'), '{}');
  writeFileSync(join(base, 'outside.txt'), 'outside');
  writeFileSync(join(base, 'outside-law', 'law.json'), '{}');
  symlinkSync(join(base, 'outside.txt'), join(root, 'a-law', 'escape.txt'));
  symlinkSync(join(root, 'a-law', 'first.json'), join(root, 'a-law', 'alias.json'));
  symlinkSync(join(base, 'outside-law'), join(root, 'linked-outside'));
  symlinkSync(join(root, 'b-law'), join(root, 'linked-inside'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('isInside', () => {
  it.each([
    ['a child', '/c/law/a.json', true],
    ['a deeper child', '/c/law/x/y.json', true],
    ['the root itself', '/c/law', false],
    ['its parent', '/c', false],
    ['a sibling whose name starts with the root’s', '/c/law-other/a.json', false],
    ['a file named like a parent step', '/c/law/..json', true],
  ])('%s', (_what, file, inside) => {
    expect(isInside('/c/law', file)).toBe(inside);
  });
});

describe('resolveInside', () => {
  it('finds a plain file, by its real path', () => {
    expect(resolveInside(root, 'a-law/first.json')).toEqual({ ok: true, file: resolve(root, 'a-law', 'first.json') });
  });

  it('follows a symlink that stays inside', () => {
    expect(resolveInside(root, 'a-law/alias.json')).toEqual({ ok: true, file: resolve(root, 'a-law', 'first.json') });
  });

  it.each([
    ['the empty path', ''],
    ['a parent step', '../outside.txt'],
    ['a parent step inside the path', 'a-law/../../outside.txt'],
    ['a current-folder step', './a-law/law.json'],
    ['an empty segment', 'a-law//law.json'],
    ['an absolute path', '/etc/passwd'],
    ['a backslash', 'a-law\\law.json'],
    ['a NUL', 'a-law/law.json\0'],
    ['a dot-file', 'a-law/.secret'],
    ['a dot-folder', '.hidden/law.json'],
    ['a symlink that leads outside', 'a-law/escape.txt'],
    ['a symlinked folder outside', 'linked-outside/law.json'],
  ])('refuses %s with 403', (_what, rel) => {
    expect(resolveInside(root, rel)).toEqual({ ok: false, status: 403 });
  });

  it.each([
    ['a missing file', 'a-law/missing.json'],
    ['a folder', 'a-law'],
  ])('answers %s with 404', (_what, rel) => {
    expect(resolveInside(root, rel)).toEqual({ ok: false, status: 404 });
  });
});

describe('lawFolders and indexText', () => {
  it('lists the folders holding a law.json, sorted, without dot-folders or symlinks that lead outside', () => {
    expect(lawFolders(root)).toEqual(['a-law', 'b-law', 'linked-inside']);
  });

  it('generates an index named after the folder when the collection has none', () => {
    expect(JSON.parse(indexText(root))).toEqual({ format: 'lawdiff-collection/1', title: 'collection', laws: ['a-law', 'b-law', 'linked-inside'] });
    expect(indexText(root).endsWith('}\n')).toBe(true);
  });

  it('serves a stored index.json exactly as written', () => {
    const dir = join(base, 'with-index');
    mkdirSync(dir);
    writeFileSync(join(dir, 'index.json'), '{"laws": ["x"]}  ');
    expect(indexText(dir)).toBe('{"laws": ["x"]}  ');
  });
});

describe('indexedLaws', () => {
  it.each([
    ['the string entries of laws', '{"laws": ["a", 3, "b", null]}', ['a', 'b']],
    ['none without laws', '{"title": "t"}', []],
    ['none when laws is not a list', '{"laws": "a"}', []],
    ['none for text that is not JSON', '{"laws": [', []],
    ['none for JSON null', 'null', []],
  ])('gives %s', (_what, text, laws) => {
    expect(indexedLaws(text)).toEqual(laws);
  });
});

describe('referencedFiles', () => {
  it('gives every version’s file and structured file once, in order', () => {
    const law = { versions: [{ id: 'a', file: 'a.json', structured: 'a.xml' }, { id: 'b', file: 'b.json' }, { id: 'c', file: 'a.json' }] };
    expect(referencedFiles(JSON.stringify(law))).toEqual(['a.json', 'a.xml', 'b.json']);
  });

  it.each([
    ['empty and non-string names', '{"versions": [{"file": ""}, {"file": 3, "structured": null}, null]}'],
    ['versions that are not a list', '{"versions": {"file": "a.json"}}'],
    ['text that is not JSON', '{"versions": ['],
  ])('skips %s', (_what, text) => {
    expect(referencedFiles(text)).toEqual([]);
  });
});

describe('revision', () => {
  it('is the first 16 hex digits of the SHA-256, as the page and the service worker compute it', async () => {
    expect(revision('abc')).toBe('ba7816bf8f01cfea');
    for (const content of ['', '{"format":"lawdiff-version/1"}\n', '第一条　为了规范数据开放。']) {
      expect(revision(content)).toBe(await contentRevision(content));
      expect(revision(Buffer.from(content))).toBe(revision(content));
    }
  });
});

describe('collectionDir', () => {
  const saved = process.env.LAWDIFF_COLLECTION;
  afterAll(() => {
    if (saved === undefined) delete process.env.LAWDIFF_COLLECTION;
    else process.env.LAWDIFF_COLLECTION = saved;
  });

  it('is versions/ of the repository by default', () => {
    delete process.env.LAWDIFF_COLLECTION;
    expect(collectionDir()).toBe(realpathSync(resolve(repoRoot, 'versions')));
  });

  it('is $LAWDIFF_COLLECTION, resolved from the working directory to its real path', () => {
    process.env.LAWDIFF_COLLECTION = join(root, 'linked-inside');
    expect(collectionDir()).toBe(join(root, 'b-law'));
  });

  it('fails with the folder and where it came from when there is none', () => {
    process.env.LAWDIFF_COLLECTION = join(base, 'missing');
    expect(() => collectionDir()).toThrow(`the collection folder ${join(base, 'missing')} (from LAWDIFF_COLLECTION=${join(base, 'missing')}) does not exist`);
  });
});

describe('servedFile: documents in a collection reach the viewer as version JSON', () => {
  it('serves a PDF and a web page of a corpus law as the version read from them, a text as it is, and an unreadable PDF as it is with its problems', async () => {
    const { servedFile } = await import('../../../build/collection-plugin.js');
    const { printPdf, closePrinter, draftHtml } = await import('../../helpers/draft-pages.js');
    const { readCorpus } = await import('../../helpers/corpus.js');
    const { listArticles } = await import('../../../src/model/doc.js');
    const { parseVersionDoc } = await import('../../../src/model/validate.js');
    const text = readCorpus('cn-data-security-law/2021.md');
    const dir = join(base, 'docs');
    mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(join(dir, '2021.pdf'), await printPdf(text, 'cn', { pageNumber: 'plain' }));
    } finally {
      await closePrinter();
    }
    writeFileSync(join(dir, '2021.html'), draftHtml(text, 'cn'));
    writeFileSync(join(dir, '2021.md'), text);
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7\nnot a pdf');
    for (const name of ['2021.pdf', '2021.html']) {
      const served = await servedFile(join(dir, name), `dsl/${name}`);
      expect(served.type).toBe('application/json; charset=utf-8');
      const doc = parseVersionDoc(String(served.body)).doc!;
      expect(listArticles(doc)).toHaveLength(55);
    }
    const md = await servedFile(join(dir, '2021.md'), 'dsl/2021.md');
    expect(md).toMatchObject({ type: 'text/markdown; charset=utf-8', problems: [] });
    expect(String(md.body)).toBe(text);
    const broken = await servedFile(join(dir, 'broken.pdf'), 'dsl/broken.pdf');
    expect(broken.type).toBe('application/octet-stream');
    expect(broken.problems.join('\n')).toMatch(/^dsl\/broken\.pdf: error: dsl\/broken\.pdf could not be read as a PDF/u);
  }, 60_000);
});

describe('reportFiles', () => {
  it('lists each report’s file once, in order', () => {
    const law = { versions: [{ id: 'a', file: 'a.json' }], reports: [{ id: 'r1', file: 'reports/r1.md' }, { id: 'r2', file: 'reports/r2.docx' }, { id: 'r3', file: 'reports/r1.md' }] };
    expect(reportFiles(JSON.stringify(law))).toEqual(['reports/r1.md', 'reports/r2.docx']);
  });

  it('lists the sample laws’ two reports', () => {
    for (const lang of ['zh', 'en']) {
      expect(reportFiles(readFileSync(join(repoRoot, `versions/fictional-open-data-law-${lang}/law.json`), 'utf8'))).toEqual(['reports/second-reading.md', 'reports/final.md']);
    }
  });

  it.each([
    ['a law without reports', '{"versions": [{"file": "a.json"}]}'],
    ['an empty list', '{"reports": []}'],
    ['empty and non-string names', '{"reports": [{"file": ""}, {"file": 3}, null, {}]}'],
    ['reports that are not a list', '{"reports": {"file": "r.md"}}'],
    ['text that is not JSON', '{"reports": ['],
  ])('gives nothing for %s', (_what, text) => {
    expect(reportFiles(text)).toEqual([]);
  });

  it('is not what referencedFiles lists (reports are not versions)', () => {
    const law = { versions: [{ id: 'a', file: 'a.json' }], reports: [{ id: 'r1', file: 'reports/r1.md' }] };
    expect(referencedFiles(JSON.stringify(law))).toEqual(['a.json']);
  });
});

/** The sample report's paragraphs as written (blank-line separated), headings without their `#`. */
function sampleReportParagraphs(): string[] {
  return readFileSync(join(repoRoot, 'versions/fictional-open-data-law-zh/reports/second-reading.md'), 'utf8')
    .split(/\n\s*\n/u)
    .map((b) => b.trim().replace(/^#\s*/u, ''))
    .filter(Boolean);
}

async function reportDocx(paragraphs: readonly string[]): Promise<Buffer> {
  const { Document, Packer, Paragraph } = await import('docx');
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph({ text })) }] }));
}

describe('servedReport: a report reaches the viewer as text', () => {
  it('serves a Markdown report byte for byte', async () => {
    const file = join(repoRoot, 'versions/fictional-open-data-law-zh/reports/second-reading.md');
    const served = await servedReport(file, 'fictional-open-data-law-zh/reports/second-reading.md');
    expect(served.type).toBe('text/markdown; charset=utf-8');
    expect(served.problems).toEqual([]);
    expect(Buffer.isBuffer(served.body)).toBe(true);
    expect((served.body as Buffer).equals(readFileSync(file))).toBe(true);
  });

  it('serves a Word report as Markdown text holding its paragraphs, in order', async () => {
    const paragraphs = sampleReportParagraphs();
    const dir = join(base, 'report-docx');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'second-reading.docx');
    writeFileSync(file, await reportDocx(paragraphs));
    const served = await servedReport(file, 'law/reports/second-reading.docx');
    expect(served.type).toBe('text/markdown; charset=utf-8');
    expect(served.problems).toEqual([]);
    expect(typeof served.body).toBe('string');
    const blocks = String(served.body).split('\n\n');
    expect(blocks).toEqual(paragraphs);
  });

  it('serves a web page report as its paragraphs, the heading marked as Markdown', async () => {
    const [title, ...body] = sampleReportParagraphs();
    const dir = join(base, 'report-html');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'second-reading.html');
    writeFileSync(file, `<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>r</title></head><body><h1>${title}</h1>${body.map((t) => `<p>${t}</p>`).join('\n')}</body></html>`);
    const served = await servedReport(file, 'law/reports/second-reading.html');
    expect(served.type).toBe('text/markdown; charset=utf-8');
    const blocks = String(served.body).split('\n\n');
    expect(blocks[0]).toMatch(new RegExp(`^#+ ${title!.replace(/[()（）《》]/gu, '.')}$`, 'u'));
    expect(blocks.slice(1)).toEqual(body);
  });
});

describe('the build: generateBundle copies the reports', () => {
  const saved = process.env.LAWDIFF_COLLECTION;
  afterAll(() => {
    if (saved === undefined) delete process.env.LAWDIFF_COLLECTION;
    else process.env.LAWDIFF_COLLECTION = saved;
  });

  /** Runs the plugin's build hook on `collection` with a stand-in for Rollup's context; returns the emitted assets and warnings. */
  async function build(collection: string): Promise<{ assets: Map<string, string | Buffer>; warnings: string[]; infos: string[] }> {
    process.env.LAWDIFF_COLLECTION = collection;
    const plugin = lawdiffCollection();
    (plugin.configResolved as () => void)();
    const assets = new Map<string, string | Buffer>();
    const warnings: string[] = [];
    const context = {
      emitFile: (f: { fileName: string; source: string | Buffer }) => {
        assets.set(f.fileName, f.source);
        return f.fileName;
      },
      warn: (m: string) => void warnings.push(m),
      info: (m: string) => void infos.push(m),
    };
    const infos: string[] = [];
    await (plugin.generateBundle as unknown as (this: typeof context) => Promise<void>).call(context);
    return { assets, warnings, infos };
  }

  it('emits the sample laws’ reports as they are and lists them in files.json with their revisions', async () => {
    const { assets, warnings } = await build(join(repoRoot, 'versions'));
    expect(warnings).toEqual([]);
    const files = JSON.parse(String(assets.get('collection/files.json'))) as { format: string; files: Record<string, string> };
    expect(files.format).toBe('lawdiff-files/1');
    for (const lang of ['zh', 'en']) {
      for (const name of ['second-reading', 'final']) {
        const rel = `fictional-open-data-law-${lang}/reports/${name}.md`;
        const source = readFileSync(join(repoRoot, 'versions', rel));
        const emitted = assets.get(`collection/${rel}`);
        expect(emitted, rel).toBeDefined();
        expect(Buffer.from(emitted!).equals(source), rel).toBe(true);
        expect(files.files[rel], rel).toBe(revision(source));
      }
    }
  });

  it('ships the comparisons of each law’s readings, listed in files.json with their revisions, and says so', async () => {
    const { assets, infos } = await build(join(repoRoot, 'versions'));
    const files = JSON.parse(String(assets.get('collection/files.json'))) as { files: Record<string, string> };
    for (const lang of ['zh', 'en']) {
      const shipped = Object.keys(files.files).filter((p) => p.startsWith(`~compared/fictional-open-data-law-${lang}/`));
      // The readings; the history by words (and by characters, in Chinese); the first reading with the last, by each unit.
      // The pair's file is named by its two readings' ids.
      const pair = `pair-${revision(pairText('first-draft', 'final'))}.json.gz.bin`;
      expect(shipped.map((p) => p.replace(/^~compared\/[^/]+\/[0-9a-f]{16}\//u, '')).sort(), lang).toEqual(
        (lang === 'zh'
          ? [`char/${pair}`, 'char/history.json.gz.bin', 'readings.json.gz.bin', `word/${pair}`, 'word/history.json.gz.bin']
          : ['readings.json.gz.bin', `word/${pair}`, 'word/history.json.gz.bin']
        ).sort(),
      );
      for (const p of shipped) expect(files.files[p], p).toBe(revision(assets.get(`collection/${p}`)!));
      expect(infos.join('\n')).toMatch(new RegExp(`fictional-open-data-law-${lang}: ${shipped.length} comparison files`, 'u'));
    }
  });

  it('emits a Word report as its text, warns about a listed report that is missing, and still builds the rest', async () => {
    const collection = join(base, 'build-collection');
    cpSync(join(repoRoot, 'versions/fictional-open-data-law-zh'), join(collection, 'law'), { recursive: true });
    const lawFile = join(collection, 'law', 'law.json');
    const law = JSON.parse(readFileSync(lawFile, 'utf8')) as { reports: { file: string }[] };
    law.reports[0]!.file = 'reports/second-reading.docx';
    law.reports[1]!.file = 'reports/missing.md';
    writeFileSync(lawFile, JSON.stringify(law));
    writeFileSync(join(collection, 'law/reports/second-reading.docx'), await reportDocx(sampleReportParagraphs()));
    const { assets, warnings } = await build(collection);
    expect(warnings).toEqual(['collection: law/law.json lists the report reports/missing.md, which is missing or outside the collection.']);
    const docx = assets.get('collection/law/reports/second-reading.docx');
    expect(typeof docx).toBe('string');
    expect(String(docx).split('\n\n')).toEqual(sampleReportParagraphs());
    const files = JSON.parse(String(assets.get('collection/files.json'))) as { files: Record<string, string> };
    expect(files.files['law/reports/second-reading.docx']).toBe(revision(docx!));
    expect(files.files['law/reports/missing.md']).toBeUndefined();
    expect(Object.keys(files.files)).toEqual(expect.arrayContaining(['index.json', 'law/law.json', 'law/first-draft.json', 'law/second-reading.json', 'law/final.json']));
  }, 30_000);
});
