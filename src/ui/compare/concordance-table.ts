/**
 * `<lawdiff-concordance>`: the numbers of every article across all readings
 * of a law, one row per article (lineage) and one column per reading, gaps
 * (unpublished readings) included. A cell says in words what changed in that
 * reading, not by colour alone. Selecting a row opens the article's history
 * (asked with {@link ParamsChangeEvent}).
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { concordanceRows, type ConcordanceCell, type ConcordanceRow } from '../../present/history-model.js';
import type { CompareResult } from '../../diff/index.js';
import type { Law, VersionInfo } from '../../model/types.js';
import { ParamsChangeEvent } from '../common/events.js';
import { metaLine, stageName } from '../../present/format.js';
import { strings } from '../../present/strings.js';
import { base } from '../common/theme.js';
import { isolate } from '../../model/bidi.js';

@customElement('lawdiff-concordance')
export class LawdiffConcordance extends LitElement {
  static override styles = [
    base,
    css`
      :host { display: block; --ld-changed-bg: #fff3d6; }
      @media (prefers-color-scheme: dark) { :host { --ld-changed-bg: #3a3018; } }
      h2 { font-size: 1rem; margin: 0 0 0.2rem; }
      .hint { margin: 0 0 0.6rem; font-size: 0.85rem; color: var(--ld-muted); }
      .scroller { max-height: calc(100vh - 9rem); overflow: auto; border: 1px solid var(--ld-border); border-radius: var(--ld-radius); background: var(--ld-surface); }
      .scroller:focus-visible { outline: 2px solid var(--ld-focus); outline-offset: 2px; }
      table { border-collapse: separate; border-spacing: 0; width: 100%; font-size: 0.88rem; }
      th, td { padding: 0.3rem 0.6rem; border-bottom: 1px solid var(--ld-rule); text-align: left; vertical-align: top; }
      thead th { position: sticky; top: 0; z-index: 2; background: var(--ld-surface); border-bottom: 2px solid var(--ld-border); font-weight: 650; vertical-align: bottom; }
      thead th .date { display: block; font-weight: 400; font-size: 0.75rem; color: var(--ld-muted); }
      thead th .compared { display: inline-block; margin-top: 0.15rem; font-size: 0.7rem; font-weight: 650; color: var(--ld-accent); border: 1px solid currentColor; border-radius: 999px; padding: 0 0.4rem; }
      thead th.gap, td.gap { background: repeating-linear-gradient(135deg, transparent 0 6px, var(--ld-rule) 6px 8px); color: var(--ld-muted); }
      thead th.gap { background-color: var(--ld-surface); }
      tbody th { position: sticky; left: 0; z-index: 1; background: var(--ld-surface); font-weight: 400; min-width: 14rem; max-width: 22rem; }
      thead th:first-child { left: 0; z-index: 3; }
      tbody tr { cursor: pointer; }
      tbody tr:hover th, tbody tr:hover td:not(.gap) { background-color: var(--ld-accent-soft); }
      tr.current th, tr.current td:not(.gap) { background-color: var(--ld-focus-bg, #fff7d6); }
      button.article { display: flex; gap: 0.5rem; align-items: baseline; width: 100%; font: inherit; text-align: left; background: none; border: 0; padding: 0; cursor: pointer; color: var(--ld-text); }
      button.article .num { font-weight: 700; white-space: nowrap; color: var(--ld-accent); text-decoration: underline; text-underline-offset: 2px; }
      button.article .excerpt { color: var(--ld-muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
      td { white-space: nowrap; font-variant-numeric: tabular-nums; }
      td.changed { background: var(--ld-changed-bg); }
      td.ended { background: var(--ld-del-bg, #fde8e7); }
      .tag { display: inline-block; margin-left: 0.35rem; font-size: 0.72rem; font-weight: 650; color: var(--ld-warn); }
      td.ended .tag { margin-left: 0; color: var(--ld-del, #b3261e); }
      .absent { color: var(--ld-muted); }
      td.present.status-inserted .tag { color: var(--ld-ins, #0b6b3a); }
      td.present.status-renumbered .tag { color: var(--ld-muted); font-weight: 500; }
      button.article .until { flex: none; font-size: 0.72rem; color: var(--ld-muted); border: 1px solid var(--ld-border); border-radius: 999px; padding: 0 0.4rem; white-space: nowrap; }
      .only { display: inline-flex; gap: 0.4rem; align-items: center; margin: 0 0 0.6rem; font-size: 0.85rem; cursor: pointer; }
      .count { font-size: 0.8rem; color: var(--ld-muted); margin: 0.4rem 0 0; }
      :lang(zh) { font-family: var(--ld-font-cjk); }
      @media print {
        .only { display: none; }
        .scroller { max-height: none; overflow: visible; border: 0; }
        thead th, tbody th { position: static; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        td.changed, td.ended, td.gap, thead th.gap { background: none; }
        .tag { color: #000 !important; }
        button.article .num { color: #000; text-decoration: none; }
        button.article .excerpt { white-space: normal; }
      }
    `,
  ];

  @property({ attribute: false }) law: Law | undefined;
  @property({ attribute: false }) result: CompareResult | undefined;
  /** The two readings being compared (their columns are marked). */
  @property() oldId = '';
  @property() newId = '';
  /** Key of the article whose history is open (its row is marked). */
  @property() current = '';

  /** Only the articles that changed after they first appeared. */
  @state() private onlyChanged = false;

  private rows: ConcordanceRow[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('result') || changed.has('law')) && this.result && this.law) {
      this.rows = concordanceRows(this.result.history, this.result.docs, this.law.versions);
    }
  }

  /** Moves the keyboard focus to an article's row (when its history closes). */
  async focusRow(key: string): Promise<void> {
    await this.updateComplete;
    const button = this.renderRoot.querySelector<HTMLElement>(`tr[data-key="${CSS.escape(key)}"] button.article`);
    button?.scrollIntoView({ block: 'nearest' });
    button?.focus({ preventScroll: true });
  }

  private open(key: string): void {
    this.dispatchEvent(new ParamsChangeEvent({ history: key }));
  }

  override render() {
    const law = this.law;
    if (!law || !this.result) return nothing;
    const versions = law.versions;
    return html`<h2 id="concordance-heading">${strings.concordanceHeading}</h2>
      <p class="hint">${strings.concordanceHint} ${strings.concordanceLegend}</p>
      <label class="only"><input type="checkbox" .checked=${this.onlyChanged} @change=${(e: Event) => (this.onlyChanged = (e.target as HTMLInputElement).checked)} />
        ${strings.concordanceOnlyChanged}</label>
      <div class="scroller" tabindex="0" role="region" aria-labelledby="concordance-heading">
        <table>
          <thead>
            <tr>
              <th scope="col">${strings.concordanceArticle}</th>
              ${versions.map((v) => this.renderColumnHead(v))}
            </tr>
          </thead>
          <tbody>
            ${repeat(
              this.onlyChanged ? this.rows.filter((r) => r.changed) : this.rows,
              (r) => r.key,
              (r) => this.renderRow(r),
            )}
          </tbody>
        </table>
      </div>
      <p class="count">${strings.concordanceCount(this.onlyChanged ? this.rows.filter((r) => r.changed).length : this.rows.length)}</p>`;
  }

  private renderColumnHead(v: VersionInfo) {
    const published = this.result!.history.versionIds.includes(v.id);
    const meta = metaLine([v.stage ? stageName(v.stage) : '', v.date]);
    return html`<th scope="col" class=${published ? '' : 'gap'} data-version=${v.id}>
      <span translate="no">${isolate(v.label)}</span>
      ${meta ? html`<span class="date">${meta}</span>` : nothing}
      ${published ? nothing : html`<span class="date">${v.published === false ? strings.concordanceGap : strings.concordanceUnavailable}</span>`}
      ${v.id === this.oldId || v.id === this.newId ? html`<span class="compared">${strings.comparedReading}</span>` : nothing}
    </th>`;
  }

  private renderRow(r: ConcordanceRow) {
    const lang = this.law!.language;
    return html`<tr data-key=${r.key} class=${r.key === this.current ? 'current' : ''} @click=${(e: Event) => {
      if (!(e.target as HTMLElement).closest('button')) this.open(r.key);
    }}>
      <th scope="row">
        <button type="button" class="article" @click=${() => this.open(r.key)} aria-label=${strings.historyOf(r.latestLabel)}>
          <span class="num" lang=${lang}>${r.latestLabel}</span>
          ${r.current ? nothing : html`<span class="until">${strings.concordanceUntil(this.law!.versions.find((v) => v.id === r.latestVersion)?.label ?? r.latestVersion)}</span>`}
          <span class="excerpt" lang=${r.lang || lang} title=${r.excerpt}>${r.excerpt}</span>
        </button>
      </th>
      ${r.cells.map((c) => this.renderCell(c, lang))}
    </tr>`;
  }

  private renderCell(c: ConcordanceCell, lang: string) {
    switch (c.kind) {
      case 'gap':
        return html`<td class="gap"><span class="visually-hidden">${c.reason === 'unpublished' ? strings.concordanceGap : strings.concordanceUnavailable}</span></td>`;
      case 'absent':
        return html`<td class="absent"><span aria-hidden="true">—</span><span class="visually-hidden">${strings.historyAbsent}</span></td>`;
      case 'ended':
        return html`<td class="ended"><span class="tag">${c.how === 'merged' && c.into ? strings.concordanceMergedInto(c.into.label) : strings.concordanceTags.deleted}</span></td>`;
      case 'present': {
        const what = c.from ? strings.concordanceSplitFrom(c.from.label) : c.status === 'first' || c.status === 'unchanged' ? '' : (strings.concordanceTags[c.status] ?? c.status);
        const tags = [what, c.moved ? strings.concordanceTags.moved : ''].filter(Boolean).join(' · ');
        const textChanged = c.status !== 'first' && c.status !== 'unchanged' && c.status !== 'renumbered';
        return html`<td class="present status-${c.status}${textChanged || c.moved ? ' changed' : ''}"><span lang=${lang}>${isolate(c.label)}</span>${tags
          ? html`<span class="tag">${tags}</span>`
          : nothing}</td>`;
      }
      default: {
        const never: never = c;
        return never;
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-concordance': LawdiffConcordance;
  }
}
