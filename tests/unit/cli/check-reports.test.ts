/**
 * `lawdiff check` and the reports a law.json lists, run in-process through `main(argv)`: the
 * repository's sample collection (both sample laws, their misnumbered references as warnings)
 * and temporary copies of a sample law with a broken report entry.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { repoRoot } from '../../helpers/corpus.js';

async function lawdiff(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: await main(argv), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const sample = join(repoRoot, 'versions/fictional-open-data-law-zh');
let base = '';

/** A collection in a temporary folder holding a copy of the zh sample law whose law.json is changed by `edit`. */
function collectionWith(name: string, edit: (law: { reports: Record<string, unknown>[] }) => void): string {
  const root = join(base, name);
  mkdirSync(root, { recursive: true });
  cpSync(sample, join(root, 'law-zh'), { recursive: true });
  const lawFile = join(root, 'law-zh', 'law.json');
  const law = JSON.parse(readFileSync(lawFile, 'utf8')) as { reports: Record<string, unknown>[] };
  edit(law);
  writeFileSync(lawFile, JSON.stringify(law, null, 2));
  return root;
}

async function reportDocx(paragraphs: readonly string[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph({ text })) }] }));
}

beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'lawdiff-check-reports-')));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('lawdiff check versions: the sample laws’ reports', () => {
  it('prints a line per report, warns about each misnumbered reference by file and paragraph, and exits 0', async () => {
    const r = await lawdiff('check', join(repoRoot, 'versions'));
    expect(r.code).toBe(0);
    for (const lang of ['zh', 'en']) {
      const section = r.stdout.split(`  fictional-open-data-law-${lang}:`)[1]!.split(/\n {2}\S/u)[0]!;
      expect(section).toMatch(/^ {4}report second-reading-report first-draft → second-reading: 21 paragraphs, 12 linked to articles, 1 unresolved$/mu);
      expect(section).toMatch(/^ {4}report final-report +second-reading → final: \d+ paragraphs, \d+ linked to articles, 1 unresolved$/mu);
    }
    const warnings = r.stderr.trimEnd().split('\n');
    expect(warnings).toHaveLength(4);
    for (const w of warnings) expect(w).toMatch(/^fictional-open-data-law-(zh|en)\/reports\/(second-reading|final)\.md \(paragraph \d+\): warning: /u);
    expect(r.stderr).toContain('fictional-open-data-law-zh/reports/second-reading.md (paragraph 15): warning: paragraph 15 of the report names "草案第四十六条"');
    expect(r.stderr).toContain('fictional-open-data-law-en/reports/second-reading.md (paragraph 15): warning: paragraph 15 of the report names "Article 46 of the Draft"');
    expect(r.stderr).toMatch(/fictional-open-data-law-zh\/reports\/final\.md \(paragraph \d+\): warning: .*"草案二次审议稿第六十四条"/u);
    expect(r.stderr).toMatch(/fictional-open-data-law-en\/reports\/final\.md \(paragraph \d+\): warning: .*"Article 64 of the Second Reading Draft"/u);
    expect(r.stderr).not.toMatch(/error/u);
  });
});

describe('lawdiff check: broken report entries', () => {
  it('a report file that does not exist: an error naming it, NOT LOADED, exit 1', async () => {
    const root = collectionWith('missing', (law) => {
      law.reports[0]!.file = 'reports/no-such-report.md';
    });
    const r = await lawdiff('check', root);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ {4}report second-reading-report +NOT LOADED$/mu);
    expect(r.stdout).toMatch(/^ {4}report final-report +second-reading → final: /mu);
    expect(r.stderr).toMatch(/^law-zh\/reports\/no-such-report\.md: error: cannot read the report "second-reading-report": no such file$/mu);
    expect(r.stderr).not.toMatch(/^\s+at /mu);
  });

  it('an empty report: an error naming it, exit 1', async () => {
    const root = collectionWith('empty', () => undefined);
    writeFileSync(join(root, 'law-zh/reports/second-reading.md'), '\n\n');
    const r = await lawdiff('check', root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/law-zh\/reports\/second-reading\.md: error: the report "second-reading-report" \(law-zh\/reports\/second-reading\.md\) is empty/u);
  });

  it('reads a Word report as paragraphs and links it like the Markdown one', async () => {
    const root = collectionWith('docx', (law) => {
      law.reports[0]!.file = 'reports/second-reading.docx';
    });
    const blocks = readFileSync(join(sample, 'reports/second-reading.md'), 'utf8')
      .split(/\n\s*\n/u)
      .map((b) => b.trim().replace(/^#\s*/u, ''))
      .filter(Boolean);
    writeFileSync(join(root, 'law-zh/reports/second-reading.docx'), await reportDocx(blocks));
    const r = await lawdiff('check', root);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {4}report second-reading-report first-draft → second-reading: 21 paragraphs, 12 linked to articles, 1 unresolved$/mu);
    expect(r.stderr).toContain('law-zh/reports/second-reading.docx (paragraph 15): warning: paragraph 15 of the report names "草案第四十六条"');
  });

  it('an empty Word report is an error, as an empty text report is', async () => {
    const root = collectionWith('empty-docx', (law) => {
      law.reports[0]!.file = 'reports/second-reading.docx';
    });
    writeFileSync(join(root, 'law-zh/reports/second-reading.docx'), await reportDocx([]));
    const r = await lawdiff('check', root);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ {4}report second-reading-report +NOT LOADED$/mu);
    expect(r.stderr).toMatch(/law-zh\/reports\/second-reading\.docx: error: the report "second-reading-report" \(law-zh\/reports\/second-reading\.docx\) is empty/u);
  });

  it.each([
    ['a name that leaves the collection', '../../outside-report.docx'],
    ['a link that leads outside the collection', 'reports/linked.docx'],
  ])('a Word report through %s is refused, not read', async (what, file) => {
    const root = collectionWith(`outside-${what.split(' ')[1]}`, (law) => {
      law.reports[0]!.file = file;
    });
    const outside = join(base, 'outside-report.docx');
    writeFileSync(outside, await reportDocx(['一、建议将草案第十五条移至总则，作为第四条。']));
    if (file === 'reports/linked.docx') symlinkSync(outside, join(root, 'law-zh/reports/linked.docx'));
    const r = await lawdiff('check', root);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ {4}report second-reading-report +NOT LOADED$/mu);
    expect(r.stderr).toMatch(/error: cannot read .*(outside the collection|refused)/u);
  });
});
