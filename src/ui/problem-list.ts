/** `<lawdiff-problem-list>`: what could not be loaded, each problem with its file and place. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Problem } from '../model/problems.js';
import { strings } from './strings.js';
import { base } from './theme.js';

/**
 * Lists problems as `file` · `$.json.path` (or line) · message. Errors are
 * shown as a warning box: the page still works, only these files are missing.
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
    `,
  ];

  @property({ attribute: false }) problems: readonly Problem[] = [];
  /** Sentence under the heading, e.g. that the other laws still show. */
  @property() hint = '';
  @property() heading = '';

  override render() {
    if (this.problems.length === 0) return nothing;
    return html`<section role="alert" aria-labelledby="h">
      <h2 id="h">${this.heading || strings.problemsHeading(this.problems.length)}</h2>
      ${this.hint ? html`<p>${this.hint}</p>` : nothing}
      <ul>
        ${this.problems.map(
          (p) =>
            html`<li>
              ${this.renderWhere(p)}<span class="message">${p.message}</span>${this.renderExcerpt(p)}
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderWhere(p: Problem) {
    const place = p.text.startsWith('$') && !p.message.startsWith(p.text) ? ` ${strings.problemAt} ${p.text}` : '';
    const line = p.line > 0 ? `:${p.line}${p.column ? `:${p.column}` : ''}` : '';
    if (!p.file && !place && !line) return nothing;
    return html`<span class="where"><code>${p.file ?? ''}${line}</code>${place}:</span> `;
  }

  /** The offending source line of an import problem. */
  private renderExcerpt(p: Problem) {
    if (!p.text || p.text.startsWith('$') || p.message.includes(p.text)) return nothing;
    return html` — <q class="excerpt">${p.text}</q>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-problem-list': LawdiffProblemList;
  }
}
