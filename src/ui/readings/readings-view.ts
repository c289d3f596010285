/**
 * `<lawdiff-readings-view>`: three readings or more at once. The synopsis —
 * one row per article, one column per reading (unpublished ones as gaps),
 * each column marked against the one before it or against a base reading —
 * with filters by change and by step, next/previous change, search, deep
 * links, keyboard, print and HTML download; long laws render only the rows on
 * screen. On a phone it shows one pair of readings at a time, with a step
 * switcher. Or the picture of the law's passage through the readings, with
 * the statistics per step. It never writes the URL: it asks the app with
 * {@link ParamsChangeEvent}.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import '@lit-labs/virtualizer';
import type { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import { isStepChange, readingsModel, visibleRows, type ReadingsArticleRow, type ReadingsModel, type ReadingsRow } from '../../present/readings-model.js';
import { Filters, type Filter } from '../../present/compare-model.js';
import { exportReadingsHtml, readingsFileName } from '../../present/export/readings-html.js';
import { resolveKey, type CompareResult } from '../../diff/index.js';
import type { Law, VersionInfo } from '../../model/types.js';
import { defaultParams, type CompareParams } from '../../app/routes.js';
import { browserNotesStore } from '../../app/browser-notes.js';
import type { NotesStore } from '../../store/notes.js';
import { strings, uiLanguage } from '../../present/strings.js';
import { lawTitle } from '../../present/titles.js';
import { isolate } from '../../model/bidi.js';
import { base } from '../common/theme.js';
import { downloadText } from '../common/download.js';
import { OpenHistoryEvent, ParamsChangeEvent } from '../common/events.js';
import { cssVars } from '../common/css-vars.js';
import { diffTextStyles } from '../compare/compare-view.styles.js';
import { NotesController } from '../compare/notes-controller.js';
import { PrintController } from '../compare/print-controller.js';
import { RevealController } from '../compare/reveal-controller.js';
import { StickyController } from '../compare/sticky-controller.js';
import { clearPrintPage, setPrintPage } from '../compare/print-head.js';
import { copyArticleLink } from '../compare/share.js';
import '../compare/article-history.js';
import { gridColumns, renderReadingsDivision, renderReadingsRow, type ReadingsRowContext } from './readings-rows.js';
import { readingsViewStyles } from './readings-view.styles.js';
import './passage-picture.js';
import './step-stats.js';
import { synopsisStrings } from '../../present/locales/synopsis/index.js';
import { changeKeyStep } from '../common/change-keys.js';

/** Above this many rows, only the rows on screen are rendered. */
const VIRTUALIZE_ABOVE = 250;
/** Below this width, one pair of readings at a time. */
const NARROW = '(max-width: 44rem)';

@customElement('lawdiff-readings-view')
export class LawdiffReadingsView extends LitElement {
  static override styles = [base, diffTextStyles, readingsViewStyles];

  @property() folder = '';
  @property({ attribute: false }) law: Law | undefined;
  /** The readings shown, in order (ids; unpublished ones are gaps). */
  @property({ attribute: false }) readings: readonly string[] = [];
  @property({ attribute: false }) result: CompareResult | undefined;
  @property({ attribute: false }) params: CompareParams | undefined;
  @property({ attribute: false }) store: NotesStore = browserNotesStore;
  @property({ type: Boolean, reflect: true }) pending = false;

  @state() private narrow = window.matchMedia(NARROW).matches;
  @state() private toast = '';

  @query('lit-virtualizer') private virtualizer: LitVirtualizer | undefined;

  private readonly notes = new NotesController(this, this.store);
  private readonly printer = new PrintController(this);
  private readonly sticky = new StickyController(this, () => this.renderRoot.querySelector<HTMLElement>('.sticky'));
  private readonly revealer = new RevealController(this);
  private readonly narrowQuery = window.matchMedia(NARROW);
  private model: ReadingsModel | undefined;
  private modelFor: unknown[] = [];
  private visible: ReadingsRow[] = [];
  private visibleFor: unknown[] = [];
  private lastRevealed: string | undefined;
  private steppedFor: string | undefined;
  private keepFocus = false;
  private pictureMarked: CompareResult | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
    this.narrowQuery.addEventListener('change', this.onNarrow);
    this.addEventListener(OpenHistoryEvent.eventName, this.onOpenHistory);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
    this.narrowQuery.removeEventListener('change', this.onNarrow);
    this.removeEventListener(OpenHistoryEvent.eventName, this.onOpenHistory);
    clearPrintPage();
  }

  private readonly onNarrow = (e: MediaQueryListEvent): void => {
    this.narrow = e.matches;
  };

  private readonly onOpenHistory = (e: OpenHistoryEvent): void => this.ask({ history: e.key, focus: e.key });

  /** The readings of the law shown, in order. */
  private get versions(): VersionInfo[] {
    const all = this.law?.versions ?? [];
    return this.readings.flatMap((id) => all.find((v) => v.id === id) ?? []);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('folder') || changed.has('store')) this.notes.use(this.folder, this.store);
    if (changed.has('readings')) this.lastRevealed = undefined;
    const r = this.result;
    const p = this.params;
    if (!r || !p) {
      this.model = undefined;
      return;
    }
    const inputs = [r, this.law, this.readings.join('\n'), p.base ?? ''];
    if (!this.model || inputs.some((x, i) => x !== this.modelFor[i])) {
      this.model = readingsModel(r.history, r.docs, this.versions, { base: p.base, granularity: r.granularity ?? 'word' });
      this.modelFor = inputs;
    }
    const focus = this.canonical(p.focus);
    const vInputs = [this.model, p.filter, p.step ? this.stepColumn() : undefined, focus];
    if (vInputs.some((x, i) => x !== this.visibleFor[i])) {
      const rows = visibleRows(this.model, p.filter, p.step ? this.stepColumn() : undefined);
      // The article a link names is shown whatever the filter hides.
      const at = focus ? this.model.indexOfKey.get(focus) : undefined;
      if (at !== undefined && !rows.includes(this.model.rows[at]!)) {
        const row = this.model.rows[at]!;
        const before = this.model.rows.slice(0, at).filter((x) => rows.includes(x)).length;
        rows.splice(before, 0, row);
      }
      this.visible = rows;
      this.visibleFor = vInputs;
    }
  }

  /**
   * The chosen step's column: the `step` reading; else, on a phone, the step that changed the
   * focused article (so a link or the next change shows the pair that made it); else the last step.
   */
  private stepColumn(): number {
    const m = this.model;
    if (!m || m.steps.length === 0) return -1;
    const chosen = this.params?.step ? m.columns.findIndex((c) => c.version.id === this.params!.step) : -1;
    if (m.steps.includes(chosen)) return chosen;
    if (this.narrow) {
      const focus = this.canonical(this.params?.focus);
      const row = focus ? m.rows[m.indexOfKey.get(focus) ?? -1] : undefined;
      const changed = row?.type === 'article' ? row.changedIn.filter((c) => m.steps.includes(c)) : [];
      if (changed.length > 0) return changed[changed.length - 1]!;
    }
    return m.steps[m.steps.length - 1]!;
  }

  /** The columns on screen: all, or on a phone the chosen step's pair. */
  private shownColumns(): number[] {
    const m = this.model!;
    if (!this.narrow || this.printer.printing) return m.columns.map((_, i) => i);
    const step = this.stepColumn();
    if (step < 0) return m.columns.map((_, i) => i).slice(0, 2);
    const against = m.columns[step]!.against;
    return against < step ? [against, step] : [step, against];
  }

  private canonical(key: string | undefined): string | undefined {
    if (!key || !this.model || this.model.indexOfKey.has(key) || !this.result) return key;
    return resolveKey(this.result.history, key)?.key ?? key;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const v = this.versions;
    setPrintPage(this.law, v[0], v[v.length - 1]);
    if (changed.has('result') && this.result) requestAnimationFrame(() => performance.mark('lawdiff:first-rows'));
    // Measured by scripts/bench/browser.mjs: the picture drawn (once per result).
    const picture = this.params?.picture ? this.renderRoot.querySelector('lawdiff-passage-picture') : null;
    if (picture && this.result && this.pictureMarked !== this.result) {
      this.pictureMarked = this.result;
      void picture.updateComplete.then(() => requestAnimationFrame(() => performance.mark('lawdiff:picture')));
    }
    const key = this.canonical(this.params?.focus);
    if (key && key !== this.lastRevealed && this.model && !this.params?.picture) {
      this.lastRevealed = key;
      const index = this.visible.findIndex((r) => r.key === key);
      if (index >= 0) void this.reveal(index);
    }
  }

  private async reveal(index: number): Promise<void> {
    const row = this.visible[index];
    if (!row) return;
    const keepFocus = this.keepFocus;
    this.keepFocus = false;
    const el = await this.revealer.reveal({
      find: () => this.renderRoot.querySelector<HTMLElement>(`[id="row-${CSS.escape(row.key)}"]`),
      bringNear: async () => {
        const v = this.virtualizer;
        if (!v || this.printer.printing) return;
        await v.updateComplete;
        try {
          v.element(index)?.scrollIntoView({ block: 'start' });
        } catch {
          // Not laid out yet (a cold load): asked again on the next frame.
        }
      },
      settled: () => this.virtualizer?.layoutComplete ?? Promise.resolve(),
      offset: () => this.sticky.bottom(),
    });
    if (!el) return;
    if (!this.params?.history && !keepFocus) el.focus({ preventScroll: true });
    performance.mark('lawdiff:revealed');
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    const delta = changeKeyStep(e);
    if (delta === undefined || this.params?.picture) return;
    this.step('change', delta);
    e.preventDefault();
  };

  /** Rows that count as changes (in the chosen step when the filter narrows to one). */
  private changes(): number[] {
    const step = this.params?.step ? this.stepColumn() : undefined;
    return this.visible.flatMap((r, i) => (isStepChange(r, step) ? [i] : []));
  }

  private matchRows(): number[] {
    const term = (this.params?.q ?? '').trim().toLowerCase();
    if (!term) return [];
    return this.visible.flatMap((r, i) => (r.type === 'article' && r.haystack().includes(term) ? [i] : []));
  }

  private focusedIndex(): number {
    const key = this.canonical(this.params?.focus);
    return key ? this.visible.findIndex((r) => r.key === key) : -1;
  }

  private step(what: 'change' | 'match', delta: 1 | -1): void {
    const list = what === 'change' ? this.changes() : this.matchRows();
    if (list.length === 0) return;
    const at = this.focusedIndex();
    const term = this.params?.q ?? '';
    let target: number | undefined;
    if (what === 'match' && this.steppedFor !== term) target = delta > 0 ? list.find((i) => i >= Math.max(at, 0)) ?? list[0] : [...list].reverse().find((i) => i <= at) ?? list[list.length - 1];
    else target = delta > 0 ? list.find((i) => i > at) ?? list[0] : [...list].reverse().find((i) => i < at) ?? list[list.length - 1];
    if (target === undefined) return;
    if (what === 'match') {
      this.steppedFor = term;
      this.keepFocus = true;
    }
    if (target === at) this.keepFocus = false;
    this.lastRevealed = undefined;
    this.ask({ focus: this.visible[target]!.key }, true);
  }

  private ask(params: Partial<CompareParams>, replace = false): void {
    this.dispatchEvent(new ParamsChangeEvent(params, replace));
  }

  private async copyLink(row: ReadingsArticleRow): Promise<void> {
    if (!this.params || !this.law) return;
    const ids = this.readings;
    this.showToast(await copyArticleLink(this.law, this.folder, ids[0]!, ids[ids.length - 1]!, this.params, row.key, ids));
    this.ask({ focus: row.key }, true);
  }

  private showToast(message: string): void {
    this.toast = message;
    window.setTimeout(() => {
      if (this.toast === message) this.toast = '';
    }, 4000);
  }

  private download(): void {
    const m = this.model;
    const p = this.params;
    if (!m || !p || !this.law) return;
    const text = exportReadingsHtml({
      law: this.law,
      model: m,
      rows: this.visible,
      base: m.base,
      lang: uiLanguage,
      notes: (key) => this.notes.of(key),
      url: window.location.href,
    });
    downloadText(this.renderRoot, readingsFileName(this.folder, this.readings), text, 'text/html');
  }

  /** Moves the keyboard focus to the toolbar (the skip link's target). */
  focusToolbar(): boolean {
    const first = this.renderRoot.querySelector<HTMLElement>('.sticky select, .sticky button, .sticky a');
    first?.focus();
    return !!first;
  }

  private renderToolbar(m: ReadingsModel, p: CompareParams): unknown {
    const changes = this.changes();
    const matches = this.matchRows();
    const at = this.focusedIndex();
    const stepName = (c: number): string => synopsisStrings().step(m.columns[m.columns[c]!.against]!.version.label, m.columns[c]!.version.label);
    return html`<div class="toolbar" role="toolbar" aria-label=${strings.view}>
      <label>${strings.filter}
        <select class="filter" @change=${(e: Event) => this.ask({ filter: (e.target as HTMLSelectElement).value as Filter })}>
          ${Filters.map((f) => html`<option value=${f} ?selected=${p.filter === f}>${strings.filters[f]}</option>`)}
        </select></label>
      <label>${synopsisStrings().inStep}
        <select class="step" @change=${(e: Event) => this.ask({ step: (e.target as HTMLSelectElement).value || undefined })}>
          <option value="" ?selected=${!p.step}>${synopsisStrings().anyStep}</option>
          ${m.steps.map((c) => html`<option value=${m.columns[c]!.version.id} ?selected=${p.step === m.columns[c]!.version.id} translate="no">${stepName(c)}</option>`)}
        </select></label>
      <label>${synopsisStrings().against}
        <select class="base" @change=${(e: Event) => this.ask({ base: (e.target as HTMLSelectElement).value || undefined, step: undefined })}>
          <option value="" ?selected=${!p.base}>${synopsisStrings().againstPrevious}</option>
          ${m.columns
            .filter((c) => c.v >= 0)
            .map((c) => html`<option value=${c.version.id} ?selected=${p.base === c.version.id} translate="no">${synopsisStrings().againstBase(c.version.label)}</option>`)}
        </select></label>
      <span class="group">
        <button type="button" class="prev-change" aria-label=${strings.previousChange} title=${strings.previousChange} @click=${() => this.step('change', -1)}>↑</button>
        <span class="counter" role="status">${strings.changeCounter(changes.indexOf(at), changes.length)}</span>
        <button type="button" class="next-change" aria-label=${strings.nextChange} title=${strings.nextChange} @click=${() => this.step('change', 1)}>↓</button>
      </span>
      <span class="group search">
        <input type="search" .value=${p.q} placeholder=${strings.searchPlaceholder} aria-label=${synopsisStrings().search}
          @input=${(e: Event) => this.ask({ q: (e.target as HTMLInputElement).value }, true)}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            this.step('match', e.shiftKey ? -1 : 1);
          }} />
        ${p.q.trim()
          ? html`<button type="button" class="prev-match" aria-label=${strings.previousMatch} @click=${() => this.step('match', -1)}>↑</button>
              <span class="counter" role="status">${strings.matchCounter(matches.indexOf(at), matches.length)}</span>
              <button type="button" class="next-match" aria-label=${strings.nextMatch} @click=${() => this.step('match', 1)}>↓</button>`
          : nothing}
      </span>
      <span class="group">
        <button type="button" class="print" @click=${() => void this.printer.print()}>${strings.print}</button>
        <button type="button" class="download" @click=${() => this.download()}>${strings.downloadHtml}</button>
      </span>
    </div>`;
  }

  /** On a phone: which pair of readings is shown. */
  private renderStepSwitcher(m: ReadingsModel): unknown {
    if (!this.narrow || m.steps.length === 0) return nothing;
    const step = this.stepColumn();
    const i = m.steps.indexOf(step);
    const go = (c: number | undefined): void => {
      if (c !== undefined) this.ask({ step: m.columns[c]!.version.id }, true);
    };
    return html`<div class="step-switcher" role="group" aria-label=${synopsisStrings().stepSwitcher}>
      <button type="button" aria-label=${synopsisStrings().previousStep} ?disabled=${i <= 0} @click=${() => go(m.steps[i - 1])}>‹</button>
      <span class="step-name" translate="no">${synopsisStrings().step(m.columns[m.columns[step]!.against]!.version.label, m.columns[step]!.version.label)}</span>
      <span class="step-count">${i + 1} / ${m.steps.length}</span>
      <button type="button" aria-label=${synopsisStrings().nextStep} ?disabled=${i >= m.steps.length - 1} @click=${() => go(m.steps[i + 1])}>›</button>
    </div>`;
  }

  private renderHeads(m: ReadingsModel, shown: readonly number[]): unknown {
    return html`<div class="col-heads" ${cssVars({ '--columns': gridColumns(m.columns, shown) })}>
      ${shown.map((c) => {
        const col = m.columns[c]!;
        if (col.v < 0) return html`<span class="head gap" translate="no" title=${col.version.label}><span class="sr">${col.version.label}</span></span>`;
        return html`<span class="head${c === m.base ? ' base' : ''}"><span class="head-label" translate="no">${isolate(col.version.label)}</span>
          ${col.version.date ? html`<span class="date">${col.version.date}</span>` : nothing}
          ${c === m.base ? html`<span class="compared">${synopsisStrings().baseColumn}</span>` : col.against >= 0 ? html`<span class="compared">${synopsisStrings().comparedWith(m.columns[col.against]!.version.label)}</span>` : nothing}</span>`;
      })}
    </div>`;
  }

  private renderTabs(p: CompareParams): unknown {
    return html`<nav class="tabs" aria-label=${synopsisStrings().tabs}>
      <button type="button" class="tab" aria-pressed=${p.picture ? 'false' : 'true'} @click=${() => this.ask({ picture: false })}>${synopsisStrings().synopsis}</button>
      <button type="button" class="tab" aria-pressed=${p.picture ? 'true' : 'false'} @click=${() => this.ask({ picture: true })}>${synopsisStrings().picture}</button>
    </nav>`;
  }

  override render() {
    const m = this.model;
    const p = this.params;
    const r = this.result;
    if (!m || !p || !r) return nothing;
    const shown = this.shownColumns();
    const ctx: ReadingsRowContext = {
      columns: m.columns,
      shown,
      term: p.q.trim().toLowerCase(),
      focusedKey: this.canonical(p.focus),
      static: this.printer.printing,
      onHistory: (row) => this.ask({ history: row.key, focus: row.key }),
      onCopyLink: (row) => void this.copyLink(row),
      noteCount: (row) => this.notes.of(row.key).length,
    };
    const renderRow = (row: ReadingsRow, i: number) => (row.type === 'article' ? renderReadingsRow(row, i, ctx) : renderReadingsDivision(row));
    const historyKey = p.history ? this.canonical(p.history) : undefined;
    const v = this.versions;
    const title = this.law ? lawTitle(this.law, uiLanguage).text : '';
    const baseLabel = m.base >= 0 ? m.columns[m.base]!.version.label : '';
    return html`
      <header class="print-head">
        <p class="print-title" translate="no">${title}</p>
        <p class="print-readings" translate="no">${v.map((x) => x.label).join(' · ')}</p>
      </header>
      ${this.renderTabs(p)}
      ${p.picture
        ? html`<section class="picture" aria-label=${synopsisStrings().picture}>
            <lawdiff-passage-picture .history=${r.history} .docs=${r.docs} .versions=${v} .focusKey=${historyKey ?? this.canonical(p.focus) ?? ''}></lawdiff-passage-picture>
            <lawdiff-step-stats .history=${r.history} .versions=${v} .unit=${r.granularity ?? 'word'}></lawdiff-step-stats>
          </section>`
        : html`<div class="sticky">
              ${this.renderToolbar(m, p)} ${this.renderStepSwitcher(m)}
              <p class="legend">${baseLabel ? synopsisStrings().legendBase(baseLabel) : synopsisStrings().legend} ${strings.keyboardHint}</p>
              ${this.renderHeads(m, shown)}
            </div>
            ${this.toast ? html`<p class="toast" role="status">${this.toast}</p>` : nothing}
            ${this.notes.problem ? html`<p class="notice" role="status">${this.notes.problem}</p>` : nothing}
            <section class="rows" aria-label=${strings.readings.title(v.length)} aria-busy=${this.pending ? 'true' : 'false'}>
              ${this.visible.length === 0
                ? html`<p class="empty-rows">${strings.noRows}</p>`
                : this.visible.length > VIRTUALIZE_ABOVE && !this.printer.printing
                  ? html`<lit-virtualizer .items=${this.visible} .keyFunction=${(row: ReadingsRow) => row.key} .renderItem=${renderRow}></lit-virtualizer>`
                  : this.visible.map(renderRow)}
            </section>`}
      ${p.history && historyKey
        ? html`<lawdiff-article-history .folder=${this.folder} .law=${this.law} .result=${r}
            .params=${{ ...defaultParams, unit: p.unit, history: p.history, focus: p.focus }} .oldId=${this.readings[0] ?? ''} .newId=${this.readings[this.readings.length - 1] ?? ''}
            .articleKey=${p.history} .inComparison=${!p.picture && this.visible.some((row) => row.key === historyKey)}
            .notes=${this.notes.of(historyKey)} .notesProblem=${this.notes.problem}></lawdiff-article-history>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-readings-view': LawdiffReadingsView;
  }
}
