/**
 * The fields of the import page (`<lawdiff-import-page>`) that describe what
 * is saved: a new law's title and jurisdiction, and the version's label,
 * stage and date. Render functions in the page's shadow root.
 */
import { html, nothing } from 'lit';
import { strings } from '../../present/strings.js';

/** A new law's fields, and how the page hears what is typed. */
export interface LawFields {
  title: string;
  jurisdiction: string;
  setTitle(value: string): void;
  setJurisdiction(value: string): void;
}

/** A version's fields, and how the page hears what is typed. */
export interface VersionFieldsView {
  label: string;
  stage: string;
  date: string;
  set(field: 'label' | 'stage' | 'date', value: string): void;
}

const typed = (e: Event): string => (e.target as HTMLInputElement).value;

/** The section of a new law's title and jurisdiction. */
export function renderLawFields(f: LawFields): unknown {
  return html`<section aria-labelledby="law-h">
    <h2 id="law-h">${strings.importLawHeading}</h2>
    <div class="fields">
      <div class="field wide">
        <label for="title">${strings.titleField}</label>
        <input id="title" name="title" .value=${f.title} @input=${(e: Event) => f.setTitle(typed(e))} />
      </div>
      <div class="field">
        <label for="jurisdiction">${strings.jurisdictionField}</label>
        <input id="jurisdiction" name="jurisdiction" .value=${f.jurisdiction} aria-describedby="jurisdiction-hint"
          @input=${(e: Event) => f.setJurisdiction(typed(e))} />
        <span class="hint" id="jurisdiction-hint">${strings.jurisdictionHint}</span>
      </div>
    </div>
  </section>`;
}

/** The section of the version's label, stage (with the usual stages offered) and date. */
export function renderVersionFields(f: VersionFieldsView): unknown {
  const input = (id: 'label' | 'stage' | 'date', label: string, value: string, type = 'text', hint = '') =>
    html`<div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} name=${id} type=${type} .value=${value} list=${id === 'stage' ? 'stages' : nothing}
        aria-describedby=${hint ? `${id}-hint` : nothing} @input=${(e: Event) => f.set(id, typed(e))} />
      ${hint ? html`<span class="hint" id=${`${id}-hint`}>${hint}</span>` : nothing}
    </div>`;
  return html`<section aria-labelledby="version-h">
    <h2 id="version-h">${strings.importVersionHeading}</h2>
    <div class="fields">
      ${input('label', strings.labelField, f.label, 'text', strings.labelHint)}
      ${input('stage', strings.stageField, f.stage)}
      ${input('date', strings.dateField, f.date, 'date')}
    </div>
    <datalist id="stages">${Object.entries(strings.stage).map(([value, name]) => html`<option value=${value}>${name}</option>`)}</datalist>
  </section>`;
}
