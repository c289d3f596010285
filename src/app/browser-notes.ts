/**
 * The notes store the viewer uses: IndexedDB (src/store) when the browser
 * has it, else the localStorage store. The first time a law's notes are
 * read, notes written before the move to IndexedDB are copied over once.
 */
import { openLawdiffDb } from '../store/db.js';
import { createIdbNotesStore, type IdbNotesStore } from '../store/idb-notes.js';
import { createLocalNotesStore, type NotesChange, type NotesStore } from './notes-store.js';

/** A {@link NotesStore} on IndexedDB with a localStorage fallback; opens the database on first use. */
export function createBrowserNotesStore(): NotesStore {
  const local = createLocalNotesStore();
  const listeners = new Set<(change: NotesChange) => void>();
  const migrated = new Set<string>();
  let backend: Promise<{ store: NotesStore; idb: IdbNotesStore | undefined }> | undefined;

  const open = (): Promise<{ store: NotesStore; idb: IdbNotesStore | undefined }> =>
    (backend ??= (async () => {
      const opened = await openLawdiffDb();
      if (!opened.ok) return { store: local, idb: undefined };
      const idb = createIdbNotesStore(opened.value);
      idb.subscribe((change) => listeners.forEach((l) => l(change)));
      return { store: idb, idb };
    })());

  const forFolder = async (folder: string): Promise<NotesStore> => {
    const { store, idb } = await open();
    if (idb && !migrated.has(folder)) {
      migrated.add(folder);
      await idb.migrateFromLocalStorage(local, [folder]);
    }
    return store;
  };

  return {
    list: async (folder, key) => (await forFolder(folder)).list(folder, key),
    listAll: async (folder) => (await forFolder(folder)).listAll(folder),
    add: async (folder, key, draft) => (await forFolder(folder)).add(folder, key, draft),
    update: async (note, text) => (await forFolder(note.folder)).update(note, text),
    remove: async (note) => (await forFolder(note.folder)).remove(note),
    subscribe(listener) {
      listeners.add(listener);
      // Until (or unless) IndexedDB is open, changes come from the localStorage store.
      const off = local.subscribe(listener);
      return () => {
        listeners.delete(listener);
        off();
      };
    },
  };
}

/** The viewer's notes store. */
export const browserNotesStore: NotesStore = createBrowserNotesStore();
