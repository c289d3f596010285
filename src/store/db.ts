/**
 * lawdiff's IndexedDB database (`lawdiff`): the one module that opens and
 * upgrades it, its typed schema, and small helpers over its stores.
 *
 * Expected failures are values ({@link DbResult}): IndexedDB missing or
 * switched off, an upgrade blocked by another tab, a full quota, data that is
 * not what the schema promises. Every write runs in one transaction, so a
 * failed write changes nothing.
 */
import { unwrap, wrap } from 'idb';
import type { DBSchema, IDBPDatabase, IDBPTransaction, IndexNames, IndexKey, StoreKey, StoreNames, StoreValue } from 'idb';
import type { CompareResult } from '../diff/index.js';
import type { Problem } from '../model/problems.js';
import type { Law, VersionDoc, VersionInfo } from '../model/types.js';
import { isNote, type Note } from './notes.js';
import { DbProblem, fail, type Failure, type Result } from './result.js';

/** The database's name in the browser. */
export const DB_NAME = 'lawdiff';
/** The schema version this code writes: 1 = notes (indexed by law and by article); 2 adds versions, comparisons and meta; 3 adds laws (the reader's own); 4 adds reports (explanation documents, indexed by law). */
export const DB_VERSION = 4;

/** The content of a version kept in the browser, from the collection (a cache) or imported by the reader. */
export interface StoredVersion {
  collection: string;
  folder: string;
  versionId: string;
  info: VersionInfo;
  doc: VersionDoc;
  origin: 'collection' | 'imported';
  /** ISO 8601 time. */
  savedAt: string;
  /** An imported version the reader saved although its check found problems: how many, and the first of them. */
  checkProblems?: CheckProblems;
}

/** What the check of an imported text found, kept with the version saved anyway. */
export interface CheckProblems {
  errors: number;
  warnings: number;
  /** The first problems, errors first (at most {@link KEPT_PROBLEMS}). */
  problems: Problem[];
}

/** How many of a check's problems are kept with a version. */
export const KEPT_PROBLEMS = 200;

/** A cached comparison; `key` is made by {@link comparisonKey}. */
export interface StoredComparison {
  key: string;
  result: CompareResult;
  /** ISO 8601 time. */
  savedAt: string;
  /** Approximate size, for the cache's eviction policy. */
  bytes: number;
  /** What the result was computed from (the engine build and every input file's content); see src/app/comparison-cache.ts. */
  rev?: string;
}

/**
 * A law the reader created in the browser (src/store/library.ts). `law.versions`
 * is stored empty: its versions are the imported versions of `folder`.
 */
export interface StoredLaw {
  folder: string;
  law: Law;
  /** ISO 8601 time. */
  savedAt: string;
}

/** Explanation reports kept in the browser (defined in report.ts, which the presentation layer reads without the DOM). */
export { isStoredReport, reportKey, type ReportCorrection, type StoredReport } from './report.js';
import { isStoredReport, type StoredReport } from './report.js';

/** A small piece of bookkeeping (a migration done, a cache policy). */
export interface MetaRecord {
  key: string;
  value: unknown;
  /** ISO 8601 time. */
  savedAt: string;
}

/** The typed schema of the database at {@link DB_VERSION}. */
export interface LawdiffSchema extends DBSchema {
  notes: { key: string; value: Note; indexes: { byArticle: [string, string]; byLaw: string } };
  versions: { key: [string, string, string]; value: StoredVersion };
  comparisons: { key: string; value: StoredComparison };
  meta: { key: string; value: MetaRecord };
  laws: { key: string; value: StoredLaw };
  reports: { key: string; value: StoredReport; indexes: { byLaw: string } };
}

/** An open lawdiff database. */
export type LawdiffDb = IDBPDatabase<LawdiffSchema>;

/** The name of one of the stores. */
export type StoreName = StoreNames<LawdiffSchema>;

/** Why a database operation failed (defined in result.ts, where the notes contract reads it too). */
export { DbProblem };

/** The outcome of a database operation; `detail` is technical, for logs. */
export type DbResult<T> = Result<T, DbProblem>;

/** Why an open connection went away. */
export type CloseReason = 'version-change' | 'terminated';

/** Options of {@link openLawdiffDb}; the defaults are the page's `indexedDB` and the name `lawdiff`. */
export interface OpenOptions {
  name?: string;
  factory?: IDBFactory;
  /** Called when the connection closes: another tab upgrades (we close for it) or the browser ended it. */
  onClose?: (reason: CloseReason) => void;
  /** Milliseconds to wait for an answer before reporting `blocked` (default {@link OPEN_PATIENCE_MS}). */
  patience?: number;
}

/** Whether `e` is the browser's quota error (named differently by old Firefox and Safari). */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** The problem an exception from IndexedDB stands for. */
export function problemOf(e: unknown): DbProblem {
  if (isQuotaError(e)) return 'full';
  const name = typeof e === 'object' && e !== null ? (e as { name?: unknown }).name : undefined;
  if (name === 'VersionError') return 'outdated';
  if (name === 'DataError' || name === 'DataCloneError' || name === 'NotFoundError') return 'corrupt';
  return 'unavailable';
}

const describe = (e: unknown): string => (e instanceof Error || e instanceof DOMException ? `${e.name}: ${e.message}` : String(e));

/**
 * The schema steps, cascading: a database at `oldVersion` gets every later
 * step. Runs inside the upgrade transaction; it must not await anything.
 */
export function upgradeLawdiffDb(db: LawdiffDb, oldVersion: number): void {
  if (oldVersion < 1) {
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('byArticle', ['folder', 'key']);
    notes.createIndex('byLaw', 'folder');
  }
  if (oldVersion < 2) {
    db.createObjectStore('versions', { keyPath: ['collection', 'folder', 'versionId'] });
    db.createObjectStore('comparisons', { keyPath: 'key' });
    db.createObjectStore('meta', { keyPath: 'key' });
  }
  if (oldVersion < 3) {
    db.createObjectStore('laws', { keyPath: 'folder' });
  }
  if (oldVersion < 4) {
    const reports = db.createObjectStore('reports', { keyPath: 'id' });
    reports.createIndex('byLaw', 'folder');
  }
}

const STORES: readonly StoreName[] = ['notes', 'versions', 'comparisons', 'meta', 'laws', 'reports'];

/**
 * How long an open may wait, neither opened nor told `blocked`, before it is
 * reported as blocked: a request queued behind another connection's pending
 * upgrade (in this page or in one of its workers) gets no event of its own.
 */
export const OPEN_PATIENCE_MS = 3000;

/** Opens that reported `blocked` and still wait, by factory and name: later calls answer `blocked` at once instead of queueing behind them. */
const waiting = new WeakMap<IDBFactory, Set<string>>();
const blockedListeners = new Set<(blocked: boolean) => void>();

/**
 * Calls `listener` with `true` when an open of the database starts waiting
 * for another tab to let go of an older version, and with `false` once it no
 * longer waits (open it again then). Returns the unsubscribe function.
 */
export function onBlockedChange(listener: (blocked: boolean) => void): () => void {
  blockedListeners.add(listener);
  return () => blockedListeners.delete(listener);
}

/** Whether an open of the database is waiting for another tab now. */
export function isOpenBlocked(factory?: IDBFactory, name = DB_NAME): boolean {
  const f = factory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  return !!f && !!waiting.get(f)?.has(name);
}

/**
 * Opens (creating or upgrading) the database. Resolves, never rejects: with
 * `blocked` when another tab holds an older version open — or when an open
 * waits for {@link OPEN_PATIENCE_MS} with no answer. The request keeps
 * waiting; until it ends, every later call answers `blocked` at once (a
 * second request would only queue behind it), and {@link onBlockedChange}
 * hears when it ends (its late connection is closed; call again to use the
 * database). An open connection closes itself when another tab needs to
 * upgrade, and reports that (and a browser-ended connection) to `onClose`.
 */
export function openLawdiffDb(options: OpenOptions = {}): Promise<DbResult<LawdiffDb>> {
  const name = options.name ?? DB_NAME;
  const factory = options.factory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (factory && waiting.get(factory)?.has(name)) {
    return Promise.resolve(fail('blocked', 'an earlier open still waits for another tab to close an older version of the database'));
  }
  return new Promise((resolve) => {
    let settled = false;
    let blocked = false;
    let patience: ReturnType<typeof setTimeout> | undefined;
    const settle = (r: DbResult<LawdiffDb>): void => {
      if (patience !== undefined) clearTimeout(patience);
      patience = undefined;
      if (settled) {
        if (r.ok) r.value.close();
        return;
      }
      settled = true;
      resolve(r);
    };
    /** The request waits for another connection: say so, once, and answer later calls at once. */
    const wait = (detail: string): void => {
      if (blocked || settled || !factory) return settle(fail('blocked', detail));
      blocked = true;
      let names = waiting.get(factory);
      if (!names) waiting.set(factory, (names = new Set()));
      names.add(name);
      settle(fail('blocked', detail));
      for (const l of [...blockedListeners]) l(true);
    };
    /** The request ended (opened or failed): a wait it announced is over. */
    const ended = (): void => {
      if (!blocked || !factory) return;
      waiting.get(factory)?.delete(name);
      for (const l of [...blockedListeners]) l(false);
    };
    let request: IDBOpenDBRequest;
    try {
      if (!factory) return settle(fail('unavailable', 'no IndexedDB'));
      request = factory.open(name, DB_VERSION);
    } catch (e) {
      return settle(fail('unavailable', describe(e)));
    }
    const ms = options.patience ?? OPEN_PATIENCE_MS;
    patience = setTimeout(() => wait(`no answer from the database after ${ms} ms: another connection holds it`), ms);
    request.addEventListener('upgradeneeded', (event) => {
      // This request is upgrading: however long it takes, it is not waiting for anyone.
      if (patience !== undefined) clearTimeout(patience);
      patience = undefined;
      upgradeLawdiffDb(wrap(request.result) as unknown as LawdiffDb, event.oldVersion);
    });
    request.addEventListener('blocked', (event) => {
      wait(`another connection holds version ${event.oldVersion} open`);
    });
    (wrap(request) as Promise<unknown>).then(
      (opened) => {
        const db = opened as LawdiffDb;
        const missing = STORES.filter((s) => !db.objectStoreNames.contains(s));
        if (missing.length > 0) {
          db.close();
          settle(fail('corrupt', `database ${name} lacks the stores ${missing.join(', ')}`));
          return ended();
        }
        const raw = unwrap(db);
        raw.addEventListener('versionchange', () => {
          db.close();
          options.onClose?.('version-change');
        });
        raw.addEventListener('close', () => options.onClose?.('terminated'));
        settle({ ok: true, value: db });
        ended();
      },
      (e: unknown) => {
        settle(fail(problemOf(e), describe(e)));
        ended();
      },
    );
  });
}

/**
 * Runs `work` in one transaction and waits until it is committed. When
 * `work` returns a failure (`ok: false`) or throws, the transaction is
 * aborted and nothing it wrote stays. `work` must await only requests of
 * `tx` (anything else lets the transaction commit early).
 */
export async function transact<S extends StoreName, M extends IDBTransactionMode, T extends { ok: boolean }>(
  db: LawdiffDb,
  stores: S | S[],
  mode: M,
  work: (tx: IDBPTransaction<LawdiffSchema, S[], M>) => Promise<T>,
): Promise<T | Failure<DbProblem>> {
  let tx: IDBPTransaction<LawdiffSchema, S[], M>;
  try {
    tx = db.transaction(Array.isArray(stores) ? stores : [stores], mode);
  } catch (e) {
    return fail(problemOf(e), describe(e));
  }
  const done = tx.done.then(
    () => undefined,
    (e: unknown) => e ?? new DOMException('transaction aborted', 'AbortError'),
  );
  let result: T;
  try {
    result = await work(tx);
  } catch (e) {
    abort(tx);
    await done;
    const error = tx.error ?? e;
    return fail(problemOf(error), describe(error));
  }
  if (!result.ok) {
    abort(tx);
    await done;
    return result;
  }
  const error = await done;
  return error === undefined ? result : fail(problemOf(error), describe(error));
}

function abort(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // already finished or aborted
  }
}

const checks: { [S in StoreName]: (value: unknown) => string | undefined } = {
  notes: (v) => (isNote(v) ? undefined : 'not a note'),
  versions: (v) => (hasStrings(v, ['collection', 'folder', 'versionId', 'origin', 'savedAt']) && isObject((v as StoredVersion).doc) ? undefined : 'not a stored version'),
  comparisons: (v) => (hasStrings(v, ['key', 'savedAt']) && isObject((v as StoredComparison).result) ? undefined : 'not a stored comparison'),
  meta: (v) => (hasStrings(v, ['key', 'savedAt']) ? undefined : 'not a meta record'),
  laws: (v) => (hasStrings(v, ['folder', 'savedAt']) && isObject((v as StoredLaw).law) ? undefined : 'not a stored law'),
  reports: (v) => (isStoredReport(v) ? undefined : 'not a stored report'),
};


const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const hasStrings = (x: unknown, keys: readonly string[]): boolean => isObject(x) && keys.every((k) => typeof x[k] === 'string');

/** `values` if each has the store's shape, else `corrupt` naming the first bad one. */
export function checked<S extends StoreName>(store: S, values: unknown[]): DbResult<StoreValue<LawdiffSchema, S>[]> {
  for (const v of values) {
    const wrong = checks[store](v);
    if (wrong) return fail('corrupt', `${store}: ${wrong}: ${JSON.stringify(v)?.slice(0, 200)}`);
  }
  return { ok: true, value: values as StoreValue<LawdiffSchema, S>[] };
}

/** The value under `key`, or undefined when there is none. */
export async function getValue<S extends StoreName>(db: LawdiffDb, store: S, key: StoreKey<LawdiffSchema, S>): Promise<DbResult<StoreValue<LawdiffSchema, S> | undefined>> {
  const r = await transact(db, store, 'readonly', async (tx) => ({ ok: true as const, value: await tx.objectStore(store).get(key) }));
  if (!r.ok || r.value === undefined) return r;
  const c = checked(store, [r.value]);
  return c.ok ? { ok: true, value: c.value[0] } : c;
}

/** Stores `value` (replacing the one with its key), in its own transaction. */
export async function putValue<S extends StoreName>(db: LawdiffDb, store: S, value: StoreValue<LawdiffSchema, S>): Promise<DbResult<void>> {
  return transact(db, store, 'readwrite', async (tx) => {
    await tx.objectStore(store).put(value);
    return { ok: true as const, value: undefined };
  });
}

/** Stores all `values` in one transaction: all of them or, on failure, none. */
export async function putValues<S extends StoreName>(db: LawdiffDb, store: S, values: readonly StoreValue<LawdiffSchema, S>[]): Promise<DbResult<void>> {
  return transact(db, store, 'readwrite', async (tx) => {
    const os = tx.objectStore(store);
    // One request after another: a request that throws leaves no earlier one unawaited.
    for (const v of values) await os.put(v);
    return { ok: true as const, value: undefined };
  });
}

/** Deletes the value under `key` (nothing happens when there is none). */
export async function deleteValue<S extends StoreName>(db: LawdiffDb, store: S, key: StoreKey<LawdiffSchema, S>): Promise<DbResult<void>> {
  return transact(db, store, 'readwrite', async (tx) => {
    await tx.objectStore(store).delete(key);
    return { ok: true as const, value: undefined };
  });
}

/** Every value of a store, in key order. */
export async function listValues<S extends StoreName>(db: LawdiffDb, store: S): Promise<DbResult<StoreValue<LawdiffSchema, S>[]>> {
  const r = await transact(db, store, 'readonly', async (tx) => ({ ok: true as const, value: (await tx.objectStore(store).getAll()) as unknown[] }));
  return r.ok ? checked(store, r.value) : r;
}

/** The values whose index `index` equals `query`, in index order. */
export async function listByIndex<S extends StoreName, I extends IndexNames<LawdiffSchema, S>>(
  db: LawdiffDb,
  store: S,
  index: I,
  query: IndexKey<LawdiffSchema, S, I>,
): Promise<DbResult<StoreValue<LawdiffSchema, S>[]>> {
  const r = await transact(db, store, 'readonly', async (tx) => ({ ok: true as const, value: (await tx.objectStore(store).index(index).getAll(query)) as unknown[] }));
  return r.ok ? checked(store, r.value) : r;
}

/** The key of a cached comparison; a new engine version makes old results unreachable. */
export function comparisonKey(collection: string, folder: string, oldId: string, newId: string, engineVersion: string): string {
  return [collection, folder, oldId, newId, engineVersion].join('|');
}
