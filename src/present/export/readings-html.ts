/**
 * The synopsis of several readings as one standalone HTML document: the law's
 * title, the readings, and the rows as the viewer shows them (filtered), one
 * column per reading with its marks, and the reader's notes under their
 * articles. Same rules as the comparison's download (src/present/export-html.ts):
 * inline CSS, no scripts, every text escaped. Pure: a string out, no DOM.
 */
import type { Law } from '../../model/types.js';
import type { Note } from '../../store/notes.js';
import { blocksHtml, documentHtml, escapeHtml as e, exportStyle, langAttr, readerNotesHtml, readingHtml, spansHtml } from '../export-html.js';
import { cellChanged, cellContent, type ReadingsModel, type ReadingsRow } from '../readings-model.js';
import { strings, uiLanguage } from '../strings.js';
import { lawTitle } from '../titles.js';
import { synopsisStrings } from '../locales/synopsis/index.js';

export interface ReadingsExportInput {
  law: Law;
  model: ReadingsModel;
  /** The rows as shown (filtered). */
  rows: readonly ReadingsRow[];
  /** The base column, or -1 (each against the one before). */
  base: number;
  lang: string;
  /** The reader's notes on an article (by its key); none for none. */
  notes(key: string): readonly Note[];
  /** Absolute address of the synopsis in lawdiff, linked at the end. */
  url?: string | undefined;
  /** When the file is made (given, so the output is reproducible); now by default. */
  generated?: Date;
}

/** `<folder>_<r1>_<r2>_<r3>….html`, with anything but letters, digits, `.`, `-` and `_` replaced by `-`. */
export function readingsFileName(folder: string, readings: readonly string[]): string {
  const safe = (s: string): string => s.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[.-]+/u, '') || 'x';
  return `${[folder, ...readings].map(safe).join('_')}.html`;
}

const STYLE = `${exportStyle}
body { max-width: none; }
.grid { display: grid; grid-template-columns: var(--columns); gap: 0 1.2rem; }
.cell.changed { border-top: 3px solid #d99a1e; }
.cell { border-top: 3px solid transparent; padding-top: 0.2rem; min-width: 0; }
.cell.gap { background: repeating-linear-gradient(135deg, transparent 0 6px, #ddd 6px 8px); }
.cell-head { margin: 0; font-size: 0.8rem; color: var(--muted); }
.cell-head .num { font-weight: 700; color: #1d1d1f; }
.tag { font-weight: 650; }
.same { color: var(--muted); font-style: italic; font-size: 0.85rem; margin: 0.2rem 0; }
.changed-in { color: var(--muted); font-size: 0.85rem; }
.col-heads { display: grid; }
@media print { .cell.changed { border-top-color: #000; } }
`;

function columnsCss(model: ReadingsModel): string {
  return model.columns.map((c) => (c.v < 0 ? '1.5rem' : 'minmax(0, 1fr)')).join(' ');
}

function row(r: ReadingsRow, input: ReadingsExportInput): string {
  if (r.type === 'division') return `<h2 class="division depth-${Math.min(r.depth, 3)}" translate="no">${e(r.title)}</h2>`;
  const { model } = input;
  const changedIn = r.changedIn.map((c) => model.columns[c]!.version.label);
  const cells = r.cells
    .map((cell, c) => {
      const col = model.columns[c]!;
      if (col.v < 0) return `<div class="cell gap" title="${e(col.version.label)}"></div>`;
      const content = cellContent(cell, col, model.columns);
      const tag = cell.status === 'absent' ? '' : `<span class="tag">${e(strings.entryStatus[cell.status] ?? cell.status)}${cell.moved ? ` · ${e(strings.entryMoved)}` : ''}</span>`;
      const body =
        content.kind === 'note'
          ? content.text
            ? `<p class="same"${langAttr(uiLanguage)}>${e(content.text)}</p>`
            : ''
          : `${content.heading.length > 0 ? `<p class="caption">${spansHtml(content.heading)}</p>` : ''}${blocksHtml(content.blocks)}`;
      return `<div class="cell${cellChanged(cell) ? ' changed' : ''}"${langAttr(col.lang)}><p class="cell-head"${langAttr(uiLanguage)}>${
        cell.label ? `<span class="num" translate="no">${e(cell.label)}</span> ` : ''
      }${tag}</p><div translate="no">${body}</div></div>`;
    })
    .join('');
  const notes = input.notes(r.key);
  return `<section class="article" id="${e(`row-${r.key}`)}">
<div class="row-head"><h3 class="row-title" translate="no">${e(r.latestLabel)}</h3><span class="changed-in">${e(
    changedIn.length > 0 ? synopsisStrings().changedIn(changedIn) : synopsisStrings().neverChanged,
  )}</span></div>
<div class="grid" style="--columns: ${columnsCss(model)}">${cells}</div>
${notes.length > 0 ? readerNotesHtml(notes) : ''}</section>`;
}

/** The synopsis as a standalone HTML document (UTF-8, `<!doctype html>`). */
export function exportReadingsHtml(input: ReadingsExportInput): string {
  const { law, model } = input;
  const versions = model.columns.map((c) => c.version);
  const baseLabel = input.base >= 0 ? model.columns[input.base]!.version.label : '';
  const heads = model.columns.map((c) => `<span translate="no">${c.v < 0 ? '' : e(c.version.label)}</span>`).join('');
  return documentHtml({
    lang: input.lang,
    title: `${lawTitle(law, uiLanguage).text} — ${strings.readings.title(versions.length)}`,
    style: STYLE,
    law,
    header: `<ol class="reading-list">
${versions.map((v) => `<li>${readingHtml(v)}</li>`).join('\n')}
</ol>
`,
    before: `<p class="legend">${e(baseLabel ? synopsisStrings().legendBase(baseLabel) : synopsisStrings().legend)}</p>
`,
    main: `<div class="col-heads grid" style="--columns: ${columnsCss(model)}" aria-hidden="true">${heads}</div>
${input.rows.length === 0 ? `<p class="empty">${e(strings.noRows)}</p>` : input.rows.map((r) => row(r, input)).join('\n')}`,
    generated: input.generated ?? new Date(),
    url: input.url,
  });
}
