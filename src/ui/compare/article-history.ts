/**
 * `<lawdiff-article-history>`: one article followed through every reading of
 * the law, as a side panel: its number in each reading, what happened to it
 * (inserted, reworded, renumbered, moved, split, merged, deleted), the word
 * diff where it changed, the explanations each reading attached to it, and
 * the reader's notes. It never writes the URL: closing and following a split
 * or merge ask the app with {@link ParamsChangeEvent}. Escape closes it; it
 * takes the focus when it opens (the view gives it back to the row).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { aroundGap, articleHistory, type ArticleHistory, type HistoryEntry, type RelatedLineage } from '../../present/history-model.js';
import type { Note } from '../../store/notes.js';
import { blockMarks, diffBlocks, plainBlocks } from '../../present/row-text.js';
import type { MoveLink } from '../../present/passage-moves.js';
import { defaultParams, routeHref, type CompareParams } from '../../app/routes.js';
import type { CompareResult } from '../../diff/index.js';
import type { Law } from '../../model/types.js';
import { articleHistoryStyles } from './article-history.styles.js';
import './article-notes.js';
import { renderAnnotations, renderBlocks, renderHeading, type MoveAction } from './compare-rows.js';
import { diffTextStyles } from './compare-view.styles.js';
import { ParamsChangeEvent } from '../common/events.js';
import { downloadData } from '../common/download.js';
import { exportFileName } from '../../present/export-html.js';
import { metaLine, stageName } from '../../present/format.js';
import { strings } from '../../present/strings.js';
import { base } from '../common/theme.js';
import { isolate } from '../../model/bidi.js';

@customElement('lawdiff-article-history')
export class LawdiffArticleHistory extends LitElement {
  static override styles = [base, diffTextStyles, articleHistoryStyles];

  /** The law folder (for links and notes). */
  @property() folder = '';
  @property({ attribute: false }) law: Law | undefined;
  @property({ attribute: false }) result: CompareResult | undefined;
  /** The comparison being shown, for links back to it. */
  @property({ attribute: false }) params: CompareParams | undefined;
  @property() oldId = '';
  @property() newId = '';
  /** The key the URL names (`first-draft~15`, or any reading's `<id>~<num>`). */
  @property() articleKey = '';
  /** Whether the article has a row in the comparison being shown. */
  @property({ type: Boolean }) inComparison = false;
  /** The reader's notes on the article. */
  @property({ attribute: false }) notes: readonly Note[] = [];
  /** A problem loading the notes, to show instead of them. */
  @property() notesProblem = '';

  private model: ArticleHistory | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('result') || changed.has('articleKey') || changed.has('law')) && this.result && this.law) {
      this.model = articleHistory(this.result.history, this.result.docs, this.law.versions, this.articleKey);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('articleKey')) {
      const heading = this.renderRoot.querySelector<HTMLElement>('h2');
      heading?.focus({ preventScroll: true });
      this.renderRoot.querySelector('.body')?.scrollTo(0, 0);
    }
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    this.close();
  };

  private close(): void {
    this.dispatchEvent(new ParamsChangeEvent({ history: undefined }));
  }

  private hrefFor(params: Partial<CompareParams>, oldId = this.oldId, newId = this.newId): string {
    return routeHref({ kind: 'compare', folder: this.folder, old: oldId, new: newId, params: { ...(this.params ?? defaultParams), ...params } });
  }

  /** What the Word download is doing ("Preparing…", or why it failed). */
  @state() private exportStatus = '';

  /** Downloads the article's history as a Word document (the writer and docx load only now), with the reader's notes on it. */
  private async downloadWord(m: ArticleHistory): Promise<void> {
    const r = this.result;
    if (!r || !this.law) return;
    this.exportStatus = strings.exportFormats.preparing;
    try {
      const { articleHistoryDocx } = await import('../../present/export/docx-history.js');
      const bytes = await articleHistoryDocx({ law: this.law, versions: this.law.versions, docs: r.docs, history: r.history, key: m.lineage.key, generated: new Date(), notes: this.notes });
      downloadData(this.renderRoot, exportFileName(this.folder, m.lineage.key, 'history').replace(/\.html$/u, '.docx'), bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      this.exportStatus = '';
    } catch (err) {
      this.exportStatus = strings.exportFormats.failed(err instanceof Error ? err.message : String(err));
    }
  }

  override render() {
    const m = this.model;
    const title = m ? strings.historyOf(m.latestLabel) : strings.history;
    return html`<div class="panel" role="dialog" aria-modal="false" aria-labelledby="history-title">
      <header class="head">
        <h2 id="history-title" tabindex="-1">${title}</h2>
        <button type="button" class="close" aria-label=${strings.closeHistory} title=${strings.closeHistory} @click=${() => this.close()}>×</button>
      </header>
      <div class="body">${m ? this.renderHistory(m) : html`<p class="problem" role="alert">${strings.historyNotFound(this.articleKey)}</p>`}</div>
    </div>`;
  }

  private renderHistory(m: ArticleHistory) {
    const lang = m.entries.find((e) => e.lang)?.lang ?? this.law?.language ?? '';
    // Every reading, as on the timeline: one with no text (unpublished, not loaded) is a gap.
    return html`<section class="numbers" aria-labelledby="numbers-heading">
        <h3 id="numbers-heading" class="section-label">${strings.historyNumbers}</h3>
        <ol class="chain">
          ${m.entries.map(
            (e, i) => html`${i > 0 ? html`<li class="arrow" aria-hidden="true">→</li>` : nothing}${e.index < 0
              ? html`<li class="stop gap">
                  <span class="reading" translate="no">${isolate(e.version.label)}</span>
                  <span class="gap-note">${e.status === 'unpublished' ? strings.notPublished : strings.concordanceUnavailable}</span>
                </li>`
              : html`<li class="stop">
                  <span class="reading" translate="no">${isolate(e.version.label)}</span>
                  ${e.label
                    ? html`<span class="num" lang=${e.lang || lang}>${isolate(e.label)}</span>`
                    : html`<span class="num none"><span aria-hidden="true">—</span><span class="visually-hidden">${strings.historyAbsent}</span></span>`}
                </li>`}`,
          )}
        </ol>
      </section>
      <p class="jump">
        ${this.inComparison
          ? html`<button type="button" class="link" @click=${() => this.dispatchEvent(new ParamsChangeEvent({ history: undefined, focus: m.lineage.key }))}>
              ${strings.showInComparison}</button>`
          : nothing}
        <button type="button" class="download-word" @click=${() => void this.downloadWord(m)}>${strings.exportFormats.historyDocx}</button>
        <span class="export-status" role="status">${this.exportStatus}</span>
      </p>
      <ol class="entries">
        ${m.entries.map((e) => this.renderEntry(m, e))}
      </ol>
      <lawdiff-article-notes .folder=${this.folder} .articleKey=${m.lineage.key} .label=${m.latestLabel} .notes=${this.notes}
        .problem=${this.notesProblem} open></lawdiff-article-notes>`;
  }

  private renderEntry(m: ArticleHistory, e: HistoryEntry) {
    const firstSeen = m.entries.findIndex((x) => x.label);
    const here = m.entries.indexOf(e);
    const status = e.status === 'absent' ? (here < firstSeen ? strings.notYetPresent : strings.noLongerPresent) : '';
    const meta = metaLine([e.version.stage ? stageName(e.version.stage) : '', e.version.date]);
    const badge = e.status === 'absent' ? '' : `${strings.entryStatus[e.status] ?? e.status}${e.moved ? ` · ${strings.entryMoved}` : ''}`;
    return html`<li class="entry status-${e.status}" data-version=${e.version.id}>
      <div class="entry-head">
        <h3 class="reading" translate="no">${isolate(e.version.label)}</h3>
        ${meta ? html`<span class="meta">${meta}</span>` : nothing}
      </div>
      <p class="facts">
        ${e.label ? html`<strong class="num" lang=${e.lang}>${isolate(e.label)}</strong>` : nothing}
        ${badge ? html`<span class="badge status-${e.status}">${badge}</span>` : nothing}
        ${e.path.length > 0 ? html`<span class="path">${strings.inDivision} <span lang=${e.lang}>${e.path.join(' · ')}</span></span>` : nothing}
      </p>
      ${this.renderRelations(e)}
      ${status ? html`<p class="quiet">${status}</p>` : nothing}
      ${e.skipped.length > 0 ? html`<p class="quiet skipped">${strings.skippedReadings(e.skipped.map((v) => v.label), e.skipped.every((v) => v.published === false))}</p>` : nothing}
      ${this.renderText(m, e)}
      ${renderAnnotations(e.annotations, e.lang, true)}
    </li>`;
  }

  private relation(label: string, list: readonly RelatedLineage[]) {
    if (list.length === 0) return nothing;
    return html`<p class="relation">${label}
      ${list.map(
        (r, i) => html`${i > 0 ? ', ' : ''}<a href=${this.hrefFor({ history: r.key })} lang=${this.law?.language ?? ''}>${isolate(r.label)}</a>`,
      )}</p>`;
  }

  private renderRelations(e: HistoryEntry) {
    return html`${this.relation(strings.splitFromLabel, e.splitFrom ? [e.splitFrom] : [])}${this.relation(strings.splitIntoLabel, e.splitInto)}${this.relation(
      strings.mergedFromLabel,
      e.mergedFrom,
    )}${this.relation(strings.mergedIntoLabel, e.mergedInto ? [e.mergedInto] : [])}`;
  }

  /** A moved passage's mark goes to the history of the article at its other end. */
  private readonly moveAction = (link: MoveLink): MoveAction => ({ href: this.hrefFor({ history: link.key }) });

  private renderText(m: ArticleHistory, e: HistoryEntry) {
    switch (e.status) {
      case 'unpublished':
      case 'unavailable': {
        const { before, after } = aroundGap(m, e);
        return html`<p class="quiet">${e.status === 'unpublished' ? strings.unpublishedEntry : strings.unavailableEntry}${before && after
            ? ` ${strings.changesAcrossGap(before.version.label, after.version.label)}`
            : nothing}</p>`;
      }
      case 'absent':
        return nothing;
      case 'deleted':
      case 'merged-away':
        if (e.status !== 'deleted') return nothing;
        // Passages of a deleted article that live on in others: its text, each moved one marked and linked.
        return html`<p class="quiet">${strings.deletedIn}</p>${e.moves.old.size > 0
            ? html`<div class="text" lang=${e.lang}>${renderBlocks(plainBlocks(e.oldArticles, 'del', e.moves.old), '', this.moveAction)}</div>`
            : nothing}`;
      case 'first':
      case 'inserted':
        return e.article
          ? html`<div class="text" lang=${e.lang}>
              <div class="article-title">${renderHeading([e.article], undefined, 'new', '')}</div>
              ${renderBlocks(plainBlocks([e.article], e.status === 'inserted' ? 'ins' : '', e.moves.new), '', this.moveAction)}
            </div>`
          : nothing;
      case 'unchanged':
      case 'renumbered':
        return e.article
          ? html`<details class="same">
              <summary>${e.previous ? strings.sameTextAs(e.previous.label) : strings.textInReading}</summary>
              <div class="text" lang=${e.lang}>
                <div class="article-title">${renderHeading([e.article], undefined, 'new', '')}</div>
                ${renderBlocks(plainBlocks([e.article], ''), '')}
              </div>
            </details>`
          : nothing;
      case 'references':
      case 'reworded':
      case 'split':
      case 'merged': {
        const change = e.change;
        const diff = change?.diff;
        if (!change || !diff || !e.previous) return e.article ? html`<div class="text" lang=${e.lang}>${renderBlocks(plainBlocks([e.article], ''), '')}</div>` : nothing;
        return html`<div class="diff">
          <p class="since">${strings.changesSince(e.previous.label)}
            <a href=${this.hrefFor({ ...defaultParams, unit: this.params?.unit ?? 'word', focus: m.lineage.key }, e.previous.id, e.version.id)}>${strings.compareTheseReadings}</a></p>
          <div class="text" lang=${e.lang}>
            <div class="article-title">${renderHeading(e.newArticles, diff, 'both', '')}</div>
            ${renderBlocks(diffBlocks(diff, e.oldArticles, e.newArticles, 'both', blockMarks(change, e.moves)), '', this.moveAction)}
          </div>
        </div>`;
      }
      default: {
        const never: never = e.status;
        return never;
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-article-history': LawdiffArticleHistory;
  }
}
