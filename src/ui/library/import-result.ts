/**
 * What a check of the import page (`<lawdiff-import-page>`) shows: its
 * progress while it runs, then the problems, a preview, and the Save button
 * (blocked by an unreadable text, by errors not yet accepted, by a text
 * changed since). Render functions in the page's shadow root.
 */
import { html, nothing } from 'lit';
import type { CheckReport, SaveVerdict } from '../../app/import-protocol.js';
import { isolate } from '../../model/bidi.js';
import { strings } from '../../present/strings.js';
import '../common/problem-list.js';

/** What the result section reads of the import page, and what it asks of it. */
export interface ResultView {
  report: CheckReport;
  verdict: SaveVerdict;
  /** Whether saving is blocked now. */
  blocked: boolean;
  /** The text, format or language changed since the check. */
  stale: boolean;
  acceptErrors: boolean;
  saving: boolean;
  saveError: string;
  /** Whether nothing can be saved in this browser (the database cannot be opened). */
  storageProblem: boolean;
  setAcceptErrors(accept: boolean): void;
  save(): void;
}

/** A check's progress, with its Cancel button. */
export function renderProgress(fraction: number, cancel: () => void): unknown {
  const percent = Math.floor(fraction * 100);
  return html`<span class="progress">
    <progress max="100" .value=${percent} aria-label=${strings.checking}></progress>
    <span class="percent" aria-hidden="true">${percent}%</span>
    <button type="button" class="cancel" @click=${cancel}>${strings.cancelCheck}</button>
  </span>`;
}

/** A check's outcome: problems, preview, and what saving takes. */
export function renderResult(v: ResultView): unknown {
  const { report, verdict } = v;
  return html`<section class="result" aria-labelledby="preview-h">
    <h2 id="preview-h" tabindex="-1">${strings.previewHeading}</h2>
    <lawdiff-problem-list .problems=${report.problems} heading=${strings.importProblems(report.errors, report.warnings)}></lawdiff-problem-list>
    ${report.articles > 0
      ? html`<div class="preview">
          <p class="summary">${strings.previewSummary(report.articles, (strings.formatNames[report.format] ?? report.format))}</p>
          <ol lang=${report.language || nothing}>
            ${report.preview.map(
              (a) => html`<li>
                <span class="num">${isolate(a.label)}</span>${a.heading ? html` <span class="heading">${isolate(a.heading)}</span>` : nothing}
                <span class="text">${isolate(a.text)}</span>
              </li>`,
            )}
          </ol>
          ${report.articles > report.preview.length ? html`<p class="hint">${strings.previewMore(report.articles - report.preview.length)}</p>` : nothing}
        </div>`
      : nothing}
    ${v.stale ? html`<p class="error stale" role="alert">${strings.checkStale}</p>` : nothing}
    ${verdict === 'unreadable' ? html`<p class="error unreadable">${strings.unreadable}</p>` : nothing}
    ${verdict === 'errors'
      ? html`<div class="save-errors">
          <p>${strings.errorsExplain}</p>
          <label class="accept"
            ><input type="checkbox" .checked=${v.acceptErrors} @change=${(e: Event) => v.setAcceptErrors((e.target as HTMLInputElement).checked)} />
            ${strings.acceptErrors(report.errors)}</label
          >
        </div>`
      : nothing}
    <div class="actions">
      <button type="button" class="primary save" ?disabled=${v.blocked || v.saving || v.storageProblem} @click=${() => v.save()}>
        ${v.saving ? strings.saving : verdict === 'errors' || verdict === 'warnings' ? strings.saveWith(report.errors, report.warnings) : strings.save}
      </button>
      ${verdict === 'warnings' ? html`<span class="hint">${strings.warningsKept}</span>` : nothing}
    </div>
    ${v.saveError ? html`<p class="error save-error" role="alert">${v.saveError}</p>` : nothing}
  </section>`;
}
