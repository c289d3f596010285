/**
 * `<lawdiff-compare-view>`: a comparison of two readings — summary, toolbar,
 * table of contents and the rows (synopsis or redline), with next/previous
 * change, search, and the focused article from the URL; or the concordance of
 * numbers across all readings. Also the article history panel, the reader's
 * notes under the rows (it owns the notes store for its children), printing
 * and the HTML download. Long laws render only the rows on screen
 * (`@lit-labs/virtualizer`), except while printing. It never writes the URL:
 * it asks the app with {@link ParamsChangeEvent}. While the same two readings
 * are compared again by another unit (`pending`), it keeps showing the last
 * result, so the place, the scroll position and the keyboard focus stay.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import '@lit-labs/virtualizer';
import type { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import { buildModel, filterRows, isChange, renumberedOnlyCount, searchRows, tableOfContents, type ArticleRow, type CompareModel, type Row } from '../../present/compare-model.js';
import { absentArticle } from '../../app/absent-article.js';
import { articleNumberQuery, rowsNumbered } from '../../app/article-query.js';
import { formatOrigin, linkOrigin } from '../../app/link-import.js';
import { isImported, isUserLawFolder } from '../../store/library.js';
import { exportFileName, exportHtml } from '../../present/export-html.js';
import type { Note, NotesChange, NotesStore } from '../../store/notes.js';
import { browserNotesStore } from '../../app/browser-notes.js';
import { plainBlocks, sideLabels } from '../../present/row-text.js';
import { articleTarget, routeHref, type CompareParams } from '../../app/routes.js';
import { lawTitle, originalTitle } from '../../present/titles.js';
import { isCjkLanguage, resolveKey, type CompareResult } from '../../diff/index.js';
import type { Law, VersionInfo } from '../../model/types.js';
import './article-history.js';
import './article-notes.js';
import './change-summary.js';
import './concordance-table.js';
import type { LawdiffConcordance } from './concordance-table.js';
import './compare-toolbar.js';
import type { StepEvent } from './compare-toolbar.js';
import { compareViewStyles, diffTextStyles } from './compare-view.styles.js';
import { renderArticleRow, renderBlocks, renderDivisionRow, renderHeading, type RowContext } from './compare-rows.js';
import { ExportEvent, JumpEvent, NoteChangeEvent, ParamsChangeEvent } from '../common/events.js';
import { metaLine, stageName } from '../../present/format.js';
import { strings, uiLanguage } from '../../present/strings.js';
import { RevealController } from './reveal-controller.js';
import { base } from '../common/theme.js';
import { isolate } from '../../model/bidi.js';

/** Above this many rows, only the rows on screen are rendered. */
const VIRTUALIZE_ABOVE = 250;

const noNotes: readonly Note[] = [];

@customElement('lawdiff-compare-view')
export class LawdiffCompareView extends LitElement {
  static override styles = [base, diffTextStyles, compareViewStyles];

  @property() folder = '';
  @property({ attribute: false }) law: Law | undefined;
  @property() oldId = '';
  @property() newId = '';
  @property({ attribute: false }) result: CompareResult | undefined;
  @property({ attribute: false }) params: CompareParams | undefined;
  /** Where the reader's notes are kept. */
  @property({ attribute: false }) store: NotesStore = browserNotesStore;
  /** A new result (by another unit) is being computed; `result` is still the last one. */
  @property({ type: Boolean, reflect: true }) pending = false;

  @state() private expanded = new Set<string>();
  @state() private toast = '';
  /** Rendering everything (for printing). */
  @state() private printing = false;

  /** The reader's notes on this law, by article key. */
  @state() private notes = new Map<string, Note[]>();
  /** Why the notes could not be read, or "". */
  @state() private notesProblem = '';

  @query('lit-virtualizer') private virtualizer: LitVirtualizer | undefined;
  @query('lawdiff-concordance') private concordanceTable: LawdiffConcordance | undefined;
  @query('.sticky') private sticky: HTMLElement | undefined;
  private observedSticky: HTMLElement | undefined;
  /** Keeps `--ld-sticky-height` at the toolbar's height, which the table of contents and scrolled-to rows keep clear of. */
  private readonly stickyObserver = new ResizeObserver((entries) => {
    const box = entries[entries.length - 1]?.borderBoxSize[0];
    if (box) this.style.setProperty('--ld-sticky-height', `${Math.ceil(box.blockSize)}px`);
  });

  /** Scrolls to the focused row and keeps it in place (see reveal-controller.ts). */
  private readonly revealer = new RevealController(this);
  private model: CompareModel | undefined;
  private visible: Row[] = [];
  private changes: number[] = [];
  /** Rows the search goes to: the article the term numbers (if any), then the rows whose text has it, in order. */
  private searchHits: number[] = [];
  /** The rows of the article the search term numbers, newer reading first. */
  private numberHits: number[] = [];
  private lastRevealed: string | undefined;
  /** Key of the article whose history just closed: its row gets the focus back. */
  private returnFocusTo: string | undefined;
  private readonly printQuery = window.matchMedia('print');
  private unsubscribeNotes: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.printQuery.addEventListener('change', this.onPrintQuery);
    this.addEventListener(JumpEvent.eventName, this.onJump);
    this.addEventListener('lawdiff-step', this.onStep);
    this.addEventListener(ExportEvent.eventName, this.onExport);
    this.addEventListener(NoteChangeEvent.eventName, this.onNoteChange);
    this.printing = this.printQuery.matches;
    if (this.hasUpdated) {
      this.subscribeNotes();
      void this.loadNotes();
    }
  }

  private subscribeNotes(): void {
    this.unsubscribeNotes?.();
    this.unsubscribeNotes = this.store.subscribe(this.onNotesChanged);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.printQuery.removeEventListener('change', this.onPrintQuery);
    this.removeEventListener(JumpEvent.eventName, this.onJump);
    this.removeEventListener('lawdiff-step', this.onStep);
    this.removeEventListener(ExportEvent.eventName, this.onExport);
    this.removeEventListener(NoteChangeEvent.eventName, this.onNoteChange);
    this.unsubscribeNotes?.();
    this.unsubscribeNotes = undefined;
    this.stickyObserver.disconnect();
    this.observedSticky = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('store') && this.isConnected) this.subscribeNotes();
    if (changed.has('folder') || changed.has('store')) void this.loadNotes();
    if (changed.has('params')) {
      const before = changed.get('params') as CompareParams | undefined;
      if (before?.history && !this.params?.history) this.returnFocusTo = before.history;
    }
    const r = this.result;
    if (changed.has('result') && r) {
      const oldDoc = r.docs[this.oldId];
      const newDoc = r.docs[this.newId];
      this.model =
        oldDoc && newDoc
          ? buildModel(oldDoc, newDoc, r.comparison, { old: this.oldId, new: this.newId }, r.history, { docs: r.docs, versions: this.law?.versions ?? [] })
          : undefined;
      // The same two readings by another unit: the rows are the same, so the focused one stays in place (and keeps the keyboard focus where it is).
      const pair = `${this.oldId}\n${this.newId}`;
      if (pair !== this.modelPair) this.lastRevealed = undefined;
      this.modelPair = pair;
    }
    if (this.model && this.params) {
      // Moving the focus changes only `focus`: keep the rows (and the virtualizer's items) as they are.
      const filterKey = `${this.params.filter}`;
      if (this.model !== this.filteredModel || filterKey !== this.filteredBy) {
        this.visible = filterRows(this.model.rows, this.params.filter);
        this.changes = [];
        this.visible.forEach((row, i) => {
          if (isChange(row)) this.changes.push(i);
        });
        this.filteredModel = this.model;
        this.filteredBy = filterKey;
        this.searchedFor = undefined;
      }
      if (this.params.q !== this.searchedFor) {
        // An article number (`§ 312g`, `第一百零六条`, `106`) goes to that article first, in either reading; then to where the text has the term.
        const num = articleNumberQuery(this.params.q);
        this.numberHits = num ? rowsNumbered(this.visible, num) : [];
        this.searchHits = [...this.numberHits, ...searchRows(this.visible, this.params.q).filter((i) => !this.numberHits.includes(i))];
        this.searchedFor = this.params.q;
      }
    }
  }

  /** The readings the model was built for (`old\nnew`). */
  private modelPair = '';
  private filteredModel: CompareModel | undefined;
  private filteredBy = '';
  private searchedFor: string | undefined;

  /** The row key a link's key stands for (any reading's `<id>~<num>` resolves through the history). */
  private canonical(key: string | undefined): string | undefined {
    if (!key || !this.model || this.model.indexOfKey.has(key) || !this.result) return key;
    return resolveKey(this.result.history, key)?.key ?? key;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.sticky !== this.observedSticky) {
      this.stickyObserver.disconnect();
      if (this.sticky) this.stickyObserver.observe(this.sticky);
      this.observedSticky = this.sticky;
    }
    if (changed.has('result') && this.result) {
      requestAnimationFrame(() => performance.mark('lawdiff:first-rows'));
    }
    const key = this.canonical(this.params?.focus);
    if (key && key !== this.lastRevealed && this.model && !this.params?.concordance) {
      this.lastRevealed = key;
      const index = this.visible.findIndex((r) => r.key === key);
      if (index >= 0) void this.reveal(index);
      else if (!this.model.indexOfKey.has(key)) {
        // Not a row here: the notice that says what became of it is what the link leads to.
        void this.revealer.reveal({
          find: () => this.renderRoot.querySelector<HTMLElement>('.absent, .notice.focus-missing'),
          bringNear: () => undefined,
          offset: () => this.stickyBottom(),
        });
      }
    }
    if (this.returnFocusTo) {
      const back = this.canonical(this.returnFocusTo)!;
      this.returnFocusTo = undefined;
      void this.focusRow(back);
    }
  }

  /** Moves the keyboard focus to the comparison's toolbar (the skip link's target); false when there is none yet. */
  focusToolbar(): boolean {
    const toolbar = this.renderRoot.querySelector('lawdiff-compare-toolbar');
    return toolbar?.focusFirst() ?? false;
  }

  /** Gives the keyboard focus back to an article's row (or its concordance row) without moving the page more than needed. */
  private async focusRow(key: string): Promise<void> {
    if (this.params?.concordance) {
      await this.concordanceTable?.focusRow(key);
      return;
    }
    const el = this.renderRoot.querySelector<HTMLElement>(`[id="row-${CSS.escape(key)}"]`);
    if (el) el.focus();
    else {
      const index = this.visible.findIndex((r) => r.key === key);
      if (index >= 0) await this.reveal(index);
    }
  }

  /** Places a row just below the toolbar (its heading visible), keeps it there while the rows around it are measured, and moves the keyboard focus to it (only scrolls while the history panel has the focus). */
  private async reveal(index: number, focusKey?: string): Promise<void> {
    const row = this.visible[index];
    if (!row) return;
    const keepFocus = this.keepFocus;
    this.keepFocus = false;
    const find = (key: string) => this.renderRoot.querySelector<HTMLElement>(`[id="row-${CSS.escape(key)}"]`);
    const el = await this.revealer.reveal({
      find: () => find(row.key),
      bringNear: async () => {
        const v = this.virtualizer;
        if (!v || this.printing) return;
        await v.updateComplete;
        try {
          v.element(index)?.scrollIntoView({ block: 'start' });
        } catch {
          // The virtualizer has not made its layout yet (a cold load): asked again on the next frame.
        }
      },
      settled: () => this.virtualizer?.layoutComplete ?? Promise.resolve(),
      offset: () => this.stickyBottom(),
    });
    if (!el) return;
    if (!this.params?.history && !keepFocus) (focusKey ? find(focusKey) : el)?.focus({ preventScroll: true });
    // Measured by scripts/bench/browser.mjs: the time to jump to an article.
    performance.mark('lawdiff:revealed');
  }

  /** How far from the top of the window a row must start to be clear of the toolbar (which scrolls away on a phone). */
  private stickyBottom(): number {
    const gap = 8;
    const s = this.sticky;
    if (!s || getComputedStyle(s).position !== 'sticky') return gap;
    return Math.ceil(s.getBoundingClientRect().height) + gap;
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const path = e.composedPath();
    if (path.some((t) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName)))) return;
    if (e.key === 'n' || e.key === 'j') this.step('change', 1);
    else if (e.key === 'p' || e.key === 'k') this.step('change', -1);
    else return;
    e.preventDefault();
  };

  /** Toolbar steps; stepping through search matches leaves the keyboard focus in the toolbar, as a browser's find bar does, so Enter goes on to the next one. */
  private readonly onStep = (e: StepEvent): void => {
    if (e.what === 'match') this.keepFocus = true;
    this.step(e.what, e.delta);
  };

  /** The search term the last match step was for. */
  private steppedFor: string | undefined;

  /** The next reveal scrolls and highlights but leaves the keyboard focus where it is. */
  private keepFocus = false;

  /** A division from the table of contents: its heading goes to the top, the focus to its first article. */
  private readonly onJump = (e: JumpEvent): void => {
    const index = this.visible.findIndex((r) => r.key === e.rowKey);
    if (index < 0) return;
    const next = this.visible.slice(index).find((r) => r.type === 'article');
    if (next) {
      // Already in place once the division is: no second reveal for the focus.
      this.lastRevealed = next.key;
      this.ask({ focus: next.key }, true);
    }
    void this.reveal(index, next?.key);
  };

  private readonly onBeforePrint = (): void => {
    this.printing = true;
  };

  private readonly onAfterPrint = (): void => {
    this.printing = this.printQuery.matches;
  };

  /** Print preview and emulated print media switch the media query without a `beforeprint`. */
  private readonly onPrintQuery = (e: MediaQueryListEvent): void => {
    this.printing = e.matches;
  };

  private readonly onExport = (e: ExportEvent): void => {
    if (e.format === 'print') void this.print();
    else this.download(e.withNotes);
  };

  /** Renders every row (no virtualization, nothing collapsed), then opens the print dialog. */
  private async print(): Promise<void> {
    this.printing = true;
    await this.updateComplete;
    window.print();
  }

  /** Downloads the comparison as shown (view and filter) as one standalone HTML file; with the reader's notes when they asked for them. */
  private download(withNotes: boolean): void {
    const r = this.result;
    const p = this.params;
    const law = this.law;
    const oldVersion = this.info(this.oldId);
    const newVersion = this.info(this.newId);
    if (!r || !p || !law || !this.model || !oldVersion || !newVersion) return;
    let text: string;
    try {
      text = exportHtml({
        law,
        oldVersion,
        newVersion,
        rows: this.visible,
        stats: r.comparison.stats,
        renumberedOnly: renumberedOnlyCount(r.comparison.stats, this.model.rows),
        view: p.view,
        filter: p.filter,
        unit: r.granularity,
        lang: this.context.lang,
        generated: new Date(),
        url: new URL(routeHref({ kind: 'compare', folder: this.folder, old: this.oldId, new: this.newId, params: { ...p, history: undefined, concordance: false } }), window.location.href).href,
        notes: withNotes ? this.notes : undefined,
      });
    } catch (err) {
      this.showToast(`${strings.exportFailed} ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    const url = URL.createObjectURL(new Blob([text], { type: 'text/html;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = exportFileName(this.folder, this.oldId, this.newId);
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    // The download reads the blob after the click returns; keep it alive a moment.
    window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }

  private async loadNotes(): Promise<void> {
    const folder = this.folder;
    if (!folder) return;
    const r = await this.store.listAll(folder);
    if (folder !== this.folder) return;
    if (!r.ok) {
      this.notesProblem = strings.noteProblems[r.problem] ?? r.detail;
      this.notes = new Map();
      return;
    }
    const byKey = new Map<string, Note[]>();
    for (const n of r.value) {
      const list = byKey.get(n.key);
      if (list) list.push(n);
      else byKey.set(n.key, [n]);
    }
    this.notes = byKey;
    this.notesProblem = '';
  }

  private readonly onNotesChanged = (change: NotesChange): void => {
    if (change.folder === undefined || change.folder === this.folder) void this.loadNotes();
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

  /** The position of the focused row in a list of row indices (−1 when the focus is not one of them). */
  private positionIn(list: readonly number[]): number {
    const key = this.canonical(this.params?.focus);
    const at = key ? this.visible.findIndex((r) => r.key === key) : -1;
    return list.indexOf(at);
  }

  private step(what: 'change' | 'match', delta: 1 | -1): void {
    const list = what === 'change' ? this.changes : this.searchHits;
    if (list.length === 0) return;
    const key = this.canonical(this.params?.focus);
    const at = key ? this.visible.findIndex((r) => r.key === key) : -1;
    const pos = list.indexOf(at);
    let target: number;
    if (what === 'match' && this.numberHits.length > 0) {
      // The numbered article first, then the text matches in order: step through the list as it is.
      // A term just typed starts at the numbered article, wherever the focus is.
      const fresh = this.steppedFor !== this.params?.q;
      target = pos < 0 || fresh ? list[delta > 0 ? 0 : list.length - 1]! : list[(pos + delta + list.length) % list.length]!;
    } else if (delta > 0) target = list.find((i) => i > at) ?? list[0]!;
    else target = [...list].reverse().find((i) => i < at) ?? list[list.length - 1]!;
    if (what === 'match') this.steppedFor = this.params?.q;
    const row = this.visible[target]!;
    // Already there: nothing is revealed, so nothing is to keep.
    if (row.key === key) this.keepFocus = false;
    this.lastRevealed = undefined;
    this.ask({ focus: row.key }, true);
  }

  private ask(params: Partial<CompareParams>, replace = false): void {
    this.dispatchEvent(new ParamsChangeEvent(params, replace));
  }

  private async copyLink(row: ArticleRow): Promise<void> {
    if (!this.params) return;
    // Readings imported from an address: the link says where from, so another browser can offer to import them.
    const origin = this.law ? linkOrigin(this.law, [this.oldId, this.newId], isImported, isUserLawFolder(this.folder)) : undefined;
    const params = { ...this.params, focus: row.key, history: undefined, origin: origin ? formatOrigin(origin) : undefined };
    const href = routeHref({ kind: 'compare', folder: this.folder, old: this.oldId, new: this.newId, params });
    const url = new URL(href, window.location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      this.showToast(strings.linkCopied);
    } catch {
      // No clipboard permission: show the link so it can be copied by hand.
      this.showToast(url);
    }
    this.ask({ focus: row.key }, true);
  }

  private showToast(message: string): void {
    this.toast = message;
    window.setTimeout(() => {
      if (this.toast === message) this.toast = '';
    }, 4000);
  }

  private get context(): RowContext {
    const r = this.result!;
    return {
      view: this.params!.view,
      labels: { old: this.label(this.oldId), new: this.label(this.newId) },
      lang: { old: r.docs[this.oldId]?.language || this.law?.language || '', new: r.docs[this.newId]?.language || this.law?.language || '' },
      term: this.params!.q.trim().toLowerCase(),
      focusedKey: this.canonical(this.params!.focus),
      expanded: this.expanded,
      static: this.printing,
      onHistory: (row) => this.ask({ history: row.key, focus: row.key }),
      onToggle: (row) => {
        const next = new Set(this.expanded);
        if (next.has(row.key)) next.delete(row.key);
        else next.add(row.key);
        this.expanded = next;
      },
      onCopyLink: (row) => void this.copyLink(row),
      oldArticleHref: (num) => routeHref({ kind: 'version', folder: this.folder, version: this.oldId, target: articleTarget(num) }),
      extra: (row) => this.renderNotes(row),
      noteCount: (row) => this.notes.get(row.key)?.length ?? 0,
    };
  }

  /** The reader's notes under a row; read-only (and absent when there are none) in print. */
  private renderNotes(row: ArticleRow): unknown {
    const notes = this.notes.get(row.key) ?? noNotes;
    if (this.printing && notes.length === 0) return nothing;
    return html`<lawdiff-article-notes .folder=${this.folder} .articleKey=${row.key} .label=${sideLabels(row.new.length > 0 ? row.new : row.old)}
      .notes=${notes} ?readonly=${this.printing}></lawdiff-article-notes>`;
  }

  override render() {
    const p = this.params;
    const r = this.result;
    const m = this.model;
    if (!p || !r || !m) return nothing;
    const ctx = this.context;
    const renderRow = (row: Row, i: number) => (row.type === 'article' ? renderArticleRow(row, i, ctx) : renderDivisionRow(row));
    const renumberedOnly = renumberedOnlyCount(r.comparison.stats, m.rows);
    const toc = tableOfContents(this.visible);
    const focusMissing = p.focus && !p.concordance && !m.indexOfKey.has(this.canonical(p.focus)!);
    const historyKey = p.history ? this.canonical(p.history) : undefined;
    return html`
      ${this.renderPrintHead(p)}
      <lawdiff-change-summary .stats=${r.comparison.stats} .model=${m} .renumberedOnly=${renumberedOnly} .unit=${r.granularity ?? 'word'}></lawdiff-change-summary>
      <div class="sticky">
        <lawdiff-compare-toolbar .params=${p} .units=${isCjkLanguage(this.law?.language ?? '')} .pending=${this.pending} .changeIndex=${this.positionIn(this.changes)} .changeCount=${this.changes.length}
          .matchIndex=${this.positionIn(this.searchHits)} .matchCount=${this.searchHits.length}></lawdiff-compare-toolbar>
        ${p.concordance ? nothing : html`<p class="legend">${strings.legend} ${strings.keyboardHint}</p>`}
      </div>
      ${focusMissing ? this.renderAbsent(p.focus!) : nothing}
      ${this.notesProblem ? html`<p class="notice" role="status">${this.notesProblem}</p>` : nothing}
      ${this.toast ? html`<p class="toast" role="status">${this.toast}</p>` : nothing}
      ${p.concordance
        ? html`<lawdiff-concordance .law=${this.law} .result=${r} .oldId=${this.oldId} .newId=${this.newId} .current=${historyKey ?? ''}></lawdiff-concordance>`
        : html`<div class="layout ${toc.length > 0 ? 'with-toc' : ''} view-${p.view}">
            ${toc.length > 0
              ? html`<nav class="toc" aria-label=${strings.contents}>
                  <h2 class="section-label">${strings.contents}</h2>
                  <ol>
                    ${toc.map(
                      (t) => html`<li class="depth-${Math.min(t.depth, 3)} status-${t.status}">
                        <a href="#" @click=${(e: Event) => {
                          e.preventDefault();
                          this.onJump(new JumpEvent(t.key));
                        }}>${isolate(t.title)}</a>
                      </li>`,
                    )}
                  </ol>
                </nav>`
              : nothing}
            <section class="rows" aria-label=${strings.compareTitle(this.label(this.oldId), this.label(this.newId))} aria-busy=${this.pending ? 'true' : 'false'}>
              ${p.view === 'synopsis'
                ? html`<div class="col-heads" aria-hidden="true"><span>${this.label(this.oldId)}</span><span>${this.label(this.newId)}</span></div>`
                : nothing}
              ${this.visible.length === 0
                ? html`<p class="empty-rows">${strings.noRows}</p>`
                : this.visible.length > VIRTUALIZE_ABOVE && !this.printing
                  ? html`<lit-virtualizer .items=${this.visible} .keyFunction=${(row: Row) => row.key} .renderItem=${renderRow}></lit-virtualizer>`
                  : this.visible.map(renderRow)}
            </section>
          </div>`}
      ${p.history && historyKey
        ? html`<lawdiff-article-history .folder=${this.folder} .law=${this.law} .result=${r} .params=${p} .oldId=${this.oldId} .newId=${this.newId}
            .articleKey=${p.history} .inComparison=${!p.concordance && this.visible.some((row) => row.key === historyKey)}
            .notes=${this.notes.get(historyKey) ?? noNotes} .notesProblem=${this.notesProblem}></lawdiff-article-history>`
        : nothing}
    `;
  }

  /**
   * A link's article that is not a row here: what became of it (deleted or
   * merged before the older reading, inserted after the newer one), a link to
   * the comparison where that happened, and its text.
   */
  private renderAbsent(key: string): unknown {
    const r = this.result!;
    const absent = absentArticle(r.history, r.docs, key, this.oldId, this.newId);
    if (!absent || absent.kind === 'unknown') return html`<p class="notice focus-missing" role="status">${strings.focusNotFound(key)}</p>`;
    const label = absent.article?.label ?? key;
    const compareAt = (from: string, to: string) =>
      html`<a href=${routeHref({ kind: 'compare', folder: this.folder, old: from, new: to, params: { ...this.params!, focus: key, history: undefined, q: '', filter: 'all' } })}
        >${strings.absentCompare(this.label(from), this.label(to))}</a>`;
    let message: string;
    let link: unknown;
    switch (absent.kind) {
      case 'deleted':
        message = strings.absentDeleted(label, this.label(absent.lastIn), this.label(absent.goneIn));
        link = compareAt(absent.lastIn, absent.goneIn);
        break;
      case 'merged': {
        const into = resolveKey(r.history, absent.into);
        const at = r.history.versionIds.indexOf(this.newId);
        const intoLabel = into?.cells[at]?.label ?? into?.cells.find((c) => c)?.label ?? absent.into;
        message = strings.absentMerged(label, this.label(absent.lastIn), this.label(absent.goneIn), intoLabel);
        link = into?.cells[at]
          ? html`<a href="#" @click=${(e: Event) => {
              e.preventDefault();
              this.ask({ focus: absent.into }, true);
            }}>${strings.absentGoTo(intoLabel)}</a>`
          : compareAt(absent.lastIn, absent.goneIn);
        break;
      }
      case 'later': {
        message = strings.absentLater(label, this.label(absent.firstIn));
        const ids = r.history.versionIds;
        const before = ids[ids.indexOf(absent.firstIn) - 1];
        link = before ? compareAt(before, absent.firstIn) : nothing;
        break;
      }
      default: {
        const never: never = absent;
        return never;
      }
    }
    const shownIn = absent.kind === 'later' ? absent.firstIn : absent.lastIn;
    const lang = r.docs[shownIn]?.language || this.law?.language || '';
    return html`<section class="notice absent" role="status" aria-label=${message}>
      <p><strong>${message}</strong> ${link}</p>
      ${absent.article
        ? html`<p class="absent-caption">${absent.kind === 'later' ? strings.absentText : strings.absentLastText}</p>
            <div class="absent-text redline" lang=${lang}>
              <div class="article-title"><span class="label">${isolate(absent.article.label)}</span> ${renderHeading([absent.article], undefined, 'old', '')}</div>
              ${renderBlocks(plainBlocks([absent.article], absent.kind === 'later' ? 'ins' : 'del'), '')}
            </div>`
        : nothing}
    </section>`;
  }

  /** The law and the two readings, at the top of a printed comparison (hidden on screen). */
  private renderPrintHead(p: CompareParams) {
    if (!this.law) return nothing;
    const title = lawTitle(this.law, uiLanguage);
    const original = originalTitle(this.law, uiLanguage);
    const reading = (v: VersionInfo | undefined, id: string): string =>
      v ? metaLine([v.label, v.stage ? stageName(v.stage) : '', v.date]) : id;
    return html`<header class="print-head">
      <p class="print-title" lang=${title.lang}>${isolate(title.text)}</p>
      ${original ? html`<p lang=${original.lang}>${original.text}</p>` : nothing}
      <dl>
        <dt>${strings.compareOld}</dt><dd>${reading(this.info(this.oldId), this.oldId)}</dd>
        <dt>${strings.compareNew}</dt><dd>${reading(this.info(this.newId), this.newId)}</dd>
      </dl>
      <p>${p.concordance
        ? strings.concordanceHeading
        : strings.printShowing(this.result?.granularity === 'char' ? `${strings[p.view]} · ${strings.diffByCharacters}` : strings[p.view], strings.filters[p.filter] ?? p.filter)}</p>
    </header>`;
  }

  private info(id: string): VersionInfo | undefined {
    return this.law?.versions.find((v) => v.id === id);
  }

  private label(id: string): string {
    return this.info(id)?.label ?? id;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-compare-view': LawdiffCompareView;
  }
}
