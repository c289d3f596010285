import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHistory, concordance, lineageOf, resolveKey } from '../../../src/diff/history.js';
import { compareVersions } from '../../../src/diff/compare.js';
import { completeResult } from '../../../src/app/worker-protocol.js';
import type { CompareResult } from '../../../src/diff/result.js';
import { sample as sampleLaw } from '../../helpers/sample.js';
import { importSource } from '../../../src/model/import/index.js';
import { parseVersionDoc } from '../../../src/model/validate.js';
import { readCorpus, repoRoot } from '../../helpers/corpus.js';

const sample = (lang: string, id: string) =>
  parseVersionDoc(readFileSync(join(repoRoot, `versions/fictional-open-data-law-${lang}/${id}.json`), 'utf8')).doc!;

describe('buildHistory on the sample law', () => {
  const ids = ['first-draft', 'second-reading', 'final'];
  const history = buildHistory(ids.map((id) => ({ id, doc: sample('zh', id) })));

  it('follows a moved article through all readings under one key', () => {
    const l = lineageOf(history, 'first-draft', '15')!;
    expect(l.key).toBe('first-draft~15');
    expect(l.cells.map((c) => c && [c.label, c.arrival, c.moved])).toEqual([
      ['第十五条', 'first', false],
      ['第四条', 'changed', true],
      ['第四条', 'unchanged', false],
    ]);
    expect(lineageOf(history, 'final', '4')).toBe(l);
  });

  it('gives inserted articles a key from the reading that introduced them', () => {
    const l = lineageOf(history, 'final', '45')!;
    expect(l.key).toBe('final~45');
    expect(l.cells.map((c) => c?.arrival)).toEqual([undefined, undefined, 'inserted']);
    expect(lineageOf(history, 'second-reading', '13')!.key).toBe('second-reading~13');
  });

  it('records splits and merges', () => {
    const split = lineageOf(history, 'final', '28')!;
    expect(split.from).toEqual({ key: lineageOf(history, 'final', '27')!.key, version: 2 });
    // 29 + 30 → 30: the article that kept its number carries the lineage on; 29's ends in the merge.
    const merged = lineageOf(history, 'second-reading', '29')!;
    expect(merged.mergedInto).toEqual({ key: lineageOf(history, 'second-reading', '30')!.key, version: 2 });
    expect(merged.cells[2]).toBeUndefined();
    expect(lineageOf(history, 'final', '30')).toBe(lineageOf(history, 'second-reading', '30'));
  });

  it('a deleted article ends its lineage', () => {
    const l = lineageOf(history, 'first-draft', '32')!;
    expect(l.cells.map((c) => c?.label)).toEqual(['第三十二条', undefined, undefined]);
  });

  it('builds the concordance table: every article of every reading in exactly one row', () => {
    const rows = concordance(history);
    for (let v = 0; v < ids.length; v++) {
      const labels = rows.map((r) => r.labels[v]).filter((x) => x);
      expect(new Set(labels).size).toBe(labels.length);
      expect(labels.length).toBe([44, 49, 49][v]);
    }
    expect(rows.find((r) => r.key === 'first-draft~11')!.labels).toEqual(['第十一条', '第十二条', '第十二条']);
  });
});

describe('buildHistory on Taiwan PDPA 1995 → 2010 → 2015', () => {
  it('keeps unchanged 2015 articles in their 2010 lineage', () => {
    const docs = ['1995', '2010', '2015'].map((id) => ({ id, doc: importSource(readCorpus('tw-personal-data-protection-act', `${id}.json`)).doc }));
    const h = buildHistory(docs);
    expect(h.comparisons).toHaveLength(2);
    const l = lineageOf(h, '2015', '1')!;
    expect(l.key).toBe('1995~1');
    expect(l.cells.map((c) => c?.arrival)).toEqual(['first', 'changed', 'unchanged']);
  });
});

describe('a history made after its comparison (the first rows first)', () => {
  const s = sampleLaw('zh');
  const ids = s.law.versions.filter((v) => s.docs[v.id]).map((v) => v.id);
  const chain = ids.map((id) => ({ id, doc: s.docs[id]! }));

  it('reuses a comparison already made, and is the same history as one made from scratch', () => {
    const direct = compareVersions(s.docs[ids[1]!]!, s.docs[ids[2]!]!);
    const reused = buildHistory(chain, { known: new Map([[1, direct]]) });
    expect(reused.comparisons[1]).toBe(direct);
    expect(JSON.stringify(reused)).toBe(JSON.stringify(s.history));
  });

  it('completes a partial result: the other readings’ texts and the history of every reading, the rest kept', () => {
    const [a, b, c] = ids as [string, string, string];
    const comparison = compareVersions(s.docs[b]!, s.docs[c]!);
    const two = buildHistory([{ id: b, doc: s.docs[b]! }, { id: c, doc: s.docs[c]! }], { known: new Map([[0, comparison]]) });
    // The two-reading history knows its articles by the older reading's numbers; the whole one by the first reading's.
    expect(two.lineages.some((l) => l.key.startsWith(`${a}~`))).toBe(false);
    const partial: CompareResult = { docs: { [b]: s.docs[b]!, [c]: s.docs[c]! }, comparison, history: two, warnings: { [b]: [], [c]: [] }, partial: true };
    const whole = completeResult(partial, { docs: { [a]: s.docs[a]! }, warnings: { [a]: [] }, history: s.history });
    expect(whole.partial).toBeUndefined();
    expect(Object.keys(whole.docs).sort()).toEqual([a, b, c].sort());
    expect(whole.comparison).toBe(comparison);
    expect(whole.history).toBe(s.history);
    expect(resolveKey(whole.history, `${c}~4`)?.key).toBe(`${a}~15`);
  });
});
