/**
 * `<lawdiff-data-page>` (`#/data`): what lawdiff keeps in this browser for
 * the reader — counts, storage used, a backup file of every note, law and
 * imported version (`lawdiff-backup/1`) to download and to restore (merging),
 * and the reader's laws and imported versions, each with a delete button.
 *
 * An imported version is every version the reader imported, into a law of the
 * collection or into a law of their own: the counts and the lists are read
 * from one snapshot of the library ({@link readLibrary}), so they agree.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { backupFileName, makeBackup, parseBackup } from '../app/backup.js';
import { clearComparisons, listComparisons } from '../app/comparison-cache.js';
import { cachedSize } from '../app/offline.js';
import { COLLECTION_CACHE } from '../app/revisions.js';
import { openBrowserLibrary, type OpenLibrary } from '../app/library-reader.js';
import { routeHref } from '../app/routes.js';
import { lawTitle } from '../app/titles.js';
import type { LoadedLaw } from '../model/collection.js';
import type { LawdiffDb, StoredLaw, StoredVersion } from '../store/db.js';
import { NOTES_CHANNEL } from '../store/idb-notes.js';
import { countContent, deleteLaw, deleteVersion, readContent, readLibrary, mergeContent, type LibrarySnapshot } from '../store/library.js';
import { downloadText } from './download.js';
import { formatBytes } from './format.js';
import { LibraryChangeEvent } from './library-events.js';
import { libraryStyles } from './library.styles.js';
import { strings, uiLanguage } from './strings.js';
import { base } from './theme.js';

/** An outcome to show, in the section of the page where the reader acted. */
type Message = { kind: 'ok' | 'error'; text: string; where: 'backup' | 'laws' | 'versions' | 'caches' };

const whyNot = (problem: string): string => strings.cannotSave[problem] ?? problem;

/** Tells every notes store of this origin (other tabs, and this page's) that any note may have changed. */
function announceNotes(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(NOTES_CHANNEL);
  channel.postMessage({ folder: undefined, key: undefined });
  channel.close();
}

@customElement('lawdiff-data-page')
export class LawdiffDataPage extends LitElement {
  static override styles = [base, libraryStyles];

  /** The loaded collection's laws, to name the laws imported versions belong to. */
  @property({ attribute: false }) laws: readonly LoadedLaw[] = [];
  /** Opens the library's database (the page's shared connection by default). */
  @property({ attribute: false }) open: OpenLibrary = openBrowserLibrary;

  /** How many notes the reader has (the laws and versions are counted from {@link library}). */
  @state() private notes: number | undefined;
  @state() private library: LibrarySnapshot | undefined;
  @state() private usage = '';
  /** Comparisons kept in IndexedDB and version files kept for offline use: how many, how large. */
  @state() private caches: { comparisons: number; comparisonBytes: number; files: number; fileBytes: number } | undefined;
  @state() private problem = '';
  @state() private message: Message | undefined;
  @state() private busy = false;
  /** The key of the law (`law:<folder>`) or version (`version:<folder>/<id>`) whose deletion is being confirmed. */
  @state() private confirming: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
  }

  private async db(): Promise<LawdiffDb | undefined> {
    const r = await this.open();
    if (r.ok) return r.value;
    this.problem = whyNot(r.problem);
    return undefined;
  }

  private async refresh(): Promise<void> {
    void this.estimate();
    void this.measureCaches();
    const db = await this.db();
    if (!db) return;
    const [counts, library] = await Promise.all([countContent(db), readLibrary(db)]);
    if (!counts.ok || !library.ok) {
      this.problem = whyNot(counts.ok ? (library.ok ? '' : library.problem) : counts.problem);
      return;
    }
    this.problem = '';
    this.notes = counts.value.notes;
    this.library = library.value;
  }

  private async estimate(): Promise<void> {
    const storage = (navigator as Partial<Navigator>).storage;
    if (!storage?.estimate) return;
    try {
      const { usage, quota } = await storage.estimate();
      if (usage !== undefined && quota !== undefined) this.usage = strings.storageUsage(formatBytes(usage), formatBytes(quota));
    } catch {
      // the estimate is a courtesy
    }
  }

  private async measureCaches(): Promise<void> {
    const db = await this.db();
    const listed = db ? await listComparisons(db) : undefined;
    let files = 0;
    let fileBytes = 0;
    if (typeof caches !== 'undefined') {
      try {
        const cache = await caches.open(COLLECTION_CACHE);
        for (const request of await cache.keys()) {
          const response = await cache.match(request);
          files++;
          fileBytes += response ? await cachedSize(response) : 0;
        }
      } catch {
        // no Cache Storage here (not a secure context)
      }
    }
    const entries = listed?.ok ? listed.value : [];
    this.caches = { comparisons: entries.length, comparisonBytes: entries.reduce((n, e) => n + e.bytes, 0), files, fileBytes };
  }

  private async clearCaches(): Promise<void> {
    this.busy = true;
    const db = await this.db();
    const cleared = db ? await clearComparisons(db) : undefined;
    if (typeof caches !== 'undefined') await caches.delete(COLLECTION_CACHE).catch(() => false);
    this.busy = false;
    this.message = cleared && !cleared.ok ? { kind: 'error', text: whyNot(cleared.problem), where: 'caches' } : { kind: 'ok', text: strings.cachesCleared, where: 'caches' };
    await this.measureCaches();
    void this.estimate();
  }

  private titleOf(folder: string, stored?: StoredLaw): { text: string; lang: string } {
    const law = stored?.law ?? this.laws.find((l) => l.folder === folder)?.law;
    return law ? lawTitle(law, uiLanguage) : { text: folder, lang: '' };
  }

  override render() {
    const lib = this.library;
    return html`<p class="intro">${strings.dataIntro}</p>
      ${this.problem ? html`<p class="error storage" role="alert">${this.problem}</p>` : nothing}
      ${lib && this.notes !== undefined ? html`<p class="counts" role="status">${strings.dataCounts(this.notes, lib.laws.length, lib.versions.length)}</p>` : nothing}
      ${this.usage ? html`<p class="usage hint">${this.usage}</p>` : nothing}
      <section aria-labelledby="backup-h">
        <h2 id="backup-h">${strings.backupHeading}</h2>
        <div class="actions">
          <button type="button" class="backup-export" ?disabled=${this.busy || !!this.problem} @click=${() => void this.exportBackup()}>${strings.backupExport}</button>
        </div>
        <div class="field">
          <label for="restore">${strings.backupImport}</label>
          <input id="restore" type="file" accept=".json,application/json" ?disabled=${this.busy || !!this.problem} aria-describedby="restore-hint" @change=${this.onRestore} />
          <span class="hint" id="restore-hint">${strings.backupImportHint}</span>
        </div>
        ${this.renderMessage('backup')}
      </section>
      ${this.library ? this.renderLibrary(this.library) : nothing}
      <section aria-labelledby="caches-h">
        <h2 id="caches-h">${strings.cachesHeading}</h2>
        <p class="hint">${strings.cachesIntro}</p>
        ${this.caches
          ? html`<p class="cache-counts" role="status">
              ${strings.cachesCounts(this.caches.comparisons, formatBytes(this.caches.comparisonBytes), this.caches.files, formatBytes(this.caches.fileBytes))}
            </p>`
          : nothing}
        <div class="actions">
          <button type="button" class="clear-caches" ?disabled=${this.busy} @click=${() => void this.clearCaches()}>${strings.cachesClear}</button>
        </div>
        ${this.renderMessage('caches')}
      </section>`;
  }

  private renderMessage(where: Message['where']) {
    const m = this.message;
    if (m?.where !== where) return nothing;
    return html`<p class=${`${m.kind} ${where}-message`} role=${m.kind === 'error' ? 'alert' : 'status'}>${m.text}</p>`;
  }

  private renderLibrary({ laws, versions }: LibrarySnapshot) {
    return html`<section aria-labelledby="laws-h">
        <h2 id="laws-h">${strings.yourLawsHeading}</h2>
        ${laws.length === 0
          ? html`<p class="hint">${strings.noUserLaws}</p>`
          : html`<ul class="records user-laws">
              ${repeat(laws, (l) => l.folder, (l) => this.renderLaw(l, versions.filter((v) => v.folder === l.folder).length))}
            </ul>`}
        ${this.renderMessage('laws')}
      </section>
      <section aria-labelledby="versions-h">
        <h2 id="versions-h">${strings.importedHeading}</h2>
        ${versions.length === 0
          ? html`<p class="hint">${strings.noImported}</p>`
          : html`<ul class="records imported-versions">
              ${repeat(versions, (v) => `${v.folder}/${v.versionId}`, (v) => this.renderVersion(v, laws.find((l) => l.folder === v.folder)))}
            </ul>`}
        ${this.renderMessage('versions')}
      </section>`;
  }

  private renderLaw(stored: StoredLaw, versions: number) {
    const title = this.titleOf(stored.folder, stored);
    const key = `law:${stored.folder}`;
    return html`<li data-folder=${stored.folder}>
      <a href=${routeHref({ kind: 'law', folder: stored.folder })}><bdi lang=${title.lang || nothing}>${title.text}</bdi></a>
      <span class="meta">${strings.versionCount(versions)}</span>
      ${this.renderDelete(key, strings.deleteLaw, strings.confirmDeleteLaw(title.text, versions), () => this.deleteLaw(stored.folder))}
    </li>`;
  }

  /** An imported version, naming its law (`mine`: the reader's own law it belongs to, if it does). */
  private renderVersion(v: StoredVersion, mine: StoredLaw | undefined) {
    const known = !!mine || this.laws.some((l) => l.folder === v.folder);
    const title = this.titleOf(v.folder, mine);
    const key = `version:${v.folder}/${v.versionId}`;
    return html`<li data-version=${v.versionId}>
      ${known
        ? html`<a href=${routeHref({ kind: 'version', folder: v.folder, version: v.versionId, target: undefined })}><bdi>${v.info.label}</bdi></a>`
        : html`<bdi>${v.info.label}</bdi>`}
      <span class="meta">
        ${known ? html`${strings.inLaw('')}<bdi lang=${title.lang || nothing}>${title.text}</bdi>` : strings.lawMissing}${v.info.date ? ` · ${v.info.date}` : ''}
      </span>
      ${this.renderDelete(key, strings.deleteVersion, strings.confirmDeleteVersion(v.info.label), () => this.deleteVersion(v))}
    </li>`;
  }

  private renderDelete(key: string, label: string, question: string, run: () => Promise<void>) {
    if (this.confirming !== key) {
      return html`<button type="button" class="danger delete" @click=${() => this.ask(key)}>${label}</button>`;
    }
    return html`<span class="confirm" role="group" aria-label=${label}>
      <span>${question}</span>
      <button type="button" class="danger confirm-delete" ?disabled=${this.busy} @click=${() => void run()}>${strings.confirmDelete}</button>
      <button type="button" @click=${() => (this.confirming = undefined)}>${strings.cancel}</button>
    </span>`;
  }

  private ask(key: string): void {
    this.confirming = key;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button.confirm-delete')?.focus());
  }

  /** Runs a change of the library, then reloads this page's figures and asks the app to reload the collection. */
  private async change(work: (db: LawdiffDb) => Promise<Message | undefined>): Promise<void> {
    this.busy = true;
    try {
      const db = await this.db();
      if (!db) return;
      const message = await work(db);
      if (message) this.message = message;
      this.confirming = undefined;
      await this.refresh();
      this.dispatchEvent(new LibraryChangeEvent(undefined));
    } finally {
      this.busy = false;
    }
  }

  private deleteLaw(folder: string): Promise<void> {
    return this.change(async (db) => {
      const r = await deleteLaw(db, folder);
      if (!r.ok) return { kind: 'error', text: whyNot(r.problem), where: 'laws' };
      if (r.value.notes > 0) announceNotes();
      return { kind: 'ok', text: strings.deleted, where: 'laws' };
    });
  }

  private deleteVersion(v: StoredVersion): Promise<void> {
    return this.change(async (db) => {
      const r = await deleteVersion(db, v.folder, v.versionId);
      return r.ok ? { kind: 'ok', text: strings.deleted, where: 'versions' } : { kind: 'error', text: whyNot(r.problem), where: 'versions' };
    });
  }

  private async exportBackup(): Promise<void> {
    const db = await this.db();
    if (!db) return;
    const r = await readContent(db);
    if (!r.ok) {
      this.message = { kind: 'error', text: whyNot(r.problem), where: 'backup' };
      return;
    }
    const now = new Date();
    downloadText(this.renderRoot, backupFileName(now), `${JSON.stringify(makeBackup(r.value, now), null, 2)}\n`, 'application/json;charset=utf-8');
  }

  private readonly onRestore = async (e: Event): Promise<void> => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch (err) {
      this.message = { kind: 'error', text: strings.backupRejected(err instanceof Error ? err.message : String(err)), where: 'backup' };
      return;
    } finally {
      input.value = '';
    }
    const parsed = parseBackup(text);
    if (!parsed.ok) {
      this.message = { kind: 'error', text: strings.backupRejected(parsed.message), where: 'backup' };
      return;
    }
    await this.change(async (db) => {
      const r = await mergeContent(db, parsed.content);
      if (!r.ok) return { kind: 'error', text: strings.backupRejected(whyNot(r.problem)), where: 'backup' };
      const { notes, laws, versions } = r.value;
      if (notes.added + notes.replaced > 0) announceNotes();
      const kept = notes.kept + laws.kept + versions.kept;
      return { kind: 'ok', text: strings.backupMerged(notes.added + notes.replaced, laws.added + laws.replaced, versions.added + versions.replaced, kept), where: 'backup' };
    });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-data-page': LawdiffDataPage;
  }
}
