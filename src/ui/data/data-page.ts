/**
 * `<lawdiff-data-page>` (`#/data`): what lawdiff keeps in this browser for
 * the reader — counts, storage used, a backup file of every note, law and
 * imported version (`lawdiff-backup/1`) to download and to restore (merging),
 * the reader's laws and imported versions, each with a delete button, and
 * the records that cannot be read, each to download as it is or to delete.
 *
 * Everything is read record by record from one snapshot (the library
 * actions' `readContent`, with the backup's own rules): the counts, the lists
 * and the backup agree, and one damaged record never hides the rest.
 * Deleting a law first says exactly what goes (its versions and notes, read
 * afresh) and deletes nothing when that changed meanwhile. Every write goes
 * through the library actions (src/app/library-actions.ts).
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { backupFileName, makeBackup, parseBackup, unreadableRecordFile } from '../../app/backup.js';
import { libraryActions, type ActionResult, type CacheSizes, type LibraryActions } from '../../app/library-actions.js';
import type { LoadedLaw } from '../../model/collection.js';
import { formatBytes } from '../../present/format.js';
import { restoreSummary, whyNot } from '../../app/library-messages.js';
import { problemText, strings } from '../../present/strings.js';
import type { StoredVersion } from '../../store/db.js';
import type { LawContents, LibraryContent, Unreadable, UnreadableRecord } from '../../store/library.js';
import { downloadText } from '../common/download.js';
import { LibraryChangeEvent } from '../common/library-events.js';
import { renderMessage, type Message } from './data-message.js';
import { dataPageStyles } from './data-page.styles.js';
import { renderBackupSection, renderCachesSection } from './data-sections.js';
import { renderLibrary, renderUnreadable, type Confirming, type RecordsView } from './data-records.js';

@customElement('lawdiff-data-page')
export class LawdiffDataPage extends LitElement {
  static override styles = dataPageStyles;

  /** The loaded collection's laws, to name the laws imported versions belong to. */
  @property({ attribute: false }) laws: readonly LoadedLaw[] = [];
  /**
   * The folders of the collection's own laws (not the reader's): a backup's
   * law in one of them is restored under a new folder, and deleting a record
   * of the reader's in one of them leaves that law's versions and notes.
   * Undefined: the collection's laws that are not the reader's.
   */
  @property({ attribute: false }) shipped: ReadonlySet<string> | undefined;
  /** The library's reads and writes (on the page's shared connection by default). */
  @property({ attribute: false }) actions: LibraryActions = libraryActions;

  /** Every note, law of the reader's and imported version, and the records that cannot be read. */
  @state() private content: (LibraryContent & Unreadable) | undefined;
  @state() private usage = '';
  /** Comparisons kept in IndexedDB and version files kept for offline use: how many, how large. */
  @state() private caches: CacheSizes | undefined;
  @state() private problem = '';
  @state() private message: Message | undefined;
  @state() private busy = false;
  /** The deletion being confirmed (for a law, with what would go as read when asked). */
  @state() private confirming: Confirming | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
  }

  /** Whether `r` succeeded; a database that cannot be opened is said at the top of the page. */
  private opened<T>(r: ActionResult<T>): boolean {
    if (!r.ok && r.unopened) this.problem = whyNot(r.problem);
    return r.ok || !r.unopened;
  }

  private async refresh(): Promise<void> {
    void this.estimate();
    void this.measureCaches();
    const content = await this.actions.readContent();
    if (!this.opened(content)) return;
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
    this.caches = await this.actions.cacheSizes();
  }

  private async clearCaches(): Promise<void> {
    this.busy = true;
    const cleared = await this.actions.clearCaches();
    this.busy = false;
    this.message = cleared.ok ? { kind: 'ok', text: strings.cachesCleared, where: 'caches' } : { kind: 'error', text: whyNot(cleared.problem), where: 'caches' };
    await this.measureCaches();
    void this.estimate();
  }

  override render() {
    const content = this.content;
    return html`<p class="intro">${strings.dataIntro}</p>
      ${this.problem ? html`<p class="error storage" role="alert">${this.problem}</p>` : nothing}
      ${content
        ? html`<p class="counts" role="status">${strings.dataCounts(content.notes.length, content.laws.length, content.versions.length, content.reports.length)}</p>
            ${content.unreadable.length > 0 ? html`<p class="error unreadable-counts">${strings.unreadableCounts(content.unreadable.length)}</p>` : renderMessage(this.message, 'unreadable')}`
        : nothing}
      ${this.usage ? html`<p class="usage hint">${this.usage}</p>` : nothing}
      ${renderBackupSection({ disabled: this.busy || !!this.problem, message: this.message, exportBackup: () => void this.exportBackup(), onRestore: this.onRestore })}
      ${content && content.unreadable.length > 0 ? renderUnreadable(this.view(), content.unreadable) : nothing}
      ${content ? renderLibrary(this.view(), content) : nothing}
      ${renderCachesSection({ caches: this.caches, busy: this.busy, message: this.message, clear: () => void this.clearCaches() })}`;
  }

  /** What the lists of records read of this page, and what they ask of it. */
  private view(): RecordsView {
    return {
      laws: this.laws,
      shipped: this.shippedFolders(),
      confirming: this.confirming,
      busy: this.busy,
      message: this.message,
      ask: (key) => this.ask(key),
      askLaw: (folder) => this.askLaw(folder),
      cancel: () => (this.confirming = undefined),
      deleteLaw: (folder) => this.deleteLaw(folder),
      deleteVersion: (v) => this.deleteVersion(v),
      deleteRecord: (r) => this.deleteRecord(r),
      downloadRecord: (r) => this.downloadRecord(r),
    };
  }

  private ask(key: string, contents?: LawContents): void {
    this.confirming = { key, contents };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button.confirm-delete')?.focus());
  }

  /** Reads what deleting the law would remove, then asks with those counts. */
  private async askLaw(folder: string): Promise<void> {
    const r = await this.actions.lawContents(folder, this.shippedFolders());
    if (!this.opened(r)) return;
    if (!r.ok) {
      this.message = { kind: 'error', text: whyNot(r.problem), where: 'laws' };
      await this.refresh();
      return;
    }
    this.ask(`law:${folder}`, r.value);
  }

  /**
   * Runs a change of the library, then reloads this page's figures and asks the app to reload
   * the collection; `said` is the message of its outcome. Nothing but the page's problem when
   * the database cannot be opened.
   */
  private async change<T>(work: () => Promise<ActionResult<T>>, said: (r: ActionResult<T>) => Message): Promise<void> {
    this.busy = true;
    try {
      const r = await work();
      if (!this.opened(r)) return;
      this.message = said(r);
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
    this.busy = true;
    const r = await this.actions.deleteLaw(folder, this.shippedFolders(), contents);
    this.busy = false;
    if (!this.opened(r)) return;
    if (!r.ok && r.problem === 'changed') {
      // Ask again, with what would go now.
      this.message = { kind: 'error', text: strings.deleteChanged, where: 'laws' };
      await this.askLaw(folder);
      return;
    }
    await this.change(
      async () => r,
      (d) => (d.ok ? { kind: 'ok', text: strings.deleted, where: 'laws' } : { kind: 'error', text: whyNot(d.problem), where: 'laws' }),
    );
  }

  private deleteVersion(v: StoredVersion): Promise<void> {
    return this.change(
      () => this.actions.deleteVersion(v.folder, v.versionId),
      (r) => (r.ok ? { kind: 'ok', text: strings.deleted, where: 'versions' } : { kind: 'error', text: whyNot(r.problem), where: 'versions' }),
    );
  }

  private async exportBackup(): Promise<void> {
    const r = await this.actions.readContent();
    if (!this.opened(r)) return;
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
    return this.change(
      () => this.actions.deleteRecord(r),
      (d) => (d.ok ? { kind: 'ok', text: strings.deleted, where: 'unreadable' } : { kind: 'error', text: whyNot(d.problem), where: 'unreadable' }),
    );
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
      this.message = { kind: 'error', text: strings.backupRejected(problemText(parsed)), where: 'backup' };
      return;
    }
    await this.change(
      () => this.actions.restoreBackup(parsed.content, this.shippedFolders()),
      (r) => (r.ok ? { kind: 'ok', where: 'backup', ...restoreSummary(r.value) } : { kind: 'error', text: strings.backupRejected(whyNot(r.problem)), where: 'backup' }),
    );
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-data-page': LawdiffDataPage;
  }
}
