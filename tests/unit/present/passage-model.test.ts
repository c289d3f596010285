/**
 * The passage picture's model on real readings: the sample law (zh and en, four
 * readings, the third unpublished) and the TKG 2004 (seven consolidated readings).
 * Its counts are checked against the lineages and the engine's own statistics,
 * computed here without the model.
 */
import { describe, expect, it } from 'vitest';
import { noCounts, passagePicture, pictureKind, stepStats, type PassagePicture, type PictureKind } from '../../../src/present/passage-model.js';
import { articleIn, concordanceRows } from '../../../src/present/history-model.js';
import { buildHistory, lineageOf, type History } from '../../../src/diff/history.js';
import { listArticles } from '../../../src/model/doc.js';
import { parseLaw } from '../../../src/model/validate.js';
import type { VersionDoc, VersionInfo } from '../../../src/model/types.js';
import { importCorpus, readCorpus } from '../../helpers/corpus.js';
import { sample } from '../../helpers/sample.js';

interface Law {
  name: string;
  history: History;
  docs: Record<string, VersionDoc>;
  versions: VersionInfo[];
}

function corpusLaw(folder: string): Law {
  const law = parseLaw(readCorpus(folder, 'law.json')).law!;
  const docs: Record<string, VersionDoc> = {};
  for (const v of law.versions) if (v.file) docs[v.id] = importCorpus(`${folder}/${v.file}`);
  const history = buildHistory(law.versions.filter((v) => docs[v.id]).map((v) => ({ id: v.id, doc: docs[v.id]! })));
  return { name: folder, history, docs, versions: law.versions };
}

const zh = sample('zh');
const en = sample('en');
const laws: Law[] = [
  { name: 'sample zh', history: zh.history, docs: zh.docs, versions: zh.law.versions },
  { name: 'sample en', history: en.history, docs: en.docs, versions: en.law.versions },
  corpusLaw('de-tkg-2004'),
];

/** Cells of each kind per column, counted from the lineages alone (arrival, moved flag, where they end). */
function countsFromLineages(law: Law): Record<PictureKind, number>[] {
  const { history, versions } = law;
  return versions.map((version) => {
    const counts = noCounts();
    const v = history.versionIds.indexOf(version.id);
    for (const l of history.lineages) {
      if (v < 0) {
        counts.gap++;
        continue;
      }
      const cell = l.cells[v];
      if (cell) {
        const matched = ['unchanged', 'renumbered', 'references', 'changed'].includes(cell.arrival);
        const kind = cell.moved && matched ? 'moved' : cell.arrival === 'changed' ? 'reworded' : cell.arrival;
        counts[kind]++;
      } else if (v > 0 && l.cells[v - 1]) counts[l.mergedInto?.version === v ? 'merged-away' : 'deleted']++;
      else counts.absent++;
    }
    return counts;
  });
}

const pictures = new Map<Law, PassagePicture>();
const pictureOf = (law: Law): PassagePicture => {
  let p = pictures.get(law);
  if (!p) pictures.set(law, (p = passagePicture(law.history, law.docs, law.versions)));
  return p;
};

describe.each(laws)('passagePicture on $name', (law) => {
  it('has a column per reading, gaps included, and a row per lineage', () => {
    const p = pictureOf(law);
    expect(p.columns.map((c) => c.version.id)).toEqual(law.versions.map((v) => v.id));
    expect(p.rows).toHaveLength(law.history.lineages.length);
    expect(new Set(p.rows.map((r) => r.key)).size).toBe(p.rows.length);
    for (const c of p.columns) expect(c.index < 0).toBe(!law.history.versionIds.includes(c.version.id));
  });

  it('counts each kind per column as the lineages and the concordance do', () => {
    const p = pictureOf(law);
    expect(p.counts).toEqual(countsFromLineages(law));
    const fromConcordance = law.versions.map(noCounts);
    for (const r of concordanceRows(law.history, law.docs, law.versions)) r.cells.forEach((c, i) => fromConcordance[i]![pictureKind(c)]++);
    expect(p.counts).toEqual(fromConcordance);
    // Rows in the concordance's order.
    expect(p.rows.map((r) => r.key)).toEqual(concordanceRows(law.history, law.docs, law.versions).map((r) => r.key));
  });

  it('counts per column what the engine counted for the step that led to it', () => {
    const p = pictureOf(law);
    law.history.comparisons.forEach((c, i) => {
      const counts = p.counts[p.columns.findIndex((col) => col.index === i + 1)]!;
      const s = c.stats;
      expect(counts.inserted).toBe(s.inserted);
      expect(counts.moved).toBe(s.moved);
      expect(counts.reworded).toBe(s.textChanged - s.referencesOnly - countMoved(law, i + 1, 'changed'));
      expect(counts.deleted).toBe(s.deleted);
      expect(counts.renumbered).toBe(s.renumberedOnly);
    });
  });

  it('links every split and merge of the lineages, between the right cells', () => {
    const p = pictureOf(law);
    const col = (v: number) => p.columns.findIndex((c) => c.index === v);
    const row = (key: string) => p.rowOf.get(key)!;
    const splits = law.history.lineages.filter((l) => l.from);
    const merges = law.history.lineages.filter((l) => l.mergedInto);
    expect(p.links.filter((k) => k.kind === 'split')).toHaveLength(splits.length);
    expect(p.links.filter((k) => k.kind === 'merge')).toHaveLength(merges.length);
    for (const l of splits) {
      const { key, version } = l.from!;
      expect(p.links).toContainEqual({ kind: 'split', from: { row: row(key), column: col(version - 1) }, to: { row: row(l.key), column: col(version) } });
      expect(p.rows[row(l.key)]!.kinds[col(version)]).toBe('split');
    }
    for (const l of merges) {
      const { key, version } = l.mergedInto!;
      expect(p.links).toContainEqual({ kind: 'merge', from: { row: row(l.key), column: col(version - 1) }, to: { row: row(key), column: col(version) } });
      expect(p.rows[row(l.key)]!.kinds[col(version)]).toBe('merged-away');
      expect(p.rows[row(key)]!.kinds[col(version)]).toBe('merged');
    }
  });

  it('starts each move where the article stood in the older reading', () => {
    const p = pictureOf(law);
    const moves = p.links.filter((k) => k.kind === 'move');
    expect(moves).toHaveLength(p.counts.reduce((n, c) => n + c.moved, 0));
    for (const m of moves) {
      expect(p.rows[m.to.row]!.kinds[m.to.column]).toBe('moved');
      // The article's old neighbour, read from the older reading's text.
      const v = p.columns[m.from.column]!.index;
      const id = law.history.versionIds[v]!;
      const lineage = law.history.lineages.find((l) => l.key === p.rows[m.to.row]!.key)!;
      const nums = listArticles(law.docs[id]!).map((a) => a.article.num);
      const at = nums.indexOf(lineage.cells[v]!.num);
      expect(at).toBeGreaterThanOrEqual(0);
      const before = at > 0 ? lineageOf(law.history, id, nums[at - 1]!) : undefined;
      expect(m.from.after).toBe(before ? p.rowOf.get(before.key) : -1);
    }
  });

  it('bands the rows by top-level division, in order, covering every row once', () => {
    const p = pictureOf(law);
    expect(p.bands[0]!.start).toBe(0);
    expect(p.bands.at(-1)!.end).toBe(p.rows.length);
    p.bands.forEach((b, i) => {
      expect(b.end).toBeGreaterThan(b.start);
      if (i > 0) {
        expect(b.start).toBe(p.bands[i - 1]!.end);
        expect(b.title).not.toBe(p.bands[i - 1]!.title);
      }
      for (let r = b.start; r < b.end; r++) expect(p.rows[r]!.band).toBe(i);
    });
    // A row's band is its article's top division in the newest reading that has it; one the newest
    // reading no longer has may join the band of the rows around it instead.
    const last = law.history.versionIds.length - 1;
    p.rows.forEach((r, i) => {
      const lineage = law.history.lineages.find((l) => l.key === r.key)!;
      const v = lineage.cells.findLastIndex((c) => c !== undefined);
      const own = articleIn(law.docs[law.history.versionIds[v]!], lineage.cells[v]!.num)!.path[0] ?? '';
      const title = p.bands[r.band]!.title;
      if (v === last || title === own) expect(title).toBe(own);
      else expect([p.rows[i - 1]?.band, p.rows[i + 1]?.band]).toContain(r.band);
    });
  });

  it('gives the statistics of each step as the comparisons counted them, across gaps', () => {
    const steps = stepStats(law.history, law.versions);
    expect(steps).toHaveLength(law.history.comparisons.length);
    steps.forEach((s, i) => {
      const c = law.history.comparisons[i]!.stats;
      expect([s.from.id, s.to.id]).toEqual([law.history.versionIds[i], law.history.versionIds[i + 1]]);
      expect(s).toMatchObject({
        inserted: c.inserted,
        deleted: c.deleted,
        reworded: c.textChanged,
        moved: c.moved,
        renumbered: c.renumberedOnly,
        split: c.split,
        merged: c.merged,
        wordsInserted: c.wordsInserted,
        wordsDeleted: c.wordsDeleted,
      });
      const a = law.versions.indexOf(s.from);
      expect(s.skipped).toEqual(law.versions.slice(a + 1, law.versions.indexOf(s.to)));
    });
  });
});

/** Lineages arriving moved in reading v with the given arrival. */
function countMoved(law: Law, v: number, arrival: string): number {
  return law.history.lineages.filter((l) => l.cells[v]?.moved && l.cells[v]!.arrival === arrival).length;
}

describe('passagePicture on the sample law (zh)', () => {
  const p = passagePicture(zh.history, zh.docs, zh.law.versions);
  const kindsOf = (key: string) => p.rows[p.rowOf.get(key)!]!.kinds;

  it('shows the unpublished third reading as a gap column', () => {
    expect(p.columns.map((c) => c.index)).toEqual([0, 1, -1, 2]);
    expect(p.counts[2]!.gap).toBe(p.rows.length);
    expect(p.rows.every((r) => r.kinds[2] === 'gap')).toBe(true);
  });

  it('marks the article moved into the general provisions (第十五条 → 第四条), its link starting where it stood', () => {
    expect(kindsOf('first-draft~15')).toEqual(['first', 'moved', 'gap', 'unchanged']);
    const move = p.links.find((k) => k.kind === 'move' && p.rows[k.to.row]!.key === 'first-draft~15');
    expect(move).toBeDefined();
    // In the first draft it was the article after 第十四条.
    expect(move!.from).toEqual({ after: p.rowOf.get('first-draft~14'), column: 0 });
    expect(move!.to).toEqual({ row: p.rowOf.get('first-draft~15'), column: 1 });
  });

  it('marks insertions, deletions and the split in the readings that made them', () => {
    expect(kindsOf('final~45')).toEqual(['absent', 'absent', 'gap', 'inserted']);
    expect(kindsOf('first-draft~32')).toEqual(['first', 'deleted', 'gap', 'absent']);
    expect(kindsOf(lineageOf(zh.history, 'final', '28')!.key).at(-1)).toBe('split');
  });

  it('names its bands by the chapters of the newest reading', () => {
    expect(p.bands[0]!.title).toBe('第一章 总则');
    expect(p.bands.map((b) => b.title)).toEqual([...new Set(p.bands.map((b) => b.title))]);
  });
});
