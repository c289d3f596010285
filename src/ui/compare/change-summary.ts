/** `<lawdiff-change-summary>`: counts of a comparison and a map of the law showing where the changes are. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CompareModel } from '../../present/compare-model.js';
import type { ComparisonStats, Granularity } from '../../diff/index.js';
import { cssVars } from '../common/css-vars.js';
import { JumpEvent, ParamsChangeEvent } from '../common/events.js';
import { strings } from '../../present/strings.js';
import { base } from '../common/theme.js';

/**
 * The numbers a reader asks first (how many inserted, deleted, reworded …),
 * each a button that filters to that kind (and, when there are any, the
 * passages moved between articles), and one block per top-level
 * division shaded by its share of changed articles; a block jumps there.
 */
@customElement('lawdiff-change-summary')
export class LawdiffChangeSummary extends LitElement {
  static override styles = [
    base,
    css`
      :host { display: block; }
      .counts { display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; margin: 0 0 0.75rem; padding: 0; list-style: none; }
      .counts button { font: inherit; background: none; border: 0; padding: 0; cursor: pointer; color: var(--ld-text); text-align: left; }
      .counts button:hover .n { text-decoration: underline; }
      .n { font-size: 1.35rem; font-weight: 650; font-variant-numeric: tabular-nums; display: block; line-height: 1.2; }
      .what { font-size: 0.8rem; color: var(--ld-muted); }
      .words { font-size: 0.85rem; color: var(--ld-muted); margin: 0 0 0.75rem; }
      h3 { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--ld-muted); margin: 0 0 0.35rem; font-weight: 600; }
      .map { display: flex; flex-wrap: wrap; gap: 3px; margin: 0; padding: 0; list-style: none; }
      .map button {
        display: block; min-width: 2.2rem; height: 2.2rem; border: 1px solid var(--ld-border); border-radius: 3px; cursor: pointer;
        font: 600 0.72rem var(--ld-font-ui); color: var(--ld-text);
        background: color-mix(in srgb, var(--ld-change) calc(var(--share) * 100%), var(--ld-surface));
      }
      .map button[data-none] { color: var(--ld-faint); }
      .legend { font-size: 0.75rem; color: var(--ld-muted); margin: 0.3rem 0 0; }
    `,
  ];

  @property({ attribute: false }) stats: ComparisonStats | undefined;
  @property({ attribute: false }) model: CompareModel | undefined;
  /** Number of renumbered-only articles (not in the stats, which count flags). */
  @property({ type: Number }) renumberedOnly = 0;
  /** The unit CJK text was diffed by: at `char` the engine counts characters where it counted words. */
  @property() unit: Granularity = 'word';

  override render() {
    const s = this.stats;
    const m = this.model;
    if (!s || !m) return nothing;
    const counts: [string, number, string][] = [
      ['inserted', s.inserted, 'inserted'],
      ['deleted', s.deleted, 'deleted'],
      ['reworded', s.textChanged - s.referencesOnly, 'reworded'],
      ['references', s.referencesOnly, 'reworded'],
      ['moved', s.moved, 'moved'],
      ['renumbered', this.renumberedOnly, 'renumbered'],
      ['split', s.split, 'reworded'],
      ['merged', s.merged, 'reworded'],
    ];
    return html`<ul class="counts">
        ${counts.map(
          ([kind, n, filter]) => html`<li>
            <button type="button" @click=${() => this.dispatchEvent(new ParamsChangeEvent({ filter: filter as never }))}>
              <span class="n">${n.toLocaleString()}</span><span class="what">${strings.kinds[kind]}</span>
            </button>
          </li>`,
        )}
        ${/* Moved passages are in rows of every kind: a count, not a filter. */ (s.movedPassages ?? 0) > 0
          ? html`<li class="passages"><span class="n">${s.movedPassages.toLocaleString()}</span><span class="what">${strings.movedPassages}</span></li>`
          : nothing}
      </ul>
      <p class="words">${(this.unit === 'char' ? strings.charactersChanged : strings.wordsChanged)(s.wordsInserted, s.wordsDeleted)}</p>
      ${m.map.length > 1
        ? html`<h3>${strings.mapHeading}</h3>
            <ol class="map">
              ${m.map.map((d, i) => {
                const share = d.articles > 0 ? d.changes / d.articles : 0;
                const label = strings.mapEntry(d.title, d.changes, d.articles);
                return html`<li>
                  <button type="button" ${cssVars({ '--share': share.toFixed(3) })} ?data-none=${d.changes === 0} title=${label} aria-label=${label}
                    @click=${() => this.jump(d.key)}>${i + 1}</button>
                </li>`;
              })}
            </ol>`
        : nothing}`;
  }

  private jump(divisionKey: string): void {
    this.dispatchEvent(new JumpEvent(`new:${divisionKey}`));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-change-summary': LawdiffChangeSummary;
  }
}
