/**
 * Templates for the rows of a comparison: synopsis (old | new) and redline
 * (one column, deletions struck through, insertions underlined). Plain
 * functions, so a long law costs no element per row. Changes are marked with
 * `<del>`/`<ins>` and hidden text labels for screen readers — never colour
 * alone. Law text goes through text bindings only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ArticleRow, DivisionRow, RowArticle } from '../app/compare-model.js';
import type { Article, Item } from '../model/types.js';
import type { ArticleDiff, DiffOp, LineDiff } from '../diff/types.js';
import { numbered } from '../model/doc.js';
import { strings } from './strings.js';

/** What the row templates need from the view. */
export interface RowContext {
  view: 'synopsis' | 'redline';
  lang: { old: string; new: string };
  /** Search term (lower case) to mark, or "". */
  term: string;
  focusedKey: string | undefined;
  /** Keys of renumbered-only rows the reader expanded. */
  expanded: ReadonlySet<string>;
  /** Rendering for print or export: nothing collapsed, no buttons. */
  static: boolean;
  onHistory(row: ArticleRow): void;
  onToggle(row: ArticleRow): void;
  onCopyLink(row: ArticleRow): void;
  /** Extra content under the row (notes). */
  extra(row: ArticleRow): unknown;
}

/** Text with every occurrence of `term` (lower case) wrapped in `<mark>`. */
export function highlight(text: string, term: string): unknown {
  if (!term) return text;
  const lower = text.toLowerCase();
  let at = lower.indexOf(term);
  if (at < 0) return text;
  const parts: unknown[] = [];
  let from = 0;
  while (at >= 0) {
    parts.push(text.slice(from, at), html`<mark>${text.slice(at, at + term.length)}</mark>`);
    from = at + term.length;
    at = lower.indexOf(term, from);
  }
  parts.push(text.slice(from));
  return parts;
}

function del(text: string, term: string): TemplateResult {
  return html`<del><span class="sr">${strings.deletionStart}</span>${highlight(text, term)}<span class="sr">${strings.markEnd}</span></del>`;
}

function ins(text: string, term: string): TemplateResult {
  return html`<ins><span class="sr">${strings.insertionStart}</span>${highlight(text, term)}<span class="sr">${strings.markEnd}</span></ins>`;
}

/** Diff ops as text: the old side keeps equal + deleted, the new side equal + inserted, redline all. */
export function renderOps(ops: readonly DiffOp[], side: 'old' | 'new' | 'both', term: string): unknown[] {
  const out: unknown[] = [];
  for (const op of ops) {
    if (op.op === 'equal') out.push(highlight(op.text, term));
    else if (op.op === 'delete' && side !== 'new') out.push(del(op.text, term));
    else if (op.op === 'insert' && side !== 'old') out.push(ins(op.text, term));
  }
  return out;
}

/** The depth of each line of an article (0 paragraph, 1 item, 2 sub-item …), in paragraphLines order. */
function lineDepths(articles: readonly Article[]): number[] {
  const out: number[] = [];
  const items = (list: readonly Item[], depth: number): void => {
    for (const i of list) {
      out.push(depth);
      items(i.items, depth + 1);
    }
  };
  for (const a of articles) {
    for (const p of a.paragraphs) {
      if (p.num || p.text) out.push(0);
      items(p.items, 1);
    }
  }
  return out;
}

function lineBlock(depth: number, cls: string, content: unknown): TemplateResult {
  return html`<p class="line ${cls}" style=${depth > 0 ? `--depth:${depth}` : nothing}>${content}</p>`;
}

/** Line index → label of the article starting there, when a side has several articles (a split or merge). */
function starts(articles: readonly Article[]): Map<number, string> {
  const m = new Map<number, string>();
  if (articles.length < 2) return m;
  let at = 0;
  for (const a of articles) {
    m.set(at, a.label || strings.unnumbered);
    at += lineDepths([a]).length;
  }
  return m;
}

/** Lines of one side (or both, for redline) of a diff, each at its item depth; in a split or merge each article's lines start with its number. */
function renderDiffLines(diff: ArticleDiff, oldArts: readonly Article[], newArts: readonly Article[], side: 'old' | 'new' | 'both', term: string): unknown[] {
  const oldDepth = lineDepths(oldArts);
  const newDepth = lineDepths(newArts);
  const oldStarts = starts(oldArts);
  const newStarts = starts(newArts);
  let o = 0;
  let n = 0;
  const out: unknown[] = [];
  const boundary = (): void => {
    const label = side === 'old' ? oldStarts.get(o) : newStarts.get(n) ?? (side === 'both' ? oldStarts.get(o) : undefined);
    if (label) out.push(html`<p class="part-label">${label}</p>`);
  };
  for (const l of diff.lines as LineDiff[]) {
    if (side === 'old' ? l.kind !== 'inserted' : l.kind !== 'deleted') boundary();
    switch (l.kind) {
      case 'equal':
        out.push(lineBlock(side === 'old' ? oldDepth[o] ?? 0 : newDepth[n] ?? 0, '', highlight(l.new, term)));
        o++;
        n++;
        break;
      case 'changed':
        out.push(lineBlock(side === 'old' ? oldDepth[o] ?? 0 : newDepth[n] ?? 0, 'changed', renderOps(l.ops, side, term)));
        o++;
        n++;
        break;
      case 'deleted':
        if (side !== 'new') out.push(lineBlock(oldDepth[o] ?? 0, 'deleted', del(l.old, term)));
        o++;
        break;
      case 'inserted':
        if (side !== 'old') out.push(lineBlock(newDepth[n] ?? 0, 'inserted', ins(l.new, term)));
        n++;
        break;
      default: {
        const never: never = l;
        out.push(never);
      }
    }
  }
  return out;
}

/** Plain text of articles (no diff), optionally all marked as deleted or inserted. */
function renderPlain(articles: readonly RowArticle[], mark: 'del' | 'ins' | '', term: string): unknown[] {
  const out: unknown[] = [];
  for (const { article } of articles) {
    const depths = lineDepths([article]);
    let k = 0;
    const line = (text: string): void => {
      const content = mark === 'del' ? del(text, term) : mark === 'ins' ? ins(text, term) : highlight(text, term);
      out.push(lineBlock(depths[k++] ?? 0, mark === 'del' ? 'deleted' : mark === 'ins' ? 'inserted' : '', content));
    };
    const items = (list: readonly Item[]): void => {
      for (const i of list) {
        line(numbered(i.num, i.text));
        items(i.items);
      }
    };
    for (const p of article.paragraphs) {
      if (p.num || p.text) line(numbered(p.num, p.text));
      items(p.items);
    }
  }
  return out;
}

function heading(arts: readonly RowArticle[], diff: ArticleDiff | undefined, side: 'old' | 'new' | 'both', term: string): unknown {
  if (diff && diff.heading.some((op) => op.op !== 'equal')) return html`<span class="caption">${renderOps(diff.heading, side, term)}</span>`;
  const h = arts.map((a) => a.article.heading).filter(Boolean).join(' / ');
  return h ? html`<span class="caption">${highlight(h, term)}</span>` : nothing;
}

function labels(arts: readonly RowArticle[]): string {
  return arts.map((a) => a.article.label || strings.unnumbered).join(' + ');
}

/** Row kind as a visible text badge (never colour alone). */
function badge(row: ArticleRow): TemplateResult {
  const c = row.change;
  const extra: string[] = [];
  if (row.kind === 'moved' && c.textChanged) extra.push(strings.kinds.reworded!.toLowerCase());
  if (c.kind === 'matched' && c.divisionChanged && row.kind !== 'moved') extra.push(strings.otherDivision);
  return html`<span class="badge kind-${row.kind}">${strings.kinds[row.kind]}${extra.length ? ` · ${extra.join(' · ')}` : ''}</span>`;
}

/** "Art. 4 (was Art. 11)", "moved from Art. 11, Chapter II", "split from …". */
function where(row: ArticleRow): unknown {
  const c = row.change;
  const newL = labels(row.new);
  const oldL = labels(row.old);
  const title = row.new.length > 0 ? newL : oldL;
  const was = c.kind === 'matched' && c.renumbered ? html` <span class="was">(${strings.was(oldL)})</span>` : nothing;
  let note: unknown = nothing;
  if (row.kind === 'moved') note = html`<span class="moved-from">${strings.movedFrom(oldL, row.old[0]?.path.join(' · ') ?? '')}</span>`;
  else if (row.kind === 'split') note = html`<span class="moved-from">${strings.splitFrom(oldL)}</span>`;
  else if (row.kind === 'merged') note = html`<span class="moved-from">${strings.mergedFrom(oldL)}</span>`;
  return html`<span class="labels"><strong class="label">${title}</strong>${was}</span>${note}`;
}

function annotations(row: ArticleRow): unknown {
  if (row.annotations.length === 0) return nothing;
  return row.annotations.map(
    (a) => html`<details class="annotation">
      <summary><span class="kind">${strings.annotation[a.kind]}</span>${a.source && a.source.toLowerCase() !== strings.annotation[a.kind].toLowerCase()
        ? html` · <span class="source">${a.source}</span>`
        : nothing}
        <span class="first-line">${a.text.split('\n')[0]}</span></summary>
      <div class="annotation-text">${a.text}</div>
    </details>`,
  );
}

/** One article row. */
export function renderArticleRow(row: ArticleRow, index: number, ctx: RowContext): TemplateResult {
  const c = row.change;
  const focused = row.key === ctx.focusedKey;
  const collapsed = !ctx.static && row.kind === 'renumbered' && !ctx.expanded.has(row.key);
  const diff = c.diff;
  const oldArts = row.old.map((a) => a.article);
  const newArts = row.new.map((a) => a.article);
  let body: unknown = nothing;
  if (!collapsed) {
    if (ctx.view === 'synopsis') {
      const oldSide =
        row.old.length === 0
          ? html`<p class="empty">${strings.notInOld}</p>`
          : html`<div class="article-title">${heading(row.old, diff, 'old', ctx.term)}</div>${diff ? renderDiffLines(diff, oldArts, newArts, 'old', ctx.term) : renderPlain(row.old, row.new.length === 0 ? 'del' : '', ctx.term)}`;
      const newSide =
        row.new.length === 0
          ? html`<p class="empty">${strings.notInNew}</p>`
          : html`<div class="article-title">${heading(row.new, diff, 'new', ctx.term)}</div>${diff ? renderDiffLines(diff, oldArts, newArts, 'new', ctx.term) : renderPlain(row.new, row.old.length === 0 ? 'ins' : '', ctx.term)}`;
      body = html`<div class="cols">
        <div class="col old" lang=${ctx.lang.old} aria-label=${strings.oldColumn}>${oldSide}</div>
        <div class="col new" lang=${ctx.lang.new} aria-label=${strings.newColumn}>${newSide}</div>
      </div>`;
    } else {
      const content = diff
        ? html`<div class="article-title">${heading(row.new, diff, 'both', ctx.term)}</div>${renderDiffLines(diff, oldArts, newArts, 'both', ctx.term)}`
        : row.new.length === 0
          ? html`<div class="article-title">${heading(row.old, undefined, 'old', ctx.term)}</div>${renderPlain(row.old, 'del', ctx.term)}`
          : html`<div class="article-title">${heading(row.new, undefined, 'new', ctx.term)}</div>${renderPlain(row.new, row.old.length === 0 ? 'ins' : '', ctx.term)}`;
      body = html`<div class="redline" lang=${ctx.lang.new}>${content}</div>`;
    }
  }
  return html`<section class="row article-row kind-${row.kind}${focused ? ' focused' : ''}" id=${`row-${row.key}`} data-key=${row.key}
      data-index=${index} tabindex="-1" aria-labelledby=${`h-${row.key}`}>
    <header class="row-head">
      <h3 class="row-title" id=${`h-${row.key}`}>${where(row)}</h3>
      ${badge(row)}
      ${diff?.granularity === 'sentence' ? html`<span class="coarse" title=${strings.sentenceGranularity}>¶</span>` : nothing}
      ${ctx.static
        ? nothing
        : html`<span class="actions">
            ${row.kind === 'renumbered'
              ? html`<button type="button" class="link" aria-expanded=${String(!collapsed)} @click=${() => ctx.onToggle(row)}>
                  ${collapsed ? strings.showText : strings.hideText}</button>`
              : nothing}
            <button type="button" class="link" @click=${() => ctx.onHistory(row)}>${strings.history}</button>
            <button type="button" class="link" @click=${() => ctx.onCopyLink(row)}>${strings.copyLink}</button>
          </span>`}
    </header>
    ${collapsed ? html`<p class="collapsed-note">${strings.onlyRenumbered}</p>` : body}
    ${annotations(row)}
    ${ctx.static ? nothing : ctx.extra(row)}
  </section>`;
}

/** A division heading row. */
export function renderDivisionRow(row: DivisionRow): TemplateResult {
  const status = strings.divisionStatus[row.status] ?? '';
  return html`<div class="row division-row depth-${Math.min(row.depth, 3)} status-${row.status}" id=${`row-${row.key}`} role="heading"
      aria-level=${Math.min(row.depth + 2, 6)}>
    <span class="division-title">${row.status === 'deleted' ? html`<del>${row.title}</del>` : row.title}</span>
    ${row.oldTitle ? html`<span class="was">(${strings.was(row.oldTitle)})</span>` : nothing}
    ${status ? html`<span class="badge">${status}</span>` : nothing}
  </div>`;
}
