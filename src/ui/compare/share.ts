/**
 * Handing a comparison on: the standalone HTML file of the comparison as
 * shown, and the link to one article (with where its imported readings came
 * from, so another browser can offer to import them).
 */
import { formatOrigin, linkOrigin } from '../../app/link-import.js';
import { routeHref, type CompareParams } from '../../app/routes.js';
import type { CompareResult } from '../../diff/index.js';
import type { Law } from '../../model/types.js';
import type { CompareNavigation } from '../../present/compare-navigation.js';
import { exportFileName, exportHtml } from '../../present/export-html.js';
import { strings, uiLanguage } from '../../present/strings.js';
import { languageChosen } from '../../app/ui-language.js';
import type { Note } from '../../store/notes.js';
import { isImported, isUserLawFolder } from '../../app/library-reader.js';
import { downloadData, downloadText } from '../common/download.js';
import { exportInput } from '../../present/export/input.js';

/** A comparison as the view shows it. */
export interface ShownComparison {
  folder: string;
  law: Law;
  oldId: string;
  newId: string;
  result: CompareResult;
  params: CompareParams;
  nav: CompareNavigation;
  lang: { old: string; new: string };
  /** The reader's notes by article key, when they are to go in the file. */
  notes: ReadonlyMap<string, readonly Note[]> | undefined;
}

/** The export's input for the comparison as shown: its rows, view and filter, with links to each article. */
function shownInput(c: ShownComparison) {
  const p = c.params;
  const at = (extra: Partial<CompareParams>): string =>
    new URL(routeHref({ kind: 'compare', folder: c.folder, old: c.oldId, new: c.newId, params: { ...p, history: undefined, concordance: false, ...extra } }), window.location.href).href;
  return exportInput({
    law: c.law,
    oldId: c.oldId,
    newId: c.newId,
    result: c.result,
    rows: [...c.nav.visible],
    allRows: c.nav.model.rows,
    view: p.view,
    filter: p.filter,
    lang: c.lang,
    generated: new Date(),
    url: at({}),
    link: (key) => at({ focus: key }),
    notes: c.notes,
  });
}

/** Downloads the comparison as one standalone HTML file (added to `host` for the click); returns the message to show when it failed. */
export function downloadComparison(host: Node, c: ShownComparison): string | undefined {
  let text: string;
  try {
    text = exportHtml(shownInput(c));
  } catch (err) {
    return `${strings.exportFailed} ${err instanceof Error ? err.message : String(err)}`;
  }
  downloadText(host, exportFileName(c.folder, c.oldId, c.newId), text, 'text/html;charset=utf-8');
  return undefined;
}

const MIME = {
  'docx-table': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'docx-tracked': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
} as const;

/** A file's name for a format: the HTML export's, with the format's extension (`…_table.docx`, `…_tracked.docx`). */
function fileName(c: ShownComparison, format: keyof typeof MIME): string {
  const base = exportFileName(c.folder, c.oldId, c.newId).replace(/\.html$/u, '');
  return format === 'docx-table' ? `${base}_table.docx` : format === 'docx-tracked' ? `${base}_tracked.docx` : `${base}.${format}`;
}

/**
 * Downloads the comparison as shown as a Word comparison table, a Word document with tracked
 * changes, or a list of changes (Excel, CSV). The writers (and the `docx` library) load only now,
 * not with the app. Returns the message to show when it failed.
 */
export async function downloadComparisonAs(host: Node, c: ShownComparison, format: keyof typeof MIME): Promise<string | undefined> {
  let data: Uint8Array | string;
  try {
    const input = shownInput(c);
    if (format === 'docx-table') data = await (await import('../../present/export/docx-table.js')).comparisonTableDocx(input);
    else if (format === 'docx-tracked') {
      const oldDoc = c.result.docs[c.oldId];
      const newDoc = c.result.docs[c.newId];
      if (!oldDoc || !newDoc) return undefined;
      const { trackedChangesDocx } = await import('../../present/export/docx-tracked.js');
      data = await trackedChangesDocx({ law: c.law, oldVersion: input.oldVersion, newVersion: input.newVersion, oldDoc, newDoc, comparison: c.result.comparison, date: input.generated });
    } else {
      const sheet = await import('../../present/export/sheet.js');
      data = format === 'xlsx' ? sheet.sheetXlsx(input) : sheet.sheetCsv(input);
    }
  } catch (err) {
    return strings.exportFormats.failed(err instanceof Error ? err.message : String(err));
  }
  downloadData(host, fileName(c, format), data, MIME[format]);
  return undefined;
}

/** A link with `lang=<language>` in its route's query (nothing added without a language). */
export function withLanguage(href: string, lang: string | undefined): string {
  if (!lang) return href;
  const url = new URL(href);
  const [path, query = ''] = url.hash.split('?', 2) as [string, string?];
  const params = new URLSearchParams(query);
  params.set('lang', lang);
  url.hash = `${path}?${params.toString()}`;
  return url.href;
}

/** Copies the link to one article of the comparison (of two readings, or of several: `readings`); returns what to tell the reader (the link itself when the clipboard is not allowed). */
export async function copyArticleLink(law: Law, folder: string, oldId: string, newId: string, params: CompareParams, key: string, readings?: readonly string[]): Promise<string> {
  // Readings imported from an address: the link says where from, so another browser can offer to import them.
  const origin = linkOrigin(law, readings ? [...readings] : [oldId, newId], isImported, isUserLawFolder(folder));
  const href = routeHref({
    kind: 'compare',
    folder,
    old: oldId,
    new: newId,
    readings: readings ? [...readings] : undefined,
    params: { ...params, focus: key, history: undefined, origin: origin ? formatOrigin(origin) : undefined },
  });
  // The interface language goes along only when the reader chose it: otherwise the colleague's browser decides.
  const url = withLanguage(new URL(href, window.location.href).href, languageChosen() ? uiLanguage : undefined);
  try {
    await navigator.clipboard.writeText(url);
    return strings.linkCopied;
  } catch {
    // No clipboard permission: show the link so it can be copied by hand.
    return url;
  }
}
