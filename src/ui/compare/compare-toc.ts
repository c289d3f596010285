/**
 * `<lawdiff-compare-toc>`: the table of contents beside the rows — the
 * divisions of the comparison, inserted ones marked `+` and deleted ones
 * struck through. A click asks the comparison view to bring the division's
 * heading to the top ({@link JumpEvent}). The view places and sizes the host.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { TocEntry } from '../../present/compare-model.js';
import { strings } from '../../present/strings.js';
import { isolate } from '../../model/bidi.js';
import { JumpEvent } from '../common/events.js';
import { base } from '../common/theme.js';

const tocStyles = css`
  :host { display: block; }
  ol { list-style: none; margin: 0; padding: 0; }
  li { margin: 0.15rem 0; }
  li.depth-1 { padding-left: 0.9rem; }
  li.depth-2, li.depth-3 { padding-left: 1.8rem; }
  li.status-inserted a::after { content: ' +'; color: var(--ld-ins); }
  li.status-deleted a { text-decoration: line-through; }
  a { color: var(--ld-text); text-decoration: none; }
  a:hover { text-decoration: underline; }
`;

@customElement('lawdiff-compare-toc')
export class LawdiffCompareToc extends LitElement {
  static override styles = [base, tocStyles];

  @property({ attribute: false }) entries: readonly TocEntry[] = [];

  override render() {
    return html`<nav aria-label=${strings.contents}>
      <h2 class="section-label">${strings.contents}</h2>
      <ol>
        ${this.entries.map(
          (t) => html`<li class="depth-${Math.min(t.depth, 3)} status-${t.status}">
            <a href="#" @click=${(e: Event) => {
              e.preventDefault();
              this.dispatchEvent(new JumpEvent(t.key));
            }} translate="no">${isolate(t.title)}</a>
          </li>`,
        )}
      </ol>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-compare-toc': LawdiffCompareToc;
  }
}
