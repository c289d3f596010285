/**
 * `<lawdiff-compare-toolbar>`: view switch, the diff unit (words or
 * characters, for CJK laws only), filter, previous/next change,
 * search with match navigation; the concordance switch, print and download.
 * In the concordance only the last three apply, so only they are shown.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Filters, type Filter } from '../../present/compare-model.js';
import type { CompareParams } from '../../app/routes.js';
import { ExportEvent, ParamsChangeEvent } from '../common/events.js';

/** The formats behind "Word, Excel…", and their names in the catalogue. */
const MENU_FORMATS = ['docx-table', 'docx-tracked', 'xlsx', 'csv'] as const;
const FORMAT_KEYS = { 'docx-table': 'docxTable', 'docx-tracked': 'docxTracked', xlsx: 'xlsx', csv: 'csv' } as const;
import { strings } from '../../present/strings.js';
import { base } from '../common/theme.js';

/** Step events: the view moves the focus; the toolbar only asks. */
export class StepEvent extends Event {
  static readonly eventName = 'lawdiff-step';

  constructor(
    readonly what: 'change' | 'match',
    readonly delta: 1 | -1,
  ) {
    super(StepEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'lawdiff-step': StepEvent;
  }
  interface HTMLElementTagNameMap {
    'lawdiff-compare-toolbar': LawdiffCompareToolbar;
  }
}

@customElement('lawdiff-compare-toolbar')
export class LawdiffCompareToolbar extends LitElement {
  static override styles = [
    base,
    css`
      :host { display: block; }
      .bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; }
      fieldset { border: 0; margin: 0; padding: 0; display: inline-flex; }
      legend { position: absolute; clip-path: inset(50%); width: 1px; height: 1px; overflow: hidden; }
      .seg label { border: 1px solid var(--ld-border); padding: 0.3rem 0.7rem; cursor: pointer; font-size: 0.85rem; background: var(--ld-surface); }
      .seg label:first-of-type { border-radius: var(--ld-radius) 0 0 var(--ld-radius); }
      .seg label:last-of-type { border-radius: 0 var(--ld-radius) var(--ld-radius) 0; border-left: 0; }
      .seg input { position: absolute; opacity: 0; width: 1px; height: 1px; }
      .seg input:checked + span { font-weight: 650; }
      .seg label:has(input:checked) { background: var(--ld-accent-soft); border-color: var(--ld-accent); }
      .seg label:has(input:focus-visible) { outline: 2px solid var(--ld-focus); outline-offset: 2px; }
      .unit { align-items: center; }
      .unit > .label { margin-right: 0.3rem; font-size: 0.8rem; color: var(--ld-muted); }
      .busy { font-size: 0.8rem; color: var(--ld-muted); }
      .busy:not(:empty) { margin-left: 0.4rem; }
      select, input[type='search'] { font: inherit; font-size: 0.85rem; padding: 0.28rem 0.4rem; border: 1px solid var(--ld-border); border-radius: var(--ld-radius); background: var(--ld-surface); color: var(--ld-text); }
      input[type='search'] { width: 9rem; }
      .group { display: inline-flex; align-items: center; gap: 0.3rem; }
      .group > span.label { font-size: 0.8rem; color: var(--ld-muted); }
      button { font: inherit; font-size: 0.85rem; padding: 0.28rem 0.6rem; border: 1px solid var(--ld-border); border-radius: var(--ld-radius); background: var(--ld-surface); color: var(--ld-text); cursor: pointer; }
      button:disabled { color: var(--ld-faint); cursor: default; }
      .counter { font-size: 0.85rem; font-variant-numeric: tabular-nums; min-width: 3.2rem; text-align: center; color: var(--ld-muted); }
      .hint { font-size: 0.75rem; color: var(--ld-muted); }
      .end { margin-left: auto; display: inline-flex; gap: 0.4rem; flex-wrap: wrap; }
      button[aria-pressed='true'] { background: var(--ld-accent-soft); border-color: var(--ld-accent); }
      .with-notes { display: inline-flex; align-items: center; gap: 0.25rem; font-size: 0.8rem; color: var(--ld-muted); cursor: pointer; }
      .with-notes input { margin: 0; }
      /* The other formats: a disclosure whose buttons drop below it, over the rows. */
      .more-formats { position: relative; }
      .more-formats > summary { white-space: nowrap; font-size: 0.85rem; padding: 0.28rem 0.6rem; border: 1px solid var(--ld-border); border-radius: var(--ld-radius); background: var(--ld-surface); cursor: pointer; list-style: none; }
      .more-formats > summary::-webkit-details-marker { display: none; }
      .more-formats > summary::after { content: ' ▾'; }
      .more-formats > summary:focus-visible { outline: 2px solid var(--ld-focus); outline-offset: 2px; }
      .more-formats .menu { position: absolute; inset-inline-end: 0; top: calc(100% + 0.25rem); z-index: 5; display: flex; flex-direction: column; gap: 0.2rem; padding: 0.35rem; min-width: max-content; background: var(--ld-bg); border: 1px solid var(--ld-border); border-radius: var(--ld-radius); box-shadow: 0 4px 16px rgb(0 0 0 / 0.15); }
      .more-formats .menu button { text-align: start; border-color: transparent; }
      .more-formats .menu button:hover, .more-formats .menu button:focus-visible { border-color: var(--ld-accent); }
      /* On a phone the menu opens in the flow, the width of the bar, rather than over the rows. */
      @media (max-width: 40rem) {
        .group { flex-wrap: wrap; flex-basis: 100%; }
        .more-formats[open] { flex-basis: 100%; order: 1; }
        .more-formats .menu { position: static; margin-top: 0.3rem; box-shadow: none; min-width: 0; }
        .more-formats .menu button { white-space: normal; }
      }
      @media print { .more-formats { display: none; } }
    `,
  ];

  @property({ attribute: false }) params: CompareParams | undefined;
  /** Index of the focused change among the changes (−1 when none), and how many there are. */
  @property({ type: Number }) changeIndex = -1;
  @property({ type: Number }) changeCount = 0;
  @property({ type: Number }) matchIndex = -1;
  @property({ type: Number }) matchCount = 0;
  /** Offer the diff unit (words or characters): only for Chinese, Japanese and Korean laws. */
  @property({ type: Boolean }) units = false;
  /** The comparison is being made again (after a change of unit). */
  @property({ type: Boolean }) pending = false;
  /** How many explanation documents the law has, and whether their panel is open. */
  @property({ type: Number }) reportCount = 0;
  @property({ type: Boolean }) reportsOpen = false;
  /** The reader's notes go into the HTML download too (their choice, off until they tick it). */
  @state() private withNotes = false;

  /** Closes the formats menu and asks for the file. */
  private exportAs(e: Event, format: (typeof MENU_FORMATS)[number]): void {
    (e.target as HTMLElement).closest('details')?.removeAttribute('open');
    this.dispatchEvent(new ExportEvent(format, this.withNotes));
  }

  override render() {
    const p = this.params;
    if (!p) return html``;
    const end = html`<span class="end">
      ${p.concordance
        ? nothing
        : html`<button type="button" class="reports-toggle" aria-expanded=${this.reportsOpen ? 'true' : 'false'}
            @click=${() => this.dispatchEvent(new Event('lawdiff-reports-toggle', { bubbles: true, composed: true }))}>${strings.reports.button(this.reportCount)}</button>`}
      <button type="button" class="concordance" @click=${() => this.set({ concordance: !p.concordance })}>
        ${p.concordance ? strings.backToComparison : strings.concordance}</button>
      <span class="group" role="group" aria-label=${strings.exportActions}>
        <button type="button" @click=${() => this.dispatchEvent(new ExportEvent('print'))}>${strings.print}</button>
        <button type="button" @click=${() => this.dispatchEvent(new ExportEvent('html', this.withNotes))}>${strings.downloadHtml}</button>
        <details class="more-formats">
          <summary>${strings.exportFormats.more}</summary>
          <div class="menu">
            ${MENU_FORMATS.map(
              (f) => html`<button type="button" data-format=${f} @click=${(e: Event) => this.exportAs(e, f)}>${strings.exportFormats[FORMAT_KEYS[f]]}</button>`,
            )}
          </div>
        </details>
        <label class="with-notes"><input type="checkbox" .checked=${this.withNotes}
          @change=${(e: Event) => (this.withNotes = (e.target as HTMLInputElement).checked)} />${strings.exportIncludeNotes}</label>
      </span>
    </span>`;
    if (p.concordance) {
      return html`<div class="bar" role="toolbar" aria-label=${strings.compare}>${end}</div>`;
    }
    return html`<div class="bar" role="toolbar" aria-label=${strings.compare}>
      <fieldset class="seg">
        <legend>${strings.view}</legend>
        ${(['synopsis', 'redline'] as const).map(
          (v) => html`<label><input type="radio" name="view" .checked=${p.view === v} @change=${() => this.set({ view: v })} /><span>${strings[v]}</span></label>`,
        )}
      </fieldset>
      ${this.units
        ? html`<fieldset class="seg unit" aria-labelledby="unit-label" title=${strings.unitHint}>
            <span class="label" id="unit-label">${strings.unit}</span>
            ${(['word', 'char'] as const).map(
              (u) => html`<label><input type="radio" name="unit" .checked=${p.unit === u} @change=${() => this.set({ unit: u })} /><span>${strings.units[u]}</span></label>`,
            )}
            <span class="busy" role="status">${this.pending ? strings.recomparing : ''}</span>
          </fieldset>`
        : nothing}
      <label class="group"><span class="label">${strings.filter}</span>
        <select @change=${(e: Event) => this.set({ filter: (e.target as HTMLSelectElement).value as Filter })}>
          ${Filters.map((f) => html`<option value=${f} ?selected=${p.filter === f}>${strings.filters[f]}</option>`)}
        </select>
      </label>
      <span class="group">
        <button type="button" aria-label=${strings.previousChange} title=${strings.previousChange} ?disabled=${this.changeCount === 0}
          @click=${() => this.step('change', -1)}>↑</button>
        <span class="counter" aria-live="polite">${strings.changeCounter(this.changeIndex, this.changeCount)}</span>
        <button type="button" aria-label=${strings.nextChange} title=${strings.nextChange} ?disabled=${this.changeCount === 0}
          @click=${() => this.step('change', 1)}>↓</button>
      </span>
      <span class="group" role="search">
        <input type="search" aria-label=${strings.search} placeholder=${strings.searchPlaceholder} .value=${p.q}
          @input=${(e: Event) => this.set({ q: (e.target as HTMLInputElement).value }, true)}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter') this.step('match', e.shiftKey ? -1 : 1);
          }} />
        <button type="button" aria-label=${strings.previousMatch} ?disabled=${this.matchCount === 0} @click=${() => this.step('match', -1)}>‹</button>
        <span class="counter" aria-live="polite">${p.q ? strings.matchCounter(this.matchIndex, this.matchCount) : ''}</span>
        <button type="button" aria-label=${strings.nextMatch} ?disabled=${this.matchCount === 0} @click=${() => this.step('match', 1)}>›</button>
      </span>
      ${end}
    </div>`;
  }

  /** Focuses the first control (the chosen view); false when nothing is rendered yet. */
  focusFirst(): boolean {
    const first = this.renderRoot.querySelector<HTMLElement>('input:checked, button, select');
    first?.focus();
    return !!first;
  }

  private set(params: Partial<CompareParams>, replace = false): void {
    this.dispatchEvent(new ParamsChangeEvent(params, replace));
  }

  private step(what: 'change' | 'match', delta: 1 | -1): void {
    this.dispatchEvent(new StepEvent(what, delta));
  }
}
