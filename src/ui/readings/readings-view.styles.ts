/** Styles of `<lawdiff-readings-view>`: the toolbar, the column heads and the rows of cells (see readings-rows.ts). */
import { css } from 'lit';

export const readingsViewStyles = css`
  :host { display: block; }
  .tabs { display: inline-flex; margin: 0 0 0.6rem; }
  .tab { font: inherit; font-size: 0.88rem; padding: 0.3rem 0.8rem; border: 1px solid var(--ld-border); background: var(--ld-surface); color: var(--ld-text); cursor: pointer; }
  .tab:first-child { border-radius: var(--ld-radius) 0 0 var(--ld-radius); }
  .tab:last-child { border-radius: 0 var(--ld-radius) var(--ld-radius) 0; border-left: 0; }
  .tab[aria-pressed='true'] { background: var(--ld-accent-soft); border-color: var(--ld-accent); font-weight: 650; }
  .sticky { position: sticky; top: 0; z-index: 2; background: var(--ld-bg); padding: 0.5rem 0 0.3rem; border-bottom: 1px solid var(--ld-rule); margin-bottom: 0.75rem; }
  .toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; font-size: 0.85rem; }
  .toolbar label { display: inline-flex; align-items: center; gap: 0.3rem; color: var(--ld-muted); }
  select, input[type='search'] { font: inherit; font-size: 0.85rem; padding: 0.28rem 0.4rem; border: 1px solid var(--ld-border); border-radius: var(--ld-radius); background: var(--ld-surface); color: var(--ld-text); max-width: 16rem; }
  input[type='search'] { width: 9rem; }
  .group { display: inline-flex; align-items: center; gap: 0.3rem; }
  button { font: inherit; font-size: 0.85rem; padding: 0.28rem 0.6rem; border: 1px solid var(--ld-border); border-radius: var(--ld-radius); background: var(--ld-surface); color: var(--ld-text); cursor: pointer; }
  button:disabled { color: var(--ld-faint); cursor: default; }
  button:focus-visible, select:focus-visible, input:focus-visible { outline: 2px solid var(--ld-focus); outline-offset: 2px; }
  .counter { font-size: 0.85rem; font-variant-numeric: tabular-nums; min-width: 3.2rem; text-align: center; color: var(--ld-muted); }
  .legend { margin: 0.35rem 0 0; font-size: 0.75rem; color: var(--ld-muted); }
  .step-switcher { display: flex; align-items: center; gap: 0.5rem; margin-top: 0.4rem; font-size: 0.85rem; }
  .step-switcher .step-name { font-weight: 650; flex: 1; min-width: 0; overflow-wrap: anywhere; }
  .step-switcher .step-count { color: var(--ld-muted); font-variant-numeric: tabular-nums; }
  .col-heads, .cells { display: grid; grid-template-columns: var(--columns, 1fr); gap: 0 1rem; }
  .col-heads { margin-top: 0.45rem; font-size: 0.8rem; padding: 0 0.75rem; }
  .head { display: flex; flex-direction: column; min-width: 0; font-weight: 650; overflow-wrap: anywhere; }
  .head .date { font-weight: 400; color: var(--ld-muted); font-size: 0.75rem; }
  .head .compared { font-weight: 400; font-size: 0.72rem; color: var(--ld-muted); }
  .head.base .compared { color: var(--ld-accent); font-weight: 650; }
  .head.gap, .cell.gap { background: repeating-linear-gradient(135deg, transparent 0 6px, var(--ld-rule) 6px 8px); border-radius: var(--ld-radius); min-height: 1.5rem; }
  .toast, .notice { margin: 0.5rem 0; padding: 0.5rem 0.75rem; border-radius: var(--ld-radius); font-size: 0.9rem; background: var(--ld-accent-soft); border: 1px solid var(--ld-accent); overflow-wrap: anywhere; }
  lit-virtualizer { width: 100%; }
  .row { width: 100%; box-sizing: border-box; }
  .article-row { background: var(--ld-surface); border: 1px solid var(--ld-rule); border-radius: var(--ld-radius); padding: 0.5rem 0.75rem 0.6rem; margin: 0 0 0.6rem; scroll-margin-top: calc(var(--ld-sticky-height, 5rem) + 2rem); }
  .article-row.unchanged { background: transparent; }
  .article-row:focus { outline: 2px solid var(--ld-focus); outline-offset: 2px; }
  .article-row.focused { background: var(--ld-focus-bg); border-color: var(--ld-change); box-shadow: inset 4px 0 0 var(--ld-change); }
  .row-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.2rem 0.6rem; margin-bottom: 0.35rem; }
  .row-title { font-size: 0.95rem; margin: 0; font-weight: 700; }
  .row-title .chain { font-weight: 400; color: var(--ld-muted); font-size: 0.85rem; }
  .changed-in { font-size: 0.78rem; color: var(--ld-muted); }
  .actions { margin-left: auto; display: inline-flex; gap: 0.6rem; }
  button.link { font: inherit; font-size: 0.8rem; background: none; border: 0; padding: 0; color: var(--ld-accent); cursor: pointer; text-decoration: underline; text-underline-offset: 2px; }
  .badge { font-size: 0.72rem; font-weight: 650; padding: 0.08rem 0.45rem; border-radius: 999px; border: 1px solid var(--ld-border); white-space: nowrap; }
  .notes-count { color: var(--ld-accent); background: var(--ld-accent-soft); border-color: currentColor; }
  .cell { min-width: 0; }
  .cell.changed { border-top: 3px solid var(--ld-change); padding-top: 0.2rem; }
  .cell:not(.changed):not(.gap) { border-top: 3px solid transparent; padding-top: 0.2rem; }
  .cell-head { margin: 0 0 0.2rem; font-family: var(--ld-font-ui); font-size: 0.78rem; display: flex; flex-wrap: wrap; gap: 0.1rem 0.45rem; align-items: baseline; line-height: 1.4; }
  .cell-head .reading-name { display: none; color: var(--ld-muted); font-weight: 650; width: 100%; }
  .cell-head .num { font-weight: 700; }
  .tag { font-weight: 650; color: var(--ld-warn); }
  .tag.quiet { font-weight: 400; color: var(--ld-muted); }
  .tag.status-inserted { color: var(--ld-ins); }
  .tag.status-deleted, .tag.status-merged-away { color: var(--ld-del); }
  .tag.status-renumbered { color: var(--ld-muted); }
  .was { color: var(--ld-muted); }
  .cell-text { font-family: var(--ld-font-text); line-height: 1.7; font-size: 0.93rem; overflow-wrap: anywhere; }
  .cell:lang(zh) .cell-text { font-family: var(--ld-font-cjk); line-height: 1.85; }
  .cell:lang(zh-Hant) .cell-text { font-family: var(--ld-font-cjk-hant); }
  .cell:lang(de) .cell-text { hyphens: auto; }
  .same, .empty, .gap-note { margin: 0; font-family: var(--ld-font-ui); font-size: 0.82rem; color: var(--ld-muted); font-style: italic; }
  .division-row { margin: 1.2rem 0 0.5rem; font-weight: 700; scroll-margin-top: calc(var(--ld-sticky-height, 5rem) + 2rem); }
  .division-row.depth-0 { font-size: 1.1rem; border-bottom: 1px solid var(--ld-border); padding-bottom: 0.2rem; }
  .division-row.depth-1 { font-size: 1rem; }
  .division-row.depth-2, .division-row.depth-3 { font-size: 0.92rem; color: var(--ld-muted); }
  .empty-rows { color: var(--ld-muted); }
  :host([pending]) .rows { opacity: 0.6; }
  .picture { display: grid; gap: 1.5rem; }
  .print-head { display: none; }
  @media (max-width: 44rem) {
    .cell-head .reading-name { display: block; }
    .col-heads { display: none; }
    /* One pair of readings at a time, the older above the newer. */
    .cells { grid-template-columns: minmax(0, 1fr); gap: 0.6rem; }
    .cell.gap { display: none; }
    .toolbar { gap: 0.4rem 0.6rem; }
  }
  @media (max-width: 600px), (max-height: 500px) {
    .sticky { position: static; }
    .article-row, .division-row { scroll-margin-top: 1rem; }
  }
  @media print {
    :host { --ld-focus-bg: transparent; }
    .sticky > :not(.col-heads), .tabs, .actions, .toast, .notice, lawdiff-article-history { display: none !important; }
    .sticky { position: static; border: 0; padding: 0; }
    .col-heads { display: grid; color: #000; border-bottom: 1px solid #000; padding: 0 0 0.3rem; }
    .print-head { display: block; margin: 0 0 1rem; padding-bottom: 0.5rem; border-bottom: 2px solid #000; }
    .print-head .print-title { font-size: 1.3rem; font-weight: 700; margin: 0 0 0.2rem; }
    .print-head p { margin: 0.15rem 0; font-size: 0.9rem; }
    .article-row { break-inside: avoid; border: 0; border-bottom: 1px solid #999; border-radius: 0; box-shadow: none; background: none; padding-left: 0; padding-right: 0; }
    .cell.changed { border-top-color: #000; }
    .tag { color: #000 !important; }
    .division-row { break-after: avoid; }
  }
`;
