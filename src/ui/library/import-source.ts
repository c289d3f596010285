/**
 * Where the import page's text comes from (`<lawdiff-import-page>`): pasted,
 * a file (a Word document in place of the box: import-document.ts) or an address; the text box (or, for a text too long for it, what
 * the text is and a way to show or clear it); its format and language.
 * Render functions in the page's shadow root.
 */
import { html, nothing } from 'lit';
import { FETCH_DEADLINE_MS, MAX_TEXT_BYTES } from '../../app/fetch-text.js';
import { isSourceFormat } from '../../model/import/index.js';
import { SourceFormats, type SourceFormat } from '../../model/types.js';
import { formatBytes, languageName } from '../../present/format.js';
import { COMMON_LANGUAGES, LARGE_BYTES } from '../../present/import-text.js';
import { strings } from '../../present/strings.js';
import { ACCEPT, renderDocument } from './import-document.js';
import type { ImportText } from './import-text-state.js';
import type { Fetching } from './url-fetch-controller.js';

/** Where the text comes from. */
export type Source = 'paste' | 'file' | 'url';


/** What the source section reads of the import page, and how it tells the page what the reader did. */
export interface SourceView {
  source: Source;
  /** The text, where it came from, and what the reader does to it. */
  input: ImportText;
  url: string;
  fetching: Fetching;
  format: SourceFormat | '';
  language: string;
  languageProblem: string;
  /** The language of the law a version is added to ("" for a new law). */
  lawLanguage: string;
  setSource(source: Source): void;
  setUrl(url: string): void;
  setFormat(format: SourceFormat | ''): void;
  setLanguage(language: string): void;
  fetchUrl(): void;
  cancelFetch(): void;
  /** Empties the text, and puts the keyboard focus in the box. */
  clearText(): void;
}

const typed = (e: Event): string => (e.target as HTMLInputElement).value;

/** The section of the text: its source, the box, its format and language. */
export function renderSource(v: SourceView): unknown {
  const choice = (value: Source, label: string) =>
    html`<label><input type="radio" name="source" value=${value} .checked=${v.source === value} @change=${() => v.setSource(value)} /> ${label}</label>`;
  const input = v.input;
  const detected = input.detectedFormat();
  const size = input.size();
  return html`<section aria-labelledby="text-h">
    <h2 id="text-h">${strings.importSourceHeading}</h2>
    <fieldset>
      <legend>${strings.sourceKind}</legend>
      <div class="choices">${choice('paste', strings.sourcePaste)} ${choice('file', strings.sourceFile)} ${choice('url', strings.sourceUrl)}</div>
    </fieldset>
    ${v.source === 'file' ? renderFile(v) : v.source === 'url' ? renderUrl(v) : nothing}
    ${input.document
      ? renderDocument(input.document, () => v.clearText())
      : input.inBox
      ? html`<div class="field wide">
          <label for="text">${strings.pasteLabel}</label>
          <textarea id="text" name="text" spellcheck="false" .value=${input.text} @input=${(e: Event) => input.onInput(e, v.source === 'paste')} @paste=${input.onPaste}></textarea>
          ${input.pasteMessage ? html`<span class="hint paste-message" role="status">${input.pasteMessage}</span>` : nothing}
        </div>`
      : renderLongText(v)}
    ${size.bytes > LARGE_BYTES ? html`<p class="large-text" role="status">${strings.textLarge(formatBytes(size.bytes))}</p>` : nothing}
    <div class="fields">
      <div class="field wide">
        <label for="format">${strings.formatField}</label>
        <select id="format" name="format" @change=${(e: Event) => {
          const f = (e.target as HTMLSelectElement).value;
          v.setFormat(isSourceFormat(f) ? f : '');
        }}>
          <option value="" ?selected=${v.format === ''}>${detected ? `${strings.formatDetect} (${(strings.formatNames[detected] ?? detected)})` : strings.formatDetect}</option>
          ${SourceFormats.map((f) => html`<option value=${f} ?selected=${v.format === f}>${(strings.formatNames[f] ?? f)}</option>`)}
        </select>
        ${input.text.trim() && !detected && !v.format ? html`<span class="hint">${strings.formatUnknown}</span>` : nothing}
      </div>
      <div class="field">
        <label for="language">${strings.languageField}</label>
        <input id="language" name="language" list="languages" .value=${v.language} placeholder=${v.lawLanguage} aria-describedby="language-hint"
          aria-invalid=${v.languageProblem ? 'true' : 'false'} @input=${(e: Event) => v.setLanguage(typed(e))} />
        <datalist id="languages">
          ${COMMON_LANGUAGES.map((tag) => html`<option value=${tag}>${languageName(tag)}</option>`)}
        </datalist>
        <span class="hint" id="language-hint">${strings.languageHint}</span>
        ${v.languageProblem ? html`<span class="error" role="alert">${v.languageProblem}</span>` : nothing}
      </div>
    </div>
  </section>`;
}

/**
 * In place of the text box, for a text too long for it: what it is, and a way to
 * clear it or (unless it is larger than any law) to show it in the box anyway.
 */
function renderLongText(v: SourceView): unknown {
  const { bytes, lines } = v.input.size();
  const origin = v.input.origin;
  return html`<div class="field wide long-text" role="group" aria-labelledby="long-text-label">
    <span class="label" id="long-text-label">${strings.pasteLabel}</span>
    <p class="long-text-name">${strings.textLoaded(origin ? (origin.split('/').pop() ?? origin) : strings.pastedText, formatBytes(bytes), lines)}</p>
    <p class="hint">${strings.textNotShown}</p>
    <div class="row">
      ${bytes <= LARGE_BYTES ? html`<button type="button" class="show-long" @click=${() => v.input.showInBox()}>${strings.textShow}</button>` : nothing}
      <button type="button" class="clear-text" @click=${() => v.clearText()}>${strings.textClear}</button>
    </div>
  </div>`;
}

function renderFile(v: SourceView): unknown {
  return html`<div class="field wide">
    <label for="file">${strings.fileLabel}</label>
    <input id="file" name="file" type="file" accept=${ACCEPT} @change=${v.input.onFile} />
    ${v.input.fileMessage
      ? // Said by the box below when the text is kept out of the text box: announced only.
        html`<span class="hint file-message ${v.input.inBox ? '' : 'visually-hidden'}" role="status">${v.input.fileMessage}</span>`
      : nothing}
  </div>`;
}

function renderUrl(v: SourceView): unknown {
  const f = v.fetching;
  return html`<div class="field wide">
    <label for="url">${strings.urlLabel}</label>
    <div class="row">
      <input id="url" name="url" type="url" inputmode="url" placeholder="https://" .value=${v.url} aria-describedby="url-hint"
        @input=${(e: Event) => v.setUrl(typed(e))}
        @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && v.fetchUrl()} />
      <button type="button" class="fetch" ?disabled=${f.status === 'pending'} @click=${() => v.fetchUrl()}>
        ${f.status === 'pending' ? strings.urlFetching : strings.urlFetch}
      </button>
    </div>
    <span class="hint" id="url-hint">${strings.urlHint(formatBytes(MAX_TEXT_BYTES), FETCH_DEADLINE_MS / 1000)}</span>
    ${f.status === 'pending'
      ? html`<span class="progress url-progress">
          <progress max=${MAX_TEXT_BYTES} .value=${f.read} aria-label=${strings.urlFetching}></progress>
          <span class="bytes">${strings.urlProgress(formatBytes(f.read), formatBytes(MAX_TEXT_BYTES))}</span>
          <button type="button" class="url-cancel" @click=${() => v.cancelFetch()}>${strings.urlCancel}</button>
        </span>`
      : nothing}
    ${f.status === 'error' ? html`<p class="error url-error" role="alert">${f.message}</p>` : nothing}
    ${f.status === 'done' ? html`<p class="hint url-message" role="status">${f.message}</p>` : nothing}
  </div>`;
}
