/**
 * The events lawdiff elements dispatch, typed in `HTMLElementEventMap` so
 * `addEventListener` and lit's `@event` bindings know their classes.
 * Children never write the URL or the store; they ask through these.
 */
import type { NoteRef, NotesResult } from '../../store/notes.js';
import type { CompareParams } from '../../app/routes.js';

/** Asks the owner of a failed load to try again. */
export class RetryEvent extends Event {
  static readonly eventName = 'lawdiff-retry';

  constructor() {
    super(RetryEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Asks the app to show the comparison with other parameters (the app writes the URL). */
export class ParamsChangeEvent extends Event {
  static readonly eventName = 'lawdiff-params';

  constructor(
    readonly params: Partial<CompareParams>,
    /** Replace the history entry instead of adding one (typing in the search box, moving the focus). */
    readonly replace = false,
  ) {
    super(ParamsChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Asks the app to open a comparison of two readings, or the synopsis of several (`readings`, three or more in order). */
export class CompareRequestEvent extends Event {
  static readonly eventName = 'lawdiff-compare';

  constructor(
    readonly oldId: string,
    readonly newId: string,
    readonly readings?: readonly string[],
  ) {
    super(CompareRequestEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Asks the comparison view to bring a row into view (from the summary map or the table of contents), by its key. */
export class JumpEvent extends Event {
  static readonly eventName = 'lawdiff-jump';

  constructor(readonly rowKey: string) {
    super(JumpEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Asks the comparison view to go to a row an explanation report's paragraph names (from the report panel), by its key. */
export class ReportGoEvent extends Event {
  static readonly eventName = 'lawdiff-report-go';

  constructor(readonly rowKey: string) {
    super(ReportGoEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Asks the comparison view to print the comparison or download it as a standalone HTML file (with the reader's notes when `withNotes`). */
/** What a comparison can be handed on as: printed (Save as PDF), a standalone HTML file, Word (a comparison table, tracked changes), a list of changes (Excel, CSV). */
export type ExportFormat = 'print' | 'html' | 'docx-table' | 'docx-tracked' | 'xlsx' | 'csv';

export class ExportEvent extends Event {
  static readonly eventName = 'lawdiff-export';

  constructor(
    readonly format: ExportFormat,
    readonly withNotes = false,
  ) {
    super(ExportEvent.eventName, { bubbles: true, composed: true });
  }
}

/** A change to the reader's notes, as {@link NoteChangeEvent} asks for it. */
export type NoteEdit =
  | { action: 'add'; folder: string; key: string; label: string; text: string }
  | { action: 'update'; note: NoteRef; text: string }
  | { action: 'remove'; note: NoteRef };

/**
 * Asks the owner of the notes store to add, change or delete a note. The
 * owner answers with {@link NoteChangeEvent.respondWith}, so the asking
 * element can keep its editor open (and the reader's text) when saving fails.
 */
export class NoteChangeEvent extends Event {
  static readonly eventName = 'lawdiff-note';
  /** The outcome, once an owner has responded; undefined while nobody handles the event. */
  outcome: Promise<NotesResult<unknown>> | undefined;

  constructor(readonly edit: NoteEdit) {
    super(NoteChangeEvent.eventName, { bubbles: true, composed: true });
  }

  respondWith(outcome: Promise<NotesResult<unknown>>): void {
    this.outcome = outcome;
  }
}

/** Asks the view of several readings to open an article's history (from a cell of the passage picture), by its lineage key. */
export class OpenHistoryEvent extends Event {
  static readonly eventName = 'lawdiff-open-history';

  constructor(readonly key: string) {
    super(OpenHistoryEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'lawdiff-retry': RetryEvent;
    'lawdiff-params': ParamsChangeEvent;
    'lawdiff-open-history': OpenHistoryEvent;
    'lawdiff-compare': CompareRequestEvent;
    'lawdiff-jump': JumpEvent;
    'lawdiff-report-go': ReportGoEvent;
    'lawdiff-export': ExportEvent;
    'lawdiff-note': NoteChangeEvent;
  }
}

