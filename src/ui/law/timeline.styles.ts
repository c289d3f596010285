/**
 * Styles of `<lawdiff-timeline>`: stops on a horizontal line, sharing the
 * width so that every reading shows (seven at 1280 px), wrapping into more
 * rows when they do not fit; in a narrow timeline (a phone) the line runs
 * down, one reading under the other. Nothing scrolls sideways, so no reading
 * is hidden.
 */
import { css } from 'lit';

export const timelineStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  ol {
    display: flex;
    flex-wrap: wrap;
    row-gap: 0.9rem;
    margin: 0;
    padding: 0.25rem 0 0.5rem;
    list-style: none;
  }
  li {
    position: relative;
    /* Equal shares of the width, between a width that still reads and one past which the line is only long. */
    flex: 1 1 0;
    min-width: 8.5rem;
    max-width: 14rem;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.1rem;
    /* A label without spaces (an id, a URL) wraps instead of running into the next stop. */
    overflow-wrap: anywhere;
    padding: 1.3rem 1rem 0 0;
    font-size: 0.875rem;
    line-height: 1.35;
  }
  /* The line from a stop to the next one. */
  li::before {
    content: '';
    position: absolute;
    top: 0.45rem;
    left: 0.35rem;
    right: 0;
    border-top: 2px solid var(--ld-border);
  }
  li:last-child::before {
    display: none;
  }
  /* Into and out of a reading that was never published. */
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
  .nowrap,
  time {
    white-space: nowrap;
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

  /* Narrow (a phone): the line runs down the left, each reading on its own row beside its stop. */
  @container (max-width: 32rem) {
    ol {
      flex-direction: column;
      flex-wrap: nowrap;
      row-gap: 0;
    }
    li {
      flex: none;
      min-width: 0;
      max-width: none;
      padding: 0 0.25rem 0.75rem 1.6rem;
    }
    /* The stop beside the label's first line. */
    .stop {
      top: 0.2rem;
    }
    li::before {
      top: 0.6rem;
      bottom: -0.6rem;
      left: calc(0.4rem - 1px);
      right: auto;
      border-top: 0;
      border-left: 2px solid var(--ld-border);
    }
    li.gap::before,
    li:has(+ li.gap)::before {
      border-left-style: dashed;
    }
  }
`;
