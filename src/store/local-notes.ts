/**
 * The notes backend in this browser's localStorage (the {@link NotesStore}
 * contract of notes.ts): where a note waits while the database cannot be
 * opened, until it is moved into the database (idb-notes.ts).
 */
import { isQuotaError } from './db.js';
import { byCreated, isNote, randomId, type Note, type NotesChange, type NotesResult, type NotesStore } from './notes.js';
import { fail } from './result.js';

/** The part of the Web Storage API the local store uses (listing and removing entries where the storage can). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'> & Partial<Pick<Storage, 'removeItem' | 'key' | 'length'>>;

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

/** The page's localStorage, or undefined where touching it throws (blocked storage). */
function pageStorage(): StorageLike | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

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
