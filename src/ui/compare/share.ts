/**
 * Handing a comparison on: the standalone HTML file of the comparison as
 * shown, and the link to one article (with where its imported readings came
 * from, so another browser can offer to import them).
 */
import { formatOrigin, linkOrigin } from '../../app/link-import.js';
import { routeHref, type CompareParams } from '../../app/routes.js';
import type { CompareResult } from '../../diff/index.js';
import type { Law } from '../../model/types.js';
import { renumberedOnlyCount } from '../../present/compare-model.js';
import type { CompareNavigation } from '../../present/compare-navigation.js';
import { exportFileName, exportHtml } from '../../present/export-html.js';
import { strings, uiLanguage } from '../../present/strings.js';
import { languageChosen } from '../../app/ui-language.js';
import type { Note } from '../../store/notes.js';
import { isImported, isUserLawFolder } from '../../app/library-reader.js';
import { downloadText } from '../common/download.js';

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

/** Downloads the comparison as one standalone HTML file (added to `host` for the click); returns the message to show when it failed. */
export function downloadComparison(host: Node, c: ShownComparison): string | undefined {
  const oldVersion = c.law.versions.find((v) => v.id === c.oldId);
  const newVersion = c.law.versions.find((v) => v.id === c.newId);
  if (!oldVersion || !newVersion) return undefined;
  const p = c.params;
  let text: string;
  try {
    text = exportHtml({
      law: c.law,
      oldVersion,
      newVersion,
      rows: [...c.nav.visible],
      stats: c.result.comparison.stats,
      renumberedOnly: renumberedOnlyCount(c.result.comparison.stats, c.nav.model.rows),
      view: p.view,
      filter: p.filter,
      unit: c.result.granularity,
      lang: c.lang,
      generated: new Date(),
      url: new URL(routeHref({ kind: 'compare', folder: c.folder, old: c.oldId, new: c.newId, params: { ...p, history: undefined, concordance: false } }), window.location.href).href,
      notes: c.notes,
    });
  } catch (err) {
    return `${strings.exportFailed} ${err instanceof Error ? err.message : String(err)}`;
  }
  downloadText(host, exportFileName(c.folder, c.oldId, c.newId), text, 'text/html;charset=utf-8');
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

/** Copies the link to one article of the comparison; returns what to tell the reader (the link itself when the clipboard is not allowed). */
export async function copyArticleLink(law: Law, folder: string, oldId: string, newId: string, params: CompareParams, key: string): Promise<string> {
  // Readings imported from an address: the link says where from, so another browser can offer to import them.
  const origin = linkOrigin(law, [oldId, newId], isImported, isUserLawFolder(folder));
  const href = routeHref({ kind: 'compare', folder, old: oldId, new: newId, params: { ...params, focus: key, history: undefined, origin: origin ? formatOrigin(origin) : undefined } });
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
