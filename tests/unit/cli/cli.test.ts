/** The built command line (bin/lawdiff.js → dist-cli), run as a user would run it. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPath, readCorpus, repoRoot } from '../../helpers/corpus.js';

const bin = join(repoRoot, 'bin/lawdiff.js');

function lawdiff(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(() => {
  if (!existsSync(join(repoRoot, 'dist-cli/cli/main.js'))) throw new Error('dist-cli is missing: run `npm run build:cli` first (npm test does).');
});

describe('lawdiff articles', () => {
  it('prints the public contract for a PRC file', async () => {
    const r = await lawdiff('articles', corpusPath('cn-counter-espionage-law', '2014.md'));
    expect(r.code).toBe(0);
    const articles = JSON.parse(r.stdout) as { num: string; ordinal: string; path: string[]; text: string }[];
    expect(articles).toHaveLength(40);
    expect(Object.keys(articles[0]!)).toEqual(['num', 'ordinal', 'path', 'text']);
    expect(articles[0]).toMatchObject({ num: '第一条', ordinal: '1', path: ['第一章 总则'] });
    expect(articles[39]!.ordinal).toBe('40');
  });

  it('accepts a version JSON written by lawdiff import', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lawdiff-'));
    const out = join(dir, 'netzdg.json');
    const imported = await lawdiff('import', corpusPath('de-netzdg', '2022.md'), '-o', out);
    expect(imported).toMatchObject({ code: 0, stdout: '' });
    const fromJson = JSON.parse((await lawdiff('articles', out)).stdout) as { ordinal: string }[];
    const fromSource = JSON.parse((await lawdiff('articles', corpusPath('de-netzdg', '2022.md'))).stdout) as unknown[];
    expect(fromJson).toEqual(fromSource);
    expect(fromJson.map((a) => a.ordinal)).toContain('3a');
  });
});

describe('lawdiff import errors', () => {
  it('names the line of a broken heading on stderr and exits 1 without output', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lawdiff-'));
    const file = join(dir, 'broken.md');
    const lines = readCorpus('cn-counter-espionage-law', '2014.md').split('\n');
    const at = lines.findIndex((l) => l.startsWith('第十二条'));
    lines[at] = lines[at]!.replace('第十二条', '第十X二条');
    await writeFile(file, lines.join('\n'));
    const r = await lawdiff('import', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`broken.md:${at + 1}: error: article heading "第十X二条" has an unreadable number`);
  });

  it('prints a gap in the article numbering as a warning naming the line, and still writes the version (exit 0)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lawdiff-'));
    const file = join(dir, 'gap.md');
    // The heading of article 12 lost: its text runs on in article 11.
    const lines = readCorpus('cn-counter-espionage-law', '2014.md').split('\n');
    const at = lines.findIndex((l) => l.startsWith('第十二条 '));
    lines[at] = lines[at]!.slice('第十二条 '.length);
    await writeFile(file, lines.join('\n'));
    const next = lines.findIndex((l) => l.startsWith('第十三条 ')) + 1;
    const r = await lawdiff('import', file);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`gap.md:${next}: warning: article numbering jumps from 11 (第十一条) to 13 (第十三条): an article heading may have been swallowed`);
    expect(r.stderr).toContain('— "第十三条 国家安全机关因反间谍工作需要');
    expect((JSON.parse(r.stdout) as { format: string }).format).toBe('lawdiff-version/1');
  });

  it('lawdiff check prints the numbering warning with the file and line and exits 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lawdiff-'));
    await mkdir(join(dir, 'law'));
    const lines = readCorpus('cn-counter-espionage-law', '2014.md').split('\n');
    const at = lines.findIndex((l) => l.startsWith('第十二条 '));
    lines[at] = lines[at]!.slice('第十二条 '.length);
    await writeFile(join(dir, 'law', '2014.md'), lines.join('\n'));
    const law = { id: 'law', title: { zh: '反间谍法' }, jurisdiction: 'CN', language: 'zh-Hans', versions: [{ id: '2014', label: '2014', date: '2014-11-01', stage: 'adopted', file: '2014.md' }] };
    await writeFile(join(dir, 'law', 'law.json'), JSON.stringify(law));
    await writeFile(join(dir, 'index.json'), JSON.stringify({ format: 'lawdiff-collection/1', laws: ['law'] }));
    const r = await lawdiff('check', dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`law/2014.md:${lines.findIndex((l) => l.startsWith('第十三条 ')) + 1}: warning: article numbering jumps from 11 (第十一条) to 13 (第十三条)`);
  });

  it('prints its usage for --help and for no command', async () => {
    expect(await lawdiff('--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('lawdiff compare <old> <new>') });
    expect(await lawdiff()).toMatchObject({ code: 2, stdout: expect.stringContaining('Usage:') });
  });

  it('says what is wrong with an unknown format, a missing file and a bad option', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lawdiff-'));
    const file = join(dir, 'poem.txt');
    await writeFile(file, 'Roses are red.\n');
    expect(await lawdiff('import', file)).toMatchObject({ code: 1, stderr: expect.stringMatching(/unknown format: could not recognize .*poem\.txt.*--format/) });
    expect(await lawdiff('import', join(dir, 'nope.md'))).toMatchObject({ code: 1, stderr: expect.stringContaining('no such file') });
    expect(await lawdiff('import', file, '--format', 'xx')).toMatchObject({ code: 2, stderr: expect.stringContaining('--format takes one of') });
  });
});

describe('lawdiff import from a URL', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    const text = readCorpus('cn-cybersecurity-law', '2016.md');
    server = createServer((req, res) => {
      if (req.url === '/laws/cybersecurity.md') res.writeHead(200, { 'content-type': 'text/markdown; charset=utf-8' }).end(text);
      else res.writeHead(404).end('not here');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('fetches and imports a published text', async () => {
    const r = await lawdiff('articles', `${base}/laws/cybersecurity.md`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(79);
  });

  it('reports an HTTP error with the URL', async () => {
    const r = await lawdiff('import', `${base}/laws/missing.md`);
    expect(r).toMatchObject({ code: 1, stderr: `lawdiff: cannot fetch ${base}/laws/missing.md: HTTP 404 Not Found\n` });
  });
});

describe('lawdiff export-akn', () => {
  it('writes Akoma Ntoso that imports back to the same articles', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lawdiff-'));
    const xml = join(dir, 'pdpa.xml');
    const src = corpusPath('tw-personal-data-protection-act', '2010.json');
    expect((await lawdiff('export-akn', src, '-o', xml)).code).toBe(0);
    expect(await readFile(xml, 'utf8')).toMatch(/^<\?xml[^>]*>\s*<akomaNtoso/);
    const back = JSON.parse((await lawdiff('articles', xml)).stdout) as unknown[];
    const orig = JSON.parse((await lawdiff('articles', src)).stdout) as unknown[];
    expect(back).toEqual(orig);
  });
});

describe('lawdiff compare', () => {
  const tw = (year: string): string => corpusPath('tw-personal-data-protection-act', `${year}.json`);
  const company = (year: string): string => corpusPath('cn-company-law', `${year}.md`);

  it('--json prints the public contract: stats and one entry per change, articles by ordinal', async () => {
    const r = await lawdiff('compare', tw('2010'), tw('2015'), '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { stats: Record<string, number>; changes: { kind: string; old: string[]; new: string[]; textChanged: boolean }[] };
    expect(Object.keys(out)).toEqual(['stats', 'changes', 'moves']);
    expect(Object.keys(out.stats)).toEqual(['matched', 'textChanged', 'renumbered', 'moved', 'inserted', 'deleted', 'split', 'merged']);
    expect(Object.keys(out.changes[0]!)).toEqual(['kind', 'old', 'new', 'textChanged', 'renumbered', 'moved', 'similarity']);
    // The 2015 amendment reworded these articles: exactly the twelve its law_reasons list (第五十四條 rewritten in place: reworded, not deleted and inserted).
    const changed = out.changes.filter((c) => c.kind === 'matched' && c.textChanged).map((c) => c.old[0]);
    expect(changed).toEqual(['6', '7', '8', '11', '15', '16', '19', '20', '41', '45', '53', '54']);
    expect(out.stats).toMatchObject({ matched: 56, textChanged: 12, renumbered: 0, moved: 0, inserted: 0, deleted: 0 });
  });

  it('prints a human summary; --chars counts Chinese changes by characters', async () => {
    const words = await lawdiff('compare', company('2018'), company('2023'));
    const chars = await lawdiff('compare', company('2018'), company('2023'), '--chars');
    expect([words.code, chars.code]).toEqual([0, 0]);
    expect(words.stdout).toContain('84 inserted, 39 deleted, 4 split, 1 merged');
    // Same pairs either way; the diffs and their counts differ.
    expect(chars.stdout.split('\n').slice(0, 5)).toEqual(words.stdout.split('\n').slice(0, 5));
    const count = (s: string): number => Number(/words: \+(\d+)/u.exec(s)?.[1]);
    const charCount = (s: string): number => Number(/characters: \+(\d+)/u.exec(s)?.[1]);
    expect(count(chars.stdout)).toBeGreaterThan(count(words.stdout));
    expect(count(chars.stdout)).toBeLessThanOrEqual(charCount(chars.stdout));
  });

  it('exits 2 with the usage when not given two versions', async () => {
    const r = await lawdiff('compare', tw('2010'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('compare needs two files or URLs');
  });
});
