/**
 * In place of the import page's text box, for a document chosen as the file or fetched (a Word
 * document, a PDF, a web page): what it is, that its text is read in the check, and a way to clear it.
 */
import { html } from 'lit';
import { formatBytes } from '../../present/format.js';
import { strings } from '../../present/strings.js';
import type { ImportDocument } from './import-text-state.js';

/** The file input's `accept`: texts, Word documents, PDFs and web pages. */
export const ACCEPT = '.txt,.md,.markdown,.xml,.json,.docx,.pdf,.html,.htm,.xhtml,text/plain,text/markdown,application/xml,text/xml,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf,text/html,application/xhtml+xml';

/** The chosen document, in place of the text box. */
export function renderDocument(doc: ImportDocument, clear: () => void): unknown {
  return html`<div class="field wide long-text document" role="group" aria-labelledby="document-label">
    <span class="label" id="document-label">${strings.pasteLabel}</span>
    <p class="long-text-name document-name">${strings.documentChosen(doc.kind, doc.name, formatBytes(doc.size))}</p>
    <p class="hint">${strings.documentHint(doc.kind)}</p>
    <div class="row">
      <button type="button" class="clear-text" @click=${clear}>${strings.textClear}</button>
    </div>
  </div>`;
}
