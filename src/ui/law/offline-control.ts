/**
 * `<lawdiff-offline-control>`: on a law's page, how much of the law is
 * available offline, with a button that downloads every version (or removes
 * the copy).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { FetchReader } from '../../app/fetch-reader.js';
import { canCache, forgetLawOffline, lawFiles, lawOfflineStatus, makeLawAvailableOffline, type LawOffline } from '../../app/offline.js';
import type { Law } from '../../model/types.js';
import { formatBytes } from '../../present/format.js';
import { strings } from '../../present/strings.js';
import { base } from '../common/theme.js';

@customElement('lawdiff-offline-control')
export class LawdiffOfflineControl extends LitElement {
  static override styles = [
    base,
    css`
      :host {
        display: block;
        font-size: 0.85rem;
        color: var(--ld-muted);
      }
      p {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0.25rem 0.75rem;
        margin: 0;
      }
      button {
        font-size: 0.85rem;
        padding: 0.2rem 0.6rem;
        border: 1px solid var(--ld-border);
        border-radius: var(--ld-radius);
        background: var(--ld-surface);
        color: var(--ld-text);
        cursor: pointer;
      }
      .pending {
        visibility: hidden;
      }
      .done::before {
        content: '✓ ';
        color: var(--ld-accent);
      }
      .error {
        color: var(--ld-danger, #a1232b);
      }
    `,
  ];

  @property({ attribute: false }) reader: FetchReader | undefined;
  @property({ attribute: false }) folder = '';
  @property({ attribute: false }) law: Law | undefined;
  /** Called after a download or removal (the law list's badges follow). */
  @property({ attribute: false }) onChange: (() => void) | undefined;

  @state() private status: LawOffline | undefined;
  @state() private busy: { done: number; total: number } | undefined;
  @state() private error = '';

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('folder') || changed.has('law') || changed.has('reader')) {
      this.status = undefined;
      this.error = '';
      void this.refresh();
    }
  }

  private async refresh(): Promise<void> {
    const { reader, law, folder } = this;
    if (!reader || !law) return;
    // Asked at once, not when the page is idle: the line it shows would push the comparison down after its first rows.
    const status = await lawOfflineStatus(reader, folder, law).catch(() => undefined);
    if (reader === this.reader && law === this.law) this.status = status;
  }

  private async download(): Promise<void> {
    const { reader, law, folder } = this;
    if (!reader || !law) return;
    this.error = '';
    this.busy = { done: 0, total: 0 };
    const r = await makeLawAvailableOffline(reader, folder, law, (done, total) => (this.busy = { done, total }));
    this.busy = undefined;
    if (!r.ok) this.error = strings.offlineFailed(r.message);
    await this.refresh();
    this.onChange?.();
  }

  private async removeCopy(): Promise<void> {
    const { reader, law, folder } = this;
    if (!reader || !law) return;
    await forgetLawOffline(reader, folder, law);
    await this.refresh();
    this.onChange?.();
  }

  override render() {
    if (!canCache()) return html`<p>${strings.offlineUnsupported}</p>`;
    const s = this.status;
    // Until the cache has answered, the line's place is kept (the commonest answer, unseen): appearing after the
    // comparison's first rows, it would push them down.
    if (!s && this.law && this.folder && lawFiles(this.folder, this.law).length > 0) {
      return html`<p class="pending" aria-hidden="true" inert><span>${strings.offlineNone}</span><button type="button" tabindex="-1">${strings.offlineMake}</button></p>`;
    }
    if (!s || s.total === 0) return nothing;
    const complete = s.cached === s.total;
    return html`<p role="status">
        ${this.busy
          ? html`<span>${strings.offlineDownloading(this.busy.done, this.busy.total)}</span>`
          : complete
            ? html`<span class="done">${strings.offlineAvailable(s.total, formatBytes(s.bytes))}</span>`
            : html`<span>${s.cached > 0 ? strings.offlinePartly(s.cached, s.total) : strings.offlineNone}</span>`}
        ${this.busy
          ? nothing
          : complete
            ? html`<button type="button" @click=${this.removeCopy}>${strings.offlineRemove}</button>`
            : html`<button type="button" @click=${this.download}>${strings.offlineMake}</button>`}
      </p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-offline-control': LawdiffOfflineControl;
  }
}
