/** The law and the two readings at the top of a printed comparison (hidden on screen). */
import { html, nothing } from 'lit';
import type { CompareParams } from '../../app/routes.js';
import type { Granularity } from '../../diff/index.js';
import { isolate } from '../../model/bidi.js';
import type { Law, VersionInfo } from '../../model/types.js';
import { stageName } from '../../present/format.js';
import { strings, uiLanguage } from '../../present/strings.js';
import { lawTitle, originalTitle } from '../../present/titles.js';
import { printPageStyle } from '../../present/print-page.js';

export function renderPrintHead(law: Law | undefined, p: CompareParams, old: { id: string; info: VersionInfo | undefined }, next: { id: string; info: VersionInfo | undefined }, unit: Granularity | undefined) {
  if (!law) return nothing;
  const title = lawTitle(law, uiLanguage);
  const original = originalTitle(law, uiLanguage);
  // The label and the date are data (translate="no"); the stage is the catalogue's.
  const reading = ({ id, info: v }: { id: string; info: VersionInfo | undefined }) =>
    v
      ? html`<bdi translate="no">${v.label}</bdi>${v.stage ? ` · ${stageName(v.stage)}` : ''}${v.date ? html` · <span translate="no">${v.date}</span>` : ''}`
      : html`<bdi translate="no">${id}</bdi>`;
  return html`<header class="print-head">
    <p class="print-title" lang=${title.lang} translate="no">${isolate(title.text)}</p>
    ${original ? html`<p lang=${original.lang} translate="no">${original.text}</p>` : nothing}
    <dl>
      <dt>${strings.compareOld}</dt><dd>${reading(old)}</dd>
      <dt>${strings.compareNew}</dt><dd>${reading(next)}</dd>
    </dl>
    <p>${p.concordance
      ? strings.concordanceHeading
      : strings.printShowing(unit === 'char' ? `${strings[p.view]} · ${strings.diffByCharacters}` : strings[p.view], strings.filters[p.filter] ?? p.filter)}</p>
  </header>`;
}

/** The document's `@page` rules while a comparison is shown (margin boxes work only at document level, not in a shadow root). */
const pageSheet = typeof CSSStyleSheet === 'undefined' ? undefined : new CSSStyleSheet();
let pageText = '';

/** Sets the printed pages' running header (the law and the readings) and page numbers for this comparison. */
export function setPrintPage(law: Law | undefined, old: VersionInfo | undefined, next: VersionInfo | undefined): void {
  if (!pageSheet || !law || !old || !next) return;
  const text = printPageStyle(lawTitle(law, uiLanguage).text, strings.compareTitle(old.label, next.label));
  if (text !== pageText) pageSheet.replaceSync((pageText = text));
  if (!document.adoptedStyleSheets.includes(pageSheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
}

/** Removes them (the comparison is gone). */
export function clearPrintPage(): void {
  if (pageSheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== pageSheet);
}
