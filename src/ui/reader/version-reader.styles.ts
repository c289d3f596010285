/** Styles of `<lawdiff-version-reader>`: a readable column of law text beside a sticky table of contents. */
import { css } from 'lit';

export const versionReaderStyles = css`
  :host {
    display: block;
  }
  .layout.with-toc {
    display: grid;
    grid-template-columns: minmax(13rem, 18rem) minmax(0, 1fr);
    gap: 2rem;
    align-items: start;
  }
  @media (max-width: 60rem) {
    .layout.with-toc {
      display: block;
    }
    .toc {
      position: static;
      max-height: 40vh;
      margin-bottom: 1.5rem;
    }
  }

  /* Table of contents */
  .toc {
    position: sticky;
    top: 0;
    max-height: 100vh;
    overflow: auto;
    padding: 0.75rem 0.5rem 1rem 0;
    font-size: 0.825rem;
    line-height: 1.35;
    scrollbar-width: thin;
  }
  .toc ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .toc ol ol {
    margin: 0.1rem 0 0.25rem 0.4rem;
    padding-left: 0.6rem;
    border-left: 1px solid var(--ld-rule);
  }
  .toc li {
    margin: 0.1rem 0;
  }
  .toc a {
    display: block;
    padding: 0.1rem 0.3rem;
    border-radius: 3px;
    color: var(--ld-text);
    text-decoration: none;
  }
  .toc a:hover {
    background: var(--ld-accent-soft);
  }
  .toc a[aria-current='location'] {
    color: var(--ld-accent);
    background: var(--ld-accent-soft);
    font-weight: 600;
  }

  /* The text */
  .text {
    max-width: var(--ld-measure);
    font-family: var(--ld-font-text);
    font-size: 1rem;
    line-height: 1.6;
    color: var(--ld-text);
    overflow-wrap: break-word;
  }
  .text:lang(zh),
  .text:lang(ja) {
    font-family: var(--ld-font-cjk);
    font-size: 1rem;
    line-height: 1.8;
    line-break: strict;
  }
  .text:lang(zh-Hant),
  .text:lang(zh-TW) {
    font-family: var(--ld-font-cjk-hant);
  }
  .text:lang(de) {
    hyphens: auto;
  }
  .doc-title {
    margin: 0.5rem 0 0.75rem;
    font-size: 1.2rem;
    font-weight: 600;
  }
  .doc-info {
    margin: 0 0 1rem;
    font-family: var(--ld-font-ui);
    font-size: 0.85rem;
    color: var(--ld-muted);
  }
  .doc-info dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.15rem 1rem;
    margin: 0.5rem 0 0;
  }
  .doc-info dd {
    margin: 0;
    white-space: pre-line;
  }
  .doc-info dd.wide {
    grid-column: 1 / -1;
  }
  .preamble {
    margin-bottom: 1.5rem;
  }

  .division-heading {
    margin: 2rem 0 0.75rem;
    font-family: var(--ld-font-ui);
    font-size: 1.05rem;
    font-weight: 650;
    line-height: 1.35;
    color: var(--ld-text);
  }
  h3.division-heading {
    font-size: 1.25rem;
    padding-bottom: 0.3rem;
    border-bottom: 1px solid var(--ld-border);
  }
  h4.division-heading {
    font-size: 1.125rem;
  }
  h6.division-heading {
    font-size: 1rem;
    color: var(--ld-muted);
  }
  .division-label {
    color: var(--ld-accent);
  }
  .division:target,
  .division:focus {
    outline: none;
  }

  .article {
    content-visibility: auto;
    contain-intrinsic-size: auto 7rem;
    margin: 0 0 1.1rem;
    scroll-margin-top: 0.5rem;
  }
  .article:focus {
    outline: none;
  }
  .article:focus-visible .article-heading,
  .article:focus .article-label {
    background: var(--ld-accent-soft);
  }
  .article-heading {
    margin: 0 0 0.2rem;
    font-family: var(--ld-font-ui);
    font-size: 0.95rem;
    font-weight: 650;
    line-height: 1.4;
  }
  .text:lang(zh) .article-heading {
    font-size: 1rem;
  }
  .article-label {
    color: var(--ld-accent);
    text-decoration: none;
    border-radius: 3px;
  }
  .article-label.unnumbered {
    color: var(--ld-muted);
    font-weight: normal;
    font-style: italic;
  }
  .article-label:hover {
    text-decoration: underline;
  }
  .article-caption {
    color: var(--ld-text);
  }
  .repealed-mark {
    margin-left: 0.35rem;
    font-size: 0.75rem;
    font-weight: 600;
    color: var(--ld-muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .article.repealed .para {
    color: var(--ld-muted);
  }
  .repealed-range {
    color: var(--ld-muted);
    font-style: italic;
  }

  .para p {
    margin: 0 0 0.35rem;
  }
  .num {
    font-variant-numeric: tabular-nums;
  }
  .items {
    margin: 0 0 0.35rem;
    padding: 0 0 0 1.5rem;
    list-style: none;
  }
  .items li {
    margin: 0.1rem 0;
  }
  .items .items {
    margin: 0.1rem 0 0;
  }

  .annotation {
    margin: 0.35rem 0 0.5rem;
    padding: 0.4rem 0.75rem;
    border-left: 3px solid var(--ld-accent-soft);
    background: color-mix(in srgb, var(--ld-accent-soft) 35%, transparent);
    border-radius: 0 var(--ld-radius) var(--ld-radius) 0;
    font-size: 0.925rem;
  }
  .annotation summary {
    cursor: pointer;
    font-family: var(--ld-font-ui);
    font-size: 0.825rem;
    font-weight: 600;
    color: var(--ld-muted);
  }
  .annotation .source {
    font-weight: normal;
  }
  .annotation-text {
    margin-top: 0.35rem;
    white-space: pre-line;
  }
  .annex {
    margin-top: 2rem;
  }
`;
