/**
 * `<lawdiff-import-page>`: a new law from a text (`#/import`), or a new
 * version of a law (`#/law/<folder>/add`). The text is pasted, uploaded (a
 * Word document too, read from its bytes in the worker) or fetched from an address; it is imported here, in the browser, and its
 * problems (with line numbers) and a preview are shown before anything is
 * saved. The check runs in a worker (src/app/import.worker.ts) with a progress
 * bar and a Cancel button. Warnings do not block saving; errors block it until
 * the reader confirms having seen them; a text with no article cannot be
 * saved. A text too long for a text box (a whole code, or ten) is kept out of
 * it, and its size is said up front. The sections are drawn by
 * import-fields.ts, import-source.ts and import-result.ts; saving goes through
 * the library actions (src/app/library-actions.ts).
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { TextFetcher } from '../../app/fetch-text.js';
import { checkBytesInWorker, checkInWorker, fetchInWorker, type CheckOptions } from '../../app/import-client.js';
import { saveVerdict, type CheckReport } from '../../app/import-protocol.js';
import { libraryActions, type LibraryActions } from '../../app/library-actions.js';
import { routeHref } from '../../app/routes.js';
import { isolate } from '../../model/bidi.js';
import type { LoadedLaw } from '../../model/collection.js';
import type { SourceFormat } from '../../model/types.js';
import { languageProblem, versionFieldsProblem } from '../../present/import-text.js';
import { whyNot } from '../../app/library-messages.js';
import { strings, uiLanguage } from '../../present/strings.js';
import { lawTitle } from '../../present/titles.js';
import type { DbProblem } from '../../store/db.js';
import { LibraryChangeEvent } from '../common/library-events.js';
import { base } from '../common/theme.js';
import { renderLawFields, renderVersionFields } from './import-fields.js';
import { renderProgress, renderResult } from './import-result.js';
import { renderSource, type Source } from './import-source.js';
import { libraryStyles } from './library.styles.js';
import { ImportText, type ImportDocument } from './import-text-state.js';
import { UrlFetchController } from './url-fetch-controller.js';

/** The inputs a check was made with: a change to any of them makes the check stale. */
interface Checked {
  text: string;
  document: ImportDocument | undefined;
  format: SourceFormat | '';
  language: string;
  report: CheckReport;
}

@customElement('lawdiff-import-page')
export class LawdiffImportPage extends LitElement {
  static override styles = [base, libraryStyles];

  /** The law a version is added to; undefined to make a new law. */
  @property({ attribute: false }) law: LoadedLaw | undefined;
  /** Folders of every law in the collection: a new law's folder is none of them. */
  @property({ attribute: false }) folders: readonly string[] = [];
  /** The library's writes (on the page's shared connection by default). */
  @property({ attribute: false }) actions: LibraryActions = libraryActions;
  /** Fetches a text from an address: in the import worker, as the page's Content Security Policy allows it its own origin only (docs/decisions/008). */
  @property({ attribute: false }) fetchText: TextFetcher = fetchInWorker;

  @state() private source: Source = 'paste';
  @state() private url = '';
  @state() private format: SourceFormat | '' = '';
  @state() private language = '';
  /** Why the typed language tag cannot be used, or "". */
  @state() private languageProblem = '';
  @state() private fields = { label: '', stage: '', date: '' };
  @state() private newTitle = '';
  @state() private jurisdiction = '';
  @state() private checked: Checked | undefined;
  /** A check running in the worker, and how far it is. */
  @state() private checking: { fraction: number } | undefined;
  /** Said politely after a check was cancelled. */
  @state() private status = '';
  /** The reader confirmed saving a text whose check found errors. */
  @state() private acceptErrors = false;
  @state() private formError = '';
  @state() private saving = false;
  @state() private saveError = '';
  /** Why nothing can be saved in this browser, once known. */
  @state() private storageProblem: DbProblem | undefined;

  /** The text to import, and where it came from. */
  private readonly input = new ImportText(this);
  private readonly fetcher = new UrlFetchController(this, () => this.fetchText);
  /** Cancels the running check. */
  private abort: AbortController | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.actions.storageProblem().then((problem) => (this.storageProblem = problem));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The reader went elsewhere: stop the worker too (the fetch stops with its controller).
    this.abort?.abort();
  }

  private get effectiveLanguage(): string {
    return this.language.trim() || this.law?.law.language || '';
  }

  private get stale(): boolean {
    const c = this.checked;
    return !!c && (c.text !== this.input.text || c.document !== this.input.document || c.format !== this.format || c.language !== this.effectiveLanguage);
  }

  override render() {
    const law = this.law;
    const title = law ? lawTitle(law.law, uiLanguage) : undefined;
    const c = this.checked;
    return html`${law && title ? html`<p class="law-name"><a href=${routeHref({ kind: 'law', folder: law.folder })} lang=${title.lang}>${isolate(title.text)}</a></p>` : nothing}
      <p class="intro">${strings.importIntro}</p>
      ${this.storageProblem ? html`<p class="error storage" role="alert">${whyNot(this.storageProblem)}</p>` : nothing}
      <form @submit=${(e: Event) => e.preventDefault()} novalidate>
        ${law
          ? nothing
          : renderLawFields({ title: this.newTitle, jurisdiction: this.jurisdiction, setTitle: (v) => (this.newTitle = v), setJurisdiction: (v) => (this.jurisdiction = v) })}
        ${this.renderSource()} ${renderVersionFields({ ...this.fields, set: (field, value) => (this.fields = { ...this.fields, [field]: value }) })}
        <div class="actions">
          <button type="button" class="check" ?disabled=${!!this.checking} @click=${() => void this.check()}>${strings.checkText}</button>
          ${this.checking ? renderProgress(this.checking.fraction, this.cancel) : html`<span class="hint">${strings.checkHint}</span>`}
        </div>
        <p class="hint check-status" role="status">${this.checking ? strings.checking : this.status}</p>
        ${this.formError ? html`<p class="error form-error" role="alert">${this.formError}</p>` : nothing}
      </form>
      ${c
        ? renderResult({
            report: c.report,
            verdict: saveVerdict(c.report),
            blocked: !this.savable(),
            stale: this.stale,
            acceptErrors: this.acceptErrors,
            saving: this.saving,
            saveError: this.saveError,
            storageProblem: !!this.storageProblem,
            setAcceptErrors: (accept) => (this.acceptErrors = accept),
            save: () => void this.save(),
          })
        : nothing}`;
  }

  private renderSource() {
    return renderSource({
      source: this.source,
      input: this.input,
      url: this.url,
      fetching: this.fetcher.state,
      format: this.format,
      language: this.language,
      languageProblem: this.languageProblem,
      lawLanguage: this.law?.law.language ?? '',
      setSource: (v) => (this.source = v),
      setUrl: (v) => (this.url = v),
      setFormat: (v) => (this.format = v),
      setLanguage: (v) => (this.language = v),
      fetchUrl: () => void this.fetchUrl(),
      cancelFetch: () => this.fetcher.cancel(),
      clearText: this.clearText,
    });
  }

  private readonly clearText = (): void => {
    this.input.clear();
    const file = this.renderRoot.querySelector<HTMLInputElement>('#file');
    if (file) file.value = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#text')?.focus());
  };

  private readonly cancel = (): void => {
    this.abort?.abort();
  };

  /** Fetches the text at the address typed, in place of the text there was. */
  private async fetchUrl(): Promise<void> {
    const end = await this.fetcher.fetch(this.url, { has: (selector) => this.hasFocus(selector), move: (selector) => void this.updateComplete.then(() => this.focusOn(selector)) });
    if (end?.fetched) this.input.fetched(end.fetched.text, end.fetched.href, end.fetched.data);
  }

  /**
   * Imports the text as it is now, in the worker; shows its problems and a preview. Stores
   * nothing. Cancelled, it leaves the page as it was before (the last check's result included).
   */
  private async check(): Promise<void> {
    if (this.checking) return;
    this.saveError = '';
    this.status = '';
    if (!this.input.text.trim() && !this.input.document) {
      this.formError = strings.needText;
      this.checked = undefined;
      return;
    }
    this.formError = '';
    this.languageProblem = languageProblem(this.language);
    if (this.languageProblem) return;
    const { text, origin, document } = this.input;
    const format = this.format;
    const language = this.effectiveLanguage;
    const options: CheckOptions = { fileName: origin || strings.pastedText };
    if (language) options.language = language;
    if (format) options.format = format;
    const abort = new AbortController();
    this.abort = abort;
    const fromCheck = this.hasFocus('button.check');
    this.checking = { fraction: 0 };
    // The Check button is disabled while it runs: the keyboard focus goes to Cancel, and comes back after.
    if (fromCheck) void this.updateComplete.then(() => this.focusOn('button.cancel'));
    try {
      const progress = (fraction: number): void => void (this.checking = { fraction });
      // A document goes as a copy of its bytes (transferred to the worker), so it can be checked again.
      const report = document ? await checkBytesInWorker(document.bytes.slice(0), options, progress, abort.signal) : await checkInWorker(text, options, progress, abort.signal);
      this.checked = { text, document, format, language, report };
      this.acceptErrors = false;
      if (!this.law && !this.newTitle.trim() && report.title) this.newTitle = report.title;
      const focus = this.hasFocus('button.cancel');
      void this.updateComplete.then(() => {
        this.renderRoot.querySelector<HTMLElement>('#preview-h')?.scrollIntoView({ block: 'start' });
        if (focus) this.focusOn('#preview-h', true);
      });
    } catch (e) {
      if (abort.signal.aborted) this.status = strings.checkCancelled;
      else this.formError = strings.checkFailed(e instanceof Error ? e.message : String(e));
      if (abort.signal.aborted || this.hasFocus('button.cancel')) void this.updateComplete.then(() => this.focusOn('button.check'));
    } finally {
      this.abort = undefined;
      this.checking = undefined;
    }
  }

  /** Whether the element matching `selector` has the keyboard focus. */
  private hasFocus(selector: string): boolean {
    return !!(this.renderRoot as ShadowRoot).activeElement?.matches(selector);
  }

  private focusOn(selector: string, preventScroll = false): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus({ preventScroll });
  }

  /** Whether the checked text may be saved now: readable, its errors accepted, unchanged since, and no check running. */
  private savable(): boolean {
    const verdict = this.checked && saveVerdict(this.checked.report);
    return !!verdict && verdict !== 'unreadable' && (verdict !== 'errors' || this.acceptErrors) && !this.stale && !this.checking;
  }

  /** Stores the checked version (and the new law) in the library, then asks the app to show it. */
  private async save(): Promise<void> {
    const c = this.checked;
    if (!c || !this.savable() || this.saving) return;
    const { label, stage, date } = this.fields;
    const wrong = versionFieldsProblem({ newLaw: !this.law, title: this.newTitle, label, date });
    if (wrong) {
      this.saveError = wrong;
      return;
    }
    this.saving = true;
    this.saveError = '';
    try {
      const law = this.law;
      const target = law
        ? { kind: 'version' as const, folder: law.folder, taken: law.law.versions.map((v) => v.id) }
        : { kind: 'law' as const, title: this.newTitle, jurisdiction: this.jurisdiction, language: this.effectiveLanguage, taken: this.folders };
      const r = await this.actions.saveImport(target, { label, stage, date, source: this.input.origin || undefined }, c.report);
      if (!r.ok) {
        if (r.unopened) this.storageProblem = r.problem;
        this.saveError = whyNot(r.problem);
        return;
      }
      this.dispatchEvent(new LibraryChangeEvent(routeHref({ kind: 'version', folder: r.value.folder, version: r.value.versionId, target: undefined })));
    } finally {
      this.saving = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-import-page': LawdiffImportPage;
  }
}
