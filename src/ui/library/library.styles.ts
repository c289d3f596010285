/** Styles of the reader's library pages (`<lawdiff-import-page>`, `<lawdiff-data-page>`, `<lawdiff-version-actions>`): forms, lists, messages. */
import { css } from 'lit';

export const libraryStyles = css`
  :host {
    display: block;
  }
  p {
    margin: 0.4rem 0;
  }
  .intro,
  .hint {
    max-width: var(--ld-measure);
    color: var(--ld-muted);
  }
  .hint {
    font-size: 0.85rem;
  }
  section {
    margin: 1.25rem 0 0;
    padding: 0.8rem 1rem 1rem;
    background: var(--ld-surface);
    border: 1px solid var(--ld-border);
    border-radius: var(--ld-radius);
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.05rem;
    font-weight: 650;
  }
  fieldset {
    margin: 0 0 0.75rem;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    font-weight: 600;
    font-size: 0.9rem;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
  }
  .choices label {
    font-weight: normal;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0.75rem 1rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
  }
  .field.wide {
    grid-column: 1 / -1;
  }
  .actions + .field,
  fieldset + .field,
  .field + .field,
  .field + .fields {
    margin-top: 0.75rem;
  }
  .fields .field + .field {
    margin-top: 0;
  }
  input[type='file'] {
    align-self: flex-start;
    max-width: 100%;
  }
  .field.wide select {
    align-self: flex-start;
    max-width: 100%;
  }
  label {
    font-weight: 600;
    font-size: 0.875rem;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--ld-text);
    background: var(--ld-bg);
    border: 1px solid var(--ld-border);
    border-radius: var(--ld-radius);
    padding: 0.35rem 0.5rem;
  }
  textarea {
    width: 100%;
    min-height: 14rem;
    font-family: var(--ld-font-mono);
    font-size: 0.85rem;
    line-height: 1.45;
    resize: vertical;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .row input[type='url'] {
    flex: 1 1 20rem;
  }
  button {
    padding: 0.35rem 0.9rem;
    border: 1px solid var(--ld-border);
    border-radius: var(--ld-radius);
    background: var(--ld-surface);
    cursor: pointer;
  }
  button.primary {
    color: var(--ld-on-accent);
    background: var(--ld-accent);
    border-color: var(--ld-accent);
    font-weight: 600;
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  button.danger {
    color: var(--ld-error);
    border-color: var(--ld-error-border);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    margin-top: 1rem;
  }
  .error {
    color: var(--ld-error);
    font-weight: 600;
  }
  .ok {
    color: var(--ld-text);
    font-weight: 600;
  }
  .preview ol {
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }
  .preview li + li {
    margin-top: 0.5rem;
  }
  .preview .num {
    font-weight: 600;
  }
  .preview .text {
    display: block;
    max-width: var(--ld-measure);
    color: var(--ld-muted);
    font-size: 0.875rem;
  }
  ul.records {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ul.records li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    padding: 0.45rem 0;
  }
  ul.records li + li {
    border-top: 1px solid var(--ld-rule);
  }
  .meta {
    color: var(--ld-muted);
    font-size: 0.85rem;
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5rem;
  }
  /* The import page: a check in progress, a text too long for the box, saving with errors. */
  .check-status:empty {
    margin: 0;
  }
  .progress {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  progress {
    width: 14rem;
    max-width: 40vw;
    height: 0.8rem;
    accent-color: var(--ld-accent);
  }
  .percent {
    min-width: 4ch;
    color: var(--ld-muted);
    font-size: 0.85rem;
    font-variant-numeric: tabular-nums;
  }
  .large-text {
    max-width: var(--ld-measure);
    color: var(--ld-warn);
    font-weight: 600;
  }
  .long-text {
    padding: 0.6rem 0.75rem;
    background: var(--ld-bg);
    border: 1px dashed var(--ld-border);
    border-radius: var(--ld-radius);
  }
  .long-text .label {
    font-weight: 600;
    font-size: 0.875rem;
  }
  .long-text-name {
    font-family: var(--ld-font-mono);
    font-size: 0.85rem;
    overflow-wrap: anywhere;
  }
  .save-errors {
    max-width: var(--ld-measure);
    margin-top: 1rem;
    padding: 0.6rem 0.8rem;
    background: var(--ld-error-bg);
    border: 1px solid var(--ld-error-border);
    border-left-width: 4px;
    border-radius: var(--ld-radius);
  }
  .save-errors p {
    margin: 0 0 0.5rem;
  }
  label.accept {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }
  label.accept input {
    margin-top: 0.2rem;
  }
`;
