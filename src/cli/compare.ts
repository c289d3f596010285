/** `lawdiff compare`: the human summary and the stable JSON contract of a comparison. */
import { classifyChange, type Change, type Comparison } from '../diff/index.js';

/** The `--json` contract: keep its shape stable, other tools read it. */
export function comparisonJson(c: Comparison): unknown {
  const s = c.stats;
  return {
    stats: { matched: s.matched, textChanged: s.textChanged, renumbered: s.renumbered, moved: s.moved, inserted: s.inserted, deleted: s.deleted, split: s.split, merged: s.merged },
    changes: c.changes.map((ch) => ({
      kind: ch.kind,
      old: ch.old.map((r) => r.num),
      new: ch.new.map((r) => r.num),
      textChanged: ch.textChanged,
      renumbered: ch.renumbered,
      moved: ch.moved,
      similarity: ch.similarity,
    })),
    // Paragraphs and items (counted together, 1-based, in document order) moved from one article to another.
    moves: c.moves.map((m) => ({
      from: { article: m.from.article.num, paragraph: m.from.line + 1 },
      to: { article: m.to.article.num, paragraph: m.to.line + 1 },
      similarity: m.similarity,
    })),
  };
}

function labels(refs: readonly { label: string; num: string }[]): string {
  return refs.map((r) => r.label || `#${r.num}`).join(' + ');
}

/** One line for a change that matters (not for unchanged or renumbered-only articles). */
function describeChange(ch: Change): string | undefined {
  const kind = classifyChange(ch);
  switch (kind) {
    case 'inserted':
      return `inserted  ${labels(ch.new)}`;
    case 'deleted':
      return `deleted   ${labels(ch.old)}`;
    case 'split':
      return `split     ${labels(ch.old)} → ${labels(ch.new)}`;
    case 'merged':
      return `merged    ${labels(ch.old)} → ${labels(ch.new)}`;
    case 'unchanged':
    case 'renumbered':
      return undefined;
    case 'reworded':
    case 'references':
    case 'moved': {
      const what = ch.referencesOnly ? 'refs only' : ch.textChanged ? 'reworded' : 'moved';
      const where = ch.renumbered ? `${labels(ch.old)} → ${labels(ch.new)}` : labels(ch.new);
      const flags = [ch.moved && ch.textChanged ? 'moved' : '', ch.divisionChanged ? 'other division' : '', ch.textChanged ? `similarity ${ch.similarity.toFixed(2)}` : '']
        .filter(Boolean)
        .join(', ');
      return `${what.padEnd(9)} ${where}${flags ? `  (${flags})` : ''}`;
    }
    default: {
      const never: never = kind;
      return String(never);
    }
  }
}

/** A summary for people: counts, then one line per change that matters. */
export function comparisonSummary(c: Comparison, oldName: string, newName: string): string {
  const s = c.stats;
  const unchanged = s.matched - s.textChanged;
  const out = [
    `${oldName} → ${newName}`,
    '',
    `  ${s.matched} matched: ${s.textChanged} reworded (${s.referencesOnly} only in cross-references), ${unchanged} unchanged (${s.renumberedOnly} of them only renumbered)`,
    `  ${s.moved} moved, ${s.divisionChanged} now in another division; ${s.movedPassages} passages moved between articles`,
    `  ${s.inserted} inserted, ${s.deleted} deleted, ${s.split} split, ${s.merged} merged`,
    `  words: +${s.wordsInserted} −${s.wordsDeleted}; characters: +${s.charsInserted} −${s.charsDeleted}`,
  ];
  const divs = c.divisions.filter((d) => d.kind !== 'matched' || d.renamed || d.renumbered);
  if (divs.length > 0) {
    out.push('', 'Divisions:');
    for (const d of divs) {
      const t = (r: { label: string; heading: string } | undefined): string => (r ? [r.label, r.heading].filter(Boolean).join(' ') : '');
      if (d.kind === 'matched') out.push(`  ${d.renamed ? 'renamed' : 'renumbered'}  ${t(d.old)} → ${t(d.new)}`);
      else out.push(`  ${d.kind.padEnd(9)} ${t(d.old ?? d.new)}`);
    }
  }
  const lines = c.changes.map(describeChange).filter((l): l is string => l !== undefined);
  if (lines.length > 0) out.push('', 'Changes:', ...lines.map((l) => `  ${l}`));
  if (c.moves.length > 0) {
    out.push('', 'Passages moved between articles (paragraphs and items, counted together):');
    for (const m of c.moves) {
      const at = (p: { article: { label: string; num: string }; line: number }): string => `${p.article.label || `#${p.article.num}`} (${p.line + 1})`;
      out.push(`  ${at(m.from)} → ${at(m.to)}${m.similarity < 1 ? `  (edited, similarity ${m.similarity.toFixed(2)})` : ''}`);
    }
  }
  if (c.brokenReferences.length > 0) {
    out.push('', 'References that may still point at old numbers:');
    for (const r of c.brokenReferences) out.push(`  in ${r.in.label}: "${r.text}" (that article is now ${r.probablyMeant})`);
  }
  return out.join('\n');
}
