/**
 * `<lawdiff-link-import-offer>`: what a link to a law or reading imported in
 * another browser opens. It says what the link is to and why it is not here;
 * when the link carries the addresses the texts were imported from, it lists
 * them and offers to import them from there — fetching nothing until the
 * reader has confirmed — then opens the link.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { fetchWhy } from '../../app/fetch-messages.js';
import { MAX_TEXT_BYTES, type TextFetcher } from '../../app/fetch-text.js';
import { checkInWorker, fetchInWorker } from '../../app/import-client.js';
import { saveVerdict, type CheckReport } from '../../app/import-protocol.js';
import { libraryActions, type CheckedVersion, type LibraryActions } from '../../app/library-actions.js';
import type { VersionDoc } from '../../model/types.js';
import type { LinkOrigin } from '../../app/link-import.js';
import { lawTitle } from '../../present/titles.js';
import { formatBytes } from '../../present/format.js';
import { LibraryChangeEvent } from '../common/library-events.js';
import { problemText, strings, uiLanguage } from '../../present/strings.js';
import { base } from '../common/theme.js';
import { isolate } from '../../model/bidi.js';

/** `read`: bytes of the current text fetched so far (undefined while it is being checked). */
type Step = { kind: 'offer' } | { kind: 'confirm' } | { kind: 'importing'; label: string; read: number | undefined } | { kind: 'failed'; message: string };

@customElement('lawdiff-link-import-offer')
export class LawdiffLinkImportOffer extends LitElement {
  static override styles = [
    base,
    css`
      :host { display: block; margin: 1rem 0; }
      .box { border: 1px solid var(--ld-border); border-radius: var(--ld-radius); background: var(--ld-surface); padding: 0.8rem 1rem; max-width: 46rem; }
      h2 { font-size: 1.05rem; margin: 0 0 0.5rem; }
      p { margin: 0.4rem 0; }
      ul { margin: 0.4rem 0; padding-left: 1.2rem; }
      li { overflow-wrap: anywhere; }
      .url { font-family: var(--ld-font-mono, monospace); font-size: 0.85rem; }
      .actions { display: flex; gap: 0.6rem; flex-wrap: wrap; margin-top: 0.6rem; }
      button { font: inherit; padding: 0.35rem 0.8rem; border: 1px solid var(--ld-border); border-radius: var(--ld-radius); background: var(--ld-surface); color: var(--ld-text); cursor: pointer; }
      button.primary { background: var(--ld-accent); border-color: var(--ld-accent); color: var(--ld-on-accent, #fff); }
      .error { color: var(--ld-del, #b3261e); }
      .progress { display: flex; gap: 0.6rem; align-items: center; flex-wrap: wrap; }
    `,
  ];

  /** The folder the link names. */
  @property() folder = '';
  /** True when the law is here and only a reading is missing (a reading imported into a shipped law). */
  @property({ type: Boolean }) lawExists = false;
  /** The readings the link names that are not here. */
  @property({ attribute: false }) missing: readonly string[] = [];
  /** What the link says about where the texts came from, if anything. */
  @property({ attribute: false }) origin: LinkOrigin | undefined;
  /** Where to go once imported: the link without its origin. */
  @property() href = '';
  /** The library's writes (on the page's shared connection by default). */
  @property({ attribute: false }) actions: LibraryActions = libraryActions;
  /** Fetches a text from an address (at most 32 MB, within 60 s; see src/app/fetch-text.ts). */
  @property({ attribute: false }) fetchText: TextFetcher = fetchInWorker;

  @state() private step: Step = { kind: 'offer' };
  /** Cancels the fetch running. */
  private abort: AbortController | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  override render() {
    const origin = this.origin;
    const title = origin?.title ? lawTitle({ id: this.folder, title: origin.title, language: origin.language ?? '', jurisdiction: origin.jurisdiction ?? '', versions: [] }, uiLanguage) : undefined;
    const fetchable = origin?.versions.filter((v) => this.missing.includes(v.id) || !this.lawExists) ?? [];
    const unreachable = this.missing.filter((id) => !fetchable.some((v) => v.id === id));
    return html`<div class="box" role="region" aria-labelledby="offer-heading">
      <h2 id="offer-heading">${this.lawExists ? strings.linkVersionElsewhere : strings.linkLawElsewhere}</h2>
      ${title ? html`<p><bdi lang=${title.lang}>${isolate(title.text)}</bdi></p>` : nothing}
      <p>${strings.linkKeptLocally}</p>
      ${fetchable.length > 0
        ? html`<p>${strings.linkOriginList(fetchable.length)}</p>
            <ul>
              ${fetchable.map((v) => html`<li><bdi>${isolate(v.label)}</bdi>: <span class="url">${isolate(v.url)}</span></li>`)}
            </ul>
            ${unreachable.length > 0 ? html`<p>${strings.linkSomeUnreachable}</p>` : nothing} ${this.renderStep(fetchable.length)}`
        : html`<p>${strings.linkAskSender}</p>`}
    </div>`;
  }

  private renderStep(n: number): unknown {
    const step = this.step;
    switch (step.kind) {
      case 'offer':
        return html`<div class="actions"><button type="button" class="primary" @click=${() => this.go({ kind: 'confirm' })}>${strings.linkImportOffer(n)}</button></div>`;
      case 'confirm':
        return html`<p role="alert">${strings.linkImportConfirm(n)}</p>
          <div class="actions">
            <button type="button" class="primary" @click=${() => void this.importAll()}>${strings.linkImportYes}</button>
            <button type="button" @click=${() => this.go({ kind: 'offer' })}>${strings.cancel}</button>
          </div>`;
      case 'importing':
        return html`<p role="status">${strings.linkImporting(step.label)}</p>
          ${step.read !== undefined
            ? html`<p class="progress">
                <progress max=${MAX_TEXT_BYTES} .value=${step.read} aria-label=${strings.linkImporting(step.label)}></progress>
                <span class="bytes">${strings.urlProgress(formatBytes(step.read), formatBytes(MAX_TEXT_BYTES))}</span>
                <button type="button" class="cancel" @click=${() => this.abort?.abort()}>${strings.urlCancel}</button>
              </p>`
            : nothing}`;
      case 'failed':
        return html`<p class="error" role="alert">${step.message}</p>
          <div class="actions"><button type="button" @click=${() => this.go({ kind: 'confirm' })}>${strings.retry}</button></div>`;
      default: {
        const never: never = step;
        return never;
      }
    }
  }

  private go(step: Step): void {
    this.step = step;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.actions button')?.focus());
  }

  /** Fetches and checks every text first, then saves them all; nothing is saved when one fails. */
  private async importAll(): Promise<void> {
    const origin = this.origin;
    if (!origin) return;
    const wanted = origin.versions.filter((v) => this.missing.includes(v.id) || !this.lawExists);
    const checked: CheckedVersion[] = [];
    for (const v of wanted) {
      this.step = { kind: 'importing', label: v.label, read: 0 };
      // At most 32 MB after decompression, within 60 s, cancellable; in the charset the server names.
      const abort = new AbortController();
      this.abort = abort;
      const fetched = await this.fetchText(v.url, { signal: abort.signal, onProgress: (read) => abort.signal.aborted || (this.step = { kind: 'importing', label: v.label, read }) });
      this.abort = undefined;
      if (!fetched.ok) {
        this.go({ kind: 'failed', message: strings.linkFetchFailed(v.url, fetchWhy(fetched.failure)) });
        return;
      }
      const text = fetched.value.text;
      this.step = { kind: 'importing', label: v.label, read: undefined };
      // Checked as the import page checks a text: in the import worker, off the page's thread.
      let report: CheckReport;
      try {
        report = await checkInWorker(text, { fileName: v.url, ...(origin.language ? { language: origin.language } : {}) }, () => undefined);
      } catch (e) {
        this.step = { kind: 'failed', message: strings.linkUnreadable(v.url, e instanceof Error ? e.message : String(e)) };
        return;
      }
      if (saveVerdict(report) === 'unreadable') {
        const first = report.problems.find((p) => p.severity === 'error');
        this.step = { kind: 'failed', message: strings.linkUnreadable(v.url, first ? `${first.line > 0 ? `${first.line}: ` : ''}${problemText(first)}` : '') };
        return;
      }
      const doc = JSON.parse(report.docJson) as VersionDoc;
      checked.push({ info: { id: v.id, label: v.label, stage: v.stage ?? '', date: v.date ?? '', source: v.url }, doc, problems: report.problems });
    }
    if (!this.lawExists && checked.length === 0) return;
    const law = this.lawExists ? undefined : { id: this.folder, title: origin.title ?? { [uiLanguage]: this.folder }, jurisdiction: origin.jurisdiction ?? '', language: origin.language };
    const saved = await this.actions.saveFromLink(this.folder, law, checked);
    if (!saved.ok) {
      this.step = { kind: 'failed', message: strings.cannotSave[saved.problem] ?? saved.problem };
      return;
    }
    this.dispatchEvent(new LibraryChangeEvent(this.href));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-link-import-offer': LawdiffLinkImportOffer;
  }
}
