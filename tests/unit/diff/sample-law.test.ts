/**
 * The shipped sample law against its ground truth: every change listed in
 * tests/fixtures/sample-law-changes.md (parsed here, so the fixture is the
 * single source of truth) must be exactly what the engine reports, for both
 * editions and both comparisons.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../src/diff/compare.js';
import type { Change, Comparison, DivisionChange } from '../../../src/diff/types.js';
import { listArticles, listDivisions } from '../../../src/model/doc.js';
import { parseRoman } from '../../../src/model/numerals.js';
import { repoRoot } from '../../helpers/corpus.js';
import { changeKey, checkComparison, compareChecked, nums, sortExpected, tripleKey } from '../../helpers/engine.js';
import { loadSample, sampleVersionId, type Edition } from '../../helpers/sample.js';

// ---------------------------------------------------------------- the fixture

interface Row {
  kind: string;
  old: string[];
  new: string[];
  note: string;
  /** The row as written, for messages. */
  raw: string;
}

interface Comparison_ {
  title: string;
  from: string;
  to: string;
  counts: { old: { articles: number; chapters: number }; new: { articles: number; chapters: number } };
  chapters: Row[];
  articles: Row[];
  /** `### Passages moved`: kind (identical, edited), `old`/`new` as `40 (7)` (article, 1-based place among its paragraphs and items). */
  passages: Row[];
  /** `Counts:` line: kind → number of articles (unchanged counts articles, not rows). */
  totals: Record<string, number>;
}

/** `13` → [13]; `27, 28` → [27, 28]; `1–10, 12–20` → 1..10, 12..20; `I–IV` (chapters) → 1..4; `—` → []. */
function parseNums(cell: string, roman: boolean): string[] {
  const t = cell.trim();
  if (t === '—' || t === '') return [];
  const one = (s: string): number => {
    const n = roman ? parseRoman(s.trim()) : Number(s.trim());
    if (n === undefined || !Number.isInteger(n)) throw new Error(`unreadable number "${s}" in "${cell}"`);
    return n;
  };
  return t.split(',').flatMap((part) => {
    const range = part.split(/[–-]/u);
    if (range.length === 1) return [String(one(part))];
    const [a, b] = [one(range[0]!), one(range[1]!)];
    return Array.from({ length: b - a + 1 }, (_, k) => String(a + k));
  });
}

function parseFixture(text: string): Comparison_[] {
  const out: Comparison_[] = [];
  let current: Comparison_ | undefined;
  let table: 'chapters' | 'articles' | 'passages' | undefined;
  // Join rows whose note runs over several lines (a cell quoting a two-line article).
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    const prev = lines[lines.length - 1];
    if (prev !== undefined && prev.startsWith('|') && !prev.trimEnd().endsWith('|')) lines[lines.length - 1] = `${prev}\n${line}`;
    else lines.push(line);
  }
  for (const line of lines) {
    const h2 = /^## (.+?) → (.+)$/u.exec(line);
    if (h2) {
      current = {
        title: `${h2[1]} → ${h2[2]}`,
        from: h2[1]!,
        to: h2[2]!,
        counts: { old: { articles: -1, chapters: -1 }, new: { articles: -1, chapters: -1 } },
        chapters: [],
        articles: [],
        passages: [],
        totals: {},
      };
      out.push(current);
      table = undefined;
      continue;
    }
    if (/^## /u.test(line)) {
      current = undefined;
      continue;
    }
    if (!current) continue;
    const size = /^(\d+) articles in (\d+) chapters → (\d+) articles in (\d+) chapters\.$/u.exec(line);
    if (size) {
      current.counts = { old: { articles: +size[1]!, chapters: +size[2]! }, new: { articles: +size[3]!, chapters: +size[4]! } };
      continue;
    }
    const h3 = /^### (.+)$/u.exec(line);
    if (h3) {
      const tables = { Chapters: 'chapters', Articles: 'articles', 'Passages moved': 'passages' } as const;
      table = tables[h3[1] as keyof typeof tables];
      if (!table) throw new Error(`unknown table "${h3[1]}"`);
      continue;
    }
    const totals = /^Counts: (.+)\.$/u.exec(line);
    if (totals) {
      for (const part of totals[1]!.split(',')) {
        const m = /^\s*(.+?) (\d+)\s*$/u.exec(part);
        if (!m) throw new Error(`unreadable count "${part}"`);
        current.totals[m[1]!] = +m[2]!;
      }
      continue;
    }
    if (table && line.startsWith('|')) {
      const cells = line.slice(1, line.trimEnd().length - 1).split('|').map((c) => c.trim());
      if (cells[0] === 'kind' || /^-+$/u.test(cells[0] ?? '')) continue;
      if (cells.length < 4) throw new Error(`short row: ${line}`);
      const roman = table === 'chapters';
      // A passage's place, `40 (7)`, is kept as written.
      const cell = (c: string): string[] => (table === 'passages' ? [c] : parseNums(c, roman));
      const row: Row = { kind: cells[0]!, old: cell(cells[1]!), new: cell(cells[2]!), note: cells.slice(3).join('|'), raw: line };
      current[table].push(row);
    }
  }
  return out;
}

const fixture = parseFixture(readFileSync(resolve(repoRoot, 'tests/fixtures/sample-law-changes.md'), 'utf8'));

describe('the fixture parser', () => {
  it('finds both comparisons with their tables', () => {
    expect(fixture.map((c) => c.title)).toEqual(['First draft → second reading draft', 'Second reading draft → final']);
    for (const c of fixture) {
      expect(c.articles.length, c.title).toBeGreaterThan(10);
      expect(c.chapters.length, c.title).toBeGreaterThan(0);
      expect(c.counts.old.articles, c.title).toBeGreaterThan(0);
    }
  });

  it('agrees with the fixture’s own Counts lines (every article listed once)', () => {
    for (const c of fixture) {
      const counted: Record<string, number> = {};
      for (const r of c.articles) counted[r.kind] = (counted[r.kind] ?? 0) + (r.kind === 'unchanged' ? r.old.length : 1);
      expect(counted, c.title).toEqual(c.totals);
      const olds = c.articles.flatMap((r) => r.old).map(Number);
      const news = c.articles.flatMap((r) => r.new).map(Number);
      expect([...olds].sort((a, b) => a - b), `${c.title}: old articles`).toEqual(Array.from({ length: c.counts.old.articles }, (_, k) => k + 1));
      expect([...news].sort((a, b) => a - b), `${c.title}: new articles`).toEqual(Array.from({ length: c.counts.new.articles }, (_, k) => k + 1));
    }
  });
});

// ---------------------------------------------------------------- expectations

/** What the fixture says the engine must report, as (kind, old, new) triples. */
function expectedTriples(c: Comparison_): { kind: string; old: string[]; new: string[] }[] {
  return sortExpected(
    c.articles.flatMap((r) => {
      switch (r.kind) {
        case 'inserted':
        case 'deleted':
        case 'split':
        case 'merged':
          return [{ kind: r.kind, old: r.old, new: r.new }];
        case 'moved':
        case 'reworded':
        case 'reference-only':
        case 'renumbered-only':
          return [{ kind: 'matched', old: r.old, new: r.new }];
        case 'unchanged':
          if (r.old.length !== r.new.length) throw new Error(`unchanged row with unequal ranges: ${r.raw}`);
          return r.old.map((o, k) => ({ kind: 'matched', old: [o], new: [r.new[k]!] }));
        default:
          throw new Error(`unknown kind "${r.kind}" in ${r.raw}`);
      }
    }),
  );
}

/** The flags a fixture row implies for its change. */
function expectedFlags(r: Row): Partial<Record<'textChanged' | 'renumbered' | 'moved' | 'divisionChanged' | 'referencesOnly', boolean>> {
  const renumbered = r.old.join() !== r.new.join();
  switch (r.kind) {
    case 'moved':
      return { textChanged: true, renumbered: true, moved: true, divisionChanged: true, referencesOnly: false };
    case 'reworded':
      return { textChanged: true, renumbered, moved: false, divisionChanged: false, referencesOnly: false };
    case 'reference-only':
      return { textChanged: true, renumbered: true, moved: false, divisionChanged: false, referencesOnly: true };
    case 'renumbered-only':
      return { textChanged: false, renumbered: true, moved: false, divisionChanged: false, referencesOnly: false };
    case 'unchanged':
      return { textChanged: false, renumbered: false, moved: false, divisionChanged: false, referencesOnly: false };
    case 'split':
    case 'merged':
      return { textChanged: true, renumbered, moved: false, divisionChanged: false, referencesOnly: false };
    case 'inserted':
    case 'deleted':
      return { moved: false, renumbered: false, divisionChanged: false, referencesOnly: false };
    default:
      throw new Error(`unknown kind ${r.kind}`);
  }
}

function findChange(cmp: Comparison, r: Row, k = 0): Change | undefined {
  const o = r.kind === 'unchanged' ? [r.old[k]!] : r.old;
  const n = r.kind === 'unchanged' ? [r.new[k]!] : r.new;
  return cmp.changes.find((c) => nums(c.old).join() === o.join() && nums(c.new).join() === n.join());
}

const chapterNum = (d: DivisionChange['old']): string | undefined => (d && d.type === 'chapter' ? d.num : undefined);

// ---------------------------------------------------------------- the tests

const editions: Edition[] = ['zh', 'en'];

describe.each(editions)('sample law (%s edition)', (edition) => {
  describe.each(fixture.map((c) => [c.title, c] as const))('%s', (_title, fx) => {
    const oldDoc = loadSample(edition, sampleVersionId(edition, fx.from));
    const newDoc = loadSample(edition, sampleVersionId(edition, fx.to));
    const cmp = compareVersions(oldDoc, newDoc);

    it('satisfies the invariants of every comparison', () => {
      checkComparison(cmp, oldDoc, newDoc);
    });

    it('has the article and chapter counts the fixture states', () => {
      const chapters = (d: typeof oldDoc): number => listDivisions(d).filter((x) => x.division.type === 'chapter').length;
      expect({ articles: listArticles(oldDoc).length, chapters: chapters(oldDoc) }).toEqual(fx.counts.old);
      expect({ articles: listArticles(newDoc).length, chapters: chapters(newDoc) }).toEqual(fx.counts.new);
    });

    it('reports exactly the pairs, insertions, deletions, splits and merges of the fixture', () => {
      const actual = sortExpected(cmp.changes.map((c) => ({ kind: c.kind as string, old: nums(c.old), new: nums(c.new) })));
      expect(actual.map(tripleKey)).toEqual(expectedTriples(fx).map(tripleKey));
    });

    it.each(fx.articles.map((r) => [`${r.kind} ${r.old.join('+') || '—'} → ${r.new.join('+') || '—'}`, r] as const))('%s has the right flags', (_name, r) => {
      const want = expectedFlags(r);
      const members = r.kind === 'unchanged' ? r.old.length : 1;
      for (let k = 0; k < members; k++) {
        const c = findChange(cmp, r, k);
        expect(c, `change for ${r.raw}`).toBeDefined();
        const got = Object.fromEntries(Object.keys(want).map((f) => [f, c![f as keyof typeof want]]));
        expect(got, changeKey(c!)).toEqual(want);
        if (r.kind === 'renumbered-only' || r.kind === 'unchanged') {
          expect(c!.diff, `${changeKey(c!)} must not be shown as rewritten`).toBeUndefined();
          expect(c!.similarity).toBe(1);
        }
        if (r.kind === 'reference-only') {
          // Only reference numbers differ: every changed span of the diff is a number.
          const spans = c!.diff!.lines.flatMap((l) =>
            l.kind === 'changed' ? l.ops.filter((o) => o.op !== 'equal').map((o) => o.text) : l.kind === 'equal' ? [] : [`${l.kind} line`],
          );
          // A Chinese reference is one token (第十六条); neighbouring references may merge into one run (第二十八条、第三十三条). English numbers stand alone.
          const numberish = edition === 'zh' ? /^第?[〇零一二三四五六七八九十百千]+条?(?:[、，和]第?[〇零一二三四五六七八九十百千]+条?)*$/u : /^\d+$/u;
          expect(spans.filter((s) => s !== '' && !numberish.test(s)), `${changeKey(c!)}: only numbers change`).toEqual([]);
        }
      }
    });

    it('aligns the chapters as the fixture says', () => {
      const chapterChanges = cmp.divisions.filter((d) => (d.old ?? d.new)!.type === 'chapter');
      const explained = new Set<DivisionChange>();
      for (const r of fx.chapters) {
        const pairs =
          r.kind === 'inserted'
            ? r.new.map((n) => ({ o: undefined, n }))
            : r.old.map((o, k) => ({ o, n: r.new[k] }));
        expect(r.kind === 'inserted' || r.old.length === r.new.length, r.raw).toBe(true);
        for (const { o, n } of pairs) {
          const d = chapterChanges.find((x) => chapterNum(x.old) === o && chapterNum(x.new) === n);
          expect(d, `chapter change for ${r.raw} (${o ?? '—'} → ${n ?? '—'})`).toBeDefined();
          explained.add(d!);
          const flags = { kind: d!.kind, renamed: d!.renamed, renumbered: d!.renumbered };
          switch (r.kind) {
            case 'inserted':
              expect(flags, r.raw).toEqual({ kind: 'inserted', renamed: false, renumbered: false });
              break;
            case 'renumbered':
              expect(flags, r.raw).toEqual({ kind: 'matched', renamed: false, renumbered: true });
              break;
            case 'heading reworded':
              expect(flags, r.raw).toEqual({ kind: 'matched', renamed: true, renumbered: false });
              break;
            case 'unchanged':
              expect(flags, r.raw).toEqual({ kind: 'matched', renamed: false, renumbered: false });
              break;
            default:
              throw new Error(`unknown chapter kind ${r.kind}`);
          }
          // The headings the note quotes are the headings of the chapters.
          const quoted = edition === 'zh' ? (x: NonNullable<DivisionChange['old']>) => `${x.label} ${x.heading}` : (x: NonNullable<DivisionChange['old']>) => x.heading;
          if (r.kind !== 'unchanged') {
            if (d!.new) expect(r.note, `${r.raw} names the new chapter`).toContain(quoted(d!.new));
            if (d!.old) expect(r.note, `${r.raw} names the old chapter`).toContain(quoted(d!.old));
          }
        }
        // `(new Articles 35–39)`: the inserted chapter holds exactly those articles.
        const holds = /new Articles (\d+[–-]\d+)/u.exec(r.note);
        if (holds && r.kind === 'inserted') {
          const key = chapterChanges.find((x) => chapterNum(x.new) === r.new[0])!.new!.key;
          const inside = listArticles(newDoc).filter((a) => cmp.changes.some((c) => c.new.some((ref) => ref.index === a.index && ref.divisions[0] === key)));
          expect(inside.map((a) => a.article.num), r.raw).toEqual(parseNums(holds[1]!, false));
          for (const num of parseNums(holds[1]!, false)) {
            expect(cmp.changes.find((c) => nums(c.new).includes(num))?.kind, `article ${num} of the new chapter`).toBe('inserted');
          }
        }
      }
      expect(chapterChanges.filter((d) => !explained.has(d)).map((d) => `${d.kind} ${d.old?.key ?? '—'} → ${d.new?.key ?? '—'}`), 'chapter changes not in the fixture').toEqual([]);
      // Sections (all kept, Chapter III's three included) are matched unchanged.
      const sections = cmp.divisions.filter((d) => (d.old ?? d.new)!.type !== 'chapter');
      expect(sections.length).toBe(3);
      for (const s of sections) expect({ kind: s.kind, renamed: s.renamed, renumbered: s.renumbered }, s.new?.key).toEqual({ kind: 'matched', renamed: false, renumbered: false });
    });

    it('reports exactly the passages moved of the fixture, identical or edited', () => {
      const place = (p: { article: { num: string }; line: number }): string => `${p.article.num} (${p.line + 1})`;
      expect(cmp.moves.map((m) => `${m.ops ? 'edited' : 'identical'} ${place(m.from)} → ${place(m.to)}`)).toEqual(fx.passages.map((r) => `${r.kind} ${r.old[0]} → ${r.new[0]}`));
      expect(cmp.stats.movedPassages).toBe(fx.passages.length);
    });

    it('counts what the fixture counts', () => {
      const t = fx.totals;
      expect({
        inserted: cmp.stats.inserted,
        deleted: cmp.stats.deleted,
        split: cmp.stats.split,
        merged: cmp.stats.merged,
        moved: cmp.stats.moved,
        referencesOnly: cmp.stats.referencesOnly,
        textChanged: cmp.stats.textChanged,
        renumbered: cmp.stats.renumbered,
      }).toEqual({
        inserted: t['inserted'] ?? 0,
        deleted: t['deleted'] ?? 0,
        split: t['split'] ?? 0,
        merged: t['merged'] ?? 0,
        moved: t['moved'] ?? 0,
        referencesOnly: t['reference-only'] ?? 0,
        textChanged: (t['reworded'] ?? 0) + (t['reference-only'] ?? 0) + (t['moved'] ?? 0),
        renumbered: fx.articles.filter((r) => ['moved', 'reworded', 'reference-only', 'renumbered-only'].includes(r.kind) && r.old.join() !== r.new.join()).length,
      });
      expect(cmp.brokenReferences, 'the sample law updates all its references').toEqual([]);
    });
  });
});

/** Per line of a change's diff: its old and new text, with which characters the diff deletes and inserts. */
function marks(c: Change): { old: string; new: string; del: boolean[]; ins: boolean[] }[] {
  return (c.diff?.lines ?? []).map((l) => {
    const o = l.old ?? '';
    const n = l.new ?? '';
    const del = new Array<boolean>(o.length).fill(l.kind === 'deleted');
    const ins = new Array<boolean>(n.length).fill(l.kind === 'inserted');
    if (l.kind === 'changed') {
      let i = 0;
      let j = 0;
      for (const op of l.ops) {
        if (op.op !== 'insert') {
          if (op.op === 'delete') del.fill(true, i, i + op.text.length);
          i += op.text.length;
        }
        if (op.op !== 'delete') {
          if (op.op === 'insert') ins.fill(true, j, j + op.text.length);
          j += op.text.length;
        }
      }
    }
    return { old: o, new: n, del, ins };
  });
}

/** True when some occurrence of `phrase` in `text` has a marked character. */
function touched(text: string, mark: boolean[], phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) if (mark.slice(at, at + phrase.length).some(Boolean)) return true;
  return false;
}

describe('sample law: replacements quoted in the fixture notes show in the diffs', () => {
  // `三十日 → 二十个工作日`, `"thirty days" → "twenty working days"`: the diff deletes
  // part of the old wording and inserts part of the new one. Quotes where the old
  // wording is still in the new text (or the reverse) are not replacements and are skipped.
  const quote = { zh: /([\u4e00-\u9fff]{2,}) → ([\u4e00-\u9fff]{2,})/gu, en: /"([^"]+)" → "([^"]+)"/gu };
  it.each(editions)('%s', (edition) => {
    const checked: string[] = [];
    for (const fx of fixture) {
      const cmp = compareChecked(loadSample(edition, sampleVersionId(edition, fx.from)), loadSample(edition, sampleVersionId(edition, fx.to)));
      for (const r of fx.articles.filter((x) => x.kind === 'reworded' || x.kind === 'moved')) {
        const c = findChange(cmp, r)!;
        const lines = marks(c);
        expect(lines.some((l) => l.del.some(Boolean) || l.ins.some(Boolean)), `${changeKey(c)} has a non-empty diff`).toBe(true);
        const oldText = lines.map((l) => l.old).join('\n');
        const newText = lines.map((l) => l.new).join('\n');
        for (const q of r.note.matchAll(quote[edition])) {
          const [a, b] = [q[1]!, q[2]!];
          if (!oldText.includes(a) || !newText.includes(b) || newText.includes(a) || oldText.includes(b)) continue;
          expect(lines.some((l) => touched(l.old, l.del, a)), `${changeKey(c)}: the diff deletes from "${a}"`).toBe(true);
          expect(lines.some((l) => touched(l.new, l.ins, b)), `${changeKey(c)}: the diff inserts into "${b}"`).toBe(true);
          checked.push(`${a} → ${b}`);
        }
      }
    }
    expect(checked.length, `replacements checked: ${checked.join('; ')}`).toBeGreaterThanOrEqual(edition === 'zh' ? 6 : 3);
  });
});
