/** `lawdiff explain`: a report's paragraphs with the articles they were linked to, for people and as the `--json` contract. */
import type { Comparison, ExplainedParagraph } from '../diff/index.js';

function shorten(text: string, max = 70): string {
  const one = text.replace(/\s+/gu, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}

/** A summary for people: each paragraph that names articles, with where its links landed; then counts. */
export function explainSummary(paragraphs: readonly ExplainedParagraph[], comparison: Comparison, names: { old: string; new: string; report: string }): string {
  const out = [`${names.report}: ${names.old} → ${names.new}`, ''];
  let linked = 0;
  let general = 0;
  let unresolved = 0;
  for (const p of paragraphs) {
    if (p.links.length === 0 && p.unresolved.length === 0) {
      if (!p.heading) general++;
      continue;
    }
    if (p.links.length > 0) linked++;
    unresolved += p.unresolved.length;
    out.push(`¶${p.index}  ${shorten(p.text)}`);
    const changes = [...new Set(p.links.map((l) => l.change))];
    for (const k of changes) {
      const c = comparison.changes[k]!;
      const side = (refs: readonly { label: string; num: string }[]): string => refs.map((r) => r.label || `#${r.num}`).join(' + ') || '—';
      out.push(`      ${side(c.old)} → ${side(c.new)}  (${c.kind === 'matched' ? (c.textChanged ? 'reworded' : c.moved ? 'moved' : c.renumbered ? 'renumbered' : 'unchanged') : c.kind})`);
    }
    for (const u of p.unresolved) out.push(`      unresolved: "${u}" names no article of that reading`);
  }
  out.push('', `${paragraphs.length} paragraphs: ${linked} linked to articles, ${general} general remarks, ${unresolved} unresolved reference${unresolved === 1 ? '' : 's'}`);
  return out.join('\n');
}
