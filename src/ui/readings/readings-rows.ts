/**
 * Templates for the rows of the synopsis of several readings: one article per
 * row, one cell per reading shown, each cell's text marked against the column
 * it is compared with (deletions struck through, insertions underlined, with
 * hidden labels for screen readers — never colour alone). Plain functions, so
 * a long law costs no element per row. Law text goes through text bindings only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssVars } from '../common/css-vars.js';
import { cellChanged, cellContent, type ReadingsArticleRow, type ReadingsCell, type ReadingsColumn, type ReadingsDivisionRow } from '../../present/readings-model.js';
import { renderBlocks, renderSpans } from '../compare/compare-rows.js';
import { strings, uiLanguage } from '../../present/strings.js';
import { isolate } from '../../model/bidi.js';
import { synopsisStrings } from '../../present/locales/synopsis/index.js';

/** What the row templates need from the view. */
export interface ReadingsRowContext {
  columns: readonly ReadingsColumn[];
  /** Indices of the columns shown (all of them; a phone shows one pair). */
  shown: readonly number[];
  /** Search term (lower case) to mark, or "". */
  term: string;
  focusedKey: string | undefined;
  /** Rendering for print or export: no buttons. */
  static: boolean;
  onHistory(row: ReadingsArticleRow): void;
  onCopyLink(row: ReadingsArticleRow): void;
  /** How many notes the reader has on the row's article. */
  noteCount(row: ReadingsArticleRow): number;
}

/** The CSS grid columns for the cells shown: a gap (unpublished reading) is a narrow strip. */
export function gridColumns(columns: readonly ReadingsColumn[], shown: readonly number[]): string {
  return shown.map((c) => (columns[c]!.v < 0 ? '2.2rem' : 'minmax(0, 1fr)')).join(' ');
}

/** A cell's status as a visible tag (words, not colour), with "moved" and the former number. */
function tag(cell: ReadingsCell): TemplateResult | typeof nothing {
  if (cell.status === 'absent' || cell.status === 'unpublished' || cell.status === 'unavailable') return nothing;
  const word = strings.entryStatus[cell.status] ?? cell.status;
  const quiet = cell.status === 'unchanged' || cell.status === 'first';
  return html`<span class="tag status-${cell.status}${quiet ? ' quiet' : ''}">${word}${cell.moved ? html` · ${strings.entryMoved}` : nothing}</span>`;
}

function cellBody(cell: ReadingsCell, col: ReadingsColumn, columns: readonly ReadingsColumn[], term: string): unknown {
  const content = cellContent(cell, col, columns, term);
  if (content.kind === 'note') return content.text ? html`<p class="same">${content.text}</p>` : nothing;
  return html`<div class="article-title">${content.heading.length > 0 ? html`<span class="caption">${renderSpans(content.heading, term)}</span>` : nothing}</div>${renderBlocks(content.blocks, term)}`;
}

/** One reading's cell of a row. */
function renderCell(row: ReadingsArticleRow, c: number, ctx: ReadingsRowContext): TemplateResult {
  const cell = row.cells[c]!;
  const col = ctx.columns[c]!;
  if (col.v < 0) {
    return html`<div class="cell gap" data-column=${c} data-status=${cell.status} title=${cell.status === 'unpublished' ? synopsisStrings().gap : synopsisStrings().unavailable}>
      <span class="sr"><span translate="no">${isolate(col.version.label)}</span>: ${cell.status === 'unpublished' ? synopsisStrings().gap : synopsisStrings().unavailable}</span></div>`;
  }
  const changed = cellChanged(cell);
  return html`<div class="cell col status-${cell.status}${changed ? ' changed' : ''}${cell.moved ? ' moved' : ''}" data-column=${c} data-status=${cell.status}
      lang=${col.lang || nothing}>
    <p class="cell-head" lang=${uiLanguage}>
      <span class="reading-name" translate="no">${isolate(col.version.label)}</span>
      ${cell.label ? html`<span class="num" translate="no">${isolate(cell.label)}</span>` : nothing}
      ${tag(cell)}
      ${cell.splitFrom ? html`<span class="was">${strings.splitFrom(cell.splitFrom.label)}</span>` : cell.beforeLabel && cell.label && cell.beforeLabel !== cell.label ? html`<span class="was">${strings.was(cell.beforeLabel)}</span>` : nothing}
    </p>
    <div class="cell-text" translate="no">${cellBody(cell, col, ctx.columns, ctx.term)}</div>
  </div>`;
}

/** One article row: its numbers, the readings that changed it, its cells. */
export function renderReadingsRow(row: ReadingsArticleRow, index: number, ctx: ReadingsRowContext): TemplateResult {
  const focused = row.key === ctx.focusedKey;
  const changedIn = row.changedIn.map((c) => ctx.columns[c]!.version.label);
  const chain = [...new Set(row.chain.filter(Boolean))];
  const notes = ctx.noteCount(row);
  return html`<section class="row article-row${row.changedIn.length > 0 ? ' changed' : ' unchanged'}${focused ? ' focused' : ''}" id=${`row-${row.key}`}
      data-key=${row.key} data-index=${index} tabindex="-1" aria-labelledby=${`h-${row.key}`}>
    <header class="row-head">
      <h3 class="row-title" id=${`h-${row.key}`}><span class="label" translate="no">${isolate(row.latestLabel)}</span>${chain.length > 1
          ? html` <span class="chain" translate="no">(${chain.map((l, i) => html`${i > 0 ? ' → ' : ''}${isolate(l)}`)})</span>`
          : nothing}</h3>
      <span class="changed-in">${changedIn.length > 0 ? synopsisStrings().changedIn(changedIn) : synopsisStrings().neverChanged}</span>
      ${notes > 0 ? html`<span class="badge notes-count">${strings.noteCount(notes)}</span>` : nothing}
      ${ctx.static
        ? nothing
        : html`<span class="actions">
            <button type="button" class="link" @click=${() => ctx.onHistory(row)}>${strings.history}</button>
            <button type="button" class="link" @click=${() => ctx.onCopyLink(row)}>${strings.copyLink}</button>
          </span>`}
    </header>
    <div class="cells" ${cssVars({ '--columns': gridColumns(ctx.columns, ctx.shown) })}>${ctx.shown.map((c) => renderCell(row, c, ctx))}</div>
  </section>`;
}

/** A division heading between rows. */
export function renderReadingsDivision(row: ReadingsDivisionRow): TemplateResult {
  return html`<div class="row division-row depth-${Math.min(row.depth, 3)}" id=${`row-${row.key}`} role="heading" aria-level=${Math.min(row.depth + 3, 6)}>
    <span class="division-title" translate="no">${isolate(row.title)}</span>
  </div>`;
}
