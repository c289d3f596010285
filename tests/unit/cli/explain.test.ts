/**
 * `lawdiff explain` run in-process through `main(argv)`: the sample law's own report (zh, first
 * draft → second reading) as Markdown, as a Word document and as a web page, and bad input.
 */
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { repoRoot } from '../../helpers/corpus.js';

const law = join(repoRoot, 'versions/fictional-open-data-law-zh');
const oldFile = join(law, 'first-draft.json');
const newFile = join(law, 'second-reading.json');
const reportFile = join(law, 'reports/second-reading.md');

/** Runs the command line in this process, capturing what it writes. */
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
    const code = await main(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

interface Link {
  reading: 'old' | 'new';
  article: string;
}
interface JsonParagraph {
  index: number;
  text: string;
  links: Link[];
  unresolved: string[];
}

function parse(stdout: string): JsonParagraph[] {
  const j = JSON.parse(stdout) as { paragraphs: JsonParagraph[] };
  expect(Object.keys(j)).toEqual(['paragraphs']);
  return j.paragraphs;
}

/** Links per paragraph text (headings' `#` dropped), as sorted `reading:article` lists: independent of paragraph indexes. */
function linksByText(paragraphs: readonly JsonParagraph[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const p of paragraphs) {
    if (p.links.length === 0) continue;
    const key = p.text.replace(/^#+\s*/u, '').trim();
    m.set(key, [...(m.get(key) ?? []), ...p.links.map((l) => `${l.reading}:${l.article}`)].sort());
  }
  return m;
}

/** The report's paragraphs as written (blank-line separated), the title without its `#`. */
function reportParagraphs(): { title: string; body: string[] } {
  const blocks = readFileSync(reportFile, 'utf8')
    .split(/\n\s*\n/u)
    .map((b) => b.trim())
    .filter(Boolean);
  return { title: blocks[0]!.replace(/^#\s*/u, ''), body: blocks.slice(1) };
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lawdiff-explain-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lawdiff explain --json (sample law zh, first draft → second reading)', () => {
  it('prints the documented contract with the report’s links and unresolved references', async () => {
    const r = await lawdiff('explain', oldFile, newFile, reportFile, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const paragraphs = parse(r.stdout);
    expect(paragraphs).toHaveLength(21);
    paragraphs.forEach((p, i) => {
      expect(Object.keys(p).sort()).toEqual(['index', 'links', 'text', 'unresolved']);
      expect(typeof p.index).toBe('number');
      expect(typeof p.text).toBe('string');
      expect(Array.isArray(p.unresolved)).toBe(true);
      for (const u of p.unresolved) expect(typeof u).toBe('string');
      for (const l of p.links) {
        expect(Object.keys(l).sort()).toEqual(['article', 'reading']);
        expect(['old', 'new']).toContain(l.reading);
        expect(typeof l.article).toBe('string');
      }
      if (i > 0) expect(p.index).toBeGreaterThan(paragraphs[i - 1]!.index);
    });
    const moved = paragraphs.filter((p) => p.text.includes('草案第十五条'));
    expect(moved).toHaveLength(1);
    expect(moved[0]!.links).toContainEqual({ reading: 'old', article: '15' });
    expect(moved[0]!.links).toContainEqual({ reading: 'new', article: '4' });
    expect(paragraphs.some((p) => p.unresolved.includes('草案第四十六条'))).toBe(true);
    // General remarks (the addressee, the closing) link nothing.
    expect(paragraphs.find((p) => p.text.startsWith('全国人民代表大会常务委员会'))?.links).toEqual([]);
  });

  it('writes the same JSON to a file with -o and nothing to stdout', async () => {
    const out = join(dir, 'explain.json');
    const r = await lawdiff('explain', oldFile, newFile, reportFile, '--json', '-o', out);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    const viaStdout = await lawdiff('explain', oldFile, newFile, reportFile, '--json');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(JSON.parse(viaStdout.stdout));
  });
});

describe('lawdiff explain summary', () => {
  it('names each change a paragraph speaks of and ends with the counts', async () => {
    const r = await lawdiff('explain', oldFile, newFile, reportFile);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toContain('second-reading.md');
    expect(lines.some((l) => /第十五条 → 第四条/u.test(l))).toBe(true);
    expect(lines.some((l) => l.includes('unresolved: "草案第四十六条"'))).toBe(true);
    const json = parse((await lawdiff('explain', oldFile, newFile, reportFile, '--json')).stdout);
    const linked = json.filter((p) => p.links.length > 0).length;
    const unresolved = json.reduce((n, p) => n + p.unresolved.length, 0);
    expect(lines.at(-1)).toMatch(new RegExp(`^21 paragraphs: ${linked} linked to articles, \\d+ general remarks, ${unresolved} unresolved references?$`, 'u'));
  });
});

describe('lawdiff explain reads the report in any format', () => {
  it('gives the same links from a Word document and a web page as from the Markdown report', async () => {
    const { title, body } = reportParagraphs();
    const docx = new Document({
      sections: [
        {
          children: [new Paragraph({ text: title, heading: HeadingLevel.TITLE }), ...body.map((t) => new Paragraph({ text: t }))],
        },
      ],
    });
    const docxFile = join(dir, 'report.docx');
    writeFileSync(docxFile, await Packer.toBuffer(docx));
    const esc = (t: string): string => t.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
    const htmlFile = join(dir, 'report.html');
    writeFileSync(
      htmlFile,
      `<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>\n<h1>${esc(title)}</h1>\n${body.map((t) => `<p>${esc(t)}</p>`).join('\n')}\n</body></html>\n`,
    );
    const md = await lawdiff('explain', oldFile, newFile, reportFile, '--json');
    const expected = linksByText(parse(md.stdout));
    expect(expected.size).toBeGreaterThanOrEqual(10);
    for (const file of [docxFile, htmlFile]) {
      const r = await lawdiff('explain', oldFile, newFile, file, '--json');
      expect(r.stderr, file).toBe('');
      expect(r.code, file).toBe(0);
      const paragraphs = parse(r.stdout);
      expect(linksByText(paragraphs), file).toEqual(expected);
      expect(paragraphs.some((p) => p.unresolved.includes('草案第四十六条')), file).toBe(true);
    }
  }, 30_000);
});

describe('lawdiff explain: bad input', () => {
  it('a missing report: exit 1, one line naming the file, no stack', async () => {
    const missing = join(dir, 'no-such-report.md');
    const r = await lawdiff('explain', oldFile, newFile, missing);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('no-such-report.md');
    expect(r.stderr).not.toMatch(/^\s+at /mu);
    expect(r.stderr).not.toContain('internal error');
  });

  it.each([
    ['two files', [oldFile, newFile]],
    ['four files', [oldFile, newFile, reportFile, reportFile]],
    ['nothing', []],
  ])('wrong number of arguments (%s): exit 2 with the usage', async (_what, files) => {
    const r = await lawdiff('explain', ...files);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^lawdiff: explain needs three files/u);
    expect(r.stderr).toContain('Usage:');
    expect(r.stderr).toContain('lawdiff explain <old> <new> <report>');
  });

  it.each([
    ['empty', ''],
    ['blank lines only', '\n  \n\t\n'],
  ])('an %s report: exit 1 with a message naming it', async (what, content) => {
    const empty = join(dir, `empty-${what.replace(/\W+/gu, '-')}.md`);
    writeFileSync(empty, content);
    const r = await lawdiff('explain', oldFile, newFile, empty);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^lawdiff: .*empty-.*\.md has no text to explain anything with\n$/u);
  });
});
