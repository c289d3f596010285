/** Issue 12, the command line: bad input and failed writes give one line and an exit code, never a stack trace. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusPath, repoRoot } from '../../helpers/corpus.js';

const bin = join(repoRoot, 'bin/lawdiff.js');

function lawdiff(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** Every line of stderr is a lawdiff message: no stack trace (`    at …`), no Node error dump. */
function expectNoStack(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /mu);
  expect(stderr).not.toMatch(/RangeError|TypeError|Error: [A-Z]+:|node:internal/u);
}

beforeAll(() => {
  if (!existsSync(join(repoRoot, 'dist-cli/cli/main.js'))) throw new Error('dist-cli is missing: run `npm run build:cli` first (npm test does).');
});

function versionJson(language: string, text: string): string {
  return JSON.stringify({
    format: 'lawdiff-version/1',
    title: 'X',
    language,
    metadata: {},
    preamble: [],
    body: [{ kind: 'article', label: '第一条', num: '1', heading: '', paragraphs: [{ num: '', text, items: [] }] }],
    annexes: [],
    annotations: [],
  });
}

describe('language tags (issue 12, point 5)', () => {
  it('compare of two versions with language "x" and "Chinese (Simplified)": one line per file naming $.language, exit 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lawdiff-'));
    await writeFile(join(dir, 'a.json'), versionJson('x', '国家保障网络安全。'));
    await writeFile(join(dir, 'b.json'), versionJson('Chinese (Simplified)', '国家保障网络安全和发展。'));
    for (const [a, b] of [['a.json', 'b.json'], ['b.json', 'a.json']] as const) {
      const r = await lawdiff('compare', join(dir, a), join(dir, b));
      expect(r.code).toBe(1);
      expectNoStack(r.stderr);
      expect(r.stderr).toMatch(/^.*\.json:1: error: \$\.language: ".*" is not a BCP 47 language tag/mu);
    }
  });
});

describe('-o (issue 12, point 8)', () => {
  const source = (): string => corpusPath('de-netzdg', '2022.md');

  it('-o into a folder that does not exist: one line, exit 1', async () => {
    const r = await lawdiff('import', source(), '-o', '/nonexistent/dir/x.json');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('lawdiff: cannot write /nonexistent/dir/x.json: no such folder\n');
  });

  it('-o under a regular file (ENOTDIR): one line, exit 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lawdiff-'));
    const file = join(dir, 'plain');
    await writeFile(file, 'not a folder');
    const r = await lawdiff('articles', source(), '-o', join(file, 'x.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`lawdiff: cannot write ${join(file, 'x.json')}: a part of the path is not a folder\n`);
    expect(await readFile(file, 'utf8')).toBe('not a folder');
  });

  it('a failed write leaves the previous output intact and no temporary file behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lawdiff-'));
    const out = join(dir, 'out');
    // A folder as the target: the write cannot replace it, whatever the user's rights (tests run as root).
    const { mkdir } = await import('node:fs/promises');
    await mkdir(out);
    await writeFile(join(out, 'keep.txt'), 'previous');
    const r = await lawdiff('export-akn', source(), '-o', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^lawdiff: cannot write .*out: .+\n$/u);
    expectNoStack(r.stderr);
    expect(await readFile(join(out, 'keep.txt'), 'utf8')).toBe('previous');
    expect(await readdir(dir)).toEqual(['out']);
  });

  it('a successful write replaces the previous output whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lawdiff-'));
    const out = join(dir, 'x.json');
    await writeFile(out, 'previous output');
    const r = await lawdiff('articles', source(), '-o', out);
    expect(r.code).toBe(0);
    expect(JSON.parse(await readFile(out, 'utf8'))).toHaveLength((JSON.parse((await lawdiff('articles', source())).stdout) as unknown[]).length);
    expect(await readdir(dir)).toEqual(['x.json']);
  });
});

describe('lawdiff check and symbolic links (issue 12, point 12)', () => {
  async function collection(): Promise<{ dir: string; outside: string }> {
    const { mkdir } = await import('node:fs/promises');
    const base = await mkdtemp(join(tmpdir(), 'lawdiff-'));
    const dir = join(base, 'collection');
    const outside = join(base, 'outside');
    await mkdir(join(dir, 'law-a'), { recursive: true });
    await mkdir(outside);
    await writeFile(join(outside, 'secret.txt'), 'Article 1 The secret.\n');
    await writeFile(
      join(outside, 'law.json'),
      JSON.stringify({ id: 'b', title: { en: 'B' }, language: 'en', versions: [{ id: 'v1', label: 'V1', file: 'secret.txt', format: 'en' }] }),
    );
    return { dir, outside };
  }

  it('refuses a version file that links outside the collection, naming the file', async () => {
    const { symlink } = await import('node:fs/promises');
    const { dir, outside } = await collection();
    await writeFile(join(dir, 'law-a', 'law.json'), JSON.stringify({ id: 'a', title: { en: 'A' }, language: 'en', versions: [{ id: 'v1', label: 'V1', file: 'v1.txt', format: 'en' }] }));
    await symlink(join(outside, 'secret.txt'), join(dir, 'law-a', 'v1.txt'));
    const r = await lawdiff('check', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('NOT LOADED');
    expect(r.stderr).toMatch(/^law-a\/v1\.txt: error: cannot read law-a\/v1\.txt: law-a\/v1\.txt is a link to .*outside\/secret\.txt, outside the collection; refused$/mu);
    expectNoStack(r.stderr);
  });

  it('refuses a law folder that links outside the collection, naming its law.json', async () => {
    const { symlink } = await import('node:fs/promises');
    const { dir, outside } = await collection();
    await writeFile(join(dir, 'law-a', 'law.json'), JSON.stringify({ id: 'a', title: { en: 'A' }, language: 'en', versions: [] }));
    await symlink(outside, join(dir, 'law-b'));
    const r = await lawdiff('check', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('secret');
    expect(r.stderr).toMatch(/^law-b\/law\.json: error: cannot read law-b\/law\.json: .*outside the collection; refused$/mu);
  });

  it('a link that stays inside the collection still loads', async () => {
    const { symlink } = await import('node:fs/promises');
    const { dir } = await collection();
    await writeFile(join(dir, 'law-a', 'real.txt'), 'Article 1 Inside.\n');
    await symlink('real.txt', join(dir, 'law-a', 'v1.txt'));
    await writeFile(join(dir, 'law-a', 'law.json'), JSON.stringify({ id: 'a', title: { en: 'A' }, language: 'en', versions: [{ id: 'v1', label: 'V1', file: 'v1.txt', format: 'en' }] }));
    const r = await lawdiff('check', dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 articles');
  });
});

describe('deep nesting (issue 12, point 6)', () => {
  it('a version with divisions 2,000 deep and one with a title 4,500 deep: one line each naming the JSON path, exit 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lawdiff-'));
    const article = '{"kind":"article","label":"A1","num":"1","heading":"","paragraphs":[{"num":"","text":"Hello.","items":[]}]}';
    const division = '{"kind":"division","type":"part","label":"P","num":"1","heading":"","text":[],"children":[';
    const text = (body: string, title: string): string =>
      `{"format":"lawdiff-version/1","title":${title},"language":"en","metadata":{},"preamble":[],"body":${body},"annexes":[],"annotations":[]}`;
    await writeFile(join(dir, 'deep-divisions.json'), text(`[${division.repeat(2000)}${article}${']}'.repeat(2000)}]`, '"X"'));
    await writeFile(join(dir, 'deep-title.json'), text(`[${article}]`, `${'['.repeat(4500)}"x"${']'.repeat(4500)}`));
    const divisions = await lawdiff('articles', join(dir, 'deep-divisions.json'));
    expect(divisions.code).toBe(1);
    expectNoStack(divisions.stderr);
    expect(divisions.stderr.split('\n')[0]).toMatch(/deep-divisions\.json:1: error: \$\.body(\[0\]\.children)+: divisions nested more than \d+ levels deep/u);
    const title = await lawdiff('compare', join(dir, 'deep-title.json'), join(dir, 'deep-title.json'));
    expect(title.code).toBe(1);
    expectNoStack(title.stderr);
    expect(title.stderr.split('\n')[0]).toMatch(/deep-title\.json:1: error: \$\.title: expected a string, found \[\[\[\[…\]\]\]\]/u);
  });
});
