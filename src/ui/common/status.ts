/** `<lawdiff-status>`: the loading, error and empty states, one look for all of them. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { RetryEvent } from './events.js';
import { strings } from '../../present/strings.js';
import { base } from './theme.js';

export type StatusKind = 'loading' | 'error' | 'empty';

/**
 * A message for a state with nothing else to show. `error` is announced
 * (role=alert) and offers a retry button when `retry` is set; `loading` is a
 * polite live region. Slotted content goes under the message.
 */
@customElement('lawdiff-status')
export class LawdiffStatus extends LitElement {
  static override styles = [
    base,
    css`
      :host {
        display: block;
        margin: 1.5rem 0;
      }
      .box {
        padding: 0.9rem 1.1rem;
        border-radius: var(--ld-radius);
        border: 1px solid var(--ld-border);
        background: var(--ld-surface);
        color: var(--ld-muted);
      }
      .error {
        color: var(--ld-error);
        background: var(--ld-error-bg);
        border-color: var(--ld-error-border);
      }
      .message {
        margin: 0;
        font-weight: 600;
      }
      .detail {
        margin: 0.35rem 0 0;
        font-weight: normal;
        overflow-wrap: anywhere;
      }
      .loading .message::before {
        content: '';
        display: inline-block;
        width: 0.8em;
        height: 0.8em;
        margin-right: 0.5em;
        border: 2px solid currentColor;
        border-right-color: transparent;
        border-radius: 50%;
        vertical-align: -0.05em;
        animation: spin 0.8s linear infinite;
      }
      @keyframes spin {
        to {
          transform: rotate(360deg);
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .loading .message::before {
          animation: none;
        }
      }
      button {
        margin-top: 0.6rem;
        padding: 0.3rem 0.8rem;
        border: 1px solid currentColor;
        border-radius: var(--ld-radius);
        background: transparent;
        cursor: pointer;
      }
    `,
  ];

  @property() kind: StatusKind = 'loading';
  @property() message = '';
  @property() detail = '';
  /** Show a retry button (errors only); it dispatches {@link RetryEvent}. */
  @property({ type: Boolean }) retry = false;

  override render() {
    const role = this.kind === 'error' ? 'alert' : 'status';
    return html`<div class="box ${this.kind}" role=${role}>
      <p class="message">${this.message}</p>
      ${this.detail ? html`<p class="detail">${this.detail}</p>` : nothing}
      <slot></slot>
      ${this.kind === 'error' && this.retry
        ? html`<button type="button" @click=${() => this.dispatchEvent(new RetryEvent())}>${strings.retry}</button>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-status': LawdiffStatus;
  }
}
