/**
 * `<lawdiff-step-stats>`: what each step between two readings did — articles
 * inserted, deleted, reworded, moved, renumbered, split or merged, and words
 * added and removed — as a table (the accessible version) and a small stacked
 * bar chart per step in the passage picture's marks (hidden from assistive
 * technology: the table says the same).
 */
import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { stepStats, type StepStats } from '../../present/passage-model.js';
import type { History } from '../../diff/index.js';
import type { VersionInfo } from '../../model/types.js';
import { formatCount, strings } from '../../present/strings.js';
import { pictureStrings } from '../../present/locales/picture/index.js';
import { isolate } from '../../model/bidi.js';
import { base } from '../common/theme.js';

/** The article counts of a step, in the chart's order, each with the picture mark it is drawn in. */
const parts = ['inserted', 'deleted', 'reworded', 'moved', 'renumbered', 'splitMerged'] as const;
type Part = (typeof parts)[number];

function count(s: StepStats, part: Part): number {
  return part === 'splitMerged' ? s.split + s.merged : s[part];
}

@customElement('lawdiff-step-stats')
export class LawdiffStepStats extends LitElement {
  static override styles = [
    base,
    css`
      :host {
        display: block;
        --pic-ins: var(--ld-ins, #0b6b3a);
        --pic-del: var(--ld-del, #b3261e);
        --pic-move: var(--ld-move, #4b2fa0);
        --pic-change: #8a5a00;
      }
      @media (prefers-color-scheme: dark) {
        :host { --pic-ins: var(--ld-ins, #8fd9a8); --pic-del: var(--ld-del, #ffb4ab); --pic-move: var(--ld-move, #cdbdff); --pic-change: #f0c56a; }
      }
      h2 { font-size: 1rem; margin: 0 0 0.4rem; }
      .wrap { overflow-x: auto; contain: inline-size; }
      table { border-collapse: collapse; font-size: 0.85rem; font-variant-numeric: tabular-nums; }
      th, td { padding: 0.25rem 0.55rem; border-bottom: 1px solid var(--ld-rule); text-align: right; white-space: nowrap; }
      th[scope='row'], thead th:first-child { text-align: left; white-space: normal; min-width: 9rem; }
      thead th { font-weight: 650; vertical-align: bottom; border-bottom: 2px solid var(--ld-border); white-space: normal; min-width: 4.5rem; }
      .across { display: block; font-size: 0.75rem; font-weight: 400; color: var(--ld-muted); }
      td.zero { color: var(--ld-muted); }
      .swatch { vertical-align: -1px; }
      .chart { display: block; margin: 0.6rem 0 0; max-width: 100%; }
      .chart text { font-size: 10px; fill: var(--ld-text); }
      .p-inserted { fill: var(--pic-ins); }
      .p-deleted { fill: url(#ld-stats-del); stroke: var(--pic-del); stroke-width: 1; }
      .p-reworded { fill: url(#ld-stats-rew); stroke: var(--pic-change); stroke-width: 1; }
      .p-moved { fill: url(#ld-stats-mov); stroke: var(--pic-move); stroke-width: 1; }
      .p-renumbered { fill: url(#ld-stats-ren); stroke: var(--ld-muted); stroke-width: 1; }
      .p-splitMerged { fill: none; stroke: var(--ld-accent); stroke-width: 1.5; }
      .h-del { stroke: var(--pic-del); }
      .h-rew { stroke: var(--pic-change); }
      .h-mov { fill: var(--pic-move); }
      .h-ren { fill: var(--ld-muted); }
      @media print {
        :host { --pic-ins: #000; --pic-del: #000; --pic-move: #000; --pic-change: #000; --ld-accent: #000; }
        .wrap { overflow: visible; }
      }
    `,
  ];

  @property({ attribute: false }) history: History | undefined;
  @property({ attribute: false }) versions: readonly VersionInfo[] = [];
  /** The unit the texts were diffed by: at `char` the engine counts characters where it counts words. */
  @property() unit: 'word' | 'char' = 'word';

  /** The steps shown (for the page and tests). */
  get steps(): StepStats[] {
    return this.history ? stepStats(this.history, this.versions) : [];
  }

  override render() {
    if (!this.history) return nothing;
    const t = pictureStrings();
    const steps = this.steps;
    if (steps.length === 0) return html`<h2>${t.statsHeading}</h2><p>${t.noSteps}</p>`;
    const chars = this.unit === 'char';
    const head = (part: Part) => (part === 'splitMerged' ? t.splitMerged : (strings.kinds[part] ?? part));
    const cell = (n: number) => html`<td class=${n === 0 ? 'zero' : ''}>${formatCount(n)}</td>`;
    return html`<h2 id="stats-heading">${t.statsHeading}</h2>
      <div class="wrap" role="region" aria-labelledby="stats-heading" tabindex="0">
        <table>
          <thead>
            <tr>
              <th scope="col">${t.stepColumn}</th>
              ${parts.map((part) => html`<th scope="col">${this.swatch(part)} ${head(part)}</th>`)}
              <th scope="col">${chars ? t.charsInserted : t.wordsInserted}</th>
              <th scope="col">${chars ? t.charsDeleted : t.wordsDeleted}</th>
            </tr>
          </thead>
          <tbody>
            ${steps.map(
              (s) => html`<tr>
                <th scope="row">
                  <span translate="no">${t.step(isolate(s.from.label), isolate(s.to.label))}</span>
                  ${s.skipped.length ? html`<span class="across" translate="no">${t.across(s.skipped.map((v) => v.label))}</span>` : nothing}
                </th>
                ${parts.map((part) => cell(count(s, part)))} ${cell(s.wordsInserted)} ${cell(s.wordsDeleted)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.renderChart(steps)}`;
  }

  /** A part's pattern in a column's heading: the chart's key. */
  private swatch(part: Part) {
    return html`<svg class="swatch" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true"><rect class="p-${part}" x="0.5" y="0.5" width="9" height="9"></rect></svg>`;
  }

  /** One stacked bar per step, its length the articles the step touched, on one scale for all steps. */
  private renderChart(steps: StepStats[]) {
    const labelW = 34;
    const barW = 260;
    const rowH = 16;
    const total = (s: StepStats) => parts.reduce((n, p) => n + count(s, p), 0);
    const max = Math.max(1, ...steps.map(total));
    const height = steps.length * rowH + 4;
    return html`<svg class="chart" aria-hidden="true" width=${labelW + barW + 50} height=${height} viewBox="0 0 ${labelW + barW + 50} ${height}">
      <defs>
        <pattern id="ld-stats-del" width="5" height="5" patternUnits="userSpaceOnUse"><path class="h-del" d="M0 0L5 5M5 0L0 5" stroke-width="1"></path></pattern>
        <pattern id="ld-stats-rew" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line class="h-rew" x1="0" y1="0" x2="0" y2="4" stroke-width="2"></line></pattern>
        <pattern id="ld-stats-mov" width="5" height="5" patternUnits="userSpaceOnUse"><path class="h-mov" d="M2.5 0.5L4.5 2.5L2.5 4.5L0.5 2.5Z"></path></pattern>
        <pattern id="ld-stats-ren" width="4" height="4" patternUnits="userSpaceOnUse"><circle class="h-ren" cx="2" cy="2" r="0.9"></circle></pattern>
      </defs>
      ${steps.map((s, i) => {
        const y = i * rowH + 2;
        let x = labelW;
        const bars = parts.map((part) => {
          const w = (count(s, part) / max) * barW;
          const bar = w > 0 ? svg`<rect class="p-${part}" x=${x} y=${y + 2} width=${Math.max(w, 1.5)} height=${rowH - 6}></rect>` : nothing;
          x += w;
          return bar;
        });
        const n = (v: VersionInfo) => formatCount(this.versions.indexOf(v) + 1);
        return svg`<text x=${labelW - 4} y=${y + rowH - 5} text-anchor="end">${n(s.from)}→${n(s.to)}</text>${bars}
          <text x=${x + 4} y=${y + rowH - 5}>${formatCount(total(s))}</text>`;
      })}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-step-stats': LawdiffStepStats;
  }
}
