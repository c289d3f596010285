/**
 * The command line reads bytes and decodes them in one place (issue 12, point 10), and fetches
 * URLs with a byte limit after decompression and a total deadline (point 7): each case gives the
 * same articles as the UTF-8 text, or one line and exit 1 — never a stack trace, never a hang.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, readInput } from '../../../src/cli/main.js';
import { exportAkn } from '../../../src/model/akn/export.js';
import { importSource } from '../../../src/model/import/index.js';
import { articleEntries } from '../../../src/model/articles.js';
import { readCorpus, repoRoot } from '../../helpers/corpus.js';
import { startHostileServer, type HostileServer } from '../../helpers/hostile-server.js';
import { encode, withBom } from '../../helpers/legacy-encode.js';

const bin = join(repoRoot, 'bin/lawdiff.js');

function lawdiff(...args: string[]): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr, ms: performance.now() - t0 });
    });
  });
}

/** One line on stderr, no stack trace. */
function oneLine(stderr: string): string {
  expect(stderr).not.toMatch(/^\s+at /mu);
  expect(stderr).not.toMatch(/RangeError|TypeError|ERR_STRING_TOO_LONG|heap out of memory|node:internal/u);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  return stderr.trimEnd();
}

const cn = readCorpus('cn-cybersecurity-law', '2016.md');
const tw = readCorpus('tw-personal-data-protection-act', '2015.md');
const nums = (stdout: string): string[] => (JSON.parse(stdout) as { num: string }[]).map((a) => a.num);
const cnNums = articleEntries(importSource(cn).doc).map((a) => a.num);

let dir = '';
beforeAll(async () => {
  if (!existsSync(join(repoRoot, 'dist-cli/cli/main.js'))) throw new Error('dist-cli is missing: run `npm run build:cli` first (npm test does).');
  dir = await mkdtemp(join(tmpdir(), 'lawdiff-enc-'));
});

describe('files in other encodings (point 10)', () => {
  it.each([
    ['utf-16le with a BOM', withBom(encode(cn, 'utf-16le'), 'utf-16le')],
    ['utf-16be with a BOM', withBom(encode(cn, 'utf-16be'), 'utf-16be')],
    ['GB18030', encode(cn, 'gb18030')],
  ])('articles of the PRC law in %s: the 79 articles (UTF-16 was "unknown format")', async (name, bytes) => {
    const file = join(dir, `cs-${name.replace(/\W+/gu, '-')}.md`);
    await writeFile(file, bytes);
    const r = await lawdiff('articles', file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(nums(r.stdout)).toEqual(cnNums);
    expect(r.stdout).toContain('维护网络空间主权和国家安全');
  });

  it('the Taiwan law in Big5: the same articles as in UTF-8', async () => {
    const file = join(dir, 'pdpa-big5.md');
    await writeFile(file, encode(tw, 'big5'));
    const big5 = await lawdiff('articles', file);
    const utf8 = await lawdiff('articles', join(repoRoot, '../shared/corpus/tw-personal-data-protection-act/2015.md'));
    expect(big5.code).toBe(0);
    expect(big5.stdout).toBe(utf8.stdout);
  });

  it('XML declaring ISO-8859-1 in Latin-1 bytes: ß, ä and § read right (were U+FFFD with exit 0)', async () => {
    const doc = importSource(readCorpus('de-netzdg', '2022.md')).doc;
    const xml = exportAkn(doc, { lawId: 'n', versionId: 'v', date: '', label: 'x', jurisdiction: 'DE' }).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
    const file = join(dir, 'netzdg-latin1.xml');
    await writeFile(file, encode(xml, 'windows-1252', '?'));
    const r = await lawdiff('articles', file);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\uFFFD');
    expect(r.stdout).toMatch(/ä/u);
    expect(r.stdout).toMatch(/§ 3/u);
    expect(r.stdout).toMatch(/ß/u);
  });

  it('invalid UTF-8 on line 11: a warning naming the file, line 11 and UTF-8 (was silent)', async () => {
    const lines = cn.split('\n');
    const file = join(dir, 'broken.md');
    await writeFile(file, Buffer.concat(lines.map((l, i) => Buffer.concat([Buffer.from(l), i === 10 ? Buffer.from([0xff]) : Buffer.alloc(0), Buffer.from(i < lines.length - 1 ? '\n' : '')]))));
    const r = await lawdiff('articles', file);
    expect(r.code).toBe(0);
    expect(oneLine(r.stderr)).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}:11: warning: A character could not be read as UTF-8 and became U\\+FFFD`, 'u'));
  });

  it('compare: an old reading in GB18030 against a new one in UTF-16', async () => {
    const a = join(dir, 'old.md');
    const b = join(dir, 'new.md');
    await writeFile(a, encode(cn, 'gb18030'));
    await writeFile(b, withBom(encode(cn.replace('维护网络空间主权', '维护网络空间主权和发展利益'), 'utf-16le'), 'utf-16le'));
    const r = await lawdiff('compare', a, b, '--json');
    expect(r.code).toBe(0);
    const stats = (JSON.parse(r.stdout) as { stats: Record<string, number> }).stats;
    expect(stats).toMatchObject({ matched: 79, textChanged: 1, inserted: 0, deleted: 0 });
  });

  it('check: a collection whose version file is UTF-16 loads its 79 articles', async () => {
    const root = join(dir, 'collection');
    await mkdir(join(root, 'cs'), { recursive: true });
    await writeFile(join(root, 'cs', 'law.json'), JSON.stringify({ id: 'cs', title: { zh: '网络安全法' }, jurisdiction: 'CN', language: 'zh-Hans', versions: [{ id: '2016', label: '2016', date: '2016-11-07', stage: 'adopted', file: '2016.md' }] }));
    await writeFile(join(root, 'cs', '2016.md'), withBom(encode(cn, 'utf-16le'), 'utf-16le'));
    const r = await lawdiff('check', root);
    expect(r.stdout).toMatch(/2016\s+79 articles/u);
    expect(r.code).toBe(0);
  });
});

describe('URLs (points 7 and 10)', () => {
  let server: HostileServer;
  beforeAll(async () => {
    server = await startHostileServer(cn);
  });
  afterAll(() => server.close());

  it('a GBK page served with charset=gbk: the 79 articles (was "unknown format … use --format")', async () => {
    const r = await lawdiff('articles', `${server.base}/text?enc=gbk&charset=gbk`);
    expect(r.stderr).toBe('');
    expect(nums(r.stdout)).toEqual(cnNums);
  });

  it('GB18030 bytes served as charset=utf-8: read as GB18030, with a warning naming the header', async () => {
    const r = await lawdiff('articles', `${server.base}/text?enc=gb18030&charset=utf-8`);
    expect(r.code).toBe(0);
    expect(nums(r.stdout)).toEqual(cnNums);
    expect(oneLine(r.stderr)).toBe("text: warning: the server's Content-Type (charset=utf-8) says UTF-8, but the bytes are not UTF-8; they read as GB18030: read so");
  });

  it('40 MB of text: refused at 32 MiB in one line, exit 1 (600 MB was ERR_STRING_TOO_LONG)', async () => {
    const r = await lawdiff('import', `${server.base}/huge`);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toBe(`lawdiff: cannot fetch ${server.base}/huge: the text is larger than 32 MiB once decompressed; lawdiff reads texts of at most 33,554,432 bytes (save it and split it)`);
  });

  it('Content-Length of 600 MB: refused before reading, naming it', async () => {
    const r = await lawdiff('import', `${server.base}/huge-declared`);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toContain('larger than 32 MiB (Content-Length: 629,145,600 bytes)');
    expect(r.ms).toBeLessThan(10_000);
  });

  it('a gzip bomb (2 GiB of spaces): refused at 32 MiB after decompression, in seconds (was out of memory at 4.3 GB)', async () => {
    const r = await lawdiff('import', `${server.base}/bomb`);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toContain('larger than 32 MiB once decompressed');
    expect(r.ms).toBeLessThan(15_000);
  });

  it('a redirect loop: one line, exit 1', async () => {
    const r = await lawdiff('import', `${server.base}/loop`);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toBe(`lawdiff: cannot fetch ${server.base}/loop: redirect count exceeded`);
  });

  it('a body that trickles in: the CLI\'s fetch path stops at its deadline with the message (was an uncaught TimeoutError)', async () => {
    const t0 = performance.now();
    const e = await readInput(`${server.base}/trickle`, { deadlineMs: 800 }).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(new RegExp(`^cannot fetch ${server.base}/trickle: not finished after 0\\.8 s \\([\\d,]+ bytes read\\); lawdiff waits at most 0\\.8 s for a text`, 'u'));
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
