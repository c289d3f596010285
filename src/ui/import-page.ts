/**
 * `<lawdiff-import-page>`: a new law from a text (`#/import`), or a new
 * version of a law (`#/law/<folder>/add`). The text is pasted, uploaded or
 * fetched from an address; it is imported here, in the browser, and its
 * problems (with line numbers) and a preview are shown before anything is
 * saved. Errors block saving, warnings do not.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { openBrowserLibrary, type OpenLibrary } from '../app/library-reader.js';
import { routeHref } from '../app/routes.js';
import { lawTitle } from '../app/titles.js';
import type { LoadedLaw } from '../model/collection.js';
import { articleText, listArticles } from '../model/doc.js';
import { detectFormat, FORMAT_NAMES, importSource, isSourceFormat, type ImportOptions, type ImportResult } from '../model/import/index.js';
import { SourceFormats, type SourceFormat } from '../model/types.js';
import type { DbProblem } from '../store/db.js';
import { addVersion, createLaw, newLawFolder, newVersionId } from '../store/library.js';
import { formatBytes } from './format.js';
import { LibraryChangeEvent } from './library-events.js';
import { libraryStyles } from './library.styles.js';
import './problem-list.js';
import { strings, uiLanguage } from './strings.js';
import { base } from './theme.js';

/** Where the text comes from. */
type Source = 'paste' | 'file' | 'url';

type Fetching = { status: 'idle' } | { status: 'pending' } | { status: 'error'; message: string } | { status: 'done'; message: string };

/** The inputs a check was made with: a change to any of them makes the check stale. */
interface Checked {
  text: string;
  format: SourceFormat | '';
  language: string;
  result: ImportResult;
}

const PREVIEW = 5;
const ACCEPT = '.txt,.md,.markdown,.xml,.json,text/plain,text/markdown,application/xml,text/xml,application/json';

/** The first `max` characters of a text, cut at a word where possible. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/u, '')}…`;
}

/** Why nothing could be saved, for a library problem. */
const whyNot = (problem: string): string => strings.cannotSave[problem] ?? problem;

/** The part of a BCP 47 tag a title is stored under (`zh` for `zh-Hans`). */
const titleKey = (language: string): string => language.toLowerCase().split('-')[0] || uiLanguage;

@customElement('lawdiff-import-page')
export class LawdiffImportPage extends LitElement {
  static override styles = [base, libraryStyles];

  /** The law a version is added to; undefined to make a new law. */
  @property({ attribute: false }) law: LoadedLaw | undefined;
  /** Folders of every law in the collection: a new law's folder is none of them. */
  @property({ attribute: false }) folders: readonly string[] = [];
  /** Opens the library's database (the page's shared connection by default). */
  @property({ attribute: false }) open: OpenLibrary = openBrowserLibrary;

  @state() private source: Source = 'paste';
  @state() private text = '';
  /** The file name or address the text came from ("" when pasted). */
  @state() private origin = '';
  @state() private fileMessage = '';
  @state() private url = '';
  @state() private fetching: Fetching = { status: 'idle' };
  @state() private format: SourceFormat | '' = '';
  @state() private language = '';
  @state() private label = '';
  @state() private stage = '';
  @state() private date = '';
  @state() private newTitle = '';
  @state() private jurisdiction = '';
  @state() private checked: Checked | undefined;
  @state() private formError = '';
  @state() private saving = false;
  @state() private saveError = '';
  /** Why nothing can be saved in this browser, once known. */
  @state() private storageProblem: DbProblem | undefined;

  private detected: { text: string; format: SourceFormat | undefined } = { text: '', format: undefined };

  override connectedCallback(): void {
    super.connectedCallback();
    void this.open().then((r) => {
      this.storageProblem = r.ok ? undefined : r.problem;
    });
  }

  private get fileName(): string {
    return this.origin || strings.pastedText;
  }

  private get effectiveLanguage(): string {
    return this.language.trim() || this.law?.law.language || '';
  }

  private get stale(): boolean {
    const c = this.checked;
    return !!c && (c.text !== this.text || c.format !== this.format || c.language !== this.effectiveLanguage);
  }

  private detectedFormat(): SourceFormat | undefined {
    if (this.detected.text !== this.text) this.detected = { text: this.text, format: this.text.trim() ? detectFormat(this.text, this.origin) : undefined };
    return this.detected.format;
  }

  override render() {
    const law = this.law;
    const title = law ? lawTitle(law.law, uiLanguage) : undefined;
    return html`${law && title ? html`<p class="law-name"><a href=${routeHref({ kind: 'law', folder: law.folder })} lang=${title.lang}>${title.text}</a></p>` : nothing}
      <p class="intro">${strings.importIntro}</p>
      ${this.storageProblem ? html`<p class="error storage" role="alert">${whyNot(this.storageProblem)}</p>` : nothing}
      <form @submit=${(e: Event) => e.preventDefault()} novalidate>
        ${law ? nothing : this.renderLawFields()} ${this.renderSource()} ${this.renderVersionFields()}
        <div class="actions">
          <button type="button" class="check" @click=${() => this.check()}>${strings.checkText}</button>
          <span class="hint">${strings.checkHint}</span>
        </div>
        ${this.formError ? html`<p class="error form-error" role="alert">${this.formError}</p>` : nothing}
      </form>
      ${this.renderResult()}`;
  }

  private renderLawFields() {
    return html`<section aria-labelledby="law-h">
      <h2 id="law-h">${strings.importLawHeading}</h2>
      <div class="fields">
        <div class="field wide">
          <label for="title">${strings.titleField}</label>
          <input id="title" name="title" .value=${this.newTitle} @input=${(e: Event) => (this.newTitle = (e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="jurisdiction">${strings.jurisdictionField}</label>
          <input id="jurisdiction" name="jurisdiction" .value=${this.jurisdiction} aria-describedby="jurisdiction-hint"
            @input=${(e: Event) => (this.jurisdiction = (e.target as HTMLInputElement).value)} />
          <span class="hint" id="jurisdiction-hint">${strings.jurisdictionHint}</span>
        </div>
      </div>
    </section>`;
  }

  private renderSource() {
    const choice = (value: Source, label: string) =>
      html`<label><input type="radio" name="source" value=${value} .checked=${this.source === value} @change=${() => (this.source = value)} /> ${label}</label>`;
    const detected = this.detectedFormat();
    return html`<section aria-labelledby="text-h">
      <h2 id="text-h">${strings.importSourceHeading}</h2>
      <fieldset>
        <legend>${strings.sourceKind}</legend>
        <div class="choices">${choice('paste', strings.sourcePaste)} ${choice('file', strings.sourceFile)} ${choice('url', strings.sourceUrl)}</div>
      </fieldset>
      ${this.source === 'file' ? this.renderFile() : this.source === 'url' ? this.renderUrl() : nothing}
      <div class="field wide">
        <label for="text">${strings.pasteLabel}</label>
        <textarea id="text" name="text" spellcheck="false" .value=${this.text} @input=${this.onTextInput}></textarea>
      </div>
      <div class="fields">
        <div class="field wide">
          <label for="format">${strings.formatField}</label>
          <select id="format" name="format" @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            this.format = isSourceFormat(v) ? v : '';
          }}>
            <option value="" ?selected=${this.format === ''}>${detected ? `${strings.formatDetect} (${FORMAT_NAMES[detected]})` : strings.formatDetect}</option>
            ${SourceFormats.map((f) => html`<option value=${f} ?selected=${this.format === f}>${FORMAT_NAMES[f]}</option>`)}
          </select>
          ${this.text.trim() && !detected && !this.format ? html`<span class="hint">${strings.formatUnknown}</span>` : nothing}
        </div>
        <div class="field">
          <label for="language">${strings.languageField}</label>
          <input id="language" name="language" .value=${this.language} placeholder=${this.law?.law.language ?? ''} aria-describedby="language-hint"
            @input=${(e: Event) => (this.language = (e.target as HTMLInputElement).value)} />
          <span class="hint" id="language-hint">${strings.languageHint}</span>
        </div>
      </div>
    </section>`;
  }

  private renderFile() {
    return html`<div class="field wide">
      <label for="file">${strings.fileLabel}</label>
      <input id="file" name="file" type="file" accept=${ACCEPT} @change=${this.onFile} />
      ${this.fileMessage ? html`<span class="hint file-message" role="status">${this.fileMessage}</span>` : nothing}
    </div>`;
  }

  private renderUrl() {
    const f = this.fetching;
    return html`<div class="field wide">
      <label for="url">${strings.urlLabel}</label>
      <div class="row">
        <input id="url" name="url" type="url" inputmode="url" placeholder="https://" .value=${this.url} aria-describedby="url-hint"
          @input=${(e: Event) => (this.url = (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && void this.fetchUrl()} />
        <button type="button" class="fetch" ?disabled=${f.status === 'pending'} @click=${() => void this.fetchUrl()}>
          ${f.status === 'pending' ? strings.urlFetching : strings.urlFetch}
        </button>
      </div>
      <span class="hint" id="url-hint">${strings.urlHint}</span>
      ${f.status === 'error' ? html`<p class="error url-error" role="alert">${f.message}</p>` : nothing}
      ${f.status === 'done' ? html`<p class="hint url-message" role="status">${f.message}</p>` : nothing}
    </div>`;
  }

  private renderVersionFields() {
    const input = (id: string, label: string, value: string, set: (v: string) => void, type = 'text', hint = '') =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        <input id=${id} name=${id} type=${type} .value=${value} list=${id === 'stage' ? 'stages' : nothing}
          aria-describedby=${hint ? `${id}-hint` : nothing} @input=${(e: Event) => set((e.target as HTMLInputElement).value)} />
        ${hint ? html`<span class="hint" id=${`${id}-hint`}>${hint}</span>` : nothing}
      </div>`;
    return html`<section aria-labelledby="version-h">
      <h2 id="version-h">${strings.importVersionHeading}</h2>
      <div class="fields">
        ${input('label', strings.labelField, this.label, (v) => (this.label = v), 'text', strings.labelHint)}
        ${input('stage', strings.stageField, this.stage, (v) => (this.stage = v))}
        ${input('date', strings.dateField, this.date, (v) => (this.date = v), 'date')}
      </div>
      <datalist id="stages">${Object.entries(strings.stage).map(([value, name]) => html`<option value=${value}>${name}</option>`)}</datalist>
    </section>`;
  }

  private renderResult() {
    const c = this.checked;
    if (!c) return nothing;
    const { result } = c;
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    const warnings = result.problems.length - errors;
    const articles = listArticles(result.doc);
    const blocked = !result.ok || this.stale;
    return html`<section class="result" aria-labelledby="preview-h">
      <h2 id="preview-h">${strings.previewHeading}</h2>
      <lawdiff-problem-list .problems=${result.problems} heading=${strings.importProblems(errors, warnings)}></lawdiff-problem-list>
      ${result.ok || articles.length > 0
        ? html`<div class="preview">
            <p class="summary">${articles.length > 0 ? strings.previewSummary(articles.length, FORMAT_NAMES[result.format]) : strings.previewNoArticles}</p>
            <ol lang=${result.doc.language || nothing}>
              ${articles.slice(0, PREVIEW).map(
                ({ article }) => html`<li>
                  <span class="num">${article.label}</span>${article.heading ? html` <span class="heading">${article.heading}</span>` : nothing}
                  <span class="text">${clip(articleText(article), 160)}</span>
                </li>`,
              )}
            </ol>
            ${articles.length > PREVIEW ? html`<p class="hint">${strings.previewMore(articles.length - PREVIEW)}</p>` : nothing}
          </div>`
        : nothing}
      ${this.stale ? html`<p class="error stale" role="alert">${strings.checkStale}</p>` : nothing}
      <div class="actions">
        <button type="button" class="primary save" ?disabled=${blocked || this.saving || !!this.storageProblem} @click=${() => void this.save()}>
          ${this.saving ? strings.saving : strings.save}
        </button>
        ${!result.ok ? html`<span class="hint">${strings.saveBlocked}</span>` : nothing}
      </div>
      ${this.saveError ? html`<p class="error save-error" role="alert">${this.saveError}</p>` : nothing}
    </section>`;
  }

  private readonly onTextInput = (e: Event): void => {
    this.text = (e.target as HTMLTextAreaElement).value;
    if (this.source === 'paste') this.origin = '';
  };

  private readonly onFile = async (e: Event): Promise<void> => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      this.text = await file.text();
      this.origin = file.name;
      this.fileMessage = strings.fileChosen(file.name, formatBytes(file.size));
    } catch (err) {
      this.fileMessage = strings.fileFailed(err instanceof Error ? err.message : String(err));
    }
  };

  private async fetchUrl(): Promise<void> {
    let url: URL;
    try {
      url = new URL(this.url.trim());
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(url.protocol);
    } catch {
      this.fetching = { status: 'error', message: strings.urlInvalid };
      return;
    }
    this.fetching = { status: 'pending' };
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'omit', redirect: 'follow' });
    } catch {
      this.fetching = { status: 'error', message: strings.urlNetwork };
      return;
    }
    if (!response.ok) {
      this.fetching = { status: 'error', message: strings.urlHttp(response.status, response.statusText) };
      return;
    }
    if ((response.headers.get('content-type') ?? '').includes('text/html')) {
      this.fetching = { status: 'error', message: strings.urlHtml };
      return;
    }
    try {
      this.text = await response.text();
    } catch {
      this.fetching = { status: 'error', message: strings.urlNetwork };
      return;
    }
    this.origin = url.href;
    this.fetching = { status: 'done', message: strings.urlFetched(this.text.length) };
  }

  /** Imports the text as it is now; shows its problems and a preview. Stores nothing. */
  private check(): void {
    this.saveError = '';
    if (!this.text.trim()) {
      this.formError = strings.needText;
      this.checked = undefined;
      return;
    }
    this.formError = '';
    const options: ImportOptions = { fileName: this.fileName };
    const language = this.effectiveLanguage;
    if (language) options.language = language;
    if (this.format) options.format = this.format;
    const result = importSource(this.text, options);
    this.checked = { text: this.text, format: this.format, language, result };
    if (!this.law && !this.newTitle.trim() && result.doc.title) this.newTitle = result.doc.title;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#preview-h')?.scrollIntoView({ block: 'start' }));
  }

  private fieldsProblem(): string {
    if (!this.law && !this.newTitle.trim()) return strings.needTitle;
    if (!this.label.trim()) return strings.needLabel;
    if (this.date && !/^\d{4}-\d{2}-\d{2}$/u.test(this.date)) return strings.badDate;
    return '';
  }

  /** Stores the checked version (and the new law) in the library, then asks the app to show it. */
  private async save(): Promise<void> {
    const c = this.checked;
    if (!c || !c.result.ok || this.stale || this.saving) return;
    const wrong = this.fieldsProblem();
    if (wrong) {
      this.saveError = wrong;
      return;
    }
    this.saving = true;
    this.saveError = '';
    try {
      const opened = await this.open();
      if (!opened.ok) {
        this.storageProblem = opened.problem;
        this.saveError = whyNot(opened.problem);
        return;
      }
      const db = opened.value;
      const doc = c.result.doc;
      const law = this.law;
      const info = {
        id: newVersionId(this.label, law?.law.versions.map((v) => v.id) ?? []),
        label: this.label.trim(),
        stage: this.stage.trim(),
        date: this.date,
        source: this.origin || undefined,
      };
      let folder: string;
      let r;
      if (law) {
        folder = law.folder;
        r = await addVersion(db, folder, { info, doc });
      } else {
        folder = newLawFolder(this.newTitle, this.folders);
        const language = doc.language || this.effectiveLanguage || 'und';
        r = await createLaw(db, folder, { id: folder, title: { [titleKey(language)]: this.newTitle.trim() }, jurisdiction: this.jurisdiction.trim(), language }, { info, doc });
      }
      if (!r.ok) {
        this.saveError = whyNot(r.problem);
        return;
      }
      this.dispatchEvent(new LibraryChangeEvent(routeHref({ kind: 'version', folder, version: info.id, target: undefined })));
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
