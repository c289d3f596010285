/**
 * The reader's own notes on articles, kept in the browser: the contract every
 * backend keeps. A note belongs to a law folder and an article's stable key
 * (its lineage key), so it shows up for that article in every comparison of
 * the law.
 *
 * {@link NotesStore} is the interface the UI uses: asynchronous, with
 * expected failures (storage full, unavailable, unreadable) returned as
 * values, so one backend can replace another without touching the UI — the
 * database (idb-notes.ts) or this browser's localStorage (local-notes.ts);
 * src/app/browser-notes.ts chooses. A failed write never changes what is
 * stored.
 */
import { DbProblem, type Result } from './result.js';

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

/** Why an operation failed: the UI has a message for each. Storage's own problems are the database's ({@link DbProblem}). */
export const NotesProblem = {
  ...DbProblem,
  /** The note is gone (deleted in another tab). */
  notFound: 'not-found',
  /** A note needs some text. */
  empty: 'empty',
  /** The note was changed (in another tab) after the reader started editing it. */
  conflict: 'conflict',
} as const;
export type NotesProblem = (typeof NotesProblem)[keyof typeof NotesProblem];

/** The outcome of a store operation. `detail` is technical (the browser's message), for logs and tooltips. */
export type NotesResult<T> = Result<T, NotesProblem>;

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

/** Whether `x` has every field of a {@link Note} as a string. */
export function isNote(x: unknown): x is Note {
  if (typeof x !== 'object' || x === null) return false;
  const n = x as Record<string, unknown>;
  return ['id', 'folder', 'key', 'text', 'label', 'created', 'updated'].every((k) => typeof n[k] === 'string');
}

/** The order notes are listed in ("oldest first"): by `created`, then by id. */
export const byCreated = (a: Note, b: Note): number => a.created.localeCompare(b.created) || a.id.localeCompare(b.id);

/** A new note's id: a random UUID, or (where the browser has none) a time and random letters. */
export function randomId(): string {
  // Typed by hand: the store's contract also compiles without the DOM library (tsconfig.present.json).
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `n-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
