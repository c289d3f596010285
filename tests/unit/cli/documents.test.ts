/**
 * The command line reads PDFs and web pages (issue 15) from files, addresses and collections:
 * `compare` on a PDF of one reading and a web page of the next gives what the texts give; `check`
 * reads them in a collection; a refused PDF is one line naming the file and the page, exit 1.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusPath, readCorpus, repoRoot } from '../../helpers/corpus.js';
import { closePrinter, draftHtml, printPdf } from '../../helpers/draft-pages.js';

afterAll(closePrinter);

function lawdiff(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(repoRoot, 'bin/lawdiff.js'), ...args], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('lawdiff on PDFs and web pages', () => {
  it('compares a PDF of one reading with a web page of the next as it compares their texts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lawdiff-docs-'));
    const [a, b] = [join(dir, 'old.pdf'), join(dir, 'new.html')];
    await writeFile(a, await printPdf(readCorpus('cn-counter-espionage-law', '2014.md'), 'cn', { header: '反间谍法（草案）', pageNumber: 'cn' }));
    await writeFile(b, draftHtml(readCorpus('cn-counter-espionage-law', '2023.md'), 'cn', { chrome: true }));
    const [docs, texts] = await Promise.all([lawdiff('compare', a, b, '--json'), lawdiff('compare', corpusPath('cn-counter-espionage-law', '2014.md'), corpusPath('cn-counter-espionage-law', '2023.md'), '--json')]);
    expect(docs.code).toBe(0);
    expect(docs.stderr).toMatch(/old\.pdf \(page 1\): warning: running header “反间谍法（草案）” left out on pages 1–\d+/u);
    expect(docs.stderr).toMatch(/new\.html: warning: only the page's main text read/u);
    expect((JSON.parse(docs.stdout) as { stats: unknown }).stats).toEqual((JSON.parse(texts.stdout) as { stats: unknown }).stats);
  }, 60_000);

  it('reads a PDF from an address', async () => {
    const pdf = await printPdf(readCorpus('de-netzdg', '2022.md'), 'de', { pageNumber: 'dash' });
    const server = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end(pdf);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port } = server.address() as AddressInfo;
      const [fetched, text] = await Promise.all([lawdiff('articles', `http://127.0.0.1:${port}/drucksache.pdf`), lawdiff('articles', corpusPath('de-netzdg', '2022.md'))]);
      expect(fetched.code).toBe(0);
      const squeeze = (out: string): unknown => (JSON.parse(out) as { num: string; text: string }[]).map((x) => [x.num, x.text.replace(/\s+/gu, '')]);
      expect(squeeze(fetched.stdout)).toEqual(squeeze(text.stdout));
    } finally {
      server.close();
    }
  }, 60_000);

  it('checks a collection whose readings are a PDF and a web page, and names the page of a refused PDF', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lawdiff-docs-'));
    await mkdir(join(dir, 'dsl'));
    await writeFile(join(dir, 'index.json'), JSON.stringify({ format: 'lawdiff-collection/1', laws: ['dsl'] }));
    const versions = [
      { id: 'pdf', label: 'PDF', stage: 'adopted', date: '2021-06-10', file: '2021.pdf' },
      { id: 'web', label: 'Web', stage: 'adopted', date: '2021-06-11', file: '2021.html' },
      { id: 'synopsis', label: 'Synopsis', stage: 'adopted', date: '2021-06-12', file: 'synopsis.pdf' },
    ];
    await writeFile(join(dir, 'dsl', 'law.json'), JSON.stringify({ id: 'dsl', title: { zh: '数据安全法' }, jurisdiction: 'CN', language: 'zh-Hans', versions }));
    const text = readCorpus('cn-data-security-law', '2021.md');
    await writeFile(join(dir, 'dsl', '2021.pdf'), await printPdf(text, 'cn', { pageNumber: 'plain' }));
    await writeFile(join(dir, 'dsl', '2021.html'), draftHtml(text, 'cn'));
    await writeFile(join(dir, 'dsl', 'synopsis.pdf'), await printPdf(text, 'cn', { twoColumns: true }));
    const r = await lawdiff('check', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/pdf\s+55 articles/u);
    expect(r.stdout).toMatch(/web\s+55 articles/u);
    expect(r.stdout).toMatch(/synopsis\s+NOT LOADED/u);
    expect(r.stderr).toContain('cannot read dsl/synopsis.pdf: page 1: dsl/synopsis.pdf is laid out in two columns side by side from page 1 on');
  }, 60_000);
});
