/**
 * The reader's notes on one law for an element that shows them: reads them
 * by article key, follows changes from other elements and tabs, and answers
 * the {@link NoteChangeEvent}s its children dispatch by writing through the
 * notes store (the one path by which the UI writes a note).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Note, NotesChange, NotesStore } from '../../store/notes.js';
import { strings } from '../../present/strings.js';
import { NoteChangeEvent } from '../common/events.js';

const noNotes: readonly Note[] = [];

export class NotesController implements ReactiveController {
  /** The notes by article key. */
  private byKey = new Map<string, Note[]>();
  /** Why the notes could not be read, or "". */
  problem = '';
  private folder = '';
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private store: NotesStore,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener(NoteChangeEvent.eventName, this.onNoteChange);
    this.unsubscribe?.();
    this.unsubscribe = this.store.subscribe(this.onNotesChanged);
    if (this.folder) void this.load();
  }

  hostDisconnected(): void {
    this.host.removeEventListener(NoteChangeEvent.eventName, this.onNoteChange);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Follows the notes of `folder` in `store` (reads them again when either changed). */
  use(folder: string, store: NotesStore): void {
    if (folder === this.folder && store === this.store) return;
    if (store !== this.store) {
      this.store = store;
      if (this.unsubscribe) {
        this.unsubscribe();
        this.unsubscribe = store.subscribe(this.onNotesChanged);
      }
    }
    this.folder = folder;
    void this.load();
  }

  /** The notes on an article. */
  of(key: string): readonly Note[] {
    return this.byKey.get(key) ?? noNotes;
  }

  /** Every note of the law, by article key (for the HTML download). */
  get all(): ReadonlyMap<string, readonly Note[]> {
    return this.byKey;
  }

  private async load(): Promise<void> {
    const folder = this.folder;
    if (!folder) return;
    const r = await this.store.listAll(folder);
    if (folder !== this.folder) return;
    if (!r.ok) {
      this.problem = strings.noteProblems[r.problem] ?? r.detail;
      this.byKey = new Map();
    } else {
      const byKey = new Map<string, Note[]>();
      for (const n of r.value) {
        const list = byKey.get(n.key);
        if (list) list.push(n);
        else byKey.set(n.key, [n]);
      }
      this.byKey = byKey;
      this.problem = '';
    }
    this.host.requestUpdate();
  }

  private readonly onNotesChanged = (change: NotesChange): void => {
    if (change.folder === undefined || change.folder === this.folder) void this.load();
  };

  private readonly onNoteChange = (e: NoteChangeEvent): void => {
    const edit = e.edit;
    switch (edit.action) {
      case 'add':
        e.respondWith(this.store.add(edit.folder, edit.key, { text: edit.text, label: edit.label }));
        break;
      case 'update':
        e.respondWith(this.store.update(edit.note, edit.text));
        break;
      case 'remove':
        e.respondWith(this.store.remove(edit.note));
        break;
      default: {
        const never: never = edit;
        return never;
      }
    }
  };
}
