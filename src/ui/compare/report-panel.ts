/**
 * `<lawdiff-report-panel>`: the explanation documents of a law on a
 * comparison — each report's paragraphs with the changes they landed on
 * (buttons that go to the row), the paragraphs that name no article (general
 * remarks) and the references that resolved to nothing, the reader's
 * corrections (undo them) — and the form that adds a report: pasted text, a
 * file in any format lawdiff reads, or an address. Report text is shown as
 * text only.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ReportParagraphView, ReportView } from '../../present/report-model.js';
import type { VersionInfo } from '../../model/types.js';
import { problemText, strings } from '../../present/strings.js';
import { isolate } from '../../model/bidi.js';
import { addLawReport, correctLawReport, removeLawReport } from '../../app/browser-reports.js';
import { fetchInWorker, readDocumentInWorker } from '../../app/import-client.js';
import { fetchMessage } from '../../app/fetch-messages.js';
import { base } from '../common/theme.js';
import { ReportGoEvent } from '../common/events.js';


@customElement('lawdiff-report-panel')
export class LawdiffReportPanel extends LitElement {
  static override styles = [
    base,
    css`
      :host { display: block; margin: 0.6rem 0 1rem; border: 1px solid var(--ld-border); border-radius: var(--ld-radius); padding: 0.6rem 0.9rem; background: var(--ld-surface); }
      h2 { font-size: 1.05rem; margin: 0 0 0.3rem; }
      h3 { font-size: 0.98rem; margin: 0.9rem 0 0.1rem; }
      .intro, .meta { color: var(--ld-muted); font-size: 0.85rem; margin: 0.1rem 0 0.4rem; }
      ol { list-style: none; padding: 0; margin: 0.3rem 0; }
      li { padding: 0.35rem 0; border-top: 1px solid var(--ld-border); font-size: 0.9rem; }
      .pnum { color: var(--ld-muted); font-variant-numeric: tabular-nums; margin-right: 0.4rem; }
      .ptext { line-height: 1.6; }
      .links { display: flex; flex-wrap: wrap; gap: 0.3rem; align-items: center; margin-top: 0.25rem; font-size: 0.85rem; }
      .links button, .actions button { font: inherit; font-size: 0.82rem; padding: 0.1rem 0.5rem; border-radius: var(--ld-radius); border: 1px solid var(--ld-border); background: var(--ld-bg); color: inherit; cursor: pointer; }
      .unresolved { color: var(--ld-del, #b3261e); font-size: 0.85rem; margin-top: 0.2rem; }
      .corrected { font-style: italic; color: var(--ld-muted); }
      form { display: grid; gap: 0.45rem; margin-top: 0.5rem; }
      label { display: grid; gap: 0.15rem; font-size: 0.88rem; }
      textarea { min-height: 8rem; font: inherit; }
      input, select, textarea { font: inherit; padding: 0.25rem 0.4rem; border: 1px solid var(--ld-border); border-radius: var(--ld-radius); background: var(--ld-bg); color: inherit; }
      .row { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; }
      .status { font-size: 0.88rem; }
      details > summary { cursor: pointer; }
      .actions { display: flex; gap: 0.4rem; margin: 0.2rem 0; }
    `,
  ];

  @property() folder = '';
  @property({ attribute: false }) versions: readonly VersionInfo[] = [];
  @property() oldId = '';
  @property() newId = '';
  /** The law's language, for the report text. */
  @property() lawLang = '';
  @property({ attribute: false }) views: readonly ReportView[] = [];
  @property({ attribute: false }) problems: readonly string[] = [];
  /** The label of a row (`第四条 ← 第十五条`), for the buttons that go to it. */
  @property({ attribute: false }) rowLabel: (key: string) => string = (k) => k;

  @state() private status = '';
  @state() private busy = false;
  @state() private text = '';
  @state() private reportTitle = '';
  @state() private source = '';
  @state() private stepOld = '';
  @state() private stepNew = '';

  private label(id: string): string {
    return this.versions.find((v) => v.id === id)?.label ?? id;
  }

  override render() {
    return html`<section aria-labelledby="reports-heading">
      <h2 id="reports-heading">${strings.reports.heading}</h2>
      <p class="intro">${strings.reports.intro}</p>
      ${this.problems.length > 0 ? html`<p class="status" role="status">${strings.reports.problems(this.problems.join('; '))}</p>` : nothing}
      ${this.views.length === 0 ? html`<p>${strings.reports.none}</p>` : this.views.map((v) => this.renderReport(v))}
      ${this.renderAdd()}
      ${this.status ? html`<p class="status" role="status">${this.status}</p>` : nothing}
    </section>`;
  }

  private renderReport(v: ReportView): unknown {
    const r = v.report;
    const named = v.paragraphs.filter((p) => p.links.length > 0 || p.unresolved.length > 0);
    const general = v.paragraphs.filter((p) => p.links.length === 0 && p.unresolved.length === 0 && !p.heading);
    const linked = v.paragraphs.filter((p) => p.links.length > 0).length;
    return html`<article class="report" data-report=${r.id}>
      <h3 lang=${this.lawLang}>${isolate(r.title)}</h3>
      <p class="meta">${strings.reports.step(this.label(r.old), this.label(r.new))}${r.source ? html` · <bdi translate="no">${r.source}</bdi>` : nothing}${r.date ? ` · ${r.date}` : ''} ·
        ${strings.reports.paragraphs(v.paragraphs.length, linked)}</p>
      ${r.origin === 'imported' ? html`<div class="actions"><button type="button" @click=${() => void this.removeReport(v)}>${strings.reports.remove}</button></div>` : nothing}
      ${v.unlinked === 'outside' ? html`<p class="meta">${strings.reports.outside(this.label(r.old), this.label(r.new))}</p>` : nothing}
      ${v.unlinked === 'no-text' ? html`<p class="meta">${strings.reports.noText}</p>` : nothing}
      ${v.unlinked === ''
        ? html`<ol>${named.map((p) => this.renderParagraph(v, p))}</ol>
            ${general.length > 0
              ? html`<details><summary>${strings.reports.generalRemarks} (${general.length})</summary><ol>${general.map(
                  (p) => html`<li><span class="pnum">${strings.reports.paragraph(p.index)}</span> <span class="ptext" lang=${this.lawLang}>${p.text}</span></li>`,
                )}</ol></details>`
              : nothing}`
        : nothing}
    </article>`;
  }

  private renderParagraph(v: ReportView, p: ReportParagraphView): unknown {
    const rows = [...new Set(p.links.map((l) => l.row))];
    return html`<li data-paragraph=${p.index}>
      <span class="pnum">${strings.reports.paragraph(p.index)}</span> <span class="ptext" lang=${this.lawLang}>${p.text.length > 240 ? `${p.text.slice(0, 239)}…` : p.text}</span>
      ${p.links.length > 0 || p.corrected
        ? html`<div class="links">
            <span>${strings.reports.linkedTo}</span>
            ${rows.map((key) =>
              key === undefined
                ? html`<span class="meta">${strings.reports.noRow}</span>`
                : html`<button type="button" @click=${() => this.dispatchEvent(new ReportGoEvent(key))}><bdi translate="no">${this.rowLabel(key)}</bdi></button>`,
            )}
            ${p.corrected
              ? html`<span class="corrected">${strings.reports.corrected}</span>
                  <button type="button" @click=${() => void this.undo(v, p)}>${strings.reports.undo}</button>`
              : nothing}
          </div>`
        : nothing}
      ${p.unresolved.map((u) => html`<div class="unresolved">${strings.reports.unresolved(u)}</div>`)}
    </li>`;
  }

  private renderAdd(): unknown {
    const published = this.versions.filter((v) => v.published !== false);
    const stepOld = this.stepOld || this.oldId;
    const stepNew = this.stepNew || this.newId;
    return html`<details class="add" ?open=${this.views.length === 0}>
      <summary>${strings.reports.add}</summary>
      <form @submit=${(e: Event) => void this.add(e)}>
        <label>${strings.reports.title}<input name="title" .value=${this.reportTitle} placeholder=${strings.reports.titlePlaceholder} @input=${(e: Event) => (this.reportTitle = (e.target as HTMLInputElement).value)} /></label>
        <div class="row">
          <span>${strings.reports.explains}</span>
          <label>${strings.reports.from}<select name="old" @change=${(e: Event) => (this.stepOld = (e.target as HTMLSelectElement).value)}>
            ${published.map((v) => html`<option value=${v.id} ?selected=${v.id === stepOld}>${v.label}</option>`)}
          </select></label>
          <label>${strings.reports.to}<select name="new" @change=${(e: Event) => (this.stepNew = (e.target as HTMLSelectElement).value)}>
            ${published.map((v) => html`<option value=${v.id} ?selected=${v.id === stepNew}>${v.label}</option>`)}
          </select></label>
        </div>
        <label>${strings.reports.paste}<textarea name="text" lang=${this.lawLang} .value=${this.text} @input=${(e: Event) => (this.text = (e.target as HTMLTextAreaElement).value)}></textarea></label>
        <label>${strings.reports.file}<input type="file" name="file" accept=".txt,.md,.docx,.pdf,.html,.htm,text/*,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" @change=${(e: Event) => void this.readFile(e)} /></label>
        <div class="row">
          <label>${strings.reports.address}<input type="url" name="address" placeholder="https://" /></label>
          <button type="button" ?disabled=${this.busy} @click=${() => void this.fetchAddress()}>${strings.reports.fetch}</button>
        </div>
        <div class="actions"><button type="submit" ?disabled=${this.busy}>${strings.reports.save}</button></div>
      </form>
    </details>`;
  }

  /** The first heading or line of a report, for its title. */
  private guessTitle(text: string): string {
    const first = text.split('\n').map((l) => l.replace(/^#+\s*/u, '').trim()).find((l) => l !== '') ?? '';
    return first.length > 120 ? `${first.slice(0, 119)}…` : first;
  }

  private async readFile(e: Event): Promise<void> {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    this.busy = true;
    this.status = strings.reports.reading;
    try {
      const read = await readDocumentInWorker(await file.arrayBuffer(), file.name);
      const errors = read.problems.filter((p) => p.severity === 'error');
      if (errors.length > 0 || read.text.trim() === '') {
        this.status = strings.reports.readFailed(errors.map((p) => problemText(p)).join('; ') || file.name);
        return;
      }
      this.text = read.text;
      this.source = file.name;
      if (!this.reportTitle) this.reportTitle = this.guessTitle(read.text);
      this.status = '';
    } catch (err) {
      this.status = strings.reports.readFailed(err instanceof Error ? err.message : String(err));
    } finally {
      this.busy = false;
    }
  }

  private async fetchAddress(): Promise<void> {
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[name="address"]');
    const url = input?.value.trim() ?? '';
    if (!url) return;
    this.busy = true;
    this.status = strings.reports.reading;
    try {
      const r = await fetchInWorker(url);
      if (!r.ok) {
        this.status = strings.reports.readFailed(fetchMessage(r.failure));
        return;
      }
      let text = r.value.text;
      if (r.value.data) {
        const copy = r.value.data.slice();
        const read = await readDocumentInWorker(copy.buffer, r.value.url);
        const errors = read.problems.filter((p) => p.severity === 'error');
        if (errors.length > 0) {
          this.status = strings.reports.readFailed(errors.map((p) => problemText(p)).join('; '));
          return;
        }
        text = read.text;
      }
      this.text = text;
      this.source = r.value.url;
      if (!this.reportTitle) this.reportTitle = this.guessTitle(text);
      this.status = '';
    } finally {
      this.busy = false;
    }
  }

  private async add(e: Event): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const oldId = String(data.get('old') ?? this.oldId);
    const newId = String(data.get('new') ?? this.newId);
    const text = this.text.trim();
    if (!text) {
      this.status = strings.reports.empty;
      return;
    }
    const order = (id: string): number => this.versions.findIndex((v) => v.id === id);
    if (oldId === newId) {
      this.status = strings.reports.sameReading;
      return;
    }
    // A report explains a step forward: the earlier reading is its older one, whichever box it was chosen in.
    const [a, b] = order(oldId) < order(newId) ? [oldId, newId] : [newId, oldId];
    const title = this.reportTitle.trim() || this.guessTitle(text);
    this.busy = true;
    const r = await addLawReport(this.folder, { title, source: this.source, old: a, new: b, text });
    this.busy = false;
    if (!r.ok) {
      this.status = strings.reports.failed(r.problem);
      return;
    }
    this.status = strings.reports.added(title);
    this.text = '';
    this.reportTitle = '';
    this.source = '';
    form.reset();
  }

  private async removeReport(v: ReportView): Promise<void> {
    if (!window.confirm(strings.reports.removeConfirm(v.report.title))) return;
    const r = await removeLawReport(this.folder, v.report.id);
    if (!r.ok) this.status = strings.reports.failed(r.problem);
  }

  private async undo(v: ReportView, p: ReportParagraphView): Promise<void> {
    const r = await correctLawReport(this.folder, v.report, p.index, undefined);
    if (!r.ok) this.status = strings.reports.failed(r.problem);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-report-panel': LawdiffReportPanel;
  }
}
