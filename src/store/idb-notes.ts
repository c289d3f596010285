/**
 * The reader's notes in IndexedDB: the same {@link NotesStore} contract as
 * the localStorage store (same results and problems), plus a JSON file to
 * export and import, a bulk merge for restores, and the move of notes kept in
 * localStorage into the database. Notes are read through the `byArticle`
 * (`[folder, key]`) and `byLaw` (`folder`) indexes, never by a scan.
 * Other tabs hear of changes through `BroadcastChannel('lawdiff-notes')`.
 */
import type { IDBPObjectStore } from 'idb';
import { checked, transact, type DbResult, type LawdiffDb, type LawdiffSchema, type StoreName } from './db.js';
import type { LocalNotesStore } from './local-notes.js';
import { byCreated, isNote, randomId, type Note, type NoteRef, type NotesChange, type NotesProblem, type NotesResult, type NotesStore } from './notes.js';
import { fail, type Result } from './result.js';

/** The part of `BroadcastChannel` the store uses. */
export type ChannelLike = Pick<BroadcastChannel, 'postMessage' | 'addEventListener' | 'removeEventListener' | 'close'>;

/** Options of {@link createIdbNotesStore}; the defaults are the clock, random UUIDs and a `BroadcastChannel` when there is one. */
export interface IdbNotesOptions {
  now?: () => Date;
  newId?: () => string;
  /** Makes the channel to other tabs; undefined for none. */
  channel?: ((name: string) => ChannelLike) | undefined;
}

/** The channel name shared by every tab of lawdiff. */
export const NOTES_CHANNEL = 'lawdiff-notes';
/** The `format` of an exported notes file. */
export const EXPORT_FORMAT = 'lawdiff-notes-export/1';
/** The meta record in which earlier releases listed the law folders whose localStorage notes were copied (no longer read: notes are moved one by one). */
export const MIGRATED_KEY = 'notes-migrated-from-localstorage';

/** What an import did. */
export interface ImportSummary {
  /** Notes that were not stored before. */
  added: number;
  /** Stored notes replaced by a newer version from the file. */
  replaced: number;
  /** Notes of the file left out because the stored one is as new or newer. */
  kept: number;
}

/** The outcome of an import: a file that is not a notes export is `invalid-file`, with `detail` naming what is wrong. */
export type ImportResult = Result<ImportSummary, NotesProblem | 'invalid-file'>;

/** What a move of notes out of localStorage did. */
export interface MoveSummary {
  /** Notes now in the database (as they were, or a newer version of them) and taken out of localStorage. */
  moved: number;
  /** Of those, notes the database did not have before. */
  added: number;
  /** Law folders whose localStorage entry could not be read or cleared (left for a later move), with the reason. */
  skipped: { folder: string; problem: NotesProblem; detail: string }[];
}

/** The notes store inside a read-write transaction. */
export type NotesObjectStore = IDBPObjectStore<LawdiffSchema, ArrayLike<StoreName>, 'notes', 'readwrite'>;

/** From how many notes a merge reads the stored notes in one request instead of one request per note. */
export const READ_ALL_FROM = 1000;

/**
 * Stores each of `notes` unless the stored note with its id is as new (by
 * `updated`), inside the caller's transaction (`store`). Many notes are
 * compared with the stored ones read in one request, few one by one; the
 * writes are asked for at once, and a kept note is not written (measured in
 * scripts/bench/notes.mjs: in Chromium each written note costs about as much
 * as the whole rest, so a restore costs what its new notes cost). A stored
 * record that is not a note is reported as `corrupt` (the caller's
 * transaction is then aborted by {@link transact}).
 */
export async function mergeNotesInto(store: NotesObjectStore, notes: readonly Note[]): Promise<NotesResult<ImportSummary>> {
  let stored: unknown[];
  if (notes.length >= READ_ALL_FROM) {
    const byId = new Map<unknown, unknown>();
    for (const n of (await store.getAll()) as unknown[]) byId.set((n as { id?: unknown } | null)?.id, n);
    stored = notes.map((n) => byId.get(n.id));
  } else {
    stored = await Promise.all(notes.map((n) => store.get(n.id)));
  }
  const summary: ImportSummary = { added: 0, replaced: 0, kept: 0 };
  const writes: Promise<unknown>[] = [];
  for (const [i, n] of notes.entries()) {
    const old = stored[i];
    if (old !== undefined && !isNote(old)) return fail('corrupt', `notes: not a note: ${n.id}`);
    if (old !== undefined && Date.parse(old.updated) >= Date.parse(n.updated)) {
      summary.kept++;
      continue;
    }
    writes.push(store.put(n));
    if (old === undefined) summary.added++;
    else summary.replaced++;
  }
  await Promise.all(writes);
  return { ok: true, value: summary };
}

/** The notes store over IndexedDB, with the extras only this backend has. */
export interface IdbNotesStore extends NotesStore {
  /** Every note as a JSON document (`lawdiff-notes-export/1`). */
  exportNotes(): Promise<NotesResult<string>>;
  /** Merges a file made by {@link IdbNotesStore.exportNotes}: by id, the later `updated` wins; nothing is deleted; a bad file changes nothing. */
  importNotes(json: string): Promise<ImportResult>;
  /** Merges many notes in one transaction, as {@link IdbNotesStore.importNotes} does (by id, the later `updated` wins; nothing is deleted). */
  importMany(notes: readonly Note[]): Promise<NotesResult<ImportSummary>>;
  /**
   * Moves every note of `local` (all laws) into the database, note by note:
   * each is merged by id (a newer stored version wins), and only once that
   * is committed is it taken out of localStorage (unless changed meanwhile).
   * Running it again moves what is left, and nothing twice; a database
   * failure leaves localStorage as it was.
   */
  moveFromLocalStorage(local: LocalNotesStore): Promise<NotesResult<MoveSummary>>;
  /** Closes the channel to other tabs. */
  close(): void;
}

/** The notes problem for a database failure (the same names: every {@link DbResult} is a {@link NotesResult}). */
function asNotes<T>(r: Result<T, NotesProblem>): NotesResult<T> {
  return r.ok ? r : fail(r.problem, r.detail);
}

function defaultChannel(): ((name: string) => ChannelLike) | undefined {
  return typeof BroadcastChannel === 'undefined' ? undefined : (name) => new BroadcastChannel(name);
}

/**
 * Tells every notes store of this origin (other tabs', and this page's own)
 * that any note may have changed, as after a write made outside a notes
 * store (a restore, a deleted law). The message is a {@link NotesChange},
 * as the stores post and read it on {@link NOTES_CHANNEL}. Does nothing where
 * there is no `BroadcastChannel`.
 */
export function announceNotesChanged(makeChannel: ((name: string) => ChannelLike) | undefined = defaultChannel()): void {
  const channel = makeChannel?.(NOTES_CHANNEL);
  if (!channel) return;
  const change: NotesChange = { folder: undefined, key: undefined };
  channel.postMessage(change);
  channel.close();
}

const isTime = (s: string): boolean => !Number.isNaN(Date.parse(s));

/** The notes of an export file, or what is wrong with it. */
export function parseExport(json: string): { ok: true; notes: Note[] } | { ok: false; detail: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    return { ok: false, detail: `not JSON: ${String(e)}` };
  }
  if (typeof doc !== 'object' || doc === null) return { ok: false, detail: 'not a JSON object' };
  const { format, notes } = doc as { format?: unknown; notes?: unknown };
  if (format !== EXPORT_FORMAT) return { ok: false, detail: `format is ${JSON.stringify(format)}, expected "${EXPORT_FORMAT}"` };
  if (!Array.isArray(notes)) return { ok: false, detail: 'notes is not a list' };
  const ids = new Set<string>();
  for (const [i, n] of notes.entries()) {
    if (!isNote(n)) return { ok: false, detail: `notes[${i}] lacks a string id, folder, key, text, label, created or updated` };
    if (!n.text.trim()) return { ok: false, detail: `notes[${i}].text is empty` };
    if (!isTime(n.created) || !isTime(n.updated)) return { ok: false, detail: `notes[${i}] has a created or updated that is not a time` };
    if (ids.has(n.id)) return { ok: false, detail: `notes[${i}].id ${JSON.stringify(n.id)} appears twice` };
    ids.add(n.id);
  }
  const only = (n: Note): Note => ({ id: n.id, folder: n.folder, key: n.key, text: n.text.trim(), label: n.label, created: n.created, updated: n.updated });
  return { ok: true, notes: (notes as Note[]).map(only) };
}

/**
 * Notes in the `notes` store of an open lawdiff database. Every write is
 * one transaction that reads what it changes afresh, so two tabs never
 * overwrite each other's notes; listeners hear of a change once it is stored.
 */
export function createIdbNotesStore(db: LawdiffDb, options: IdbNotesOptions = {}): IdbNotesStore {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomId;
  const makeChannel = 'channel' in options ? options.channel : defaultChannel();
  const listeners = new Set<(change: NotesChange) => void>();
  let channel: ChannelLike | undefined;

  const open = (): ChannelLike | undefined => {
    try {
      channel ??= makeChannel?.(NOTES_CHANNEL);
    } catch {
      channel = undefined;
    }
    return channel;
  };
  const onMessage = (e: Event): void => {
    const data = (e as MessageEvent).data as Partial<NotesChange> | null;
    if (typeof data !== 'object' || data === null) return;
    const text = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
    const folder = text(data.folder);
    emitLocal({ folder, key: folder === undefined ? undefined : text(data.key) });
  };
  const emitLocal = (change: NotesChange): void => {
    for (const l of [...listeners]) l(change);
  };
  const emit = (change: NotesChange): void => {
    emitLocal(change);
    try {
      open()?.postMessage(change);
    } catch {
      // other tabs will see the change on their next read
    }
  };

  async function query(index: 'byArticle' | 'byLaw', key: [string, string] | string): Promise<NotesResult<Note[]>> {
    const r = await transact(db, 'notes', 'readonly', async (tx) => ({ ok: true as const, value: (await tx.objectStore('notes').index(index).getAll(key)) as unknown[] }));
    if (!r.ok) return asNotes(r);
    // Note by note: one that cannot be read never hides the others (the data page lists it, to download or delete).
    return { ok: true, value: r.value.filter(isNote).sort(byCreated) };
  }

  /** Reads the note `ref` and lets `edit` decide what to write, in one transaction. */
  async function change(ref: NoteRef, edit: (note: Note) => Note | undefined): Promise<NotesResult<Note>> {
    const r = await transact(db, 'notes', 'readwrite', async (tx): Promise<NotesResult<Note>> => {
      const found: unknown = await tx.objectStore('notes').get(ref.id);
      if (found === undefined) return fail('not-found', ref.id);
      if (!isNote(found)) return fail('corrupt', `notes: not a note: ${ref.id}`);
      if (found.folder !== ref.folder || found.key !== ref.key) return fail('not-found', ref.id);
      if (ref.updated !== undefined && found.updated !== ref.updated) return fail('conflict', `${ref.id} was changed at ${found.updated}`);
      const next = edit(found);
      if (next) await tx.objectStore('notes').put(next);
      else await tx.objectStore('notes').delete(ref.id);
      return { ok: true, value: next ?? found };
    });
    if (r.ok) emit({ folder: ref.folder, key: ref.key });
    return asNotes(r);
  }

  /** Stores each note unless a stored one with its id is as new; one transaction. */
  async function merge(notes: readonly Note[]): Promise<NotesResult<ImportSummary>> {
    const r = await transact(db, 'notes', 'readwrite', (tx) => mergeNotesInto(tx.objectStore('notes'), notes));
    if (r.ok && r.value.added + r.value.replaced > 0) emit({ folder: undefined, key: undefined });
    return asNotes(r);
  }

  return {
    list: (folder, key) => query('byArticle', [folder, key]),
    listAll: (folder) => query('byLaw', folder),
    async add(folder, key, draft) {
      const text = draft.text.trim();
      if (!text) return fail('empty');
      const at = now().toISOString();
      const note: Note = { id: newId(), folder, key, text, label: draft.label, created: at, updated: at };
      const r = await transact(db, 'notes', 'readwrite', async (tx) => {
        await tx.objectStore('notes').add(note);
        return { ok: true as const, value: note };
      });
      if (r.ok) emit({ folder, key });
      return asNotes(r);
    },
    async update(ref, text) {
      const trimmed = text.trim();
      if (!trimmed) return fail('empty');
      return change(ref, (note) => ({ ...note, text: trimmed, updated: now().toISOString() }));
    },
    remove: (ref) => change(ref, () => undefined),
    subscribe(listener) {
      if (listeners.size === 0) open()?.addEventListener('message', onMessage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) channel?.removeEventListener('message', onMessage);
      };
    },
    async exportNotes() {
      const r = await transact(db, 'notes', 'readonly', async (tx) => ({ ok: true as const, value: (await tx.objectStore('notes').getAll()) as unknown[] }));
      if (!r.ok) return asNotes(r);
      const c = asNotes(checked('notes', r.value));
      if (!c.ok) return c;
      return { ok: true, value: JSON.stringify({ format: EXPORT_FORMAT, exported: now().toISOString(), notes: c.value.sort(byCreated) }, null, 2) };
    },
    async importNotes(json) {
      const parsed = parseExport(json);
      if (!parsed.ok) return { ok: false, problem: 'invalid-file', detail: parsed.detail };
      return merge(parsed.notes);
    },
    importMany: (notes) => merge(notes),
    async moveFromLocalStorage(local) {
      const folders = local.folders();
      if (!folders.ok) return folders;
      const summary: MoveSummary = { moved: 0, added: 0, skipped: [] };
      for (const folder of folders.value) {
        const notes = await local.listAll(folder);
        if (!notes.ok) {
          summary.skipped.push({ folder, problem: notes.problem, detail: notes.detail });
          continue;
        }
        if (notes.value.length === 0) continue;
        const merged = await merge(notes.value);
        if (!merged.ok) return merged;
        summary.added += merged.value.added;
        // Committed: every note is in the database, as it is here or newer. Only now does localStorage let it go.
        const forgotten = local.forget(folder, notes.value);
        if (forgotten.ok) summary.moved += forgotten.value;
        else summary.skipped.push({ folder, problem: forgotten.problem, detail: forgotten.detail });
      }
      return { ok: true, value: summary };
    },
    close() {
      channel?.removeEventListener('message', onMessage);
      channel?.close();
      channel = undefined;
    },
  };
}
