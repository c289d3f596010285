/**
 * `<lawdiff-app>`: the whole viewer. Owns the collection reader, follows the
 * hash route, loads the collection and the version being read, and renders
 * the page for the route with its loading, error and empty states.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { fetchReader } from '../../app/fetch-reader.js';
import { readAhead } from '../../app/shipped-comparisons.js';
import { libraryReader } from '../../app/library-reader.js';
import { isOpenBlocked, onBlockedChange } from '../../app/library-reader.js';
import { applyUpdate, lawOfflineStatus, OfflineController } from '../../app/offline.js';
import { whenIdle } from '../../app/idle.js';
import { LoadController, type Loadable } from '../../app/load-controller.js';
import { HashRouteController } from '../../app/route-controller.js';
import { routeHref, defaultParams, type CompareParams, type Route } from '../../app/routes.js';
import { ComparisonSession, comparisonKey, sameReadings } from '../../app/comparison-session.js';
import { warmCompareWorker } from '../../app/compare-client.js';
import type { LinkOrigin } from '../../app/link-import.js';
import { CompareRequestEvent, ParamsChangeEvent } from '../common/events.js';
import { lawTitle } from '../../present/titles.js';
import { loadCollection, loadCollectionTitle, loadLaw, loadVersion, type CollectionReader, type LoadedCollection, type LoadedLaw } from '../../model/collection.js';
import type { VersionInfo } from '../../model/types.js';
import { renderLaw, type LawPageHost, type VersionResult } from '../law/law-page.js';
import { renderImportOffer, renderLaws, renderLibraryPage, renderMissingLaw, renderNotFound, type PagesHost } from './pages.js';
import { appStyles } from './lawdiff-app.styles.js';
import '../common/problem-list.js';
import '../common/status.js';
import { languageMenuLabel, languageNames, strings, uiLanguage, UiLanguages, type UiLanguage } from '../../present/strings.js';
import { chooseUiLanguage, languageReady } from '../../app/ui-language.js';
import { base, tokens } from '../common/theme.js';
import { LibraryChangeEvent } from '../common/library-events.js';
import { isolate } from '../../model/bidi.js';

/**
 * The views each page needs beyond the shell, loaded on first use so the
 * first load stays small (`npm run size`). Elements rendered before their
 * module arrives upgrade when it does, keeping the properties already set.
 */
const views: Partial<Record<Route['kind'], () => Promise<unknown>>> = {
  version: () => Promise.all([import('../reader/version-reader.js'), import('../library/version-actions.js')]),
  compare: () => Promise.all([import('../compare/compare-view.js'), import('../readings/readings-view.js')]),
  import: () => import('../library/import-page.js'),
  'add-version': () => import('../library/import-page.js'),
  data: () => import('../data/data-page.js'),
};

const requested = new Set<Route['kind']>();

/** Loads the views of a page once; a failed load (a deployment replaced the files) is logged and tried again on the next render. */
function loadViews(kind: Route['kind']): void {
  const load = views[kind];
  if (!load || requested.has(kind)) return;
  requested.add(kind);
  load().catch((e: unknown) => {
    requested.delete(kind);
    console.error(`lawdiff: the ${kind} view could not be loaded`, e);
  });
}

/** Asks every lit element on the page, in every shadow root, to render again (after the interface language changed). */
function redrawAll(root: Element | ShadowRoot): void {
  const walk = (node: Element | ShadowRoot): void => {
    if (node instanceof LitElement) node.requestUpdate();
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of Array.from(node.children)) walk(child);
  };
  walk(root);
}

/** The law and version a route names, as far as they exist. */
interface Selection {
  law: LoadedLaw | undefined;
  info: VersionInfo | undefined;
}

/** A page of one law: the law, a reading, a comparison. */
function isLawRoute(route: Route): route is Extract<Route, { kind: 'law' | 'version' | 'compare' }> {
  return route.kind === 'law' || route.kind === 'version' || route.kind === 'compare';
}

function samePage(a: Route, b: Route): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'law' && b.kind === 'law') return a.folder === b.folder;
  if (a.kind === 'version' && b.kind === 'version') return a.folder === b.folder && a.version === b.version;
  if (a.kind === 'compare' && b.kind === 'compare') return sameReadings(a, b);
  return true;
}

@customElement('lawdiff-app')
export class LawdiffApp extends LitElement implements LawPageHost, PagesHost {
  static override styles = [tokens, base, appStyles];

  /** The shipped collection over the network (and the service worker's cache). */
  readonly network = fetchReader(new URL('collection/', document.baseURI));
  /** The network collection with the reader's own laws and imported versions (IndexedDB) over it. */
  private readonly library = libraryReader(this.network);
  private readonly reader: CollectionReader = this.library;
  private readonly offline = new OfflineController(this);
  /** Folders of the laws whose every version file is in the offline cache (for the list's badges). */
  offlineLaws: ReadonlySet<string> = new Set();
  private readonly router = new HashRouteController(this, (route, previous) => {
    if (!samePage(route, previous)) this.pageChanged = true;
  });
  private readonly collection = new LoadController<LoadedCollection>(this);
  /**
   * The law a route names, read before the rest of the collection (one listing, not every law's) and
   * shown until the collection is loaded; the collection's copy is the one shown after that.
   */
  private readonly routeLaw = new LoadController<{ loaded: LoadedLaw; title: string }>(this);
  readonly version = new LoadController<VersionResult>(this);
  readonly comparison = new ComparisonSession(this, new URL('collection/', document.baseURI), this.library, this.network);
  /** Set when the route moved to another page: the next render scrolls up and focuses its heading. */
  private pageChanged = false;
  /** The comparison's link last opened (its readings and unit), read ahead once. */
  private linkOpened: string | undefined;
  /** Set when the collection is to be read once the page is idle (after the law a link opened). */
  private collectionQueued = false;

  /** The first render waits for the interface language's catalogue (English is built in; the others load on demand). */
  protected override async scheduleUpdate(): Promise<void> {
    await languageReady();
    super.scheduleUpdate();
  }

  /** The reader picked another interface language: everything is drawn again in it (their place on the page stays). */
  private async switchLanguage(lang: UiLanguage): Promise<void> {
    if (lang === uiLanguage) return;
    await chooseUiLanguage(lang);
    redrawAll(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A law's page opened from a link shows its law first; the rest of the collection is read when the page is idle (willUpdate).
    if (!isLawRoute(this.router.route)) this.loadCollection();
    this.addEventListener(ParamsChangeEvent.eventName, this.onParams);
    this.addEventListener(CompareRequestEvent.eventName, this.onCompare);
    this.addEventListener(LibraryChangeEvent.eventName, this.onLibraryChange);
    this.databaseBlocked = isOpenBlocked();
    this.offBlocked = onBlockedChange(this.onDatabaseBlocked);
    // Notes kept in localStorage while the database could not be opened go into it now (and so into the backup).
    // Once the page has drawn what it opened (the database is created on a first visit).
    void whenIdle()
      .then(() => import('../../app/browser-notes.js'))
      .then((m) => m.browserNotesStore.moveLocalNotes());
  }

  /** Reads the collection: every law's listing, with the reader's own laws and readings. */
  private loadCollection(): void {
    this.collection.ensure('collection', async () => {
      const loaded = await loadCollection(this.reader);
      // The law a link opened, read first, stays the object shown when the collection's copy is the same (nothing is done again for it).
      const first = this.routeLaw.state.status === 'done' ? this.routeLaw.state.value.loaded : undefined;
      const at = first ? loaded.laws.findIndex((l) => l.folder === first.folder) : -1;
      if (first && at >= 0 && JSON.stringify(loaded.laws[at]!.law) === JSON.stringify(first.law)) loaded.laws[at] = first;
      // The list's badges: asked of the offline cache once the page has drawn what it opened.
      void whenIdle().then(() => this.refreshOfflineLaws(loaded));
      return loaded;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.offBlocked?.();
  }

  /** Another tab holds an older version of the database open: this page cannot read the reader's own data until it lets go. */
  private databaseBlocked = false;
  private offBlocked: (() => void) | undefined;

  /** Says so while the database waits for another tab; once it no longer does, reads the collection again (with the reader's own laws). */
  private readonly onDatabaseBlocked = (blocked: boolean): void => {
    this.databaseBlocked = blocked;
    if (!blocked) this.reloadLibrary();
    this.requestUpdate();
  };

  /** Set when the library changed on the data page: the collection is loaded again once the reader leaves it. */
  private libraryStale = false;

  /**
   * The reader saved or deleted a law or version: load the collection again
   * and go where asked; without a place to go (the data page), only once the
   * reader leaves the page, so that the page and its messages stay.
   */
  private readonly onLibraryChange = (e: LibraryChangeEvent): void => {
    if (!e.href) {
      this.libraryStale = true;
      return;
    }
    this.reloadLibrary();
    this.router.navigate(e.href);
  };

  private reloadLibrary(): void {
    this.libraryStale = false;
    this.comparison.reset();
    this.version.reset();
    this.routeLaw.reset();
    // Read again, or for the first time when it was still waiting for the page to be idle.
    if (this.collection.state.status === 'idle') this.loadCollection();
    else this.collection.retry();
  }

  /** Finds which laws are available offline (after the collection loads, and after a download). */
  readonly refreshOfflineLaws = async (loaded?: LoadedCollection): Promise<void> => {
    const state = this.collection.state;
    const laws = loaded?.laws ?? (state.status === 'done' ? state.value.laws : undefined);
    if (!laws) return;
    const found = new Set<string>();
    for (const { folder, law } of laws) {
      const s = await lawOfflineStatus(this.network, folder, law, { sizes: false }).catch(() => undefined);
      if (s && s.total > 0 && s.cached === s.total) found.add(folder);
    }
    this.offlineLaws = found;
    this.requestUpdate();
  };

  private readonly onParams = (e: ParamsChangeEvent): void => {
    const route = this.router.route;
    if (route.kind !== 'compare') return;
    const params: CompareParams = { ...route.params, ...e.params };
    this.router.navigate(routeHref({ ...route, params }), e.replace);
  };

  private readonly onCompare = (e: CompareRequestEvent): void => {
    const route = this.router.route;
    if (!isLawRoute(route)) return;
    // Another pair of readings starts with the default view, in the diff unit chosen so far.
    const unit = route.kind === 'compare' ? route.params.unit : defaultParams.unit;
    const readings = e.readings && e.readings.length > 2 ? [...e.readings] : undefined;
    this.router.navigate(routeHref({ kind: 'compare', folder: route.folder, old: e.oldId, new: e.newId, readings, params: { ...defaultParams, unit } }));
  };

  private select(collection: Loadable<LoadedCollection>): Selection {
    const route = this.router.route;
    if (!isLawRoute(route)) return { law: undefined, info: undefined };
    const first = this.routeLaw.state;
    const law =
      collection.status === 'done'
        ? collection.value.laws.find((l) => l.folder === route.folder)
        : first.status === 'done' && first.value.loaded.folder === route.folder
          ? first.value.loaded
          : undefined;
    const info = route.kind === 'version' ? law?.law.versions.find((v) => v.id === route.version) : undefined;
    return { law, info };
  }

  protected override willUpdate(): void {
    loadViews(this.router.route.kind);
    // A comparison's link opened with the app: while the app and the collection load, the comparison the build
    // shipped is read ahead, or, when it shipped none, the worker's script and the engine load (decision 018).
    // Later links are asked for at once: there is nothing to read ahead of.
    const opening = this.router.route;
    const link = opening.kind === 'compare' ? { folder: opening.folder, old: opening.old, new: opening.new, granularity: opening.params.unit, readings: opening.readings } : undefined;
    const linkKey = link ? JSON.stringify(link) : undefined;
    if (link && linkKey !== this.linkOpened && this.collection.state.status !== 'done') void readAhead(this.network, link).then((shipped) => shipped || warmCompareWorker());
    this.linkOpened = linkKey;
    if (this.libraryStale && this.router.route.kind !== 'data') this.reloadLibrary();
    // A law's page opened before the collection is read: its own listing is read first (a link opens one law).
    if (this.collection.state.status !== 'done' && isLawRoute(opening)) {
      const folder = opening.folder;
      this.routeLaw.ensure(folder, async () => {
        // With the collection's title for the bar, so that nothing on the page moves when the collection comes in
        // (the reader's library adds laws to the index, never changes its title).
        const [{ law }, title] = await Promise.all([loadLaw(this.reader, folder), loadCollectionTitle(this.network)]);
        // Not found alone (a law of the reader's, listed by the index): the collection says what it is.
        if (!law) throw new Error(`${folder}/law.json`);
        return { loaded: law, title };
      });
    }
    // The rest of the collection: at once for any other page, or when the law was not found alone; once the page
    // is idle when it was (its title in the bar and the laws' list are all that need it then).
    if (this.collection.state.status === 'idle') {
      const first = this.routeLaw.state.status;
      if (!isLawRoute(opening) || first === 'error') this.loadCollection();
      else if (first === 'done' && !this.collectionQueued) {
        this.collectionQueued = true;
        void whenIdle().then(() => this.loadCollection());
      }
    }
    const { law, info } = this.select(this.collection.state);
    if (law && info && info.published !== false) {
      this.version.ensure(`${law.folder}/${info.id}`, () => loadVersion(this.reader, law.folder, law.law, info));
    } else {
      this.version.reset();
    }
    const route = this.router.route;
    if (law && route.kind === 'compare') {
      this.comparison.show(comparisonKey(law.folder, law.law, route.old, route.new, route.params.unit, route.readings), law.law);
    } else {
      this.comparison.leave();
    }
  }

  protected override updated(): void {
    document.title = this.pageTitle();
    if (this.pageChanged) {
      this.pageChanged = false;
      const route = this.router.route;
      if (route.kind === 'version' && route.target) return;
      window.scrollTo(0, 0);
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
    }
  }

  private pageTitle(): string {
    const { law, info } = this.select(this.collection.state);
    const parts = [info?.label, law ? lawTitle(law.law, uiLanguage).text : undefined, strings.appName];
    return parts.filter((p) => p).join(' — ');
  }

  override render() {
    const state = this.collection.state;
    const selection = this.select(state);
    return html`<button type="button" class="skip" @click=${this.skipToContent}>
        ${this.router.route.kind === 'compare' ? strings.skipToComparison : strings.skipToContent}</button>
      <header class="bar">
        <a class="brand" href="#/">${strings.appName}</a>
        ${this.collectionTitle() ? html`<span class="collection" translate="no">${isolate(this.collectionTitle())}</span>` : nothing}
        ${this.renderBreadcrumb(selection)}
        ${this.offline.state.online
          ? nothing
          : html`<span class="net" role="status" title=${strings.offlineHint}>${strings.offline}</span>`}
        <a class="data-link" href=${routeHref({ kind: 'data' })} aria-current=${this.router.route.kind === 'data' ? 'page' : 'false'}>${strings.yourData}</a>
        <select class="ui-language" aria-label=${languageMenuLabel[uiLanguage]} title=${languageMenuLabel[uiLanguage]}
          @change=${(e: Event) => void this.switchLanguage((e.target as HTMLSelectElement).value as UiLanguage)}>
          ${UiLanguages.map((l) => html`<option value=${l} lang=${l} ?selected=${l === uiLanguage}>${languageNames[l]}</option>`)}
        </select>
      </header>
      <div role="status" class="database-status">${this.databaseBlocked ? html`<p class="update database-blocked">${strings.databaseBlocked}</p>` : nothing}</div>
      ${this.offline.state.updateReady
        ? html`<div class="update" role="status">
            <span>${strings.updateReady}</span>
            <button type="button" @click=${() => applyUpdate()}>${strings.updateReload}</button>
          </div>`
        : nothing}
      <main>${this.renderPage(state, selection)}</main>`;
  }

  /** The collection's title for the bar: the collection's, or, before it is read, the one read with a linked law. */
  private collectionTitle(): string {
    const state = this.collection.state;
    if (state.status === 'done') return state.value.title;
    return this.routeLaw.state.status === 'done' ? this.routeLaw.state.value.title : '';
  }

  /** The skip link: past the header and the law's timeline to the comparison's toolbar, or to the page's heading. */
  private readonly skipToContent = (): void => {
    const compare = this.renderRoot.querySelector('lawdiff-compare-view') ?? this.renderRoot.querySelector('lawdiff-readings-view');
    if (this.router.route.kind === 'compare' && compare?.focusToolbar()) return;
    const heading = this.renderRoot.querySelector<HTMLElement>('main h1');
    heading?.focus();
  };

  private renderBreadcrumb({ law, info }: Selection) {
    const route = this.router.route;
    if (route.kind === 'laws') return nothing;
    const title = law ? lawTitle(law.law, uiLanguage) : undefined;
    return html`<nav class="crumbs" aria-label=${strings.breadcrumb}>
      <ol>
        <li><a href="#/">${strings.home}</a></li>
        ${law && title
          ? html`<li>
              <a href=${routeHref({ kind: 'law', folder: law.folder })} lang=${title.lang} translate="no"
                aria-current=${route.kind === 'law' ? 'page' : 'false'}>${isolate(title.text)}</a>
            </li>`
          : nothing}
        ${law && info
          ? html`<li>
              <a href=${routeHref({ kind: 'version', folder: law.folder, version: info.id, target: undefined })} translate="no"
                aria-current=${route.kind === 'version' && !route.target ? 'page' : 'false'}>${isolate(info.label)}</a>
            </li>`
          : nothing}
      </ol>
    </nav>`;
  }

  private renderPage(state: Loadable<LoadedCollection>, selection: Selection): TemplateResult {
    const route = this.router.route;
    // The law a link names, read before the rest of the collection.
    if ((state.status === 'pending' || state.status === 'idle') && selection.law) {
      return renderLaw(this, selection.law, selection.info, route);
    }
    switch (state.status) {
      case 'idle':
      case 'pending':
        return html`<lawdiff-status kind="loading" message=${strings.loadingCollection}></lawdiff-status>`;
      case 'error':
        return html`<h1 tabindex="-1">${strings.appName}</h1>
          <lawdiff-status kind="error" retry message=${strings.collectionFailed} detail=${state.message}
            @lawdiff-retry=${() => this.collection.retry()}></lawdiff-status>`;
      case 'done':
        break;
      default: {
        const never: never = state;
        return never;
      }
    }
    const collection = state.value;
    switch (route.kind) {
      case 'laws':
        return renderLaws(this, collection);
      case 'law':
      case 'version':
      case 'compare':
        return selection.law ? renderLaw(this, selection.law, selection.info, route) : renderMissingLaw(this, collection, route.folder);
      case 'import':
      case 'add-version':
      case 'data':
        return renderLibraryPage(this, collection, route);
      case 'not-found':
        return renderNotFound(strings.pageNotFound);
      default: {
        const never: never = route;
        return never;
      }
    }
  }

  get route(): Route {
    return this.router.route;
  }

  isUserLaw(folder: string): boolean {
    return this.library.isUserLaw(folder);
  }

  retryCollection(): void {
    this.collection.retry();
  }

  renderImportOffer(folder: string, lawExists: boolean, missing: readonly string[], origin: LinkOrigin | undefined): unknown {
    return renderImportOffer(this, folder, lawExists, missing, origin);
  }

  /**
   * Offline, for a law whose texts are not all kept on this device: why a text
   * could not be read, and what to do (undefined when online, or when every
   * text is kept and the failure is something else).
   */
  notOnDevice(folder: string, law: LoadedLaw['law']): string | undefined {
    if (this.offline.state.online || this.offlineLaws.has(folder)) return undefined;
    return strings.notOnDevice(lawTitle(law, uiLanguage).text);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-app': LawdiffApp;
  }
}
