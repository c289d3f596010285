/**
 * Every difference between two imports of the same law (say from Markdown and from a format
 * written from it), as readable lines for a test's failure message: articles (count, numbers,
 * labels, headings, repealed flags, text after whitespace normalisation), divisions, repealed
 * ranges, title, preamble and notes. For structured formats (GII, MOJ); a laid-out copy (Word,
 * PDF, web page) is compared by tests/helpers/article-differences.ts, which allows what layout changes.
 */
import { listArticles, listDivisions, paragraphLines } from '../../src/model/doc.js';
import type { Article, BodyNode, VersionDoc } from '../../src/model/types.js';

const norm = (s: string): string => s.replace(/[\s\u3000]+/gu, ' ').trim();

/** An article's text as one whitespace-normalised string per line (paragraphs and items). */
export function articleLinesOf(a: Article): string[] {
  return a.paragraphs.flatMap(paragraphLines).map(norm).filter((l) => l !== '');
}

function ranges(nodes: readonly BodyNode[], out: string[] = []): string[] {
  for (const n of nodes) {
    if (n.kind === 'repealed-range') out.push(`${n.label} ${n.from}-${n.to}`);
    else if (n.kind === 'division') ranges(n.children, out);
  }
  return out;
}

export interface DiffOptions {
  /** Compare article labels too (default true). */
  labels?: boolean;
  /** Compare notes (annotations) too (default true). */
  notes?: boolean;
  /** Compare the title and preamble (default true). */
  front?: boolean;
}

/** The differences, `expected` (the direct import) against `actual` (the import of the written file); empty when equal. */
export function docDifferences(expected: VersionDoc, actual: VersionDoc, options: DiffOptions = {}): string[] {
  const out: string[] = [];
  const ea = listArticles(expected);
  const aa = listArticles(actual);
  if (ea.length !== aa.length) out.push(`article count: expected ${ea.length}, got ${aa.length}`);
  const n = Math.max(ea.length, aa.length);
  for (let i = 0; i < n && out.length < 60; i++) {
    const e = ea[i]?.article;
    const a = aa[i]?.article;
    if (!e || !a) {
      out.push(`article #${i + 1}: expected ${e ? e.label : '(none)'}, got ${a ? a.label : '(none)'}`);
      continue;
    }
    const at = `article #${i + 1} (${e.label})`;
    if (e.num !== a.num) out.push(`${at}: num expected ${e.num}, got ${a.num}`);
    if (options.labels !== false && e.label !== a.label) out.push(`${at}: label expected ${JSON.stringify(e.label)}, got ${JSON.stringify(a.label)}`);
    if (norm(e.heading) !== norm(a.heading)) out.push(`${at}: heading expected ${JSON.stringify(e.heading)}, got ${JSON.stringify(a.heading)}`);
    if (Boolean(e.repealed) !== Boolean(a.repealed)) out.push(`${at}: repealed expected ${Boolean(e.repealed)}, got ${Boolean(a.repealed)}`);
    const el = articleLinesOf(e);
    const al = articleLinesOf(a);
    if (el.join('\n') !== al.join('\n')) {
      const k = el.findIndex((l, j) => l !== al[j]);
      const j = k < 0 ? el.length : k;
      out.push(`${at}: text differs at line ${j + 1} of ${el.length} (got ${al.length}): expected ${JSON.stringify(el[j]?.slice(0, 120))}, got ${JSON.stringify(al[j]?.slice(0, 120))}`);
    }
    const ed = ea[i]!.divisions.map((d) => d.label).join(' > ');
    const ad = aa[i]!.divisions.map((d) => d.label).join(' > ');
    if (ed !== ad) out.push(`${at}: divisions expected ${JSON.stringify(ed)}, got ${JSON.stringify(ad)}`);
  }
  const key = (d: { division: { type: string; label: string; num: string; heading: string }; depth: number }): string =>
    `${d.depth}:${d.division.type}:${d.division.label}:${d.division.num}:${norm(d.division.heading)}`;
  const edv = listDivisions(expected).map(key);
  const adv = listDivisions(actual).map(key);
  if (edv.join('\n') !== adv.join('\n')) {
    const k = edv.findIndex((d, j) => d !== adv[j]);
    out.push(`divisions (${edv.length} expected, ${adv.length} got) differ at #${(k < 0 ? edv.length : k) + 1}: expected ${edv[k < 0 ? edv.length : k]}, got ${adv[k < 0 ? edv.length : k]}`);
  }
  const er = ranges(expected.body).join('; ');
  const ar = ranges(actual.body).join('; ');
  if (er !== ar) out.push(`repealed ranges: expected ${er}, got ${ar}`);
  if (options.front !== false) {
    if (expected.title !== actual.title) out.push(`title: expected ${JSON.stringify(expected.title)}, got ${JSON.stringify(actual.title)}`);
    const ep = expected.preamble.flatMap(paragraphLines).map(norm).join('\n');
    const ap = actual.preamble.flatMap(paragraphLines).map(norm).join('\n');
    if (ep !== ap) out.push(`preamble: expected ${JSON.stringify(ep.slice(0, 120))}, got ${JSON.stringify(ap.slice(0, 120))}`);
  }
  if (options.notes !== false) {
    const notes = (d: VersionDoc): string[] => d.annotations.map((x) => `${x.article} ${x.kind} ${x.source}: ${norm(x.text)}`);
    const en = notes(expected);
    const an = notes(actual);
    if (en.join('\n') !== an.join('\n')) {
      const k = en.findIndex((x, j) => x !== an[j]);
      out.push(`notes (${en.length} expected, ${an.length} got) differ at #${(k < 0 ? en.length : k) + 1}: expected ${JSON.stringify(en[k < 0 ? en.length : k]?.slice(0, 120))}, got ${JSON.stringify(an[k < 0 ? en.length : k]?.slice(0, 120))}`);
    }
  }
  return out;
}
