/**
 * The reader's own notes on articles, kept in the browser. A note belongs to
 * a law folder and an article's stable key (its lineage key), so it shows up
 * for that article in every comparison of the law.
 *
 * {@link NotesStore} is the interface the UI uses: asynchronous, with
 * expected failures (storage full, unavailable, unreadable) returned as
 * values, so another backend (IndexedDB) can replace the localStorage one
 * below without touching the UI. A failed write never changes what is stored.
 */

/** A note on an article. Text only: it is always shown through text bindings. */
export interface Note {
  id: string;
  /** The law folder. */
  folder: string;
  /** Stable key of the article (`first-draft~15`). */
  key: string;
  text: string;
  /** Printed number of the article where the note was written (`第四条`), to list notes without the texts. */
  label: string;
  /** ISO 8601 times. */
  created: string;
  updated: string;
}

/**
 * What names a stored note. With `updated` (the note as the reader last saw
 * it), a change is refused as a `conflict` when the note was changed since —
 * in another tab — instead of silently overwriting that change.
 */
export type NoteRef = Pick<Note, 'id' | 'folder' | 'key'> & { updated?: string };

/** Why an operation failed: the UI has a message for each. */
export const NotesProblem = {
  /** The browser's storage quota is used up. */
  full: 'full',
  /** Storage is switched off or blocked (private mode, policy). */
  unavailable: 'unavailable',
  /** What is stored cannot be read; it is left untouched. */
  corrupt: 'corrupt',
  /** The note is gone (deleted in another tab). */
  notFound: 'not-found',
  /** A note needs some text. */
  empty: 'empty',
  /** The note was changed (in another tab) after the reader started editing it. */
  conflict: 'conflict',
  /** Another tab keeps an older lawdiff's database open: close or reload it. */
  blocked: 'blocked',
  /** A newer lawdiff (in another tab) upgraded the database: reload this page. */
  outdated: 'outdated',
} as const;
export type NotesProblem = (typeof NotesProblem)[keyof typeof NotesProblem];

/** The outcome of a store operation. `detail` is technical (the browser's message), for logs and tooltips. */
export type NotesResult<T> = { ok: true; value: T } | { ok: false; problem: NotesProblem; detail: string };

/** What changed: the notes on one article; `key` (and `folder`) undefined when any note of the law (of any law) may have changed, as after a write in another tab. */
export interface NotesChange {
  folder: string | undefined;
  key: string | undefined;
}

/** The notes of all laws. Every method resolves (never rejects) with a {@link NotesResult}. */
export interface NotesStore {
  /** The notes on one article, oldest first. */
  list(folder: string, key: string): Promise<NotesResult<Note[]>>;
  /** All notes on a law, oldest first. */
  listAll(folder: string): Promise<NotesResult<Note[]>>;
  /** Adds a note; `text` is trimmed and must not be empty. */
  add(folder: string, key: string, draft: { text: string; label: string }): Promise<NotesResult<Note>>;
  /** Replaces a note's text. */
  update(note: NoteRef, text: string): Promise<NotesResult<Note>>;
  /** Deletes a note; resolves with the note as it was. */
  remove(note: NoteRef): Promise<NotesResult<Note>>;
  /** Calls `listener` after every change (also changes made in other tabs); returns the unsubscribe function. */
  subscribe(listener: (change: NotesChange) => void): () => void;
}

/** The part of the Web Storage API the local store uses (listing and removing entries where the storage can). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'> & Partial<Pick<Storage, 'removeItem' | 'key' | 'length'>>;

/** Why a note is kept in this browser's localStorage and not (yet) in the database: the problem that kept it out. */
export interface LocalHolding {
  problem: NotesProblem;
  /** Technical (the browser's message). */
  detail: string;
}

const holdings = new WeakMap<Note, LocalHolding>();

/** Marks a note read from (or just written to) localStorage because the database could not take it. */
export function markHeldLocally(note: Note, holding: LocalHolding): Note {
  holdings.set(note, holding);
  return note;
}

/**
 * Why `note` is kept only in this browser's localStorage, or undefined when
 * it is in the database. The mark travels with the note object a store
 * returned (never into what is stored or backed up).
 */
export function heldLocally(note: Note): LocalHolding | undefined {
  return holdings.get(note);
}

/** The localStorage store, with what moving its notes into the database needs. */
export interface LocalNotesStore extends NotesStore {
  /** The law folders that have an entry (none when the storage cannot list its keys). */
  folders(): NotesResult<string[]>;
  /**
   * Removes the notes `moved` (by id, each only if still at that `updated`:
   * one changed since stays) from the entry of `folder`, and the entry when
   * it is left empty. For notes now safely in the database.
   */
  forget(folder: string, moved: readonly Pick<Note, 'id' | 'updated'>[]): NotesResult<number>;
}

/** Options of {@link createLocalNotesStore}; the defaults are the page's localStorage, the clock and random UUIDs. */
export interface LocalNotesOptions {
  /** The storage, or undefined (or a throw) when there is none. */
  storage?: () => StorageLike | undefined;
  now?: () => Date;
  newId?: () => string;
  /** Where `storage` events from other tabs arrive (the window); none in tests. */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'> | undefined;
}

const FORMAT = 'lawdiff-notes/1';
const PREFIX = 'lawdiff:notes:';

/** The localStorage key holding a law's notes. */
export function storageKey(folder: string): string {
  return `${PREFIX}${folder}`;
}

const fail = <T>(problem: NotesProblem, detail = ''): NotesResult<T> => ({ ok: false, problem, detail });

function isNote(x: unknown): x is Note {
  if (typeof x !== 'object' || x === null) return false;
  const n = x as Record<string, unknown>;
  return ['id', 'folder', 'key', 'text', 'label', 'created', 'updated'].every((k) => typeof n[k] === 'string');
}

/** The page's localStorage, or undefined where touching it throws (blocked storage). */
function pageStorage(): StorageLike | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function randomId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `n-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

const byCreated = (a: Note, b: Note): number => a.created.localeCompare(b.created) || a.id.localeCompare(b.id);

/**
 * Notes in Web Storage, one entry per law (`lawdiff:notes:<folder>`, a JSON
 * document `{format, notes}`). Each write reads the entry afresh, so several
 * tabs do not overwrite each other's notes; an entry that cannot be read is
 * reported as `corrupt` and never overwritten.
 */
export function createLocalNotesStore(options: LocalNotesOptions = {}): LocalNotesStore {
  const getStorage = options.storage ?? pageStorage;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomId;
  const events = 'events' in options ? options.events : typeof window !== 'undefined' ? window : undefined;
  const listeners = new Set<(change: NotesChange) => void>();

  const emit = (change: NotesChange): void => {
    for (const l of [...listeners]) l(change);
  };
  const onStorage = (e: Event): void => {
    const key = (e as StorageEvent).key;
    if (key === null) emit({ folder: undefined, key: undefined });
    else if (key.startsWith(PREFIX)) emit({ folder: key.slice(PREFIX.length), key: undefined });
  };

  function storage(): NotesResult<StorageLike> {
    try {
      const s = getStorage();
      return s ? { ok: true, value: s } : fail('unavailable', 'no localStorage');
    } catch (e) {
      return fail('unavailable', String(e));
    }
  }

  function read(folder: string): NotesResult<Note[]> {
    const s = storage();
    if (!s.ok) return s;
    let raw: string | null;
    try {
      raw = s.value.getItem(storageKey(folder));
    } catch (e) {
      return fail('unavailable', String(e));
    }
    if (raw === null) return { ok: true, value: [] };
    try {
      const doc = JSON.parse(raw) as { format?: unknown; notes?: unknown };
      if (doc?.format !== FORMAT || !Array.isArray(doc.notes) || !doc.notes.every(isNote)) {
        return fail('corrupt', `${storageKey(folder)} is not a ${FORMAT} document`);
      }
      return { ok: true, value: doc.notes };
    } catch (e) {
      return fail('corrupt', `${storageKey(folder)}: ${String(e)}`);
    }
  }

  function write(folder: string, notes: readonly Note[]): NotesResult<void> {
    const s = storage();
    if (!s.ok) return s;
    try {
      s.value.setItem(storageKey(folder), JSON.stringify({ format: FORMAT, notes }));
      return { ok: true, value: undefined };
    } catch (e) {
      return fail(isQuotaError(e) ? 'full' : 'unavailable', String(e));
    }
  }

  /** Reads a law's notes, lets `edit` change the list, writes it back; the change is announced only once stored. */
  function change<T>(folder: string, key: string, edit: (notes: Note[]) => NotesResult<T>): NotesResult<T> {
    const current = read(folder);
    if (!current.ok) return current;
    const notes = [...current.value];
    const result = edit(notes);
    if (!result.ok) return result;
    const written = write(folder, notes);
    if (!written.ok) return written;
    emit({ folder, key });
    return result;
  }

  return {
    folders() {
      const s = storage();
      if (!s.ok) return s;
      const { key, length } = s.value;
      if (typeof key !== 'function' || typeof length !== 'number') return { ok: true, value: [] };
      try {
        const out: string[] = [];
        for (let i = 0; i < length; i++) {
          const k = key.call(s.value, i);
          if (k?.startsWith(PREFIX)) out.push(k.slice(PREFIX.length));
        }
        return { ok: true, value: out };
      } catch (e) {
        return fail('unavailable', String(e));
      }
    },
    forget(folder, moved) {
      const current = read(folder);
      if (!current.ok) return current;
      const gone = new Map(moved.map((n) => [n.id, n.updated]));
      const left = current.value.filter((n) => gone.get(n.id) !== n.updated);
      const removed = current.value.length - left.length;
      if (removed === 0) return { ok: true, value: 0 };
      const s = storage();
      if (!s.ok) return s;
      if (left.length === 0 && typeof s.value.removeItem === 'function') {
        try {
          s.value.removeItem(storageKey(folder));
        } catch (e) {
          return fail('unavailable', String(e));
        }
      } else {
        const written = write(folder, left);
        if (!written.ok) return written;
      }
      emit({ folder, key: undefined });
      return { ok: true, value: removed };
    },
    async list(folder, key) {
      const all = read(folder);
      return all.ok ? { ok: true, value: all.value.filter((n) => n.key === key).sort(byCreated) } : all;
    },
    async listAll(folder) {
      const all = read(folder);
      return all.ok ? { ok: true, value: [...all.value].sort(byCreated) } : all;
    },
    async add(folder, key, draft) {
      const text = draft.text.trim();
      if (!text) return fail('empty');
      return change(folder, key, (notes) => {
        const at = now().toISOString();
        const note: Note = { id: newId(), folder, key, text, label: draft.label, created: at, updated: at };
        notes.push(note);
        return { ok: true, value: note };
      });
    },
    async update(ref, text) {
      const trimmed = text.trim();
      if (!trimmed) return fail('empty');
      return change(ref.folder, ref.key, (notes) => {
        const i = notes.findIndex((n) => n.id === ref.id);
        if (i < 0) return fail('not-found', ref.id);
        if (ref.updated !== undefined && notes[i]!.updated !== ref.updated) return fail('conflict', `${ref.id} was changed at ${notes[i]!.updated}`);
        const note: Note = { ...notes[i]!, text: trimmed, updated: now().toISOString() };
        notes[i] = note;
        return { ok: true, value: note };
      });
    },
    async remove(ref) {
      return change(ref.folder, ref.key, (notes) => {
        const i = notes.findIndex((n) => n.id === ref.id);
        if (i < 0) return fail('not-found', ref.id);
        if (ref.updated !== undefined && notes[i]!.updated !== ref.updated) return fail('conflict', `${ref.id} was changed at ${notes[i]!.updated}`);
        const [gone] = notes.splice(i, 1);
        return { ok: true, value: gone! };
      });
    },
    subscribe(listener) {
      if (listeners.size === 0) events?.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) events?.removeEventListener('storage', onStorage);
      };
    },
  };
}
