/**
 * The command line reads Word documents as bytes (issue 15): `lawdiff articles` and `compare`
 * on .docx files written from corpus laws give what the texts give, `check` reads them in a
 * collection; a broken one is refused in one line naming the file, exit 1.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPath, readCorpus, repoRoot } from '../../helpers/corpus.js';
import { makeDocx } from '../../helpers/docx-fixtures.js';

function lawdiff(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(repoRoot, 'bin/lawdiff.js'), ...args], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('lawdiff on Word documents', () => {
  it('lists the articles of a .docx as of its text, and compares two', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lawdiff-docx-'));
    const [a, b] = [join(dir, 'old.docx'), join(dir, 'new.docx')];
    await writeFile(a, (await makeDocx(readCorpus('cn-counter-espionage-law', '2014.md'), 'cn')).bytes);
    await writeFile(b, (await makeDocx(readCorpus('cn-counter-espionage-law', '2023.md'), 'cn')).bytes);
    const [fromWord, fromText] = await Promise.all([lawdiff('articles', a), lawdiff('articles', corpusPath('cn-counter-espionage-law', '2014.md'))]);
    expect(fromWord.code).toBe(0);
    expect(fromWord.stderr).toMatch(/old\.docx:\d+: warning: the document has tracked changes/u);
    const squeeze = (out: string): unknown => (JSON.parse(out) as { num: string; text: string }[]).map((x) => [x.num, x.text.replace(/\s+/gu, '')]);
    expect(squeeze(fromWord.stdout)).toEqual(squeeze(fromText.stdout));
    const [cw, ct] = await Promise.all([lawdiff('compare', a, b, '--json'), lawdiff('compare', corpusPath('cn-counter-espionage-law', '2014.md'), corpusPath('cn-counter-espionage-law', '2023.md'), '--json')]);
    expect(cw.code).toBe(0);
    expect((JSON.parse(cw.stdout) as { stats: unknown }).stats).toEqual((JSON.parse(ct.stdout) as { stats: unknown }).stats);
  });

  it('checks a collection whose readings are Word documents', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lawdiff-docx-'));
    await mkdir(join(dir, 'ce'));
    await writeFile(join(dir, 'index.json'), JSON.stringify({ format: 'lawdiff-collection/1', laws: ['ce'] }));
    const versions = [{ id: 'v2014', label: '2014', stage: 'adopted', date: '2014-11-01', file: '2014.docx' }, { id: 'v2023', label: '2023', stage: 'revised', date: '2023-04-26', file: '2023.docx' }];
    await writeFile(join(dir, 'ce', 'law.json'), JSON.stringify({ id: 'ce', title: { zh: '反间谍法' }, jurisdiction: 'CN', language: 'zh-Hans', versions }));
    await writeFile(join(dir, 'ce', '2014.docx'), (await makeDocx(readCorpus('cn-counter-espionage-law', '2014.md'), 'cn')).bytes);
    await writeFile(join(dir, 'ce', '2023.docx'), (await makeDocx(readCorpus('cn-counter-espionage-law', '2023.md'), 'cn')).bytes.subarray(0, 3000));
    const r = await lawdiff('check', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/v2014\s+40 articles/u);
    expect(r.stdout).toMatch(/v2023\s+NOT LOADED/u);
    expect(r.stderr).toContain('ce/2023.docx: error: cannot read ce/2023.docx: not readable as a Word document: the zip archive is cut short');
    expect(r.stderr).toContain('ce/2014.docx:2: warning: table 1');
  });

  it('refuses a cut-short .docx in one line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lawdiff-docx-'));
    const bytes = (await makeDocx(readCorpus('cn-data-security-law', '2021.md'), 'cn')).bytes;
    const cut = join(dir, 'cut.docx');
    await writeFile(cut, bytes.subarray(0, 2000));
    const r = await lawdiff('import', cut);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${cut}: error: not readable as a Word document: the zip archive is cut short`);
  });
});
