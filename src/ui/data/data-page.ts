/**
 * `<lawdiff-data-page>` (`#/data`): what lawdiff keeps in this browser for
 * the reader — counts, storage used, a backup file of every note, law and
 * imported version (`lawdiff-backup/1`) to download and to restore (merging),
 * the reader's laws and imported versions, each with a delete button, and
 * the records that cannot be read, each to download as it is or to delete.
 *
 * Everything is read record by record from one snapshot
 * ({@link readContent}, with the backup's own rules): the counts, the lists
 * and the backup agree, and one damaged record never hides the rest.
 * Deleting a law first says exactly what goes (its versions and notes, read
 * afresh) and deletes nothing when that changed meanwhile.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { backupFileName, backupRecordProblem, makeBackup, parseBackup, plainJson, unreadableRecordFile } from '../../app/backup.js';
import { clearComparisons, listComparisons } from '../../app/comparison-cache.js';
import { cachedSize } from '../../app/offline.js';
import { COLLECTION_CACHE } from '../../app/revisions.js';
import { openBrowserLibrary, type OpenLibrary } from '../../app/library-reader.js';
import { routeHref } from '../../app/routes.js';
import { lawTitle } from '../../present/titles.js';
import type { LoadedLaw } from '../../model/collection.js';
import type { LawdiffDb, StoredLaw, StoredVersion } from '../../store/db.js';
import { NOTES_CHANNEL } from '../../store/idb-notes.js';
import {
  deleteLaw,
  deleteRecord,
  deleteVersion,
  lawContents,
  mergeContent,
  readContent,
  type LawContents,
  type LibraryContent,
  type MergeSummary,
  type Unreadable,
  type UnreadableRecord,
} from '../../store/library.js';
import { downloadText } from '../common/download.js';
import { formatBytes } from '../../present/format.js';
import { LibraryChangeEvent } from '../common/library-events.js';
import { libraryStyles } from '../library/library.styles.js';
import { strings, uiLanguage } from '../../present/strings.js';
import { base } from '../common/theme.js';

/** An outcome to show, in the section of the page where the reader acted (`details`: one more line each). */
type Message = { kind: 'ok' | 'error'; text: string; where: 'backup' | 'laws' | 'versions' | 'caches' | 'unreadable'; details?: string[] };

/** A record that cannot be read, as the page names it: its store and key in one string. */
const recordId = (r: Pick<UnreadableRecord, 'store' | 'key'>): string => `${r.store}:${JSON.stringify(plainJson(r.key))}`;

/** A record's key as the page shows it: a string as it is, a compound key's parts joined by ` / ` (without the library's own collection name). */
function keyText(key: IDBValidKey): string {
  if (typeof key === 'string') return key;
  if (Array.isArray(key)) return key.filter((k, i) => !(i === 0 && k === '~library')).map((k) => keyText(k as IDBValidKey)).join(' / ');
  return JSON.stringify(plainJson(key)) ?? String(key);
}

/** The sentences of a restore: the counts, then each law restored under a new folder, then what was left out. */
function restoreSummary({ notes, laws, versions, renamed, skipped }: MergeSummary): { text: string; details: string[] } {
  const kept = notes.kept + laws.kept + versions.kept;
  const text = strings.backupMerged(notes.added + notes.replaced, laws.added + laws.replaced, versions.added + versions.replaced, kept);
  const details = renamed.map((r) => strings.backupRenamed(lawTitle({ id: r.to, title: r.title, jurisdiction: '', language: '', versions: [] }, uiLanguage).text, r.from, r.to, r.reason));
  for (const reason of ['unreadable', 'id-taken'] as const) {
    const n = skipped.filter((s) => s.reason === reason).length;
    if (n > 0) details.push(strings.backupSkipped(n, reason));
  }
  return { text, details };
}

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
  static override styles = [
    base,
    libraryStyles,
    css`
      .unreadable-records .store {
        font-weight: 600;
      }
      .unreadable-records code {
        font-family: var(--ld-font-mono);
        font-size: 0.85rem;
        overflow-wrap: anywhere;
      }
      .unreadable-records .why {
        flex: 1 1 100%;
        overflow-wrap: anywhere;
      }
      .message-details {
        margin: 0.25rem 0 0;
        padding-left: 1.25rem;
        max-width: var(--ld-measure);
      }
    `,
  ];

  /** The loaded collection's laws, to name the laws imported versions belong to. */
  @property({ attribute: false }) laws: readonly LoadedLaw[] = [];
  /**
   * The folders of the collection's own laws (not the reader's): a backup's
   * law in one of them is restored under a new folder, and deleting a record
   * of the reader's in one of them leaves that law's versions and notes.
   * Undefined: the collection's laws that are not the reader's.
   */
  @property({ attribute: false }) shipped: ReadonlySet<string> | undefined;
  /** Opens the library's database (the page's shared connection by default). */
  @property({ attribute: false }) open: OpenLibrary = openBrowserLibrary;

  /** Every note, law of the reader's and imported version, and the records that cannot be read. */
  @state() private content: (LibraryContent & Unreadable) | undefined;
  @state() private usage = '';
  /** Comparisons kept in IndexedDB and version files kept for offline use: how many, how large. */
  @state() private caches: { comparisons: number; comparisonBytes: number; files: number; fileBytes: number } | undefined;
  @state() private problem = '';
  @state() private message: Message | undefined;
  @state() private busy = false;
  /**
   * The deletion being confirmed: its key (`law:<folder>`, `version:<folder>/<id>`,
   * `record:<store>:<key>`) and, for a law, what would go as read when asked.
   */
  @state() private confirming: { key: string; contents?: LawContents } | undefined;

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
    const content = await readContent(db, { check: backupRecordProblem });
    if (!content.ok) {
      this.problem = whyNot(content.problem);
      return;
    }
    this.problem = '';
    this.content = content.value;
  }

  /** The folders of the collection's own laws ({@link shipped}, or the loaded laws that are not the reader's). */
  private shippedFolders(): ReadonlySet<string> {
    if (this.shipped) return this.shipped;
    const mine = new Set(this.content?.laws.map((l) => l.folder));
    return new Set(this.laws.map((l) => l.folder).filter((f) => !mine.has(f)));
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
    const content = this.content;
    return html`<p class="intro">${strings.dataIntro}</p>
      ${this.problem ? html`<p class="error storage" role="alert">${this.problem}</p>` : nothing}
      ${content
        ? html`<p class="counts" role="status">${strings.dataCounts(content.notes.length, content.laws.length, content.versions.length)}</p>
            ${content.unreadable.length > 0 ? html`<p class="error unreadable-counts">${strings.unreadableCounts(content.unreadable.length)}</p>` : this.renderMessage('unreadable')}`
        : nothing}
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
      ${content && content.unreadable.length > 0 ? this.renderUnreadable(content.unreadable) : nothing}
      ${content ? this.renderLibrary(content) : nothing}
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
    return html`<div class=${`${where}-message`} role=${m.kind === 'error' ? 'alert' : 'status'}>
      <p class=${m.kind}>${m.text}</p>
      ${m.details && m.details.length > 0 ? html`<ul class="message-details">${m.details.map((d) => html`<li>${d}</li>`)}</ul>` : nothing}
    </div>`;
  }

  private renderUnreadable(records: readonly UnreadableRecord[]) {
    return html`<section aria-labelledby="unreadable-h" class="unreadable">
      <h2 id="unreadable-h">${strings.unreadableHeading}</h2>
      <p class="hint">${strings.unreadableIntro(records.length)}</p>
      <ul class="records unreadable-records">
        ${repeat(records, recordId, (r) => this.renderRecord(r))}
      </ul>
      ${this.renderMessage('unreadable')}
    </section>`;
  }

  private renderRecord(r: UnreadableRecord) {
    const id = recordId(r);
    return html`<li data-store=${r.store} data-key=${keyText(r.key)}>
      <span class="store">${strings.unreadableStore[r.store] ?? r.store}</span>
      <code><bdi>${keyText(r.key)}</bdi></code>
      <span class="meta why"><bdi>${r.why}</bdi></span>
      <button type="button" class="download-record" @click=${() => this.downloadRecord(r)}>${strings.unreadableDownload}</button>
      ${this.renderDelete(`record:${id}`, strings.unreadableDelete, strings.confirmDeleteRecord, () => this.deleteRecord(r))}
    </li>`;
  }

  private renderLibrary({ laws, versions }: LibraryContent) {
    const shipped = this.shippedFolders();
    return html`<section aria-labelledby="laws-h">
        <h2 id="laws-h">${strings.yourLawsHeading}</h2>
        ${laws.length === 0
          ? html`<p class="hint">${strings.noUserLaws}</p>`
          : html`<ul class="records user-laws">
              ${repeat(
                laws,
                (l) => l.folder,
                (l) => this.renderLaw(l, shipped.has(l.folder), versions.filter((v) => v.folder === l.folder).length),
              )}
            </ul>`}
        ${this.renderMessage('laws')}
      </section>
      <section aria-labelledby="versions-h">
        <h2 id="versions-h">${strings.importedHeading}</h2>
        ${versions.length === 0
          ? html`<p class="hint">${strings.noImported}</p>`
          : html`<ul class="records imported-versions">
              ${repeat(
                versions,
                (v) => `${v.folder}/${v.versionId}`,
                (v) => this.renderVersion(v, shipped.has(v.folder) ? undefined : laws.find((l) => l.folder === v.folder)),
              )}
            </ul>`}
        ${this.renderMessage('versions')}
      </section>`;
  }

  /**
   * A law of the reader's: its title, its versions, the delete button. One in
   * the folder of a law of the collection (`shadowed`: restored by an earlier
   * release) is a record alone; the versions and notes there are that law's.
   */
  private renderLaw(stored: StoredLaw, shadowed: boolean, versions: number) {
    const title = this.titleOf(stored.folder, stored);
    const key = `law:${stored.folder}`;
    const contents = this.confirming?.key === key ? this.confirming.contents : undefined;
    const question = contents
      ? contents.recordOnly
        ? strings.confirmDeleteLawRecord(title.text, stored.folder)
        : strings.confirmDeleteLaw(title.text, contents.versions, contents.notes)
      : '';
    return html`<li data-folder=${stored.folder}>
      ${shadowed
        ? html`<bdi lang=${title.lang || nothing}>${title.text}</bdi>`
        : html`<a href=${routeHref({ kind: 'law', folder: stored.folder })}><bdi lang=${title.lang || nothing}>${title.text}</bdi></a>`}
      <span class="meta">${shadowed ? strings.lawRecordShadowed : strings.versionCount(versions)}</span>
      ${this.renderDelete(key, strings.deleteLaw, question, () => this.deleteLaw(stored.folder), () => this.askLaw(stored.folder))}
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

  /** A delete button, or (once pressed) the question and the buttons to confirm or cancel; `ask` runs instead of showing the question at once. */
  private renderDelete(key: string, label: string, question: string, run: () => Promise<void>, ask?: () => Promise<void>) {
    if (this.confirming?.key !== key) {
      return html`<button type="button" class="danger delete" ?disabled=${this.busy} @click=${() => (ask ? void ask() : this.ask(key))}>${label}</button>`;
    }
    return html`<span class="confirm" role="group" aria-label=${label}>
      <span class="question">${question}</span>
      <button type="button" class="danger confirm-delete" ?disabled=${this.busy} @click=${() => void run()}>${strings.confirmDelete}</button>
      <button type="button" @click=${() => (this.confirming = undefined)}>${strings.cancel}</button>
    </span>`;
  }

  private ask(key: string, contents?: LawContents): void {
    this.confirming = { key, contents };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button.confirm-delete')?.focus());
  }

  /** Reads what deleting the law would remove, then asks with those counts. */
  private async askLaw(folder: string): Promise<void> {
    const db = await this.db();
    if (!db) return;
    const r = await lawContents(db, folder, { shipped: this.shippedFolders() });
    if (!r.ok) {
      this.message = { kind: 'error', text: whyNot(r.problem), where: 'laws' };
      await this.refresh();
      return;
    }
    this.ask(`law:${folder}`, r.value);
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

  private async deleteLaw(folder: string): Promise<void> {
    const contents = this.confirming?.contents;
    if (!contents) return;
    const db = await this.db();
    if (!db) return;
    this.busy = true;
    const r = await deleteLaw(db, folder, { shipped: this.shippedFolders(), expect: { versions: contents.versions, notes: contents.notes } });
    this.busy = false;
    if (!r.ok && r.problem === 'changed') {
      // Ask again, with what would go now.
      this.message = { kind: 'error', text: strings.deleteChanged, where: 'laws' };
      await this.askLaw(folder);
      return;
    }
    await this.change(async () => {
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
    const r = await readContent(db, { check: backupRecordProblem });
    if (!r.ok) {
      this.message = { kind: 'error', text: whyNot(r.problem), where: 'backup' };
      return;
    }
    this.content = r.value;
    const now = new Date();
    downloadText(this.renderRoot, backupFileName(now), `${JSON.stringify(makeBackup(r.value, now), null, 2)}\n`, 'application/json;charset=utf-8');
    if (r.value.unreadable.length > 0) this.message = { kind: 'error', text: strings.backupLeftOut(r.value.unreadable.length), where: 'backup' };
  }

  /** Downloads a record that cannot be read, as it is stored (in JSON). */
  private downloadRecord(r: UnreadableRecord): void {
    const file = unreadableRecordFile(r, r.value);
    downloadText(this.renderRoot, file.name, file.text, 'application/json;charset=utf-8');
  }

  private deleteRecord(r: UnreadableRecord): Promise<void> {
    return this.change(async (db) => {
      const d = await deleteRecord(db, r.store, r.key, backupRecordProblem);
      if (!d.ok) return { kind: 'error', text: whyNot(d.problem), where: 'unreadable' };
      if (r.store === 'notes') announceNotes();
      return { kind: 'ok', text: strings.deleted, where: 'unreadable' };
    });
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
      const r = await mergeContent(db, parsed.content, { shipped: this.shippedFolders() });
      if (!r.ok) return { kind: 'error', text: strings.backupRejected(whyNot(r.problem)), where: 'backup' };
      if (r.value.notes.added + r.value.notes.replaced > 0) announceNotes();
      return { kind: 'ok', where: 'backup', ...restoreSummary(r.value) };
    });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-data-page': LawdiffDataPage;
  }
}
