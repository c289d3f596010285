/**
 * The notes store the viewer uses: IndexedDB (src/store) on the page's one
 * connection to the database, which is opened again after another tab's
 * upgrade closed it. While the database cannot be opened (another tab holds
 * an older version, a newer lawdiff upgraded it, storage is switched off), a
 * new note is kept in localStorage and marked so ({@link heldLocally}): the
 * notes UI says where it is and why. Whenever the database opens, every note
 * kept in localStorage (of every law) is moved into it, so that it shows
 * everywhere and goes into the backup.
 */
import { onBlockedChange, type DbResult, type LawdiffDb } from '../store/db.js';
import { createIdbNotesStore, type IdbNotesOptions, type IdbNotesStore, type MoveSummary } from '../store/idb-notes.js';
import { createLocalNotesStore, type LocalNotesStore } from '../store/local-notes.js';
import { byCreated, markHeldLocally, type LocalHolding, type Note, type NotesChange, type NotesProblem, type NotesResult, type NotesStore } from '../store/notes.js';
import { openBrowserLibrary } from './library-reader.js';

/** Where a note is kept while the database cannot be opened, if it is (for the notes UI; the UI never imports src/store's values). */
export { heldLocally } from '../store/notes.js';

/** Options of {@link createBrowserNotesStore}; the defaults are the page's shared connection and its localStorage. */
export interface BrowserNotesOptions {
  open?: () => Promise<DbResult<LawdiffDb>>;
  local?: LocalNotesStore;
  idb?: IdbNotesOptions;
  /** Hears when a blocked open of the database ends (to try again then); none in tests. */
  onUnblocked?: ((listener: () => void) => void) | undefined;
}

/** The browser's notes store, with the move of localStorage notes it also runs on its own. */
export interface BrowserNotesStore extends NotesStore {
  /** Opens the database if it can and moves every note kept in localStorage into it; resolves with what was moved (undefined: the database cannot be opened now). */
  moveLocalNotes(): Promise<NotesResult<MoveSummary> | undefined>;
}

/** Problems of the database itself (not of one note): a note can be kept in localStorage meanwhile. */
const DATABASE_DOWN: ReadonlySet<NotesProblem> = new Set(['unavailable', 'blocked', 'outdated']);

/** The {@link NotesStore} on IndexedDB, keeping notes in localStorage while the database cannot be opened. */
export function createBrowserNotesStore(options: BrowserNotesOptions = {}): BrowserNotesStore {
  const open = options.open ?? openBrowserLibrary;
  const local = options.local ?? createLocalNotesStore();
  const listeners = new Set<(change: NotesChange) => void>();
  const emit = (change: NotesChange): void => {
    for (const l of [...listeners]) l(change);
  };
  /** The notes store on the current connection; replaced when the connection is. */
  let current: { db: LawdiffDb; idb: IdbNotesStore } | undefined;
  let moving: Promise<NotesResult<MoveSummary>> | undefined;
  let moveAgain = false;
  /** Why the last move left notes in localStorage, if it did. */
  let moveProblem: LocalHolding | undefined;

  /** Moves localStorage notes in, one move at a time (a request during a move runs once after it). */
  const move = (idb: IdbNotesStore): Promise<NotesResult<MoveSummary>> => {
    if (moving) {
      moveAgain = true;
      return moving;
    }
    const run = async (): Promise<NotesResult<MoveSummary>> => {
      let r: NotesResult<MoveSummary>;
      do {
        moveAgain = false;
        r = await idb.moveFromLocalStorage(local);
        const skipped = r.ok ? r.value.skipped[0] : undefined;
        moveProblem = !r.ok ? { problem: r.problem, detail: r.detail } : skipped ? { problem: skipped.problem, detail: skipped.detail } : undefined;
        if (r.ok && r.value.moved > 0) emit({ folder: undefined, key: undefined });
      } while (moveAgain && r.ok);
      return r;
    };
    moving = run().finally(() => (moving = undefined));
    return moving;
  };

  /** The database's notes store, or why there is none now. A new connection first gets the notes kept in localStorage. */
  async function database(): Promise<{ ok: true; idb: IdbNotesStore } | { ok: false; holding: LocalHolding }> {
    const r = await open();
    if (!r.ok) return { ok: false, holding: { problem: r.problem, detail: r.detail } };
    if (current?.db !== r.value) {
      current?.idb.close();
      const idb = createIdbNotesStore(r.value, options.idb);
      current = { db: r.value, idb };
      if (listeners.size > 0) idb.subscribe(emit);
      await move(idb);
    }
    return { ok: true, idb: current.idb };
  }

  /**
   * Runs `op` on the database, once more on a fresh connection when the
   * first one turned out closed (another tab's upgrade); `local` when there
   * is no database, with the reason.
   */
  async function run<T>(op: (idb: IdbNotesStore) => Promise<NotesResult<T>>, orLocal: (holding: LocalHolding) => Promise<NotesResult<T>>): Promise<NotesResult<T>> {
    for (let attempt = 0; ; attempt++) {
      const d = await database();
      if (!d.ok) return orLocal(d.holding);
      const r = await op(d.idb);
      if (r.ok || !DATABASE_DOWN.has(r.problem)) return r;
      if (attempt > 0) return orLocal({ problem: r.problem, detail: r.detail });
    }
  }

  const marked = (r: NotesResult<Note[]>, holding: LocalHolding): NotesResult<Note[]> => {
    if (r.ok) for (const n of r.value) markHeldLocally(n, holding);
    return r;
  };

  /** The database's notes with those still kept in localStorage (a move that failed), marked, by creation. */
  async function withLocal(fromDb: NotesResult<Note[]>, fromLocal: () => Promise<NotesResult<Note[]>>): Promise<NotesResult<Note[]>> {
    if (!fromDb.ok) return fromDb;
    const left = await fromLocal();
    if (!left.ok || left.value.length === 0) return fromDb;
    const ids = new Set(fromDb.value.map((n) => n.id));
    const extra = left.value.filter((n) => !ids.has(n.id));
    const holding: LocalHolding = moveProblem ?? { problem: 'unavailable', detail: 'not moved into the database yet' };
    for (const n of extra) markHeldLocally(n, holding);
    return { ok: true, value: [...fromDb.value, ...extra].sort(byCreated) };
  }

  /** Changes a note where it is: in localStorage when it is kept there, else in the database (failing with why it cannot be reached). */
  async function change(ref: Parameters<NotesStore['update']>[0], op: (store: NotesStore) => Promise<NotesResult<Note>>): Promise<NotesResult<Note>> {
    const kept = await local.list(ref.folder, ref.key);
    if (kept.ok && kept.value.some((n) => n.id === ref.id)) {
      const d = await database();
      const r = await op(local);
      if (r.ok && !d.ok) markHeldLocally(r.value, d.holding);
      if (r.ok && d.ok) await move(d.idb);
      return r;
    }
    return run(op, async (holding) => ({ ok: false, problem: holding.problem, detail: holding.detail }));
  }

  const unblocked = options.onUnblocked ?? ((listener: () => void) => void onBlockedChange((blocked) => blocked || listener()));
  unblocked(() => {
    // The database can be opened again: move what waited in localStorage, and let the views read again.
    void database().then((d) => d.ok && emit({ folder: undefined, key: undefined }));
  });

  return {
    list: (folder, key) =>
      run(
        async (idb) => withLocal(await idb.list(folder, key), () => local.list(folder, key)),
        async (holding) => marked(await local.list(folder, key), holding),
      ),
    listAll: (folder) =>
      run(
        async (idb) => withLocal(await idb.listAll(folder), () => local.listAll(folder)),
        async (holding) => marked(await local.listAll(folder), holding),
      ),
    add: (folder, key, draft) =>
      run(
        (idb) => idb.add(folder, key, draft),
        async (holding) => {
          const r = await local.add(folder, key, draft);
          return r.ok ? { ok: true, value: markHeldLocally(r.value, holding) } : r;
        },
      ),
    update: (ref, text) => change(ref, (store) => store.update(ref, text)),
    remove: (ref) => change(ref, (store) => store.remove(ref)),
    subscribe(listener) {
      if (listeners.size === 0) current?.idb.subscribe(emit);
      listeners.add(listener);
      // Notes kept in localStorage by another tab: shown here, and moved in when the database is open.
      const off = local.subscribe((change) => {
        listener(change);
        if (current) void move(current.idb);
      });
      return () => {
        listeners.delete(listener);
        off();
      };
    },
    async moveLocalNotes() {
      const d = await database();
      return d.ok ? move(d.idb) : undefined;
    },
  };
}

/** The viewer's notes store. */
export const browserNotesStore: BrowserNotesStore = createBrowserNotesStore();
