/**
 * Templates for the rows of a comparison: synopsis (old | new) and redline
 * (one column, deletions struck through, insertions underlined). Plain
 * functions, so a long law costs no element per row. Changes are marked with
 * `<del>`/`<ins>` and hidden text labels for screen readers — never colour
 * alone. Law text goes through text bindings only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssVars } from '../common/css-vars.js';
import type { ArticleRow, DivisionRow, RowAnnotation, RowArticle } from '../../present/compare-model.js';
import { alignedBlocks, blockMarks, diffBlocks, headingSpans, opSpans, plainBlocks, rowCaption, type Block, type BlockMarks, type RowCaption, type Side, type Span } from '../../present/row-text.js';
import type { MoveLink } from '../../present/passage-moves.js';
import type { Annotation, Article } from '../../model/types.js';
import type { ArticleDiff, DiffOp } from '../../diff/index.js';
import { strings, uiLanguage } from '../../present/strings.js';
import { isolate, terminate } from '../../model/bidi.js';

/** What the row templates need from the view. */
export interface RowContext {
  view: 'synopsis' | 'redline';
  lang: { old: string; new: string };
  /** Search term (lower case) to mark, or "". */
  term: string;
  focusedKey: string | undefined;
  /** Keys of renumbered-only rows the reader expanded. */
  expanded: ReadonlySet<string>;
  /** Link to an article in the older reading's text (a moved article's old position), if the view offers one. */
  oldArticleHref?: (num: string) => string;
  /** Rendering for print or export: nothing collapsed, no buttons. */
  static: boolean;
  onHistory(row: ArticleRow): void;
  onToggle(row: ArticleRow): void;
  onCopyLink(row: ArticleRow): void;
  /** Goes to the row at the other end of a moved passage (by its key). */
  onMoveLink(key: string): void;
  /** Extra content under the row (the reader's notes); also called when static, to render it read-only. */
  extra(row: ArticleRow): unknown;
  /** How many notes the reader has on the row's article (a badge in the row head). */
  noteCount?(row: ArticleRow): number;
  /** Controls under an explanation report's paragraph on a row (move it, detach it); not called when static. */
  annotationActions?(row: ArticleRow, a: RowAnnotation): unknown;
  /**
   * The labels of the two readings (`First draft`), shown above each block
   * of the synopsis where the blocks stack (a phone); "Older reading" /
   * "Newer reading" without them.
   */
  labels?: { old: string; new: string };
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

/** Text of a moved passage: struck through twice where it left (`moved-out`), underlined twice where it arrived (`moved-in`). */
function moved(mark: 'moved-out' | 'moved-in', text: string, term: string): TemplateResult {
  const inner = html`<span class="sr">${strings.movedStart}</span>${highlight(text, term)}<span class="sr">${strings.markEnd}</span>`;
  return mark === 'moved-out' ? html`<del class="moved">${inner}</del>` : html`<ins class="moved">${inner}</ins>`;
}

/** Where the mark of a moved passage goes: a link, a button (in the comparison), or nowhere (print). */
export type MoveAction = { href: string } | { click: () => void } | undefined;

/** "moved to 第五条 (2)" / "moved from 第二条 (2)" after a moved line, going to the other end when it can. */
function moveNote(m: MoveLink, action: MoveAction): TemplateResult {
  const text = m.dir === 'to' ? strings.movedTo(m.label, m.line) : strings.movedFromLine(m.label, m.line);
  const body =
    action && 'href' in action
      ? html`<a class="move-link" href=${action.href}>${text}</a>`
      : action
        ? html`<button type="button" class="link move-link" data-key=${m.key} @click=${action.click}>${text}</button>`
        : text;
  return html` <span class="move-note move-${m.dir}" lang=${uiLanguage}>${body}</span>`;
}

/** Diff ops as text: the old side keeps equal + deleted, the new side equal + inserted, redline all. */
export function renderOps(ops: readonly DiffOp[], side: Side, term: string): unknown[] {
  return renderSpans(opSpans(ops, side), term);
}

/** Marked spans as text, `<del>` and `<ins>` (each with its hidden label). */
export function renderSpans(spans: readonly Span[], term: string): unknown[] {
    // Each span is closed for bidi: an override left open in a deleted span must not reverse the inserted text after it.
  return spans.map((s) => {
    const text = terminate(s.text);
    return s.mark === 'del' ? del(text, term) : s.mark === 'ins' ? ins(text, term) : s.mark ? moved(s.mark, text, term) : highlight(text, term);
  });
}

/**
 * Lines of an article (see {@link diffBlocks}) as paragraphs at their item
 * depth, with part labels in a split or merge, and the other end of each
 * moved passage (`moveAction` says where its mark goes).
 */
export function renderBlocks(blocks: readonly Block[], term: string, moveAction: (m: MoveLink) => MoveAction = () => undefined): unknown[] {
  return blocks.map((b) => renderBlock(b, term, moveAction));
}

function renderBlock(b: Block, term: string, moveAction: (m: MoveLink) => MoveAction): TemplateResult {
  return b.kind === 'label'
    ? html`<p class="part-label">${b.text ? isolate(b.text) : strings.unnumbered}${b.note ? html` <span class="part-note" lang=${uiLanguage}>· ${b.note}</span>` : nothing}</p>`
    : html`<p class="line ${b.state}${b.move ? ' moved' : ''}" ${cssVars(b.depth > 0 ? { '--depth': String(b.depth) } : {})}>${renderSpans(b.spans, term)}${b.move
        ? moveNote(b.move, moveAction(b.move))
        : nothing}</p>`;
}

/** Side-by-side lines in aligned rows (see {@link alignedBlocks}): a blank faces a line the other side does not have. */
function alignedSides(diff: ArticleDiff, oldArts: readonly Article[], newArts: readonly Article[], marks: BlockMarks, term: string, moveAction: (m: MoveLink) => MoveAction) {
  const rows = alignedBlocks(diff, oldArts, newArts, marks);
  const cells = (which: 'old' | 'new'): unknown[] =>
    rows.map((r) => {
      const b = r[which];
      return b ? renderBlock(b, term, moveAction) : html`<p class="blank"></p>`;
    });
  return { rows: rows.length, old: cells('old'), new: cells('new') };
}

/** The title line of a side: its heading (with the heading's diff when it changed), or nothing. */
export function renderHeading(articles: readonly Article[], diff: ArticleDiff | undefined, side: Side, term: string): unknown {
  const spans = headingSpans(articles, diff, side);
  return spans.length > 0 ? html`<span class="caption">${renderSpans(spans, term)}</span>` : nothing;
}

function heading(arts: readonly RowArticle[], diff: ArticleDiff | undefined, side: Side, term: string): unknown {
  return renderHeading(
    arts.map((a) => a.article),
    diff,
    side,
    term,
  );
}

function renderPlain(articles: readonly RowArticle[], mark: 'del' | 'ins' | '', term: string, moves: ReadonlyMap<number, MoveLink>, moveAction: (m: MoveLink) => MoveAction): unknown[] {
  return renderBlocks(
    plainBlocks(
      articles.map((a) => a.article),
      mark,
      moves,
    ),
    term,
    moveAction,
  );
}

/** Row kind as a visible text badge (never colour alone). */
function badge(row: ArticleRow, caption: RowCaption): TemplateResult {
  return html`<span class="badge kind-${row.kind}">${caption.badge}</span>`;
}

/** "Art. 4 (was Art. 11)", "moved from Art. 11, Chapter II", "split from …". */
function where(caption: RowCaption, lang: string, oldHref: string | undefined): unknown {
  const note = caption.note && oldHref ? html`<a href=${oldHref}>${caption.note}</a>` : caption.note;
  return html`<span class="labels"><strong class="label" lang=${lang}>${isolate(caption.title)}</strong>${caption.was
      ? html` <span class="was">(${caption.was})</span>`
      : nothing}</span>${note ? html`<span class="moved-from">${note}</span>` : nothing}`;
}

/**
 * Annotations (official explanations) as disclosure blocks in the law's
 * language, each with the reading it comes from when it says one (a
 * comparison across several readings); `open` shows them expanded (print,
 * the article history).
 */
export function renderAnnotations<A extends Annotation & { reading?: string | undefined; report?: RowAnnotation['report'] }>(
  list: readonly A[],
  lang: string,
  open: boolean,
  actions?: (a: A) => unknown,
): unknown {
  if (list.length === 0) return nothing;
  return list.map(
    (a) => html`<details class="annotation${a.report ? ' official' : ''}" lang=${lang} ?open=${open} data-report=${a.report ? `${a.report.report}#${a.report.paragraph}` : nothing}>
      <summary lang=${uiLanguage}>${a.report ? html`<span class="official-mark">${strings.reports.official}</span> ` : nothing}<span class="kind">${strings.annotation[a.kind]}</span>${a.reading
        ? html` · <span class="reading">${isolate(a.reading)}</span>`
        : nothing}${a.source && a.source.toLowerCase() !== strings.annotation[a.kind].toLowerCase()
        ? html` · <span class="source" lang=${lang}>${isolate(a.source)}</span>`
        : nothing}
        <span class="first-line" lang=${lang}>${a.text.split('\n')[0]}</span></summary>
      <div class="annotation-text">${a.text}</div>
      ${actions ? actions(a) : nothing}
    </details>`,
  );
}

/** "2 notes" in the row head when the reader has notes on the article. */
function noteBadge(n: number): unknown {
  return n > 0 ? html`<span class="badge notes-count">${strings.noteCount(n)}</span>` : nothing;
}

/** One article row. */
export function renderArticleRow(row: ArticleRow, index: number, ctx: RowContext): TemplateResult {
  const c = row.change;
  const caption = rowCaption(row);
  const focused = row.key === ctx.focusedKey;
  // A renumbered-only row shows its text when asked, when printing, and when it holds what the reader searches for.
  const collapsed = !ctx.static && row.kind === 'renumbered' && !ctx.expanded.has(row.key) && !(ctx.term && row.haystack().includes(ctx.term));
  const diff = c.diff;
  const oldArts = row.old.map((a) => a.article);
  const newArts = row.new.map((a) => a.article);
  const marks = blockMarks(c, row.moves);
  const moveAction = (m: MoveLink): MoveAction => (ctx.static || !m.key ? undefined : { click: () => ctx.onMoveLink(m.key) });
  let body: unknown = nothing;
  if (!collapsed) {
    if (ctx.view === 'synopsis') {
      // With a diff, the two sides' lines stand in aligned rows (a grid the columns share, see .cols.aligned).
      const aligned = diff && row.old.length > 0 && row.new.length > 0 ? alignedSides(diff, oldArts, newArts, marks, ctx.term, moveAction) : undefined;
      const oldSide =
        row.old.length === 0
          ? html`<p class="empty">${strings.notInOld}</p>`
          : html`<div class="article-title">${heading(row.old, diff, 'old', ctx.term)}</div>${aligned ? aligned.old : renderPlain(row.old, row.new.length === 0 ? 'del' : '', ctx.term, row.moves.old, moveAction)}`;
      const newSide =
        row.new.length === 0
          ? html`<p class="empty">${strings.notInNew}</p>`
          : html`<div class="article-title">${heading(row.new, diff, 'new', ctx.term)}</div>${aligned ? aligned.new : renderPlain(row.new, row.old.length === 0 ? 'ins' : '', ctx.term, row.moves.new, moveAction)}`;
      body = html`<div class="cols${aligned ? ' aligned' : ''}" ${cssVars(aligned ? { '--rows': String(aligned.rows + 1) } : {})}>
        <div class="col old" lang=${ctx.lang.old} aria-label=${strings.oldColumn} data-reading=${ctx.labels?.old ?? strings.oldColumn}>${oldSide}</div>
        <div class="col new" lang=${ctx.lang.new} aria-label=${strings.newColumn} data-reading=${ctx.labels?.new ?? strings.newColumn}>${newSide}</div>
      </div>`;
    } else {
      const content = diff
        ? html`<div class="article-title">${heading(row.new, diff, 'both', ctx.term)}</div>${renderBlocks(diffBlocks(diff, oldArts, newArts, 'both', marks), ctx.term, moveAction)}`
        : row.new.length === 0
          ? html`<div class="article-title">${heading(row.old, undefined, 'old', ctx.term)}</div>${renderPlain(row.old, 'del', ctx.term, row.moves.old, moveAction)}`
          : html`<div class="article-title">${heading(row.new, undefined, 'new', ctx.term)}</div>${renderPlain(row.new, row.old.length === 0 ? 'ins' : '', ctx.term, row.moves.new, moveAction)}`;
      body = html`<div class="redline" lang=${ctx.lang.new}>${content}</div>`;
    }
  }
  return html`<section class="row article-row kind-${row.kind}${focused ? ' focused' : ''}" id=${`row-${row.key}`} data-key=${row.key}
      data-index=${index} tabindex="-1" aria-labelledby=${`h-${row.key}`}>
    <header class="row-head">
      <h3 class="row-title" id=${`h-${row.key}`}>${where(
        caption,
        row.new.length > 0 ? ctx.lang.new : ctx.lang.old,
        row.kind === 'moved' && !ctx.static && ctx.oldArticleHref && row.old[0] ? ctx.oldArticleHref(row.old[0].ref.num) : undefined,
      )}</h3>
      ${badge(row, caption)}
      ${diff?.granularity === 'sentence' ? html`<span class="coarse" title=${strings.sentenceGranularity}>¶</span>` : nothing}
      ${noteBadge(ctx.noteCount?.(row) ?? 0)}
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
    ${renderAnnotations(row.annotations, row.new.length > 0 ? ctx.lang.new : ctx.lang.old, ctx.static, ctx.static || !ctx.annotationActions ? undefined : (a) => ctx.annotationActions!(row, a))}
    ${ctx.extra(row)}
  </section>`;
}

/** A division heading row. */
export function renderDivisionRow(row: DivisionRow): TemplateResult {
  const status = strings.divisionStatus[row.status] ?? '';
  return html`<div class="row division-row depth-${Math.min(row.depth, 3)} status-${row.status}" id=${`row-${row.key}`} role="heading"
      aria-level=${Math.min(row.depth + 2, 6)}>
    <span class="division-title" translate="no">${row.status === 'deleted' ? html`<del>${isolate(row.title)}</del>` : row.title}</span>
    ${row.oldTitle ? html`<span class="was">(${strings.was(row.oldTitle)})</span>` : nothing}
    ${status ? html`<span class="badge">${status}</span>` : nothing}
  </div>`;
}
