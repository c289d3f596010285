/**
 * `<lawdiff-version-picker>`: choose any two published readings to compare, or three and more to see
 * side by side; the usual choices (the last two, first and final, every reading) are one click.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { defaultParams, routeHref } from '../../app/routes.js';
import type { Granularity } from '../../diff/index.js';
import type { VersionInfo } from '../../model/types.js';
import { CompareRequestEvent } from '../common/events.js';
import { strings } from '../../present/strings.js';
import { base } from '../common/theme.js';
import { isolate } from '../../model/bidi.js';

/** The published readings, in order; unpublished ones are gaps that comparisons skip. */
export function publishedVersions(versions: readonly VersionInfo[]): VersionInfo[] {
  return versions.filter((v) => v.published !== false && (v.file || v.structured));
}

@customElement('lawdiff-version-picker')
export class LawdiffVersionPicker extends LitElement {
  static override styles = [
    base,
    css`
      :host { display: block; }
      form { display: flex; flex-wrap: wrap; align-items: end; gap: 0.5rem 0.75rem; }
      label { display: flex; flex-direction: column; font-size: 0.8rem; color: var(--ld-muted); gap: 0.2rem; }
      select { font: inherit; font-size: 0.9rem; padding: 0.3rem 0.4rem; border: 1px solid var(--ld-border); border-radius: var(--ld-radius); background: var(--ld-surface); color: var(--ld-text); max-width: 20rem; }
      button { font: inherit; font-size: 0.9rem; padding: 0.32rem 0.9rem; border-radius: var(--ld-radius); border: 1px solid var(--ld-accent); background: var(--ld-accent); color: var(--ld-on-accent); cursor: pointer; }
      .arrow { padding-bottom: 0.35rem; color: var(--ld-muted); }
      .quick { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; margin: 0.5rem 0 0; padding: 0; list-style: none; font-size: 0.85rem; }
      .error { color: var(--ld-error); font-size: 0.85rem; margin: 0.3rem 0 0; }
      p.none { color: var(--ld-muted); margin: 0; }
      details.several { margin-top: 0.5rem; font-size: 0.85rem; }
      details.several summary { cursor: pointer; color: var(--ld-accent); }
      details.several fieldset { border: 0; margin: 0.4rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; }
      details.several legend { font-size: 0.8rem; color: var(--ld-muted); margin-bottom: 0.2rem; padding: 0; }
      details.several label { flex-direction: row; align-items: center; gap: 0.3rem; font-size: 0.88rem; color: var(--ld-text); }
      details.several label.gap { color: var(--ld-muted); }
      details.several button { margin-top: 0.5rem; }
    `,
  ];

  @property() folder = '';
  @property({ attribute: false }) versions: readonly VersionInfo[] = [];
  /** The pair being compared, if any. */
  @property() old: string | undefined;
  @property() new: string | undefined;
  /** The diff unit of the comparison on screen, kept when another pair is picked. */
  @property() unit: Granularity = 'word';
  @state() private error = '';
  @state() private severalError = '';

  override render() {
    const list = publishedVersions(this.versions);
    if (list.length < 2) return html`<p class="none">${strings.compareNeedsTwo}</p>`;
    const last = list[list.length - 1]!;
    const prev = list[list.length - 2]!;
    const first = list[0]!;
    const oldSel = this.old ?? prev.id;
    const newSel = this.new ?? last.id;
    const href = (a: VersionInfo, b: VersionInfo) => routeHref({ kind: 'compare', folder: this.folder, old: a.id, new: b.id, params: { ...defaultParams, unit: this.unit } });
    return html`<form @submit=${this.submit}>
        <label>${strings.compareOld}
          <select name="old">${list.map((v) => html`<option value=${v.id} ?selected=${v.id === oldSel}>${isolate(v.label)}</option>`)}</select>
        </label>
        <span class="arrow" aria-hidden="true">→</span>
        <label>${strings.compareNew}
          <select name="new">${list.map((v) => html`<option value=${v.id} ?selected=${v.id === newSel}>${isolate(v.label)}</option>`)}</select>
        </label>
        <button type="submit">${strings.compareGo}</button>
      </form>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <ul class="quick">
        <li><a href=${href(prev, last)}>${strings.compareLastTwo(prev.label, last.label)}</a></li>
        ${list.length > 2 ? html`<li><a href=${href(first, last)}>${strings.compareFirstFinal(first.label, last.label)}</a></li>` : nothing}
        ${this.versions.length > 2
          ? html`<li><a class="all-readings" href=${routeHref({ kind: 'compare', folder: this.folder, old: this.versions[0]!.id, new: this.versions[this.versions.length - 1]!.id, readings: this.versions.map((v) => v.id), params: { ...defaultParams, unit: this.unit } })}
              >${strings.readings.all(this.versions.length)}</a></li>`
          : nothing}
      </ul>
      ${this.versions.length > 2
        ? html`<details class="several">
            <summary>${strings.readings.choose}</summary>
            <form @submit=${this.submitSeveral}>
              <fieldset>
                <legend>${strings.readings.chooseHint}</legend>
                ${this.versions.map(
                  (v) => html`<label class=${v.published === false ? 'gap' : ''}><input type="checkbox" name="reading" value=${v.id} checked />
                    <span translate="no">${isolate(v.label)}</span></label>`,
                )}
              </fieldset>
              <button type="submit">${strings.readings.chooseGo}</button>
              ${this.severalError ? html`<p class="error" role="alert">${this.severalError}</p>` : nothing}
            </form>
          </details>`
        : nothing}`;
  }

  /** Three readings or more, in the law's order. */
  private submitSeveral(e: SubmitEvent): void {
    e.preventDefault();
    const chosen = new FormData(e.target as HTMLFormElement).getAll('reading').map(String);
    const ids = this.versions.map((v) => v.id).filter((id) => chosen.includes(id));
    if (ids.length < 3) {
      this.severalError = strings.readings.chooseMore;
      return;
    }
    this.severalError = '';
    this.dispatchEvent(new CompareRequestEvent(ids[0]!, ids[ids.length - 1]!, ids));
  }

  private submit(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const a = String(data.get('old'));
    const b = String(data.get('new'));
    if (a === b) {
      this.error = strings.compareSame;
      return;
    }
    this.error = '';
    this.dispatchEvent(new CompareRequestEvent(a, b));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-version-picker': LawdiffVersionPicker;
  }
}
