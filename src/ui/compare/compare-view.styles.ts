/** Styles of `<lawdiff-compare-view>` and its rows (which render in its shadow root). */
import { css } from 'lit';

/**
 * Law text with changes marked: the colours of deletions and insertions,
 * `<del>`/`<ins>` (struck through / underlined, never colour alone), their
 * text labels for screen readers (hidden on screen and on paper, where the
 * lines already show the marks), lines at item depth, and annotations.
 * Shared by the comparison rows and the article history.
 */
export const diffTextStyles = css`
  :host {
    --ld-del: #b3261e;
    --ld-del-bg: #fde8e7;
    --ld-ins: #0b6b3a;
    --ld-ins-bg: #e3f5ea;
    --ld-change: #d99a1e;
    --ld-focus-bg: #fff7d6;
    --ld-move: #4b2fa0;
    --ld-move-bg: #efeafb;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --ld-del: #ffb4ab;
      --ld-del-bg: #4a1d1a;
      --ld-ins: #8fd9a8;
      --ld-ins-bg: #16351f;
      --ld-focus-bg: #3a3318;
      --ld-move: #cdbdff;
      --ld-move-bg: #2e2550;
    }
  }
  .col, .redline { font-family: var(--ld-font-text); line-height: 1.75; }
  .col:lang(zh), .redline:lang(zh) { font-family: var(--ld-font-cjk); line-height: 1.9; }
  .col:lang(zh-Hant), .redline:lang(zh-Hant) { font-family: var(--ld-font-cjk-hant); }
  .col:lang(de), .redline:lang(de) { hyphens: auto; }
  .article-title { font-weight: 600; }
  .article-title:empty { display: none; }
  .line { margin: 0 0 0.35rem; padding-left: calc(var(--depth, 0) * 1.5em); }
  .part-label { margin: 0.6rem 0 0.2rem; font-family: var(--ld-font-ui); font-size: 0.8rem; font-weight: 700; color: var(--ld-muted); }
  .part-label:first-child { margin-top: 0; }
  .empty { margin: 0; color: var(--ld-muted); font-style: italic; font-family: var(--ld-font-ui); font-size: 0.85rem; }

  del { color: var(--ld-del); background: var(--ld-del-bg); text-decoration: line-through; text-decoration-thickness: 1.5px; }
  ins { color: var(--ld-ins); background: var(--ld-ins-bg); text-decoration: underline; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
  /* A passage moved to or from another article (decision 010): a second line, not only another colour, tells it from a deletion or insertion. */
  del.moved, ins.moved { color: var(--ld-move); background: var(--ld-move-bg); text-decoration-style: double; text-decoration-thickness: 1.5px; }
  .move-note { font-family: var(--ld-font-ui); font-size: 0.78rem; color: var(--ld-muted); white-space: nowrap; }
  .move-note .move-link { font-size: inherit; color: var(--ld-move); }
  .move-note::before { content: '⇄ '; color: var(--ld-move); }
  .part-note { font-weight: 400; font-style: italic; }
  .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  mark { background: #ffe066; color: inherit; border-radius: 2px; }

  .annotation { margin-top: 0.45rem; font-size: 0.85rem; border-left: 3px solid var(--ld-accent); padding: 0.2rem 0.6rem; background: var(--ld-accent-soft); border-radius: 0 var(--ld-radius) var(--ld-radius) 0; }
  .annotation summary { cursor: pointer; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .annotation[open] summary { white-space: normal; }
  .annotation[open] .first-line { display: none; }
  .annotation .kind { font-weight: 650; }
  .annotation .first-line { color: var(--ld-muted); margin-left: 0.4rem; }
  .annotation-text { white-space: pre-line; margin: 0.3rem 0 0.2rem; line-height: 1.7; }
  .annotation .official-mark { font-size: 0.75rem; font-weight: 650; text-transform: uppercase; letter-spacing: 0.03em; border: 1px solid currentColor; border-radius: var(--ld-radius); padding: 0 0.3rem; }
  .report-actions { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; margin: 0.2rem 0 0.3rem; font-size: 0.82rem; }
  .report-actions button, .reports-toggle { font: inherit; font-size: 0.82rem; padding: 0.1rem 0.55rem; border-radius: var(--ld-radius); border: 1px solid var(--ld-border); background: var(--ld-bg); color: inherit; cursor: pointer; }
  .report-actions select { font: inherit; max-width: 16rem; }

  @media print {
    del, ins { background: none; color: #000; }
    del { text-decoration: line-through; }
    ins { text-decoration: underline; }
    del.moved { text-decoration: line-through double; }
    ins.moved { text-decoration: underline double; }
    .move-note, .move-note .move-link { color: #000; text-decoration: none; }
    .annotation { background: none; }
    /* Explanations print open: their disclosure triangle is no use on paper. */
    .annotation summary { list-style: none; }
    .annotation summary::-webkit-details-marker { display: none; }
  }
`;

export const compareViewStyles = css`
  :host { display: block; }
  .sticky {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--ld-bg);
    padding: 0.5rem 0 0.4rem;
    border-bottom: 1px solid var(--ld-rule);
    margin-bottom: 0.75rem;
  }
  .legend { margin: 0.35rem 0 0; font-size: 0.75rem; color: var(--ld-muted); }
  /* A link's article that is not in this comparison: what became of it, and its text. */
  .absent p { margin: 0 0 0.3rem; }
  .absent .absent-caption { font-size: 0.85rem; color: var(--ld-muted); margin-top: 0.5rem; }
  .absent-text { background: var(--ld-surface); border: 1px solid var(--ld-rule); border-radius: var(--ld-radius); padding: 0.5rem 0.75rem; }
  .notice, .toast {
    margin: 0.5rem 0;
    padding: 0.5rem 0.75rem;
    border-radius: var(--ld-radius);
    font-size: 0.9rem;
    background: var(--ld-warn-bg);
    border: 1px solid var(--ld-warn-border);
    overflow-wrap: anywhere;
  }
  .toast { background: var(--ld-accent-soft); border-color: var(--ld-accent); }
  .layout { display: block; }
  .layout.with-toc { display: grid; grid-template-columns: 15rem minmax(0, 1fr); gap: 1.5rem; align-items: start; }
  /* --ld-sticky-height: the toolbar's measured height (it wraps to two or three lines on narrower screens). */
  .toc { position: sticky; top: calc(var(--ld-sticky-height, 5rem) + 1.5rem); max-height: calc(100vh - var(--ld-sticky-height, 5rem) - 2.5rem); overflow: auto; font-size: 0.85rem; }

  .col-heads { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; font-size: 0.8rem; font-weight: 650; color: var(--ld-muted); padding: 0 0.75rem 0.3rem; }
  lit-virtualizer { width: 100%; }
  .row { width: 100%; box-sizing: border-box; }
  .article-row {
    background: var(--ld-surface);
    border: 1px solid var(--ld-rule);
    border-radius: var(--ld-radius);
    padding: 0.6rem 0.75rem 0.7rem;
    margin: 0 0 0.6rem;
    scroll-margin-top: calc(var(--ld-sticky-height, 5rem) + 2rem);
  }
  .article-row:focus { outline: 2px solid var(--ld-focus); outline-offset: 2px; }
  .article-row.focused { background: var(--ld-focus-bg); border-color: var(--ld-change); box-shadow: inset 4px 0 0 var(--ld-change); }
  .article-row.kind-unchanged, .article-row.kind-renumbered { background: transparent; }
  .row-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.3rem 0.6rem; margin-bottom: 0.35rem; }
  .row-title { font-size: 0.95rem; margin: 0; font-weight: 400; display: contents; }
  .labels .label { font-weight: 700; }
  .was, .moved-from { color: var(--ld-muted); font-size: 0.85rem; }
  .badge { font-size: 0.72rem; font-weight: 650; padding: 0.08rem 0.45rem; border-radius: 999px; border: 1px solid var(--ld-border); color: var(--ld-muted); white-space: nowrap; }
  .badge.kind-inserted { color: var(--ld-ins); border-color: currentColor; }
  .badge.kind-deleted { color: var(--ld-del); border-color: currentColor; }
  .badge.kind-reworded, .badge.kind-split, .badge.kind-merged, .badge.kind-moved, .badge.kind-references { color: var(--ld-warn); border-color: currentColor; }
  .actions { margin-left: auto; display: inline-flex; gap: 0.6rem; }
  button.link { font: inherit; font-size: 0.8rem; background: none; border: 0; padding: 0; color: var(--ld-accent); cursor: pointer; text-decoration: underline; text-underline-offset: 2px; }
  .coarse { color: var(--ld-muted); cursor: help; }
  .collapsed-note { margin: 0; font-size: 0.85rem; color: var(--ld-muted); }

  .cols { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
  /* Aligned lines: both columns are subgrids of the row's grid, one grid row per line (--rows: the title and the aligned lines),
     so a line and its counterpart (or the blank facing it) start at the same height. */
  .cols.aligned { row-gap: 0; }
  .cols.aligned > .col { display: grid; grid-template-rows: subgrid; grid-row: span var(--rows, 1); align-content: start; }
  .cols.aligned .article-title:empty { display: block; }
  .blank { margin: 0; }
  .division-row { margin: 1.2rem 0 0.5rem; font-weight: 700; display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: baseline; scroll-margin-top: calc(var(--ld-sticky-height, 5rem) + 2rem); }
  .division-row.depth-0 { font-size: 1.15rem; border-bottom: 1px solid var(--ld-border); padding-bottom: 0.2rem; }
  .division-row.depth-1 { font-size: 1rem; }
  .division-row.depth-2, .division-row.depth-3 { font-size: 0.95rem; color: var(--ld-muted); }
  .empty-rows { color: var(--ld-muted); }
  /* The last result, shown while the comparison is made again by another unit. */
  :host([pending]) .rows { opacity: 0.6; }

  @media (max-width: 800px) {
    /* minmax(0, …): a long unbreakable line (an explanation's one-line summary) must not widen the page */
    .layout.with-toc { grid-template-columns: minmax(0, 1fr); }
    .toc { position: static; max-height: none; }
    .cols, .col-heads { grid-template-columns: 1fr; gap: 0.4rem; }
    .col.old:not(:has(.empty)) { border-bottom: 1px dashed var(--ld-border); padding-bottom: 0.3rem; }
    .col-heads { display: none; }
  }
  /* Which reading each block is: said by the column heads side by side, above each block where they stack (not on paper,
     where they stand side by side again). Generated text (the block's data-reading): not part of the law text when copied. */
  @media screen and (max-width: 800px) {
    .col[data-reading]::before {
      content: attr(data-reading);
      display: block;
      unicode-bidi: plaintext;
      margin: 0 0 0.1rem;
      font-family: var(--ld-font-ui);
      font-size: 0.75rem;
      font-weight: 650;
      line-height: 1.4;
      color: var(--ld-muted);
    }
    .col.new { padding-top: 0.15rem; }
    /* Stacked, each reading's lines follow one another (old, then new): the blanks that kept them level are not needed. */
    .cols.aligned > .col { display: block; }
    .cols.aligned .blank { display: none; }
  }
  /* On a phone (or a short window) the wrapped toolbar would cover a third of the screen: it scrolls with the page
     there, and rows scrolled to need no room for it. */
  @media (max-width: 600px), (max-height: 500px) {
    .sticky { position: static; }
    .article-row, .division-row { scroll-margin-top: 1rem; }
  }
  .print-head { display: none; }
  .notes-count { color: var(--ld-accent); background: var(--ld-accent-soft); border-color: currentColor; }
  @media print {
    :host { --ld-focus-bg: transparent; }
    .sticky, .toc, .actions, .toast, .notice, lawdiff-change-summary, lawdiff-article-history { display: none !important; }
    .print-head { display: block; margin: 0 0 1rem; padding-bottom: 0.5rem; border-bottom: 2px solid #000; }
    .print-head .print-title { font-size: 1.3rem; font-weight: 700; margin: 0 0 0.2rem; }
    .print-head p, .print-head dl { margin: 0.15rem 0; font-size: 0.9rem; }
    .print-head dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.8rem; }
    .print-head dt { font-weight: 650; }
    .print-head dd { margin: 0; }
    .layout.with-toc { display: block; }
    .article-row { break-inside: avoid; border: 0; border-bottom: 1px solid #999; border-radius: 0; box-shadow: none; background: none; padding-left: 0; padding-right: 0; }
    .article-row.focused { border-color: #999; box-shadow: none; }
    .badge { color: #000 !important; border-color: #000 !important; background: none !important; }
    .division-row { break-after: avoid; }
    .division-row.depth-0 { break-before: page; }
    .rows > .division-row.depth-0:first-child, .col-heads + .division-row.depth-0 { break-before: auto; }
    /* Side by side on paper too (the narrow-screen rule would stack the columns without saying which is which). */
    .cols, .col-heads { grid-template-columns: 1fr 1fr; gap: 1rem; }
    .col-heads { display: grid; padding: 0 0 0.3rem; color: #000; border-bottom: 1px solid #000; }
    .col.old { border-right: 1px solid #bbb; padding-right: 1rem; }
    .col.old:not(:has(.empty)) { border-bottom: 0; padding-bottom: 0; }
  }
  @media (prefers-reduced-motion: no-preference) {
    .article-row.focused { transition: background-color 0.2s; }
  }
`;
