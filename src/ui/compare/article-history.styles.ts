/** Styles of `<lawdiff-article-history>`: a side panel on wide screens, the full width on narrow ones. */
import { css } from 'lit';

export const articleHistoryStyles = css`
  :host { display: contents; }
  .panel {
    position: fixed;
    z-index: 20;
    top: 0;
    right: 0;
    bottom: 0;
    width: min(44rem, 48vw);
    display: flex;
    flex-direction: column;
    background: var(--ld-surface);
    color: var(--ld-text);
    border-left: 1px solid var(--ld-border);
    box-shadow: -8px 0 24px rgb(0 0 0 / 12%);
    font-family: var(--ld-font-ui);
  }
  @media (max-width: 800px) {
    .panel { width: 100%; border-left: 0; box-shadow: none; }
  }
  .head {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding: 0.7rem 1rem 0.6rem 1.25rem;
    border-bottom: 1px solid var(--ld-rule);
  }
  h2 { flex: 1; margin: 0; font-size: 1.1rem; line-height: 1.35; }
  h2:focus, h2:focus-visible { outline: none; }
  .close {
    flex: none;
    width: 2.2rem;
    height: 2.2rem;
    font-size: 1.4rem;
    line-height: 1;
    border: 1px solid var(--ld-border);
    border-radius: var(--ld-radius);
    background: var(--ld-surface);
    cursor: pointer;
  }
  .close:hover { background: var(--ld-accent-soft); }
  .body { flex: 1; overflow: auto; padding: 0.9rem 1.25rem 2rem; overscroll-behavior: contain; }
  .problem { padding: 0.6rem 0.8rem; border: 1px solid var(--ld-error-border); background: var(--ld-error-bg); border-radius: var(--ld-radius); }

  .chain { list-style: none; margin: 0 0 0.75rem; padding: 0; display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem; }
  .chain .stop { display: flex; flex-direction: column; padding: 0.3rem 0.6rem; border: 1px solid var(--ld-border); border-radius: var(--ld-radius); min-width: 6rem; }
  .chain .arrow { color: var(--ld-faint); }
  .chain .reading { font-size: 0.72rem; color: var(--ld-muted); }
  .chain .num { font-weight: 700; font-size: 1rem; }
  .chain .num.none { color: var(--ld-muted); font-weight: 400; }
  /* A reading with no text: a gap, drawn as on the timeline (dashed, muted). */
  .chain .stop.gap { border-style: dashed; border-color: var(--ld-faint); }
  .chain .gap-note { font-size: 0.85rem; font-style: italic; color: var(--ld-muted); line-height: 1.5; }
  .jump { margin: 0 0 0.5rem; display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 0.8rem; }
  .download-word { font: inherit; font-size: 0.85rem; padding: 0.2rem 0.6rem; border: 1px solid var(--ld-border); border-radius: var(--ld-radius); background: var(--ld-surface); color: var(--ld-text); cursor: pointer; }
  .export-status { font-size: 0.8rem; color: var(--ld-muted); }
  @media print { .download-word, .export-status { display: none; } }

  .entries { list-style: none; margin: 0.5rem 0 1rem; padding: 0 0 0 1.1rem; border-left: 2px solid var(--ld-rule); }
  .entry { position: relative; margin: 0 0 1.1rem; }
  .entry::before {
    content: '';
    position: absolute;
    left: calc(-1.1rem - 7px);
    top: 0.35rem;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--ld-accent);
    border: 2px solid var(--ld-surface);
  }
  .entry.status-absent::before {
    background: var(--ld-surface);
    border: 2px solid var(--ld-faint);
  }
  /* A gap: a hollow marker, and the line beside the entry dashed, as on the timeline. */
  .entry.status-unpublished::before, .entry.status-unavailable::before {
    background: var(--ld-surface);
    border: 2px solid var(--ld-faint);
    box-shadow: 0 0 0 2px var(--ld-surface);
  }
  .entry.status-unpublished::after, .entry.status-unavailable::after {
    content: '';
    position: absolute;
    left: calc(-1.1rem - 2px);
    top: -1.1rem;
    bottom: -1.1rem;
    width: 2px;
    background: repeating-linear-gradient(to bottom, var(--ld-faint) 0 4px, var(--ld-surface) 4px 8px);
    z-index: -1;
  }
  .entry.status-unpublished, .entry.status-unavailable { z-index: 0; }
  .entry.status-deleted::before, .entry.status-merged-away::before { background: var(--ld-del); }
  .entry-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.2rem 0.6rem; }
  .entry-head .reading { margin: 0; font-size: 0.95rem; }
  .meta, .path, .quiet, .since, .relation { color: var(--ld-muted); font-size: 0.82rem; }
  .facts { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.2rem 0.6rem; margin: 0.15rem 0 0.3rem; }
  .facts:empty { display: none; }
  .facts .num { font-size: 0.95rem; }
  .quiet, .relation, .since { margin: 0.2rem 0; }
  .status-absent .entry-head .reading, .status-unpublished .entry-head .reading, .status-unavailable .entry-head .reading { color: var(--ld-muted); font-weight: 600; }
  .badge.status-reworded, .badge.status-references, .badge.status-split, .badge.status-merged { color: var(--ld-warn); background: var(--ld-warn-bg); border-color: currentColor; }
  .badge.status-inserted { color: var(--ld-ins); background: var(--ld-ins-bg); border-color: currentColor; }
  .badge.status-deleted, .badge.status-merged-away { color: var(--ld-del); background: var(--ld-del-bg); border-color: currentColor; }
  .badge.status-unchanged, .badge.status-renumbered, .badge.status-first, .badge.status-unpublished, .badge.status-unavailable { color: var(--ld-muted); background: none; border-color: var(--ld-border); }

  .text { font-family: var(--ld-font-text); line-height: 1.75; padding: 0.5rem 0.7rem; border: 1px solid var(--ld-rule); border-radius: var(--ld-radius); background: var(--ld-bg); }
  .text:lang(zh) { font-family: var(--ld-font-cjk); line-height: 1.9; }
  .text:lang(zh-Hant) { font-family: var(--ld-font-cjk-hant); }
  .text:lang(de) { hyphens: auto; }
  .text .line:last-child { margin-bottom: 0; }
  .same summary { cursor: pointer; color: var(--ld-muted); font-size: 0.82rem; margin: 0.2rem 0; }
  .same[open] summary { margin-bottom: 0.35rem; }
  button.link { font: inherit; font-size: 0.82rem; background: none; border: 0; padding: 0; color: var(--ld-accent); cursor: pointer; text-decoration: underline; text-underline-offset: 2px; }
  lawdiff-article-notes { display: block; border-top: 1px solid var(--ld-rule); padding-top: 0.6rem; }
  @media print { .panel { display: none; } }
`;
