/**
 * The app's pages other than a law's: the list of laws, the reader's own
 * data (a new law, a new version, the backup page), a law that is not here
 * (and the offer to import it when a link says where from), and "not found".
 * Rendered by the app (`<lawdiff-app>`) in its shadow root.
 */
import { html } from 'lit';
import { parseOrigin, type LinkOrigin } from '../../app/link-import.js';
import { routeHref, type Route } from '../../app/routes.js';
import type { LoadedCollection } from '../../model/collection.js';
import { strings } from '../../present/strings.js';
import { isUserLawFolder } from '../../app/library-reader.js';
import '../common/problem-list.js';
import '../common/status.js';
import '../library/law-list.js';

/** What these pages read from the app. */
export interface PagesHost {
  readonly route: Route;
  /** Folders of the laws kept offline. */
  readonly offlineLaws: ReadonlySet<string>;
  /** Whether a law is the reader's own (imported in this browser). */
  isUserLaw(folder: string): boolean;
  retryCollection(): void;
}

export function renderLaws(h: PagesHost, collection: LoadedCollection) {
  if (collection.laws.length === 0 && collection.problems.length > 0) {
    // Nothing loaded at all (no index, or every law broken): an error, with the reasons.
    return html`<h1 tabindex="-1">${strings.lawsHeading}</h1>
      <lawdiff-status kind="error" retry message=${strings.collectionFailed} @lawdiff-retry=${() => h.retryCollection()}></lawdiff-status>
      <lawdiff-problem-list .problems=${collection.problems}></lawdiff-problem-list>`;
  }
  return html`<h1 tabindex="-1">${strings.lawsHeading}</h1>
    <p class="page-actions"><a class="new-law" href=${routeHref({ kind: 'import' })}>${strings.newLaw}</a></p>
    <lawdiff-problem-list .problems=${collection.problems} hint=${collection.laws.length > 0 ? strings.problemsHint : ''}></lawdiff-problem-list>
    ${collection.laws.length > 0
      ? html`<lawdiff-law-list .laws=${collection.laws} .offline=${h.offlineLaws}
          .mine=${new Set(collection.laws.filter((l) => h.isUserLaw(l.folder)).map((l) => l.folder))}></lawdiff-law-list>`
      : html`<lawdiff-status kind="empty" message=${strings.collectionEmpty} detail=${strings.collectionEmptyHint}></lawdiff-status>`}`;
}

/** The pages of the reader's own data: a new law, a new version, the backup page. */
export function renderLibraryPage(h: PagesHost, collection: LoadedCollection, route: Extract<Route, { kind: 'import' | 'add-version' | 'data' }>) {
  const folders = collection.laws.map((l) => l.folder);
  if (route.kind === 'data') {
    const shipped = new Set(folders.filter((f) => !h.isUserLaw(f)));
    return html`<h1 tabindex="-1">${strings.yourData}</h1><lawdiff-data-page .laws=${collection.laws} .shipped=${shipped}></lawdiff-data-page>`;
  }
  if (route.kind === 'import') return html`<h1 tabindex="-1">${strings.importNewLawHeading}</h1><lawdiff-import-page .folders=${folders}></lawdiff-import-page>`;
  const law = collection.laws.find((l) => l.folder === route.folder);
  if (!law) return renderMissingLaw(h, collection, route.folder);
  return html`<h1 tabindex="-1">${strings.importAddHeading}</h1><lawdiff-import-page .law=${law} .folders=${folders}></lawdiff-import-page>`;
}

export function renderMissingLaw(h: PagesHost, collection: LoadedCollection, folder: string) {
  const problems = collection.problems.filter((p) => p.file?.startsWith(`${folder}/`));
  const route = h.route;
  const origin = route.kind === 'compare' ? parseOrigin(route.params.origin) : undefined;
  // A law of someone's own (imported in their browser: `user-…`), or a link that says where its texts came from.
  if (isUserLawFolder(folder) || origin) {
    const missing = route.kind === 'compare' ? [route.old, route.new] : [];
    return html`<h1 tabindex="-1">${strings.appName}</h1>${renderImportOffer(h, folder, false, missing, origin)}`;
  }
  return html`${renderNotFound(strings.lawNotFound(folder))}
    <lawdiff-problem-list .problems=${problems}></lawdiff-problem-list>`;
}

/** What a link to texts imported in another browser opens: why they are not here, and the offer to import them from their addresses. */
export function renderImportOffer(h: PagesHost, folder: string, lawExists: boolean, missing: readonly string[], origin: LinkOrigin | undefined) {
  const route = h.route;
  // Loaded on first use: most readers never follow such a link.
  import('../library/link-import-offer.js').catch((e: unknown) => console.error('lawdiff: the import offer could not be loaded', e));
  const href = route.kind === 'compare' ? routeHref({ ...route, params: { ...route.params, origin: undefined } }) : routeHref({ kind: 'law', folder });
  return html`<lawdiff-link-import-offer .folder=${folder} ?lawExists=${lawExists} .missing=${missing} .origin=${origin} .href=${href}></lawdiff-link-import-offer>`;
}

export function renderNotFound(message: string) {
  return html`<h1 tabindex="-1">${strings.appName}</h1>
    <lawdiff-status kind="error" message=${message}><a href="#/">${strings.backToLaws}</a></lawdiff-status>`;
}
