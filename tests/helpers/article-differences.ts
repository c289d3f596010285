/**
 * Every difference between the articles of a law read from its text and from a copy of it in a
 * layout format (Word, PDF, web page): count, numbers, headings and each article's text as a
 * whole with all whitespace taken out — what a laid-out copy may change (a PDF does not keep a
 * paragraph's line breaks, nor always its spaces). Structured formats, which write every line and
 * division back, are held to the stricter tests/helpers/doc-diff.ts.
 */
import { articleText, listArticles } from '../../src/model/doc.js';
import type { VersionDoc } from '../../src/model/types.js';

/** Whitespace (any kind, full-width included) taken out: what a Word copy may change. */
export const squeeze = (s: string): string => s.replace(/[\s\u3000]+/gu, '');

/** Every difference between the articles of two versions: count, numbers, headings and text. */
export function differences(expected: VersionDoc, actual: VersionDoc, copy = 'the Word copy'): string[] {
  const a = listArticles(expected).map((x) => x.article);
  const b = listArticles(actual).map((x) => x.article);
  const out: string[] = [];
  if (a.length !== b.length) out.push(`${a.length} articles in the text, ${b.length} in ${copy}`);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y) {
      out.push(`article ${i + 1}: ${x ? `${x.label} missing from ${copy}` : `${y!.label} only in ${copy}`}`);
      continue;
    }
    if (x.num !== y.num) out.push(`article ${i + 1}: number ${x.num} in the text, ${y.num} in ${copy}`);
    if (squeeze(x.heading) !== squeeze(y.heading)) out.push(`article ${x.num}: heading ${JSON.stringify(x.heading)} ≠ ${JSON.stringify(y.heading)}`);
    const tx = squeeze(articleText(x));
    const ty = squeeze(articleText(y));
    if (tx !== ty) {
      let at = 0;
      while (at < tx.length && tx[at] === ty[at]) at++;
      out.push(`article ${x.num}: text differs at ${at}: ${JSON.stringify(tx.slice(Math.max(0, at - 20), at + 40))} ≠ ${JSON.stringify(ty.slice(Math.max(0, at - 20), at + 40))}`);
    }
    if (!!x.repealed !== !!y.repealed) out.push(`article ${x.num}: repealed ${!!x.repealed} ≠ ${!!y.repealed}`);
  }
  return out;
}

