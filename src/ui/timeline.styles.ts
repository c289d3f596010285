/** Styles of `<lawdiff-timeline>`: stops on a horizontal line that scrolls when there are many. */
import { css } from 'lit';

export const timelineStyles = css`
  :host {
    display: block;
  }
  ol {
    display: flex;
    margin: 0;
    padding: 0.25rem 0 0.5rem;
    list-style: none;
    overflow-x: auto;
    scrollbar-width: thin;
  }
  li {
    position: relative;
    flex: 0 0 auto;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.1rem;
    min-width: 8rem;
    max-width: 14rem;
    /* A label without spaces (an id, a URL) wraps instead of running into the next stop. */
    overflow-wrap: anywhere;
    padding: 1.3rem 1.25rem 0 0;
    font-size: 0.875rem;
    line-height: 1.35;
  }
  /* The line between stops. */
  li::before {
    content: '';
    position: absolute;
    top: 0.45rem;
    left: 0;
    right: 0;
    border-top: 2px solid var(--ld-border);
  }
  li:first-child::before {
    left: 0.35rem;
  }
  li:last-child::before {
    right: auto;
    width: 0.35rem;
  }
  li:only-child::before {
    display: none;
  }
  li.gap::before,
  li:has(+ li.gap)::before {
    border-top-style: dashed;
  }
  .stop {
    position: absolute;
    top: 0.1rem;
    left: 0;
    width: 0.8rem;
    height: 0.8rem;
    border-radius: 50%;
    border: 2px solid var(--ld-accent);
    background: var(--ld-surface);
  }
  .current .stop {
    background: var(--ld-accent);
    box-shadow: 0 0 0 3px var(--ld-accent-soft);
  }
  .gap .stop {
    border-style: dashed;
    border-color: var(--ld-faint);
  }
  .label {
    font-weight: 600;
  }
  a.label {
    padding: 0.05rem 0.2rem;
    margin: -0.05rem -0.2rem;
    border-radius: 3px;
  }
  a.label[aria-current='page'] {
    color: var(--ld-text);
    background: var(--ld-accent-soft);
    text-decoration: none;
  }
  .gap .label {
    color: var(--ld-muted);
    font-weight: normal;
  }
  .detail {
    color: var(--ld-muted);
    font-size: 0.8rem;
  }
  .gap-note {
    font-style: italic;
  }
  /* The reader's imported versions, and the link to add one. */
  .badge.imported {
    margin: 0.1rem 0;
  }
  .add-version {
    display: inline-block;
    margin: 0 0 0.4rem;
    font-size: 0.85rem;
  }
`;
