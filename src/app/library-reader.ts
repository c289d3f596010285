/**
 * The collection as the reader sees it: the shipped (network) collection
 * with the reader's own library laid over it. A {@link CollectionReader}
 * around another one that
 *
 * - adds the reader's laws to `index.json` and serves their `law.json` and
 *   versions from IndexedDB;
 * - lists the versions imported into a shipped law in its `law.json`, by
 *   date, as `~imported/<id>.json` files it serves from IndexedDB as
 *   `lawdiff-version/1` JSON.
 *
 * Without IndexedDB (or when the database cannot be opened) it is
 * transparent: every read goes to the inner reader.
 */
import type { CollectionReader } from '../model/collection.js';
import { DB_NAME, openLawdiffDb, type DbResult, type LawdiffDb } from '../store/db.js';
import { byDate, importedId, readLaw, readLawVersions, readLibrary, readVersion, type LibraryResult } from '../store/library.js';
import type { StoredVersion } from '../store/db.js';

/** What the UI asks of the library and its connection, from src/app (the UI never imports src/store's values). */
export { isImported, isUserLawFolder } from '../store/library.js';
export { isOpenBlocked, onBlockedChange } from '../store/db.js';

/** Opens the library's database (a connection shared by every caller of one page or worker). */
export type OpenLibrary = () => Promise<DbResult<LawdiffDb>>;

let shared: Promise<DbResult<LawdiffDb>> | undefined;

/**
 * The page's (or worker's) connection to the lawdiff database, opened on
 * first use. A failed open is tried again on the next call; a connection
 * closed for another tab's upgrade is reopened.
 */
export const openBrowserLibrary: OpenLibrary = () => {
  if (!shared) {
    const opening = openLawdiffDb({
      onClose: () => {
        if (shared === opening) shared = undefined;
      },
    });
    shared = opening;
    void opening.then((r) => {
      if (!r.ok && shared === opening) shared = undefined;
    });
  }
  return shared;
};

/**
 * Whether this browser has no lawdiff database at all (a first visit), asked without creating one
 * (`indexedDB.databases()`); false when that cannot be told.
 */
export async function noDatabaseYet(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<boolean> {
  if (typeof factory?.databases !== 'function') return false;
  try {
    return !(await factory.databases()).some((d) => d.name === DB_NAME);
  } catch {
    return false;
  }
}

/** A {@link CollectionReader} with the reader's library over it. */
export interface LibraryReader extends CollectionReader {
  /** Whether `folder` is a law of the reader's (as of the last `index.json` read). */
  isUserLaw(folder: string): boolean;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function parse(text: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(text.replace(/^\uFEFF/u, ''));
    return isObject(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Inserts imported versions into a law's listing: each before the first
 * version dated later than it, undated ones at the end; an id the listing
 * already has is left out (the shipped version wins).
 */
export function mergeVersions(listed: unknown[], imported: readonly StoredVersion[]): unknown[] {
  const out = [...listed];
  const ids = new Set(listed.map((v) => (isObject(v) ? v.id : undefined)));
  for (const v of imported) {
    if (ids.has(v.info.id)) continue;
    ids.add(v.info.id);
    const date = v.info.date;
    const at = date ? out.findIndex((x) => isObject(x) && typeof x.date === 'string' && x.date !== '' && x.date > date) : -1;
    out.splice(at < 0 ? out.length : at, 0, v.info);
  }
  return out;
}

/** Throws the library failure as an error (a read rejects when the file cannot be read). */
function value<T>(r: LibraryResult<T>): T {
  if (!r.ok) throw new Error(`cannot read this browser's library (${r.problem}): ${r.detail}`);
  return r.value;
}

/**
 * The reader's library over `inner`; `open` gives the database (the shared browser connection by default).
 * `firstVisit` says whether there is no database yet: then the first reading of the collection does not
 * wait for one to be created (tens to hundreds of milliseconds on a first visit), since there is nothing of
 * the reader's in it. Every later reading (after the reader added a law, say) uses the database.
 */
export function libraryReader(
  inner: CollectionReader,
  open: OpenLibrary = openBrowserLibrary,
  // Asked of the browser's database, the one openBrowserLibrary opens.
  firstVisit: () => Promise<boolean> = open === openBrowserLibrary ? () => noDatabaseYet() : async () => false,
): LibraryReader {
  let userLaws = new Set<string>();
  /**
   * Whether the library was known to be empty when the collection was first read: asked once, by the first
   * reading of the index or of a law's listing (the app reads a linked law's before the others); forgotten
   * when the index is read again.
   */
  let empty: Promise<boolean> | undefined;
  let asked = false;
  const firstReading = (): Promise<boolean> | undefined => {
    if (!asked) {
      asked = true;
      empty = firstVisit().catch(() => false);
    }
    return empty;
  };
  let indexReads = 0;

  const db = async (): Promise<LawdiffDb | undefined> => {
    const r = await open();
    return r.ok ? r.value : undefined;
  };

  // The network's file is read while the database opens; on a first visit, when there is none yet, it is not waited for.
  async function index(): Promise<string> {
    if (indexReads++ > 0) empty = undefined;
    const reading = inner.read('index.json');
    void reading.catch(() => undefined);
    const [text, d] = await Promise.all([reading, (await firstReading()) ? undefined : db()]);
    if (!d) return text;
    const lib = await readLibrary(d);
    const doc = parse(text);
    if (!lib.ok || !doc || !Array.isArray(doc.laws)) return text;
    const listed = new Set(doc.laws);
    const mine = lib.value.laws.map((l) => l.folder).filter((f) => !listed.has(f));
    userLaws = new Set(mine);
    return mine.length === 0 ? text : json({ ...doc, laws: [...doc.laws, ...mine] });
  }

  async function lawFile(folder: string): Promise<string> {
    if (userLaws.has(folder)) {
      const d = await db();
      const law = d ? value(await readLaw(d, folder)) : undefined;
      if (d && law) {
        const versions = value(await readLawVersions(d, folder));
        return json({ ...law.law, versions: versions.map((v) => v.info) });
      }
    }
    if (await firstReading()) return inner.read(`${folder}/law.json`);
    const [text, d] = await Promise.all([inner.read(`${folder}/law.json`), db()]);
    if (!d) return text;
    const imported = await readLawVersions(d, folder);
    const doc = parse(text);
    if (!imported.ok || imported.value.length === 0 || !doc || !Array.isArray(doc.versions)) return text;
    return json({ ...doc, versions: mergeVersions(doc.versions, imported.value.sort(byDate)) });
  }

  async function importedFile(folder: string, id: string): Promise<string> {
    const d = await db();
    if (!d) throw new Error('the versions imported in this browser cannot be read: IndexedDB is not available');
    const v = value(await readVersion(d, folder, id));
    if (!v) throw new Error(`no version "${id}" was imported into this law in this browser`);
    return json(v.doc);
  }

  const reader: LibraryReader = {
    isUserLaw: (folder) => userLaws.has(folder),
    async read(path) {
      if (path === 'index.json') return index();
      const slash = path.indexOf('/');
      const folder = path.slice(0, slash);
      const rest = path.slice(slash + 1);
      if (slash > 0 && rest === 'law.json') return lawFile(folder);
      const id = slash > 0 ? importedId(rest) : undefined;
      if (id !== undefined) return importedFile(folder, id);
      if (slash > 0 && userLaws.has(folder)) throw new Error(`${path} is not in this browser's library`);
      return inner.read(path);
    },
    // The files it serves itself (the index, a law's listing, the reader's own versions) have no build revision.
    async revision(path) {
      const slash = path.indexOf('/');
      const rest = path.slice(slash + 1);
      if (path === 'index.json' || slash <= 0 || rest === 'law.json' || importedId(rest) !== undefined || userLaws.has(path.slice(0, slash))) return undefined;
      return inner.revision?.(path);
    },
  };
  const list = inner.listLawFolders?.bind(inner);
  if (list) {
    reader.listLawFolders = async () => {
      const folders = await list();
      const d = await db();
      const lib = d ? await readLibrary(d) : undefined;
      const mine = lib?.ok ? lib.value.laws.map((l) => l.folder).filter((f) => !folders.includes(f)) : [];
      userLaws = new Set(mine);
      return [...folders, ...mine];
    };
  }
  return reader;
}
