/**
 * Every write the UI makes to what lawdiff keeps for the reader: saving an
 * imported law or version, deleting a law, a version or a record that cannot
 * be read, restoring a backup, clearing the caches; and the reads those
 * writes are decided on (the content a backup holds, what deleting a law
 * would remove). The UI never calls src/store itself: it calls these (and
 * the notes store, src/app/browser-notes.ts), so that a write that changes
 * notes also tells every notes store of this origin.
 *
 * Every action resolves with a value, never rejects. A failure to open the
 * database is marked `unopened` (nothing can be saved in this browser now),
 * so the UI can say so where it says it.
 */
import type { Law, VersionDoc } from '../model/types.js';
import type { DbProblem, LawdiffDb } from '../store/db.js';
import { announceNotesChanged } from '../store/idb-notes.js';
import {
  addVersion,
  createLaw,
  deleteLaw,
  deleteRecord,
  deleteVersion,
  lawContents,
  mergeContent,
  newLawFolder,
  newVersionId,
  readContent,
  type LawContents,
  type LibraryContent,
  type LibraryProblem,
  type MergeSummary,
  type NewVersion,
  type Unreadable,
  type UnreadableRecord,
} from '../store/library.js';
import type { Failure } from '../store/result.js';
import { backupRecordProblem } from './backup.js';
import { clearComparisons, listComparisons } from './comparison-cache.js';
import type { CheckReport } from './import-protocol.js';
import { openBrowserLibrary, type OpenLibrary } from './library-reader.js';
import { cachedSize } from './offline.js';
import { COLLECTION_CACHE } from './revisions.js';
import { uiLanguage } from '../present/strings.js';

/** The outcome of an action: a value, or why not (`unopened`: the database itself could not be opened, and why). */
export type ActionResult<T> = { ok: true; value: T } | (Failure<LibraryProblem> & { unopened?: undefined }) | (Failure<DbProblem> & { unopened: true });

/** Where an imported text goes: a new version of the law `folder`, or a new law of the reader's. */
export type ImportTarget =
  | { kind: 'version'; folder: string; /** The ids the law's versions have (the new id is none of them). */ taken: readonly string[] }
  | {
      kind: 'law';
      title: string;
      jurisdiction: string;
      /** The language typed or the law's, used when the text names none ("" for neither). */
      language: string;
      /** Folders of every law in the collection: the new law's folder is none of them. */
      taken: readonly string[];
    };

/** What the reader typed about a version: label, stage, date (`YYYY-MM-DD` or ""), and the file name or address it came from. */
export interface VersionFields {
  label: string;
  stage: string;
  date: string;
  source: string | undefined;
}

/** A version read from an address a link names, checked and ready to save. */
export type CheckedVersion = NewVersion;

/** The law a link names, as the link describes it (`language` undefined: the first version's, or `und`). */
export type LinkedLaw = Omit<Law, 'versions' | 'language'> & { language: string | undefined };

/** Comparisons kept in IndexedDB and version files kept for offline use: how many, how large. */
export interface CacheSizes {
  comparisons: number;
  comparisonBytes: number;
  files: number;
  fileBytes: number;
}

/** The library's writes (and the reads they are decided on). */
export interface LibraryActions {
  /** Why nothing can be saved in this browser now (the database cannot be opened), or undefined. */
  storageProblem(): Promise<DbProblem | undefined>;
  /** Stores a checked text as a new version of a law or as a new law with it; resolves with where it went. */
  saveImport(target: ImportTarget, fields: VersionFields, report: Pick<CheckReport, 'docJson' | 'problems'>): Promise<ActionResult<{ folder: string; versionId: string }>>;
  /**
   * Stores the versions a link names, checked in order (the first makes the
   * law `folder` unless `law` is undefined: the law is here already). A law
   * or version already stored under its id is left as it is.
   */
  saveFromLink(folder: string, law: LinkedLaw | undefined, versions: readonly CheckedVersion[]): Promise<ActionResult<void>>;
  /** Deletes an imported version. */
  deleteVersion(folder: string, versionId: string): Promise<ActionResult<void>>;
  /** What deleting the law `folder` would remove now: ask with these counts, then pass them to {@link deleteLaw}. */
  lawContents(folder: string, shipped: ReadonlySet<string>): Promise<ActionResult<LawContents>>;
  /** Deletes a law of the reader's, unless what would go is no longer `expect` (`changed`; its reports count only when given); tells the notes stores when notes went. */
  deleteLaw(folder: string, shipped: ReadonlySet<string>, expect: Pick<LawContents, 'versions' | 'notes'> & Partial<Pick<LawContents, 'reports'>>): Promise<ActionResult<LawContents>>;
  /** Deletes a record that cannot be read; tells the notes stores when it was a note. */
  deleteRecord(record: Pick<UnreadableRecord, 'store' | 'key'>): Promise<ActionResult<void>>;
  /** Every note, law, imported version and report a backup would hold (by the backup's own rules), and the records that cannot be read. */
  readContent(): Promise<ActionResult<LibraryContent & Unreadable>>;
  /** Merges a backup's content into the library (see `mergeContent`); tells the notes stores when notes were added or replaced. */
  restoreBackup(content: LibraryContent, shipped: ReadonlySet<string>): Promise<ActionResult<MergeSummary>>;
  /** The sizes of the caches {@link clearCaches} clears (none counted where they cannot be read). */
  cacheSizes(): Promise<CacheSizes>;
  /** Drops every kept comparison and every version file kept for offline use (a database that cannot be opened has none to drop). */
  clearCaches(): Promise<ActionResult<void>>;
}

/** Options of {@link createLibraryActions}; the defaults are the page's shared connection, its `BroadcastChannel` and Cache Storage. */
export interface LibraryActionsOptions {
  open?: OpenLibrary;
  /** Tells every notes store of this origin that any note may have changed. */
  announceNotes?: () => void;
  /** Cache Storage; undefined where there is none. */
  caches?: CacheStorage | undefined;
}

/** The part of a BCP 47 tag a title is stored under (`zh` for `zh-Hans`; the UI's language for none). */
export const titleKey = (language: string): string => language.toLowerCase().split('-')[0] || uiLanguage;

/** The library's actions on the database `open` opens. */
export function createLibraryActions(options: LibraryActionsOptions = {}): LibraryActions {
  const open = options.open ?? openBrowserLibrary;
  const announce = options.announceNotes ?? (() => announceNotesChanged());
  const cacheStorage = (): CacheStorage | undefined => ('caches' in options ? options.caches : typeof caches === 'undefined' ? undefined : caches);

  /** Runs `work` on the database, or fails `unopened`. */
  async function withDb<T>(work: (db: LawdiffDb) => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
    const opened = await open();
    return opened.ok ? work(opened.value) : { ...opened, unopened: true };
  }

  return {
    async storageProblem() {
      const r = await open();
      return r.ok ? undefined : r.problem;
    },

    saveImport: (target, fields, report) =>
      withDb(async (db) => {
        const doc = JSON.parse(report.docJson) as VersionDoc;
        const problems = report.problems;
        const info = { id: newVersionId(fields.label, target.kind === 'version' ? target.taken : []), label: fields.label.trim(), stage: fields.stage.trim(), date: fields.date, source: fields.source };
        if (target.kind === 'version') {
          const r = await addVersion(db, target.folder, { info, doc, problems });
          return r.ok ? { ok: true, value: { folder: target.folder, versionId: info.id } } : r;
        }
        const folder = newLawFolder(target.title, target.taken);
        const language = doc.language || target.language || 'und';
        const law = { id: folder, title: { [titleKey(language)]: target.title.trim() }, jurisdiction: target.jurisdiction.trim(), language };
        const r = await createLaw(db, folder, law, { info, doc, problems });
        return r.ok ? { ok: true, value: { folder, versionId: info.id } } : r;
      }),

    saveFromLink: (folder, law, versions) =>
      withDb(async (db) => {
        let rest = versions;
        if (law) {
          const [first, ...others] = versions;
          if (!first) return { ok: true, value: undefined };
          const made = await createLaw(db, folder, { ...law, language: law.language || first.doc.language || 'und' }, first);
          if (!made.ok && made.problem !== 'exists') return made;
          rest = made.ok ? others : versions;
        }
        for (const v of rest) {
          const added = await addVersion(db, folder, v);
          if (!added.ok && added.problem !== 'exists') return added;
        }
        return { ok: true, value: undefined };
      }),

    deleteVersion: (folder, versionId) =>
      withDb(async (db) => {
        const r = await deleteVersion(db, folder, versionId);
        return r.ok ? { ok: true, value: undefined } : r;
      }),

    lawContents: (folder, shipped) => withDb((db) => lawContents(db, folder, { shipped })),

    deleteLaw: (folder, shipped, expect) =>
      withDb(async (db) => {
        const r = await deleteLaw(db, folder, { shipped, expect: { versions: expect.versions, notes: expect.notes, reports: expect.reports } });
        if (r.ok && r.value.notes > 0) announce();
        return r;
      }),

    deleteRecord: (record) =>
      withDb(async (db) => {
        const r = await deleteRecord(db, record.store, record.key, backupRecordProblem);
        if (r.ok && record.store === 'notes') announce();
        return r;
      }),

    readContent: () => withDb((db) => readContent(db, { check: backupRecordProblem })),

    restoreBackup: (content, shipped) =>
      withDb(async (db) => {
        const r = await mergeContent(db, content, { shipped });
        if (r.ok && r.value.notes.added + r.value.notes.replaced > 0) announce();
        return r;
      }),

    async cacheSizes() {
      const opened = await open();
      const listed = opened.ok ? await listComparisons(opened.value) : undefined;
      let files = 0;
      let fileBytes = 0;
      const storage = cacheStorage();
      if (storage) {
        try {
          const cache = await storage.open(COLLECTION_CACHE);
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
      return { comparisons: entries.length, comparisonBytes: entries.reduce((n, e) => n + e.bytes, 0), files, fileBytes };
    },

    async clearCaches() {
      const opened = await open();
      const cleared = opened.ok ? await clearComparisons(opened.value) : undefined;
      await cacheStorage()
        ?.delete(COLLECTION_CACHE)
        .catch(() => false);
      return cleared && !cleared.ok ? cleared : { ok: true, value: undefined };
    },
  };
}

/** The page's library actions, on its shared connection. */
export const libraryActions: LibraryActions = createLibraryActions();
