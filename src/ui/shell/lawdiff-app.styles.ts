/** Styles of `<lawdiff-app>`: the page frame (bar, breadcrumb, main column) and the law header. */
import { css } from 'lit';

export const appStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    font-family: var(--ld-font-ui);
    font-size: 0.9375rem;
    line-height: 1.5;
    color: var(--ld-text);
    background: var(--ld-bg);
    -webkit-text-size-adjust: 100%;
  }

  /* The skip link: the first thing Tab reaches, shown only while it has the focus. */
  .skip {
    position: absolute;
    left: 0.5rem;
    top: 0.5rem;
    z-index: 10;
    font: inherit;
    padding: 0.4rem 0.8rem;
    border: 2px solid var(--ld-focus);
    border-radius: var(--ld-radius);
    background: var(--ld-surface);
    color: var(--ld-accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .skip:not(:focus) { clip-path: inset(50%); width: 1px; height: 1px; overflow: hidden; padding: 0; border: 0; white-space: nowrap; }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 1rem;
    padding: 0.6rem max(1.25rem, calc((100% - 78rem) / 2));
    background: var(--ld-surface);
    border-bottom: 1px solid var(--ld-border);
  }
  .brand {
    font-weight: 700;
    font-size: 1.05rem;
    letter-spacing: -0.01em;
    color: var(--ld-text);
    text-decoration: none;
  }
  .brand::before {
    content: '§';
    display: inline-block;
    margin-right: 0.35rem;
    color: var(--ld-accent);
  }
  .collection {
    color: var(--ld-muted);
    font-size: 0.85rem;
  }
  .ui-language {
    font: inherit;
    font-size: 0.85rem;
    padding: 0.1rem 0.3rem;
    border: 1px solid var(--ld-border);
    border-radius: var(--ld-radius);
    background: var(--ld-bg);
    color: var(--ld-text);
  }
  .crumbs {
    flex: 1 1 auto;
    min-width: 0;
    font-size: 0.85rem;
  }
  .crumbs ol {
    display: flex;
    flex-wrap: wrap;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .crumbs li + li::before {
    content: '/';
    margin: 0 0.45rem;
    color: var(--ld-faint);
  }
  .data-link {
    margin-left: auto;
    font-size: 0.85rem;
  }
  .page-actions {
    margin: -0.5rem 0 1rem;
  }
  .crumbs a[aria-current='page'] {
    color: var(--ld-text);
    text-decoration: none;
  }

  .net {
    padding: 0.05rem 0.5rem;
    border: 1px solid var(--ld-border);
    border-radius: 999px;
    font-size: 0.8rem;
    font-weight: 600;
    color: var(--ld-text);
  }
  .net::before {
    content: '⚠ ';
  }
  .update {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5rem 1rem;
    padding: 0.5rem max(1.25rem, calc((100% - 78rem) / 2));
    background: var(--ld-surface-2, var(--ld-surface));
    border-bottom: 1px solid var(--ld-border);
  }
  .span-note {
    margin: 0.2rem 0 0.6rem;
    font-size: 0.88rem;
    padding: 0.4rem 0.7rem;
    border-radius: var(--ld-radius);
    background: var(--ld-warn-bg);
    border: 1px solid var(--ld-warn-border);
  }
  .history-note {
    margin: 0 0 0.75rem;
    color: var(--ld-muted);
    font-size: 0.85rem;
    display: flex;
    gap: 0.6rem;
    align-items: center;
  }
  .cache-note {
    margin: 0 0 0.75rem;
    color: var(--ld-muted);
    font-size: 0.85rem;
  }

  main {
    padding: 1.25rem max(1.25rem, calc((100% - 78rem) / 2)) 4rem;
  }
  h1 {
    margin: 0.25rem 0 1rem;
    font-size: 1.6rem;
    font-weight: 650;
    line-height: 1.25;
    letter-spacing: -0.01em;
  }
  h1:focus {
    outline: none;
  }
  h1 .badge {
    font-size: 0.8rem;
    vertical-align: 0.3em;
  }
  .law-head h1 {
    margin-bottom: 0.15rem;
  }
  .original {
    margin: 0;
    font-size: 1.05rem;
    color: var(--ld-muted);
  }
  .meta {
    margin: 0.3rem 0 0;
    color: var(--ld-muted);
    font-size: 0.85rem;
  }
  .notes {
    max-width: var(--ld-measure);
    margin: 0.5rem 0 0;
    color: var(--ld-muted);
    font-size: 0.875rem;
  }
  .source a {
    overflow-wrap: anywhere;
  }

  .versions {
    margin: 1.25rem 0 0;
    padding: 0.6rem 1rem 0.4rem;
    background: var(--ld-surface);
    border: 1px solid var(--ld-border);
    border-radius: var(--ld-radius);
  }
  .section-label {
    margin: 0 0 0.25rem;
  }
  .hint {
    margin: 1.5rem 0;
    color: var(--ld-muted);
  }

  .version-head {
    margin: 1.75rem 0 0.75rem;
    padding-bottom: 0.6rem;
    border-bottom: 1px solid var(--ld-border);
  }
  .version-title {
    margin: 0;
    font-size: 1.3rem;
    font-weight: 650;
    line-height: 1.3;
  }
  .warnings {
    margin: 0 0 1rem;
    font-size: 0.85rem;
  }
  .warnings summary {
    cursor: pointer;
    color: var(--ld-warn);
  }
  .warnings lawdiff-problem-list {
    margin-top: 0.5rem;
  }
  @media print {
    /* A printed comparison starts with its own header (law and readings): the page chrome goes, and no control is printed. */
    header.bar,
    .versions,
    .picker,
    .law-head .notes,
    .progress,
    lawdiff-offline-control,
    lawdiff-version-actions,
    .cache-note,
    .span-note,
    .history-note,
    main:has(> :is(lawdiff-compare-view, lawdiff-readings-view)) > :is(.law-head, .version-head) {
      display: none !important;
    }
  }
`;
