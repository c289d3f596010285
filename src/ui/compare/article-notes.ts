/**
 * `<lawdiff-article-notes>`: the reader's own notes on one article, under its
 * row (and in its history): add, edit, delete. Notes are text, shown through
 * text bindings. The element never touches the store: it asks with
 * {@link NoteChangeEvent} and keeps its editor (and the reader's text) open
 * when saving fails, showing why. Drafts survive the row being scrolled out
 * of a virtualized list. Escape closes an editor, but one holding unsaved
 * text first asks, in the page: "Discard your unsaved note?" (focus on "Keep
 * editing"; Escape there goes back to the text).
 *
 * A note the database could not take is kept in this browser's localStorage
 * (src/app/browser-notes.ts): it is tagged "on this device only" and a polite
 * message says why and what happens to it. An article with very many notes
 * shows the latest {@link SHOWN_NOTES} first, the earlier ones on request.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { heldLocally } from '../../app/browser-notes.js';
import type { Note } from '../../store/notes.js';
import { NoteChangeEvent, type NoteEdit } from '../common/events.js';
import { formatDateTime, strings } from '../../present/strings.js';
import { base } from '../common/theme.js';
import { articleNotesStyles } from './article-notes.styles.js';

/**
 * An open editor: a new note, or an existing one by id. `original` is the
 * text it opened with; `updated` is the note's version when editing began (a
 * save is refused if another tab changed it since).
 */
type Editing = { id: 'new' | string; text: string; original: string; updated?: string };

/** Whether closing the editor would lose text the reader typed (whitespace at the ends aside). */
const unsaved = (e: Editing): boolean => e.text.trim() !== e.original.trim();

/** Open editors by `<folder>\n<key>`, so a row rendered again (virtualized lists) gets its draft back. */
const drafts = new Map<string, Editing>();

/** A note's moment in the UI's language (the language in use when the row renders, not when this module loaded). */
const when = (iso: string): string => formatDateTime(iso);

/** How many of an article's notes are shown before "Show earlier notes": the latest ones. */
export const SHOWN_NOTES = 20;

@customElement('lawdiff-article-notes')
export class LawdiffArticleNotes extends LitElement {
  static override styles = [base, articleNotesStyles];

  @property() folder = '';
  /** Stable key of the article. */
  @property() articleKey = '';
  /** Printed number of the article, stored with new notes and used in labels. */
  @property() label = '';
  @property({ attribute: false }) notes: readonly Note[] = [];
  /** Shown read-only (printing): no buttons, nothing when there are no notes. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Show the list heading even without notes (the history panel). */
  @property({ type: Boolean }) open = false;
  /** A problem loading the notes (a message), shown instead of the add button. */
  @property() problem = '';

  @state() private editing: Editing | undefined;
  @state() private confirming: string | undefined;
  /** Escape was pressed in an editor with unsaved text: the question is showing. */
  @state() private discarding = false;
  @state() private error = '';
  @state() private busy = false;
  /** The reader asked to see every note of the article, not only the latest {@link SHOWN_NOTES}. */
  @state() private showAll = false;

  private get draftKey(): string {
    return `${this.folder}\n${this.articleKey}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('folder') || changed.has('articleKey')) {
      this.editing = drafts.get(this.draftKey);
      this.confirming = undefined;
      this.discarding = false;
      this.error = '';
      this.showAll = false;
    }
  }

  /** The notes shown: the latest {@link SHOWN_NOTES} unless the reader asked for all (a note being edited always shows). */
  private shown(): readonly Note[] {
    if (this.showAll || this.notes.length <= SHOWN_NOTES) return this.notes;
    const from = this.notes.length - SHOWN_NOTES;
    const editing = this.editing?.id;
    return this.notes.filter((n, i) => i >= from || n.id === editing);
  }

  /** The polite message about notes kept in localStorage (one reason: the latest note's). */
  private renderHeld(notes: readonly Note[]) {
    const held = notes.filter((n) => heldLocally(n));
    const why = held.length > 0 ? heldLocally(held[held.length - 1]!) : undefined;
    return html`<div role="status" class="held-status">${why ? html`<p class="held">${strings.notesHeldLocally(held.length, strings.notesHeldWhy(why.problem, why.detail))}</p>` : nothing}</div>`;
  }

  override render() {
    if (this.readonly) {
      if (this.notes.length === 0) return nothing;
      return html`<section aria-label=${strings.notesOn(this.label)}>
        <h4>${strings.notes}</h4>
        <ul>${this.notes.map((n) => html`<li><p class="text" translate="no">${n.text}</p></li>`)}</ul>
      </section>`;
    }
    const editingNew = this.editing?.id === 'new';
    const list = this.notes.length > 0 || this.open;
    return html`${list
        ? html`<section aria-label=${strings.notesOn(this.label)}>
            <h4>${strings.notes}</h4>
            ${this.renderEarlier()}
            ${this.notes.length > 0 ? html`<ul>${this.shown().map((n) => this.renderNote(n))}</ul>` : nothing}
          </section>`
        : nothing}
      ${this.renderHeld(this.notes)}
      ${this.error ? html`<p class="problem" role="alert">${this.error}</p>` : nothing}
      ${this.problem && !this.error ? html`<p class="problem" role="status">${this.problem}</p>` : nothing}
      ${editingNew
        ? this.renderEditor(this.editing!)
        : html`<button type="button" class="link add" ?disabled=${this.busy} @click=${() => this.startEdit('new', '')}>${strings.addNote}</button>`}`;
  }

  private renderEarlier() {
    const hidden = this.notes.length - this.shown().length;
    if (hidden <= 0) return nothing;
    return html`<button type="button" class="link earlier" @click=${() => (this.showAll = true)}>${strings.notesShowEarlier(hidden)}</button>`;
  }

  private renderNote(n: Note) {
    if (this.editing?.id === n.id) return html`<li>${this.renderEditor(this.editing)}</li>`;
    return html`<li data-note=${n.id}>
      <p class="text" translate="no">${n.text}</p>
      <p class="meta">
        <span><time datetime=${n.created}>${when(n.created)}</time>${n.updated !== n.created
            ? html` · ${strings.noteEdited} <time datetime=${n.updated}>${when(n.updated)}</time>`
            : nothing}</span>
        ${heldLocally(n) ? html`<span class="tag">${strings.noteHeldLocallyTag}</span>` : nothing}
        ${this.confirming === n.id
          ? html`<span class="confirm" role="group" aria-label=${strings.confirmDeleteNote}>
              <span>${strings.confirmDeleteNote}</span>
              <button type="button" class="link danger confirm-delete" ?disabled=${this.busy} @click=${() => void this.deleteNote(n)}>${strings.deleteNote}</button>
              <button type="button" class="link" @click=${() => this.cancelConfirm(n)}>${strings.cancel}</button>
            </span>`
          : html`<button type="button" class="link edit" @click=${() => this.startEdit(n.id, n.text, n.updated)}>${strings.editNote}</button>
              <button type="button" class="link delete" @click=${() => this.askDelete(n)}>${strings.deleteNote}</button>`}
      </p>
    </li>`;
  }

  private renderEditor(editing: Editing) {
    return html`<form @submit=${(e: Event) => {
      e.preventDefault();
      void this.save();
    }}>
      <label for="note-text">${strings.noteText}</label>
      <textarea id="note-text" .value=${editing.text} ?disabled=${this.busy}
        @input=${(e: Event) => {
          // Typing again answers the question: the reader keeps the text.
          this.discarding = false;
          this.setDraft({ ...editing, text: (e.target as HTMLTextAreaElement).value });
        }}
        @keydown=${this.onEditorKey}></textarea>
      ${this.discarding
        ? html`<div class="buttons discard-question" role="alertdialog" aria-labelledby="discard-q" @keydown=${this.onQuestionKey}>
            <span id="discard-q">${strings.confirmDiscardNote}</span>
            <button type="button" class="danger discard" @click=${() => void this.stopEdit()}>${strings.discardNote}</button>
            <button type="button" class="keep" @click=${() => void this.keepEditing()}>${strings.keepEditing}</button>
          </div>`
        : html`<div class="buttons">
            <button type="submit" class="primary" ?disabled=${this.busy}>${strings.saveNote}</button>
            <button type="button" @click=${() => this.stopEdit()}>${strings.cancel}</button>
            <span class="hint">${strings.noteHint}</span>
          </div>`}
    </form>`;
  }

  private readonly onEditorKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      // Handled here: the history panel must not close under an open editor.
      e.preventDefault();
      e.stopPropagation();
      if (this.editing && unsaved(this.editing)) void this.askDiscard();
      else void this.stopEdit();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void this.save();
    }
  };

  /** Escape on the question: back to the text, as "Keep editing" (and the history panel stays open). */
  private readonly onQuestionKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    void this.keepEditing();
  };

  /** Asks before throwing unsaved text away; the focus goes to the answer that loses nothing. */
  private async askDiscard(): Promise<void> {
    this.discarding = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.discard-question button.keep')?.focus();
  }

  private async keepEditing(): Promise<void> {
    this.discarding = false;
    await this.updateComplete;
    this.renderRoot.querySelector('textarea')?.focus();
  }

  private setDraft(editing: Editing | undefined): void {
    this.editing = editing;
    if (editing) drafts.set(this.draftKey, editing);
    else drafts.delete(this.draftKey);
  }

  private async startEdit(id: string, text: string, updated?: string): Promise<void> {
    this.error = '';
    this.confirming = undefined;
    this.discarding = false;
    this.setDraft(updated ? { id, text, original: text, updated } : { id, text, original: text });
    await this.updateComplete;
    this.renderRoot.querySelector('textarea')?.focus();
  }

  private async stopEdit(): Promise<void> {
    const id = this.editing?.id;
    this.setDraft(undefined);
    this.discarding = false;
    this.error = '';
    await this.updateComplete;
    this.focusAfter(id);
  }

  /** Puts the focus back where the reader was: the edited note's Edit button, or the add button. */
  private focusAfter(id: string | undefined): void {
    const sel = id && id !== 'new' ? `li[data-note="${CSS.escape(id)}"] button.edit` : 'button.add';
    (this.renderRoot.querySelector<HTMLElement>(sel) ?? this.renderRoot.querySelector<HTMLElement>('button.add'))?.focus();
  }

  private askDelete(n: Note): void {
    this.error = '';
    this.confirming = n.id;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button.confirm-delete')?.focus());
  }

  private cancelConfirm(n: Note): void {
    this.confirming = undefined;
    void this.updateComplete.then(() => this.focusAfter(n.id));
  }

  /** Asks the owner of the store to make a change; resolves with a message when it failed, "" when done. */
  private async ask(edit: NoteEdit): Promise<string> {
    const event = new NoteChangeEvent(edit);
    this.dispatchEvent(event);
    if (!event.outcome) return strings.noteProblems.unavailable!;
    this.busy = true;
    try {
      const r = await event.outcome;
      return r.ok ? '' : (strings.noteProblems[r.problem] ?? r.detail);
    } finally {
      this.busy = false;
    }
  }

  private async save(): Promise<void> {
    const editing = this.editing;
    if (!editing || this.busy) return;
    if (!editing.text.trim()) {
      this.error = strings.noteProblems.empty!;
      return;
    }
    const edit: NoteEdit =
      editing.id === 'new'
        ? { action: 'add', folder: this.folder, key: this.articleKey, label: this.label, text: editing.text }
        : { action: 'update', note: { id: editing.id, folder: this.folder, key: this.articleKey, ...(editing.updated ? { updated: editing.updated } : {}) }, text: editing.text };
    const problem = await this.ask(edit);
    if (problem) {
      this.error = problem;
      await this.updateComplete;
      this.renderRoot.querySelector('textarea')?.focus();
      return;
    }
    await this.stopEdit();
  }

  private async deleteNote(n: Note): Promise<void> {
    const problem = await this.ask({ action: 'remove', note: n });
    this.confirming = undefined;
    this.error = problem;
    await this.updateComplete;
    this.focusAfter(undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-article-notes': LawdiffArticleNotes;
  }
}
