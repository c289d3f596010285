/**
 * `<lawdiff-version-actions>`: under a version's heading, downloads of its
 * content (lawdiff-version/1 JSON, Akoma Ntoso XML) and, for a version the
 * reader imported, deleting it (after a confirmation).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { libraryActions, type LibraryActions } from '../../app/library-actions.js';
import { isImported } from '../../app/library-reader.js';
import { routeHref } from '../../app/routes.js';
import { exportAkn } from '../../model/akn/export.js';
import type { Law, VersionDoc, VersionInfo } from '../../model/types.js';
import { downloadText } from '../common/download.js';
import { LibraryChangeEvent } from '../common/library-events.js';
import { libraryStyles } from './library.styles.js';
import { strings } from '../../present/strings.js';
import { base } from '../common/theme.js';

@customElement('lawdiff-version-actions')
export class LawdiffVersionActions extends LitElement {
  static override styles = [
    base,
    libraryStyles,
    css`
      .actions {
        margin-top: 0.5rem;
        font-size: 0.85rem;
      }
      button {
        padding: 0.15rem 0.6rem;
      }
    `,
  ];

  @property() folder = '';
  @property({ attribute: false }) law: Law | undefined;
  @property({ attribute: false }) info: VersionInfo | undefined;
  @property({ attribute: false }) doc: VersionDoc | undefined;
  /** The library's writes (on the page's shared connection by default). */
  @property({ attribute: false }) actions: LibraryActions = libraryActions;

  @state() private confirming = false;
  @state() private busy = false;
  @state() private error = '';

  override render() {
    const info = this.info;
    if (!info || !this.doc) return nothing;
    return html`<div class="actions" role="group" aria-label=${strings.exportVersionLabel}>
        <button type="button" class="export-json" @click=${() => this.download('json')}>${strings.exportVersionJson}</button>
        <button type="button" class="export-akn" @click=${() => this.download('akn')}>${strings.exportVersionAkn}</button>
        ${isImported(info) ? this.renderDelete(info) : nothing}
      </div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}`;
  }

  private renderDelete(info: VersionInfo) {
    if (!this.confirming) {
      return html`<button type="button" class="danger delete" @click=${() => this.ask()}>${strings.deleteVersion}</button>`;
    }
    return html`<span class="confirm" role="group" aria-label=${strings.deleteVersion}>
      <span>${strings.confirmDeleteVersion(info.label)}</span>
      <button type="button" class="danger confirm-delete" ?disabled=${this.busy} @click=${() => void this.deleteVersion(info)}>${strings.confirmDelete}</button>
      <button type="button" @click=${() => (this.confirming = false)}>${strings.cancel}</button>
    </span>`;
  }

  private ask(): void {
    this.confirming = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button.confirm-delete')?.focus());
  }

  private download(kind: 'json' | 'akn'): void {
    const { doc, info, law } = this;
    if (!doc || !info || !law) return;
    const name = `${this.folder}-${info.id}`;
    if (kind === 'json') {
      downloadText(this.renderRoot, `${name}.json`, `${JSON.stringify(doc, null, 2)}\n`, 'application/json;charset=utf-8');
      return;
    }
    try {
      const xml = exportAkn(doc, { lawId: law.id, versionId: info.id, date: info.date, label: info.label, jurisdiction: law.jurisdiction });
      downloadText(this.renderRoot, `${name}.akn.xml`, xml, 'application/xml;charset=utf-8');
    } catch (e) {
      this.error = `${strings.exportFailed} ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  private async deleteVersion(info: VersionInfo): Promise<void> {
    this.busy = true;
    this.error = '';
    try {
      const r = await this.actions.deleteVersion(this.folder, info.id);
      if (!r.ok) {
        this.error = strings.cannotSave[r.problem] ?? r.detail;
        return;
      }
      this.confirming = false;
      this.dispatchEvent(new LibraryChangeEvent(routeHref({ kind: 'law', folder: this.folder })));
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-version-actions': LawdiffVersionActions;
  }
}
