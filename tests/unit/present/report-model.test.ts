/**
 * Explanation reports on the viewer's rows (issue 16, point 3): a report's paragraphs land on
 * the rows of the comparison on screen — its own step, and a wider comparison through the
 * history's lineages — the reader's corrections replace a paragraph's links (a move, a detach),
 * and a report on a step outside the comparison is listed but on no row.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../src/diff/index.js';
import { buildModel, type ArticleRow, type CompareModel } from '../../../src/present/compare-model.js';
import type { AttachedReport } from '../../../src/present/report-model.js';
import { repoRoot } from '../../helpers/corpus.js';
import { rowOf, sample } from '../../helpers/sample.js';

const s = sample('zh');
const info = s.law.reports!.find((r) => r.id === 'second-reading-report')!;
const text = readFileSync(resolve(repoRoot, 'versions/fictional-open-data-law-zh', info.file), 'utf8');
const report = (corrections: AttachedReport['corrections'] = []): AttachedReport => ({
  id: info.id, title: info.title, source: info.source ?? '', old: info.old, new: info.new, text, origin: 'collection', corrections,
});

function modelOf(oldId: string, newId: string, reports: AttachedReport[]): CompareModel {
  const comparison = compareVersions(s.docs[oldId]!, s.docs[newId]!);
  return buildModel(s.docs[oldId]!, s.docs[newId]!, comparison, { old: oldId, new: newId }, s.history, { docs: s.docs, versions: s.law.versions }, reports, Object.values(s.law.title));
}

const official = (row: ArticleRow) => row.annotations.filter((a) => a.report);
/** The paragraph of the report that moves 草案第十五条 to 第四条. */
const movePara = (m: CompareModel) => m.reports[0]!.paragraphs.find((p) => p.text.includes('草案第十五条移至总则'))!;

describe('report paragraphs on rows', () => {
  it('on its own step: 草案第十五条 … 作为第四条 is on the row first-draft~15, marked with the report and paragraph', () => {
    const m = modelOf('first-draft', 'second-reading', [report()]);
    const p = movePara(m);
    const notes = official(rowOf(m, 'first-draft~15'));
    expect(notes.map((a) => a.report!.paragraph)).toContain(p.index);
    const note = notes.find((a) => a.report!.paragraph === p.index)!;
    expect(note.kind).toBe('explanation');
    expect(note.source).toBe(info.title);
    expect(note.text).toBe(p.text);
    expect(note.report).toEqual({ report: info.id, paragraph: p.index, corrected: false });
    expect(m.reports[0]!.applies).toBe(true);
    expect(m.reports[0]!.unlinked).toBe('');
    expect(m.reports[0]!.paragraphs.flatMap((x) => x.unresolved)).toContain('草案第四十六条');
  });

  it('across first draft → final: the same paragraph follows the article’s lineage to the row of the wider comparison', () => {
    const m = modelOf('first-draft', 'final', [report()]);
    const p = movePara(m);
    const rows = m.rows.filter((r): r is ArticleRow => r.type === 'article' && official(r).some((a) => a.report!.paragraph === p.index));
    expect(rows.map((r) => r.key)).toEqual(['first-draft~15']);
    // Labelled with the reading whose report it is: the comparison spans two steps.
    expect(official(rows[0]!)[0]!.reading).toBe(s.law.versions.find((v) => v.id === 'second-reading')!.label);
  });

  it('outside the comparison (second reading → final): listed, on no row', () => {
    const m = modelOf('second-reading', 'final', [report()]);
    expect(m.reports[0]!.applies).toBe(false);
    expect(m.reports[0]!.unlinked).toBe('outside');
    expect(m.rows.some((r) => r.type === 'article' && official(r).length > 0)).toBe(false);
  });

  it('a correction replaces the links: moved to another article, or detached', () => {
    const base = modelOf('first-draft', 'second-reading', [report()]);
    const p = movePara(base);
    const moved = modelOf('first-draft', 'second-reading', [report([{ paragraph: p.index, links: [{ version: 'second-reading', article: '7' }] }])]);
    expect(official(rowOf(moved, 'first-draft~15')).some((a) => a.report!.paragraph === p.index)).toBe(false);
    const target = moved.rows.find((r): r is ArticleRow => r.type === 'article' && r.new.some((a) => a.ref.num === '7'))!;
    expect(official(target).find((a) => a.report!.paragraph === p.index)?.report?.corrected).toBe(true);
    const view = moved.reports[0]!.paragraphs.find((x) => x.index === p.index)!;
    expect(view.corrected).toBe(true);
    expect(view.found).toEqual(p.links.map(({ version, article }) => ({ version, article })));

    const detached = modelOf('first-draft', 'second-reading', [report([{ paragraph: p.index, links: [] }])]);
    expect(detached.rows.some((r) => r.type === 'article' && official(r).some((a) => a.report!.paragraph === p.index))).toBe(false);
    expect(detached.reports[0]!.paragraphs.find((x) => x.index === p.index)!.links).toEqual([]);
  });

  it('report text stays text: a paragraph with markup is carried as it is, never parsed', () => {
    const hostile = { ...report(), text: '一、建议将草案第十五条移至总则，作为第四条。<img src=x onerror=alert(1)>' };
    const m = modelOf('first-draft', 'second-reading', [hostile]);
    const note = official(rowOf(m, 'first-draft~15'))[0]!;
    expect(note.text).toContain('<img src=x onerror=alert(1)>');
  });
});
