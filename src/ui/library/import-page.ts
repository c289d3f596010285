/**
 * `<lawdiff-import-page>`: a new law from a text (`#/import`), or a new
 * version of a law (`#/law/<folder>/add`). The text is pasted, uploaded or
 * fetched from an address; it is imported here, in the browser, and its
 * problems (with line numbers) and a preview are shown before anything is
 * saved. The check runs in a worker (src/app/import.worker.ts) with a progress
 * bar and a Cancel button. Warnings do not block saving; errors block it until
 * the reader confirms having seen them; a text with no article cannot be
 * saved. A text too long for a text box (a whole code, or ten) is kept out of
 * it, and its size is said up front.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { FETCH_DEADLINE_MS, MAX_TEXT_BYTES, type FetchFailure, type TextFetcher } from '../../app/fetch-text.js';
import { checkInWorker, fetchInWorker, type CheckOptions } from '../../app/import-client.js';
import { saveVerdict, type CheckReport } from '../../app/import-protocol.js';
import { openBrowserLibrary, type OpenLibrary } from '../../app/library-reader.js';
import { routeHref } from '../../app/routes.js';
import { lawTitle } from '../../present/titles.js';
import type { LoadedLaw } from '../../model/collection.js';
import { decodeBytes, encodingLabel, type Decoded } from '../../model/import/decode.js';
import { detectFormat, FORMAT_NAMES, isSourceFormat } from '../../model/import/index.js';
import { canonicalLanguage } from '../../model/language.js';
import { SourceFormats, type SourceFormat, type VersionDoc } from '../../model/types.js';
import type { DbProblem } from '../../store/db.js';
import { addVersion, createLaw, newLawFolder, newVersionId } from '../../store/library.js';
import { formatBytes, languageName } from '../../present/format.js';
import { LibraryChangeEvent } from '../common/library-events.js';
import { libraryStyles } from './library.styles.js';
import '../common/problem-list.js';
import { strings, uiLanguage } from '../../present/strings.js';
import { base } from '../common/theme.js';
import { isolate } from '../../model/bidi.js';

/** Where the text comes from. */
type Source = 'paste' | 'file' | 'url';

/** A fetch from an address: `read` bytes so far while pending. */
type Fetching = { status: 'idle' } | { status: 'pending'; read: number } | { status: 'error'; message: string } | { status: 'done'; message: string };

/** What to say about how a text was decoded: its encoding unless UTF-8, and any warning about the choice. */
function decodedNote(d: Pick<Decoded, 'encoding' | 'problems'>): string {
  return [d.encoding === 'utf-8' ? '' : strings.readAs(encodingLabel(d.encoding)), ...d.problems.map((p) => `${p.message}.`)].filter(Boolean).join(' ');
}

/** Why a fetch gave no text, as the import page says it: a size refusal and an access (CORS) refusal in different words. */
function fetchMessage(f: FetchFailure): string {
  switch (f.kind) {
    case 'too-large':
      return strings.urlTooLarge(formatBytes(f.limit));
    case 'timeout':
      return strings.urlTimeout(Math.round(f.deadlineMs / 1000));
    case 'http':
      return strings.urlHttp(f.status, f.statusText);
    case 'network':
      return strings.urlNetwork;
    case 'cancelled':
      return strings.urlCancelled;
    default: {
      const never: never = f;
      return never;
    }
  }
}

/** The inputs a check was made with: a change to any of them makes the check stale. */
interface Checked {
  text: string;
  format: SourceFormat | '';
  language: string;
  report: CheckReport;
}

/** The size of a text, measured once per text (only when it is long enough to matter). */
interface TextSize {
  text: string;
  /** UTF-8 bytes, and lines; both 0 for a text short enough for the box. */
  bytes: number;
  lines: number;
}

const ACCEPT = '.txt,.md,.markdown,.xml,.json,text/plain,text/markdown,application/xml,text/xml,application/json';
/**
 * Characters above which a text is not put into the text box: Chromium lays out a
 * textarea's whole value, so 0.5 million characters take about a second to show and
 * make every keystroke slow, and 15 million froze the tab for minutes.
 */
const BOX_MAX = 500_000;
/** Bytes above which a text is larger than any law we know (the German Civil Code is 1.6 MB): said up front. More than 3 × {@link BOX_MAX}. */
const LARGE_BYTES = 5_000_000;

/** UTF-8 bytes of a text, without encoding it. */
function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // 2 bytes below U+0800, 3 above, 4 for a surrogate pair (2 per half).
    if (c >= 0x80) n += c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 1 : 2;
  }
  return n;
}

/** Lines of a text (a last line without a line end counts). */
function lineCount(text: string): number {
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return text.endsWith('\n') ? n - 1 : n;
}

/** Why nothing could be saved, for a library problem. */
const whyNot = (problem: string): string => strings.cannotSave[problem] ?? problem;

/** The part of a BCP 47 tag a title is stored under (`zh` for `zh-Hans`). */
/** The tags offered in the language field (any valid BCP 47 tag may be typed). */
const COMMON_LANGUAGES = ['zh-Hans', 'zh-Hant', 'de', 'en', 'fr', 'ja', 'ko', 'es', 'it', 'nl', 'pt', 'ru', 'pl'] as const;

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
  /** Fetches a text from an address: in the import worker, as the page's Content Security Policy allows it its own origin only (docs/decisions/008). */
  @property({ attribute: false }) fetchText: TextFetcher = fetchInWorker;

  @state() private source: Source = 'paste';
  @state() private text = '';
  /** The file name or address the text came from ("" when pasted). */
  @state() private origin = '';
  @state() private fileMessage = '';
  @state() private url = '';
  @state() private fetching: Fetching = { status: 'idle' };
  @state() private format: SourceFormat | '' = '';
  @state() private language = '';
  /** Why the typed language tag cannot be used, or "". */
  @state() private languageProblem = '';
  @state() private label = '';
  @state() private stage = '';
  @state() private date = '';
  @state() private newTitle = '';
  @state() private jurisdiction = '';
  @state() private checked: Checked | undefined;
  /** A check running in the worker, and how far it is. */
  @state() private checking: { fraction: number } | undefined;
  /** Said politely after a check was cancelled. */
  @state() private status = '';
  /** The reader confirmed saving a text whose check found errors. */
  @state() private acceptErrors = false;
  /** Show a text longer than {@link BOX_MAX} in the text box anyway. */
  @state() private showLong = false;
  @state() private formError = '';
  @state() private saving = false;
  @state() private saveError = '';
  /** Why nothing can be saved in this browser, once known. */
  @state() private storageProblem: DbProblem | undefined;

  private detected: { text: string; format: SourceFormat | undefined } = { text: '', format: undefined };
  private measured: TextSize = { text: '', bytes: 0, lines: 0 };
  /** Cancels the running check. */
  private abort: AbortController | undefined;
  /** Cancels the running fetch. */
  private fetchAbort: AbortController | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.open().then((r) => {
      this.storageProblem = r.ok ? undefined : r.problem;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The reader went elsewhere: stop the worker and the fetch too.
    this.abort?.abort();
    this.fetchAbort?.abort();
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

  /** Whether the text is shown in the text box (short enough, or asked for). */
  private get inBox(): boolean {
    return this.text.length <= BOX_MAX || this.showLong;
  }

  /** The size of the text, measured once per text and only when it is too long for the box (it cannot be large otherwise). */
  private size(): TextSize {
    const text = this.text;
    if (this.measured.text !== text) {
      const long = text.length > BOX_MAX;
      this.measured = { text, bytes: long ? utf8Length(text) : 0, lines: long ? lineCount(text) : 0 };
    }
    return this.measured;
  }

  private detectedFormat(): SourceFormat | undefined {
    if (this.detected.text !== this.text) this.detected = { text: this.text, format: this.text.trim() ? detectFormat(this.text, this.origin) : undefined };
    return this.detected.format;
  }

  override render() {
    const law = this.law;
    const title = law ? lawTitle(law.law, uiLanguage) : undefined;
    return html`${law && title ? html`<p class="law-name"><a href=${routeHref({ kind: 'law', folder: law.folder })} lang=${title.lang}>${isolate(title.text)}</a></p>` : nothing}
      <p class="intro">${strings.importIntro}</p>
      ${this.storageProblem ? html`<p class="error storage" role="alert">${whyNot(this.storageProblem)}</p>` : nothing}
      <form @submit=${(e: Event) => e.preventDefault()} novalidate>
        ${law ? nothing : this.renderLawFields()} ${this.renderSource()} ${this.renderVersionFields()}
        <div class="actions">
          <button type="button" class="check" ?disabled=${!!this.checking} @click=${() => void this.check()}>${strings.checkText}</button>
          ${this.checking ? this.renderProgress(this.checking.fraction) : html`<span class="hint">${strings.checkHint}</span>`}
        </div>
        <p class="hint check-status" role="status">${this.checking ? strings.checking : this.status}</p>
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
    const size = this.size();
    return html`<section aria-labelledby="text-h">
      <h2 id="text-h">${strings.importSourceHeading}</h2>
      <fieldset>
        <legend>${strings.sourceKind}</legend>
        <div class="choices">${choice('paste', strings.sourcePaste)} ${choice('file', strings.sourceFile)} ${choice('url', strings.sourceUrl)}</div>
      </fieldset>
      ${this.source === 'file' ? this.renderFile() : this.source === 'url' ? this.renderUrl() : nothing}
      ${this.inBox
        ? html`<div class="field wide">
            <label for="text">${strings.pasteLabel}</label>
            <textarea id="text" name="text" spellcheck="false" .value=${this.text} @input=${this.onTextInput} @paste=${this.onPaste}></textarea>
          </div>`
        : this.renderLongText()}
      ${size.bytes > LARGE_BYTES ? html`<p class="large-text" role="status">${strings.textLarge(formatBytes(size.bytes))}</p>` : nothing}
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
          <input id="language" name="language" list="languages" .value=${this.language} placeholder=${this.law?.law.language ?? ''} aria-describedby="language-hint"
            aria-invalid=${this.languageProblem ? 'true' : 'false'} @input=${(e: Event) => (this.language = (e.target as HTMLInputElement).value)} />
          <datalist id="languages">
            ${COMMON_LANGUAGES.map((tag) => html`<option value=${tag}>${languageName(tag)}</option>`)}
          </datalist>
          <span class="hint" id="language-hint">${strings.languageHint}</span>
          ${this.languageProblem ? html`<span class="error" role="alert">${this.languageProblem}</span>` : nothing}
        </div>
      </div>
    </section>`;
  }

  /**
   * In place of the text box, for a text longer than {@link BOX_MAX}: what it is, and a way to
   * clear it or (unless it is larger than any law) to show it in the box anyway.
   */
  private renderLongText() {
    const { bytes, lines } = this.size();
    return html`<div class="field wide long-text" role="group" aria-labelledby="long-text-label">
      <span class="label" id="long-text-label">${strings.pasteLabel}</span>
      <p class="long-text-name">${strings.textLoaded(this.origin ? (this.origin.split('/').pop() ?? this.origin) : strings.pastedText, formatBytes(bytes), lines)}</p>
      <p class="hint">${strings.textNotShown}</p>
      <div class="row">
        ${bytes <= LARGE_BYTES
          ? html`<button type="button" class="show-long" @click=${() => (this.showLong = true)}>${strings.textShow}</button>`
          : nothing}
        <button type="button" class="clear-text" @click=${this.clearText}>${strings.textClear}</button>
      </div>
    </div>`;
  }

  private renderProgress(fraction: number) {
    const percent = Math.floor(fraction * 100);
    return html`<span class="progress">
      <progress max="100" .value=${percent} aria-label=${strings.checking}></progress>
      <span class="percent" aria-hidden="true">${percent}%</span>
      <button type="button" class="cancel" @click=${this.cancel}>${strings.cancelCheck}</button>
    </span>`;
  }

  private renderFile() {
    return html`<div class="field wide">
      <label for="file">${strings.fileLabel}</label>
      <input id="file" name="file" type="file" accept=${ACCEPT} @change=${this.onFile} />
      ${this.fileMessage
        ? // Said by the box below when the text is kept out of the text box: announced only.
          html`<span class="hint file-message ${this.inBox ? '' : 'visually-hidden'}" role="status">${this.fileMessage}</span>`
        : nothing}
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
      <span class="hint" id="url-hint">${strings.urlHint(formatBytes(MAX_TEXT_BYTES), FETCH_DEADLINE_MS / 1000)}</span>
      ${f.status === 'pending'
        ? html`<span class="progress url-progress">
            <progress max=${MAX_TEXT_BYTES} .value=${f.read} aria-label=${strings.urlFetching}></progress>
            <span class="bytes">${strings.urlProgress(formatBytes(f.read), formatBytes(MAX_TEXT_BYTES))}</span>
            <button type="button" class="url-cancel" @click=${() => this.fetchAbort?.abort()}>${strings.urlCancel}</button>
          </span>`
        : nothing}
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
    const { report } = c;
    const verdict = saveVerdict(report);
    const blocked = verdict === 'unreadable' || (verdict === 'errors' && !this.acceptErrors) || this.stale || !!this.checking;
    return html`<section class="result" aria-labelledby="preview-h">
      <h2 id="preview-h" tabindex="-1">${strings.previewHeading}</h2>
      <lawdiff-problem-list .problems=${report.problems} heading=${strings.importProblems(report.errors, report.warnings)}></lawdiff-problem-list>
      ${report.articles > 0
        ? html`<div class="preview">
            <p class="summary">${strings.previewSummary(report.articles, FORMAT_NAMES[report.format])}</p>
            <ol lang=${report.language || nothing}>
              ${report.preview.map(
                (a) => html`<li>
                  <span class="num">${isolate(a.label)}</span>${a.heading ? html` <span class="heading">${isolate(a.heading)}</span>` : nothing}
                  <span class="text">${isolate(a.text)}</span>
                </li>`,
              )}
            </ol>
            ${report.articles > report.preview.length ? html`<p class="hint">${strings.previewMore(report.articles - report.preview.length)}</p>` : nothing}
          </div>`
        : nothing}
      ${this.stale ? html`<p class="error stale" role="alert">${strings.checkStale}</p>` : nothing}
      ${verdict === 'unreadable' ? html`<p class="error unreadable">${strings.unreadable}</p>` : nothing}
      ${verdict === 'errors'
        ? html`<div class="save-errors">
            <p>${strings.errorsExplain}</p>
            <label class="accept"
              ><input type="checkbox" .checked=${this.acceptErrors} @change=${(e: Event) => (this.acceptErrors = (e.target as HTMLInputElement).checked)} />
              ${strings.acceptErrors(report.errors)}</label
            >
          </div>`
        : nothing}
      <div class="actions">
        <button type="button" class="primary save" ?disabled=${blocked || this.saving || !!this.storageProblem} @click=${() => void this.save()}>
          ${this.saving ? strings.saving : verdict === 'errors' || verdict === 'warnings' ? strings.saveWith(report.errors, report.warnings) : strings.save}
        </button>
        ${verdict === 'warnings' ? html`<span class="hint">${strings.warningsKept}</span>` : nothing}
      </div>
      ${this.saveError ? html`<p class="error save-error" role="alert">${this.saveError}</p>` : nothing}
    </section>`;
  }

  private readonly onTextInput = (e: Event): void => {
    this.text = (e.target as HTMLTextAreaElement).value;
    if (this.source === 'paste') this.origin = '';
  };

  /** A paste that would make the text too long for the box is kept out of it (the browser would lay it all out first). */
  private readonly onPaste = (e: ClipboardEvent): void => {
    const pasted = e.clipboardData?.getData('text/plain') ?? '';
    const box = e.target as HTMLTextAreaElement;
    const length = box.value.length - (box.selectionEnd - box.selectionStart) + pasted.length;
    // A long text the reader asked to see in the box stays there for small pastes.
    if (length <= BOX_MAX || (this.showLong && pasted.length <= BOX_MAX)) return;
    e.preventDefault();
    this.text = box.value.slice(0, box.selectionStart) + pasted + box.value.slice(box.selectionEnd);
    this.origin = '';
    this.showLong = false;
  };

  private readonly clearText = (): void => {
    this.text = '';
    this.origin = '';
    this.fileMessage = '';
    this.showLong = false;
    const file = this.renderRoot.querySelector<HTMLInputElement>('#file');
    if (file) file.value = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#text')?.focus());
  };

  private readonly cancel = (): void => {
    this.abort?.abort();
  };

  private readonly onFile = async (e: Event): Promise<void> => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      // Bytes, decoded in one place: a byte order mark, a declared or a detected encoding (GB18030, Big5, Latin-1, UTF-16).
      const decoded = decodeBytes(new Uint8Array(await file.arrayBuffer()), { fileName: file.name });
      this.text = decoded.text;
      this.showLong = false;
      this.origin = file.name;
      this.fileMessage = [strings.fileChosen(file.name, formatBytes(file.size)), decodedNote(decoded)].filter(Boolean).join(' ');
    } catch (err) {
      this.fileMessage = strings.fileFailed(err instanceof Error ? err.message : String(err));
    }
  };

  private async fetchUrl(): Promise<void> {
    // A new address (or the same one again) replaces a fetch still running.
    this.fetchAbort?.abort();
    this.fetchAbort = undefined;
    let url: URL;
    try {
      url = new URL(this.url.trim());
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(url.protocol);
    } catch {
      this.fetching = { status: 'error', message: strings.urlInvalid };
      return;
    }
    // At most 32 MB after decompression, within 60 s, with progress and Cancel; in the charset the server names.
    const abort = new AbortController();
    this.fetchAbort = abort;
    // The Fetch button is disabled while it runs: the keyboard focus goes to Cancel, and comes back after.
    const fromFetch = this.hasFocus('button.fetch');
    this.fetching = { status: 'pending', read: 0 };
    if (fromFetch) void this.updateComplete.then(() => this.focusOn('button.url-cancel'));
    const r = await this.fetchText(url.href, { signal: abort.signal, onProgress: (read) => abort.signal.aborted || (this.fetching = { status: 'pending', read }) });
    if (this.fetchAbort !== abort) return;
    this.fetchAbort = undefined;
    const focus = this.hasFocus('button.url-cancel');
    if (!r.ok) {
      this.fetching = r.failure.kind === 'cancelled' ? { status: 'done', message: strings.urlCancelled } : { status: 'error', message: fetchMessage(r.failure) };
    } else if (r.value.contentType.includes('text/html')) {
      this.fetching = { status: 'error', message: strings.urlHtml };
    } else {
      this.text = r.value.text;
      this.showLong = false;
      this.origin = url.href;
      this.fetching = { status: 'done', message: [strings.urlFetched(this.text.length), decodedNote(r.value)].filter(Boolean).join(' ') };
    }
    // Cancel goes away with the fetch: the focus goes back to Fetch, enabled again by this update.
    if (focus) void this.updateComplete.then(() => this.focusOn('button.fetch'));
  }

  /**
   * Imports the text as it is now, in the worker; shows its problems and a preview. Stores
   * nothing. Cancelled, it leaves the page as it was before (the last check's result included).
   */
  private async check(): Promise<void> {
    if (this.checking) return;
    this.saveError = '';
    this.status = '';
    if (!this.text.trim()) {
      this.formError = strings.needText;
      this.checked = undefined;
      return;
    }
    this.formError = '';
    // A tag Intl cannot read would make every later comparison of this text fail: refused here, where it is typed.
    if (this.language.trim() && !canonicalLanguage(this.language.trim())) {
      this.languageProblem = strings.badLanguage(this.language.trim());
      return;
    }
    this.languageProblem = '';
    const { text, format } = this;
    const language = this.effectiveLanguage;
    const options: CheckOptions = { fileName: this.fileName };
    if (language) options.language = language;
    if (format) options.format = format;
    const abort = new AbortController();
    this.abort = abort;
    const fromCheck = this.hasFocus('button.check');
    this.checking = { fraction: 0 };
    // The Check button is disabled while it runs: the keyboard focus goes to Cancel, and comes back after.
    if (fromCheck) void this.updateComplete.then(() => this.focusOn('button.cancel'));
    try {
      const report = await checkInWorker(text, options, (fraction) => (this.checking = { fraction }), abort.signal);
      this.checked = { text, format, language, report };
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

  private fieldsProblem(): string {
    if (!this.law && !this.newTitle.trim()) return strings.needTitle;
    if (!this.label.trim()) return strings.needLabel;
    if (this.date && !/^\d{4}-\d{2}-\d{2}$/u.test(this.date)) return strings.badDate;
    return '';
  }

  /** Stores the checked version (and the new law) in the library, then asks the app to show it. */
  private async save(): Promise<void> {
    const c = this.checked;
    const verdict = c && saveVerdict(c.report);
    if (!c || verdict === 'unreadable' || (verdict === 'errors' && !this.acceptErrors) || this.stale || this.saving || this.checking) return;
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
      const doc = JSON.parse(c.report.docJson) as VersionDoc;
      const problems = c.report.problems;
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
        r = await addVersion(db, folder, { info, doc, problems });
      } else {
        folder = newLawFolder(this.newTitle, this.folders);
        const language = doc.language || this.effectiveLanguage || 'und';
        r = await createLaw(db, folder, { id: folder, title: { [titleKey(language)]: this.newTitle.trim() }, jurisdiction: this.jurisdiction.trim(), language }, { info, doc, problems });
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
