/** `<lawdiff-problem-list>`: what could not be loaded, each problem with its file and place. */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Problem } from '../../model/problems.js';
import { problemText, strings } from '../../present/strings.js';
import { base } from './theme.js';
import { isolate } from '../../model/bidi.js';

/** Problems listed at first, and how many more each "Show more" adds: a text can have tens of thousands. */
const FIRST = 200;
const MORE = 1000;
/** Problems above which the list scrolls in its own box (made focusable, so that the keyboard scrolls it). */
const LONG = 12;

/**
 * Lists problems as `file` · `$.json.path` (or line) · message. Errors are
 * shown as a warning box: the page still works, only these files are missing.
 * Lists the first {@link FIRST}, then more on request, so that a text with
 * 20,000 problems renders as fast as one with 20.
 */
@customElement('lawdiff-problem-list')
export class LawdiffProblemList extends LitElement {
  static override styles = [
    base,
    css`
      :host {
        display: block;
      }
      section {
        margin: 0 0 1.25rem;
        padding: 0.75rem 1rem;
        border: 1px solid var(--ld-warn-border);
        border-left-width: 4px;
        border-radius: var(--ld-radius);
        background: var(--ld-warn-bg);
        color: var(--ld-text);
      }
      h2 {
        margin: 0;
        font-size: 1rem;
        color: var(--ld-warn);
      }
      p {
        margin: 0.2rem 0 0;
        color: var(--ld-muted);
        font-size: 0.875rem;
      }
      ul {
        margin: 0.5rem 0 0;
        padding: 0;
        list-style: none;
        font-size: 0.875rem;
      }
      /* A long list scrolls in its box: what follows it (a preview, a Save button) stays near. */
      ul.long {
        max-height: min(24rem, 55vh);
        overflow-y: auto;
        padding-right: 0.5rem;
      }
      li + li {
        margin-top: 0.35rem;
      }
      .where {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .message {
        overflow-wrap: anywhere;
      }
      .more {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0.25rem 0.75rem;
        margin-top: 0.6rem;
      }
      .more p {
        margin: 0;
      }
      button {
        padding: 0.2rem 0.7rem;
        border: 1px solid var(--ld-border);
        border-radius: var(--ld-radius);
        background: var(--ld-surface);
        color: var(--ld-text);
        font: inherit;
        font-size: 0.875rem;
        cursor: pointer;
      }
    `,
  ];

  @property({ attribute: false }) problems: readonly Problem[] = [];
  /** Sentence under the heading, e.g. that the other laws still show. */
  @property() hint = '';
  @property() heading = '';
  /** How many problems are listed. */
  @state() private shown = FIRST;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('problems')) this.shown = FIRST;
  }

  override render() {
    const total = this.problems.length;
    if (total === 0) return nothing;
    const more = Math.min(MORE, total - this.shown);
    return html`<section role="alert" aria-labelledby="h">
      <h2 id="h">${this.heading || strings.problemsHeading(total)}</h2>
      ${this.hint ? html`<p>${this.hint}</p>` : nothing}
      <ul class=${total > LONG ? 'long' : ''} tabindex=${total > LONG ? '0' : nothing} aria-labelledby=${total > LONG ? 'h' : nothing}>
        ${this.problems.slice(0, this.shown).map(
          (p) => {
            const message = problemText(p);
            return html`<li>${this.renderWhere(p, message)}<span class="message">${message}</span>${this.renderExcerpt(p, message)}</li>`;
          },
        )}
      </ul>
      ${more > 0
        ? html`<div class="more">
            <p>${strings.problemsShown(this.shown, total)}</p>
            <button type="button" @click=${() => (this.shown += MORE)}>${strings.problemsMore(more)}</button>
          </div>`
        : nothing}
    </section>`;
  }

  private renderWhere(p: Problem, message: string) {
    const place = p.text.startsWith('$') && !message.includes(p.text) ? ` ${strings.problemAt} ${isolate(p.text)}` : '';
    const line = p.where ? ` (${strings.place(p.where)})` : p.line > 0 ? `:${p.line}${p.column ? `:${p.column}` : ''}` : '';
    if (!p.file && !place && !line) return nothing;
    return html`<span class="where"><code>${p.file ?? ''}${line}</code>${place}:</span> `;
  }

  /** The offending source line of an import problem. */
  private renderExcerpt(p: Problem, message: string) {
    if (!p.text || p.text.startsWith('$') || message.includes(p.text)) return nothing;
    return html` — <q class="excerpt" translate="no">${isolate(p.text)}</q>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-problem-list': LawdiffProblemList;
  }
}
