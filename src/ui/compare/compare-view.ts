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
import { buildModel, renumberedOnlyCount, tableOfContents, type ArticleRow, type Row } from '../../present/compare-model.js';
import { CompareNavigation } from '../../present/compare-navigation.js';
import type { NotesStore } from '../../store/notes.js';
import { browserNotesStore } from '../../app/browser-notes.js';
import { sideLabels } from '../../present/row-text.js';
import { articleTarget, routeHref, type CompareParams } from '../../app/routes.js';
import { isCjkLanguage, resolveKey, type CompareResult } from '../../diff/index.js';
import type { Law, VersionInfo } from '../../model/types.js';
import './article-history.js';
import './article-notes.js';
import './change-summary.js';
import './compare-toc.js';
import './concordance-table.js';
import type { LawdiffConcordance } from './concordance-table.js';
import './compare-toolbar.js';
import type { StepEvent } from './compare-toolbar.js';
import { compareViewStyles, diffTextStyles } from './compare-view.styles.js';
import { renderArticleRow, renderDivisionRow, type RowContext } from './compare-rows.js';
import { renderAbsent } from './absent-notice.js';
import { clearPrintPage, renderPrintHead, setPrintPage } from './print-head.js';
import { NotesController } from './notes-controller.js';
import { PrintController } from './print-controller.js';
import { StickyController } from './sticky-controller.js';
import { ExportEvent, JumpEvent, ParamsChangeEvent, ReportGoEvent } from '../common/events.js';
import { copyArticleLink, downloadComparison, downloadComparisonAs } from './share.js';
import { strings } from '../../present/strings.js';
import { RevealController } from './reveal-controller.js';
import { base } from '../common/theme.js';
import './report-panel.js';
import { correctLawReport, listLawReports, onReportsChanged } from '../../app/browser-reports.js';
import type { AttachedReport } from '../../present/report-model.js';
import type { RowAnnotation } from '../../present/compare-model.js';
import { changeKeyStep } from '../common/change-keys.js';

/** Above this many rows, only the rows on screen are rendered. */
const VIRTUALIZE_ABOVE = 250;

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
  /** The law's explanation reports (the collection's and the reader's), with the reader's corrections. */
  @state() private reports: AttachedReport[] = [];
  @state() private reportProblems: string[] = [];
  @state() private reportsOpen = false;
  /** The report paragraph on a row whose "Move to…" choice is open: `<report>#<paragraph>@<row key>`. */
  @state() private moving = '';
  /** Which law the reports are of (a reload for another law drops a late answer). */
  private reportsFor = '';
  private stopReports: (() => void) | undefined;

  @query('lit-virtualizer') private virtualizer: LitVirtualizer | undefined;
  @query('lawdiff-concordance') private concordanceTable: LawdiffConcordance | undefined;

  private readonly notes = new NotesController(this, this.store);
  private readonly printer = new PrintController(this);
  private readonly sticky = new StickyController(this, () => this.renderRoot.querySelector<HTMLElement>('.sticky'));
  /** Scrolls to the focused row and keeps it in place (see reveal-controller.ts). */
  private readonly revealer = new RevealController(this);
  /** The rows as filtered, and where steps go (one per model and filter: moving the focus keeps the rows, and the virtualizer's items, as they are). */
  private nav: CompareNavigation | undefined;
  /** The key of the row last brought to the screen (moving the focus elsewhere brings the new one). */
  private lastRevealed: string | undefined;
  /** Key of the article whose history just closed: its row gets the focus back. */
  private returnFocusTo: string | undefined;
  /** The search term the last match step was for. */
  private steppedFor: string | undefined;
  /** The next reveal scrolls and highlights but leaves the keyboard focus where it is. */
  private keepFocus = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
    this.addEventListener(JumpEvent.eventName, this.onJump);
    this.addEventListener('lawdiff-step', this.onStep);
    this.addEventListener(ExportEvent.eventName, this.onExport);
    this.addEventListener(ReportGoEvent.eventName, this.onReportGo);
    this.stopReports = onReportsChanged((folder) => {
      if (folder === this.folder) void this.loadReports();
    });
  }

  override disconnectedCallback(): void {
    this.removeEventListener(ReportGoEvent.eventName, this.onReportGo);
    this.stopReports?.();
    this.stopReports = undefined;
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
    this.removeEventListener(JumpEvent.eventName, this.onJump);
    this.removeEventListener('lawdiff-step', this.onStep);
    this.removeEventListener(ExportEvent.eventName, this.onExport);
    clearPrintPage();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('folder') || changed.has('store')) this.notes.use(this.folder, this.store);
    if (changed.has('folder') || changed.has('law')) void this.loadReports();
    if (changed.has('params')) {
      const before = changed.get('params') as CompareParams | undefined;
      if (before?.history && !this.params?.history) this.returnFocusTo = before.history;
    }
    // Other readings: their rows are others. (The same readings by another unit keep the focused row in place, and the keyboard focus where it is.)
    if (changed.has('oldId') || changed.has('newId')) this.lastRevealed = undefined;
    const r = this.result;
    let model = this.nav?.model;
    if ((changed.has('result') || (changed as PropertyValues).has('reports')) && r) {
      const oldDoc = r.docs[this.oldId];
      const newDoc = r.docs[this.newId];
      const titles = [...Object.values(this.law?.title ?? {}), oldDoc?.title ?? '', newDoc?.title ?? ''].filter(Boolean);
      model =
        oldDoc && newDoc
          ? buildModel(oldDoc, newDoc, r.comparison, { old: this.oldId, new: this.newId }, r.history, { docs: r.docs, versions: this.law?.versions ?? [] }, this.reports, titles)
          : undefined;
    }
    if (!model || !this.params) this.nav = undefined;
    else if (model !== this.nav?.model || this.params.filter !== this.nav.filter) this.nav = new CompareNavigation(model, this.params.filter);
  }

  /** Reads the law's reports again (after a change here or in another tab). */
  private async loadReports(): Promise<void> {
    const folder = this.folder;
    this.reportsFor = folder;
    if (!folder) {
      this.reports = [];
      return;
    }
    const r = await listLawReports(folder, this.law);
    if (this.reportsFor !== folder) return;
    this.reports = r.reports;
    this.reportProblems = r.problems;
  }

  private readonly onReportGo = (e: ReportGoEvent): void => this.goToRow(e.rowKey);

  /** The label of a row for the report panel's buttons: its newer number(s), and the older where they differ. */
  private rowLabel(key: string): string {
    const row = this.nav?.model.rows[this.nav.model.indexOfKey.get(key) ?? -1];
    if (row?.type !== 'article') return key;
    const n = row.new.length > 0 ? sideLabels(row.new) : '';
    const o = row.old.length > 0 ? sideLabels(row.old) : '';
    return n && o && n !== o ? `${n} ← ${o}` : n || o;
  }

  /** A report paragraph's controls on a row: move it to another change, or detach it from this one. */
  private reportActions(row: ArticleRow, a: RowAnnotation): unknown {
    const ref = a.report;
    if (!ref) return nothing;
    const view = this.nav?.model.reports.find((v) => v.report.id === ref.report);
    const paragraph = view?.paragraphs.find((p) => p.index === ref.paragraph);
    if (!view || !paragraph) return nothing;
    const id = `${ref.report}#${ref.paragraph}@${row.key}`;
    const others = paragraph.links.filter((l) => l.row !== row.key).map(({ version, article }) => ({ version, article }));
    const correct = async (links: { version: string; article: string }[], message: string): Promise<void> => {
      this.moving = '';
      const r = await correctLawReport(this.folder, view.report, paragraph.index, links);
      this.showToast(r.ok ? message : strings.reports.failed(r.problem));
    };
    const targets = this.nav!.model.rows.filter((x): x is ArticleRow => x.type === 'article' && x.key !== row.key && x.kind !== 'unchanged' && x.kind !== 'renumbered');
    const articleOf = (target: ArticleRow): { version: string; article: string } =>
      target.new[0] ? { version: this.newId, article: target.new[0].ref.num } : { version: this.oldId, article: target.old[0]!.ref.num };
    return html`<div class="report-actions">
      ${this.moving === id
        ? html`<label>${strings.reports.moveTo} <select class="move-target">
              ${targets.map((t) => html`<option value=${t.key}>${this.rowLabel(t.key)}</option>`)}
            </select></label>
            <button type="button" @click=${(e: Event) => {
              const select = (e.target as HTMLElement).parentElement?.querySelector<HTMLSelectElement>('select.move-target');
              const target = targets.find((t) => t.key === select?.value);
              if (target) void correct([...others, articleOf(target)], strings.reports.moved);
            }}>${strings.reports.moveGo}</button>
            <button type="button" @click=${() => (this.moving = '')}>${strings.reports.cancel}</button>`
        : html`<button type="button" @click=${() => (this.moving = id)}>${strings.reports.move}</button>
            <button type="button" @click=${() => void correct(others, strings.reports.detached)}>${strings.reports.detach}</button>`}
    </div>`;
  }

  /** The rows the filter shows. */
  private get visible(): readonly Row[] {
    return this.nav?.visible ?? [];
  }

  /** The row key a link's key stands for (any reading's `<id>~<num>` resolves through the history). */
  private canonical(key: string | undefined): string | undefined {
    if (!key || !this.nav || this.nav.model.indexOfKey.has(key) || !this.result) return key;
    return resolveKey(this.result.history, key)?.key ?? key;
  }

  /** The index among the visible rows of the focused article (−1 when none is). */
  private focusedIndex(): number {
    return this.nav?.indexOf(this.canonical(this.params?.focus)) ?? -1;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The printed pages' header names this law and these readings (in the language now in use).
    setPrintPage(this.law, this.info(this.oldId), this.info(this.newId));
    if (changed.has('result') && this.result) {
      requestAnimationFrame(() => performance.mark('lawdiff:first-rows'));
    }
    const key = this.canonical(this.params?.focus);
    // A partial result (the history of the other readings still coming) may not know a link's key yet: wait for it.
    const unknownYet = !!key && !!this.result?.partial && !this.nav?.model.indexOfKey.has(key);
    if (key && key !== this.lastRevealed && this.nav && !this.params?.concordance && !unknownYet) {
      this.lastRevealed = key;
      const index = this.nav.indexOf(key);
      if (index >= 0) void this.reveal(index);
      else if (!this.nav.model.indexOfKey.has(key)) {
        // Not a row here: the notice that says what became of it is what the link leads to.
        void this.revealer.reveal({
          find: () => this.renderRoot.querySelector<HTMLElement>('.absent, .notice.focus-missing'),
          bringNear: () => undefined,
          offset: () => this.sticky.bottom(),
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
      const index = this.nav?.indexOf(key) ?? -1;
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
        if (!v || this.printer.printing) return;
        await v.updateComplete;
        try {
          v.element(index)?.scrollIntoView({ block: 'start' });
        } catch {
          // The virtualizer has not made its layout yet (a cold load): asked again on the next frame.
        }
      },
      settled: () => this.virtualizer?.layoutComplete ?? Promise.resolve(),
      offset: () => this.sticky.bottom(),
    });
    if (!el) return;
    if (!this.params?.history && !keepFocus) (focusKey ? find(focusKey) : el)?.focus({ preventScroll: true });
    // Measured by scripts/bench/browser.mjs: the time to jump to an article.
    performance.mark('lawdiff:revealed');
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    const delta = changeKeyStep(e);
    if (delta === undefined) return;
    this.step('change', delta);
    e.preventDefault();
  };

  /** Toolbar steps; stepping through search matches leaves the keyboard focus in the toolbar, as a browser's find bar does, so Enter goes on to the next one. */
  private readonly onStep = (e: StepEvent): void => {
    if (e.what === 'match') this.keepFocus = true;
    this.step(e.what, e.delta);
  };

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

  private readonly onExport = (e: ExportEvent): void => {
    if (e.format === 'print') void this.printer.print();
    else void this.download(e.format, e.withNotes);
  };

  /**
   * Downloads the comparison as shown (view and filter) as a standalone HTML file, a Word
   * comparison table or tracked changes, or a list of changes (Excel, CSV); with the reader's
   * notes when they asked for them.
   */
  private async download(format: Exclude<ExportEvent['format'], 'print'>, withNotes: boolean): Promise<void> {
    const r = this.result;
    const p = this.params;
    if (!r || !p || !this.law || !this.nav) return;
    const shown = {
      folder: this.folder,
      law: this.law,
      oldId: this.oldId,
      newId: this.newId,
      result: r,
      params: p,
      nav: this.nav,
      lang: this.context.lang,
      notes: withNotes ? this.notes.all : undefined,
    };
    if (format === 'html') {
      const failed = downloadComparison(this.renderRoot, shown);
      if (failed) this.showToast(failed);
      return;
    }
    this.showToast(strings.exportFormats.preparing);
    const failed = await downloadComparisonAs(this.renderRoot, shown, format);
    this.showToast(failed ?? '');
  }

  private step(what: 'change' | 'match', delta: 1 | -1): void {
    const term = this.params?.q ?? '';
    const at = this.focusedIndex();
    const target = this.nav?.step(what, at, delta, term, this.steppedFor !== term);
    if (target === undefined) return;
    if (what === 'match') this.steppedFor = term;
    const row = this.visible[target]!;
    // Already there: nothing is revealed, so nothing is to keep.
    if (target === at) this.keepFocus = false;
    this.lastRevealed = undefined;
    this.ask({ focus: row.key }, true);
  }

  /** Focuses the row at the other end of a moved passage, showing all articles when the filter hides it (a new history entry: Back returns). */
  private goToRow(key: string): void {
    this.lastRevealed = undefined;
    const shown = this.visible.some((r) => r.key === key);
    this.ask(shown ? { focus: key } : { focus: key, filter: 'all' });
  }

  private ask(params: Partial<CompareParams>, replace = false): void {
    this.dispatchEvent(new ParamsChangeEvent(params, replace));
  }

  private async copyLink(row: ArticleRow): Promise<void> {
    if (!this.params || !this.law) return;
    this.showToast(await copyArticleLink(this.law, this.folder, this.oldId, this.newId, this.params, row.key));
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
      static: this.printer.printing,
      onHistory: (row) => this.ask({ history: row.key, focus: row.key }),
      onToggle: (row) => {
        const next = new Set(this.expanded);
        if (next.has(row.key)) next.delete(row.key);
        else next.add(row.key);
        this.expanded = next;
      },
      onCopyLink: (row) => void this.copyLink(row),
      onMoveLink: (key) => this.goToRow(key),
      oldArticleHref: (num) => routeHref({ kind: 'version', folder: this.folder, version: this.oldId, target: articleTarget(num) }),
      extra: (row) => this.renderNotes(row),
      noteCount: (row) => this.notes.of(row.key).length,
      annotationActions: (row, a) => this.reportActions(row, a),
    };
  }

  /** The reader's notes under a row; read-only (and absent when there are none) in print. */
  private renderNotes(row: ArticleRow): unknown {
    const notes = this.notes.of(row.key);
    const printing = this.printer.printing;
    if (printing && notes.length === 0) return nothing;
    return html`<lawdiff-article-notes .folder=${this.folder} .articleKey=${row.key} .label=${sideLabels(row.new.length > 0 ? row.new : row.old)}
      .notes=${notes} ?readonly=${printing}></lawdiff-article-notes>`;
  }

  override render() {
    const p = this.params;
    const r = this.result;
    const nav = this.nav;
    if (!p || !r || !nav) return nothing;
    const m = nav.model;
    const ctx = this.context;
    const renderRow = (row: Row, i: number) => (row.type === 'article' ? renderArticleRow(row, i, ctx) : renderDivisionRow(row));
    const renumberedOnly = renumberedOnlyCount(r.comparison.stats, m.rows);
    const toc = tableOfContents(this.visible);
    const focusMissing = p.focus && !p.concordance && !r.partial && !m.indexOfKey.has(this.canonical(p.focus)!);
    const historyKey = p.history ? this.canonical(p.history) : undefined;
    const at = this.focusedIndex();
    return html`
      ${renderPrintHead(this.law, p, { id: this.oldId, info: this.info(this.oldId) }, { id: this.newId, info: this.info(this.newId) }, r.granularity)}
      <lawdiff-change-summary .stats=${r.comparison.stats} .model=${m} .renumberedOnly=${renumberedOnly} .unit=${r.granularity ?? 'word'}></lawdiff-change-summary>
      <div class="sticky">
        <lawdiff-compare-toolbar .params=${p} .units=${isCjkLanguage(this.law?.language ?? '')} .pending=${this.pending} .changeIndex=${nav.changes.indexOf(at)} .changeCount=${nav.changes.length}
          .matchIndex=${nav.matches(p.q).indexOf(at)} .matchCount=${nav.matches(p.q).length}
          .reportCount=${this.reports.length} ?reportsOpen=${this.reportsOpen} @lawdiff-reports-toggle=${() => (this.reportsOpen = !this.reportsOpen)}></lawdiff-compare-toolbar>
        ${p.concordance ? nothing : html`<p class="legend">${strings.legend}${(r.comparison.stats.movedPassages ?? 0) > 0 ? ` ${strings.legendMoved}` : ''} ${strings.keyboardHint}</p>`}
      </div>
      ${focusMissing
        ? renderAbsent(p.focus!, {
            folder: this.folder,
            oldId: this.oldId,
            newId: this.newId,
            result: r,
            params: p,
            language: this.law?.language ?? '',
            label: (id) => this.label(id),
            focus: (key) => this.ask({ focus: key }, true),
          })
        : nothing}
      ${this.notes.problem ? html`<p class="notice" role="status">${this.notes.problem}</p>` : nothing}
      ${this.printer.printing
        ? nothing
        : html`${this.reportsOpen
              ? html`<lawdiff-report-panel id="reports" .folder=${this.folder} .versions=${this.law?.versions ?? []} .oldId=${this.oldId} .newId=${this.newId}
                  .lawLang=${this.law?.language ?? ''} .views=${m.reports} .problems=${this.reportProblems} .rowLabel=${(k: string) => this.rowLabel(k)}></lawdiff-report-panel>`
              : nothing}`}
      ${this.toast ? html`<p class="toast" role="status">${this.toast}</p>` : nothing}
      ${p.concordance && r.partial
        ? html`<lawdiff-status kind="loading" message=${strings.comparing('history')}></lawdiff-status>`
        : p.concordance
        ? html`<lawdiff-concordance .law=${this.law} .result=${r} .oldId=${this.oldId} .newId=${this.newId} .current=${historyKey ?? ''}></lawdiff-concordance>`
        : html`<div class="layout ${toc.length > 0 ? 'with-toc' : ''} view-${p.view}">
            ${toc.length > 0 ? html`<lawdiff-compare-toc class="toc" .entries=${toc}></lawdiff-compare-toc>` : nothing}
            <section class="rows" aria-label=${strings.compareTitle(this.label(this.oldId), this.label(this.newId))} aria-busy=${this.pending ? 'true' : 'false'}>
              ${p.view === 'synopsis'
                ? html`<div class="col-heads" aria-hidden="true"><span translate="no">${this.label(this.oldId)}</span><span translate="no">${this.label(this.newId)}</span></div>`
                : nothing}
              ${this.visible.length === 0
                ? html`<p class="empty-rows">${strings.noRows}</p>`
                : this.visible.length > VIRTUALIZE_ABOVE && !this.printer.printing
                  ? html`<lit-virtualizer .items=${this.visible} .keyFunction=${(row: Row) => row.key} .renderItem=${renderRow}></lit-virtualizer>`
                  : this.visible.map(renderRow)}
            </section>
          </div>`}
      ${p.history && historyKey && r.partial
        ? html`<p class="notice history-wait" role="status">${strings.comparing('history')}</p>`
        : p.history && historyKey
        ? html`<lawdiff-article-history .folder=${this.folder} .law=${this.law} .result=${r} .params=${p} .oldId=${this.oldId} .newId=${this.newId}
            .articleKey=${p.history} .inComparison=${!p.concordance && this.visible.some((row) => row.key === historyKey)}
            .notes=${this.notes.of(historyKey)} .notesProblem=${this.notes.problem}></lawdiff-article-history>`
        : nothing}
    `;
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
