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
      expect(r.stderr).toMatch(/^.*\.json: error: \$\.language: ".*" is not a BCP 47 language tag/mu);
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
