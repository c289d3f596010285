/**
 * In place of the import page's text box, for a Word document chosen as the file: what it is,
 * that its text is read in the check, and a way to clear it. Its few strings are here rather
 * than in src/present/strings.ts, which another change is editing now; they move there with it.
 */
import { html } from 'lit';
import { formatBytes } from '../../present/format.js';
import { strings } from '../../present/strings.js';
import type { ImportDocument } from './import-text-state.js';

/** The file field's label and what it accepts (the catalogue's label predates Word documents). */
export const fileStrings = {
  fileLabel: 'File (.txt, .md, .xml, .json, .docx)',
  document: (name: string, size: string): string => `Word document ${strings.fileChosen(name, size)}`,
  documentHint: 'Its text, numbering, headings, tables and footnotes are read from the document when you check it; tracked changes are read as accepted.',
};

/** The file input's `accept`: texts, and Word documents. */
export const ACCEPT = '.txt,.md,.markdown,.xml,.json,.docx,text/plain,text/markdown,application/xml,text/xml,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The chosen Word document, in place of the text box. */
export function renderDocument(doc: ImportDocument, clear: () => void): unknown {
  return html`<div class="field wide long-text document" role="group" aria-labelledby="document-label">
    <span class="label" id="document-label">${strings.pasteLabel}</span>
    <p class="long-text-name document-name">${fileStrings.document(doc.name, formatBytes(doc.size))}</p>
    <p class="hint">${fileStrings.documentHint}</p>
    <div class="row">
      <button type="button" class="clear-text" @click=${clear}>${strings.textClear}</button>
    </div>
  </div>`;
}
