/**
 * `<lawdiff-compare-view>`: a comparison of two readings — summary, toolbar,
 * table of contents and the rows (synopsis or redline), with next/previous
 * change, search, and the focused article from the URL. Long laws render
 * only the rows on screen (`@lit-labs/virtualizer`). It never writes the URL:
 * it asks the app with {@link ParamsChangeEvent}.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import '@lit-labs/virtualizer';
import type { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import { buildModel, filterRows, isChange, searchRows, tableOfContents, type ArticleRow, type CompareModel, type Row } from '../app/compare-model.js';
import { routeHref, type CompareParams } from '../app/routes.js';
import type { CompareResult } from '../app/worker-protocol.js';
import { resolveKey } from '../diff/history.js';
import type { Law } from '../model/types.js';
import './change-summary.js';
import './compare-toolbar.js';
import type { StepEvent } from './compare-toolbar.js';
import { compareViewStyles } from './compare-view.styles.js';
import { renderArticleRow, renderDivisionRow, type RowContext } from './compare-rows.js';
import { JumpEvent, ParamsChangeEvent } from './events.js';
import { strings } from './strings.js';
import { base } from './theme.js';

/** Above this many rows, only the rows on screen are rendered. */
const VIRTUALIZE_ABOVE = 250;

@customElement('lawdiff-compare-view')
export class LawdiffCompareView extends LitElement {
  static override styles = [base, compareViewStyles];

  @property() folder = '';
  @property({ attribute: false }) law: Law | undefined;
  @property() oldId = '';
  @property() newId = '';
  @property({ attribute: false }) result: CompareResult | undefined;
  @property({ attribute: false }) params: CompareParams | undefined;

  @state() private expanded = new Set<string>();
  @state() private toast = '';
  /** Rendering everything (for printing). */
  @state() private printing = false;

  @query('lit-virtualizer') private virtualizer: LitVirtualizer | undefined;

  private model: CompareModel | undefined;
  private visible: Row[] = [];
  private changes: number[] = [];
  private searchHits: number[] = [];
  private lastRevealed: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.addEventListener(JumpEvent.eventName, this.onJump);
    this.addEventListener('lawdiff-step', this.onStep);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.removeEventListener(JumpEvent.eventName, this.onJump);
    this.removeEventListener('lawdiff-step', this.onStep);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const r = this.result;
    if (changed.has('result') && r) {
      const oldDoc = r.docs[this.oldId];
      const newDoc = r.docs[this.newId];
      this.model = oldDoc && newDoc ? buildModel(oldDoc, newDoc, r.comparison, { old: this.oldId, new: this.newId }, r.history) : undefined;
      this.lastRevealed = undefined;
    }
    if (this.model && this.params) {
      this.visible = filterRows(this.model.rows, this.params.filter);
      this.changes = [];
      this.visible.forEach((row, i) => {
        if (isChange(row)) this.changes.push(i);
      });
      this.searchHits = searchRows(this.visible, this.params.q);
    }
  }

  /** The row key a link's key stands for (any reading's `<id>~<num>` resolves through the history). */
  private canonical(key: string | undefined): string | undefined {
    if (!key || !this.model || this.model.indexOfKey.has(key) || !this.result) return key;
    return resolveKey(this.result.history, key)?.key ?? key;
  }

  protected override updated(): void {
    const key = this.canonical(this.params?.focus);
    if (key && key !== this.lastRevealed && this.model) {
      this.lastRevealed = key;
      const index = this.visible.findIndex((r) => r.key === key);
      if (index >= 0) void this.reveal(index);
    }
  }

  /** Scrolls a row into view and moves keyboard focus to it. */
  private async reveal(index: number): Promise<void> {
    const row = this.visible[index];
    if (!row) return;
    const find = (): HTMLElement | null => this.renderRoot.querySelector<HTMLElement>(`[id="row-${CSS.escape(row.key)}"]`);
    if (this.virtualizer && !this.printing) {
      this.virtualizer.element(index)?.scrollIntoView({ block: 'center' });
      await this.virtualizer.layoutComplete;
      await new Promise((r) => requestAnimationFrame(r));
    }
    const el = find();
    if (!el) return;
    if (!this.virtualizer) el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
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

  private readonly onStep = (e: StepEvent): void => this.step(e.what, e.delta);

  private readonly onJump = (e: JumpEvent): void => {
    const index = this.visible.findIndex((r) => r.key === e.rowKey);
    if (index >= 0) {
      void this.reveal(index).then(() => undefined);
      const next = this.visible.slice(index).find((r) => r.type === 'article');
      if (next) this.ask({ focus: next.key }, true);
    }
  };

  private readonly onBeforePrint = (): void => {
    this.printing = true;
  };

  private readonly onAfterPrint = (): void => {
    this.printing = false;
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
    let target: number;
    if (delta > 0) target = list.find((i) => i > at) ?? list[0]!;
    else target = [...list].reverse().find((i) => i < at) ?? list[list.length - 1]!;
    const row = this.visible[target]!;
    this.lastRevealed = undefined;
    this.ask({ focus: row.key }, true);
  }

  private ask(params: Partial<CompareParams>, replace = false): void {
    this.dispatchEvent(new ParamsChangeEvent(params, replace));
  }

  private async copyLink(row: ArticleRow): Promise<void> {
    if (!this.params) return;
    const href = routeHref({ kind: 'compare', folder: this.folder, old: this.oldId, new: this.newId, params: { ...this.params, focus: row.key, history: undefined } });
    const url = new URL(href, window.location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      this.toast = strings.linkCopied;
    } catch {
      // No clipboard permission: show the link so it can be copied by hand.
      this.toast = url;
    }
    this.ask({ focus: row.key }, true);
    window.setTimeout(() => (this.toast = ''), 4000);
  }

  private get context(): RowContext {
    const r = this.result!;
    return {
      view: this.params!.view,
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
      extra: () => nothing,
    };
  }

  override render() {
    const p = this.params;
    const r = this.result;
    const m = this.model;
    if (!p || !r || !m) return nothing;
    const ctx = this.context;
    const renderRow = (row: Row, i: number) => (row.type === 'article' ? renderArticleRow(row, i, ctx) : renderDivisionRow(row));
    const renumberedOnly = m.rows.filter((row) => row.type === 'article' && row.kind === 'renumbered').length;
    const toc = tableOfContents(this.visible);
    const focusMissing = p.focus && !m.indexOfKey.has(this.canonical(p.focus)!);
    return html`
      <lawdiff-change-summary .stats=${r.comparison.stats} .model=${m} .renumberedOnly=${renumberedOnly}></lawdiff-change-summary>
      <div class="sticky">
        <lawdiff-compare-toolbar .params=${p} .changeIndex=${this.positionIn(this.changes)} .changeCount=${this.changes.length}
          .matchIndex=${this.positionIn(this.searchHits)} .matchCount=${this.searchHits.length}></lawdiff-compare-toolbar>
        <p class="legend">${strings.legend}</p>
      </div>
      ${focusMissing ? html`<p class="notice" role="status">${strings.focusNotFound(p.focus!)}</p>` : nothing}
      ${this.toast ? html`<p class="toast" role="status">${this.toast}</p>` : nothing}
      <div class="layout ${toc.length > 0 ? 'with-toc' : ''} view-${p.view}">
        ${toc.length > 0
          ? html`<nav class="toc" aria-label=${strings.contents}>
              <h2 class="section-label">${strings.contents}</h2>
              <ol>
                ${toc.map(
                  (t) => html`<li class="depth-${Math.min(t.depth, 3)} status-${t.status}">
                    <a href="#" @click=${(e: Event) => {
                      e.preventDefault();
                      this.onJump(new JumpEvent(t.key));
                    }}>${t.title}</a>
                  </li>`,
                )}
              </ol>
            </nav>`
          : nothing}
        <section class="rows" aria-label=${strings.compareTitle(this.label(this.oldId), this.label(this.newId))}>
          ${p.view === 'synopsis'
            ? html`<div class="col-heads" aria-hidden="true"><span>${this.label(this.oldId)}</span><span>${this.label(this.newId)}</span></div>`
            : nothing}
          ${this.visible.length === 0
            ? html`<p class="empty-rows">${strings.noRows}</p>`
            : this.visible.length > VIRTUALIZE_ABOVE && !this.printing
              ? html`<lit-virtualizer .items=${this.visible} .keyFunction=${(row: Row) => row.key} .renderItem=${renderRow}></lit-virtualizer>`
              : this.visible.map(renderRow)}
        </section>
      </div>
    `;
  }

  private label(id: string): string {
    return this.law?.versions.find((v) => v.id === id)?.label ?? id;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-compare-view': LawdiffCompareView;
  }
}
