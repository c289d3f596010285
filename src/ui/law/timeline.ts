/** `<lawdiff-timeline>`: a law's versions in chronological order, each a link to its text. */
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { routeHref } from '../../app/routes.js';
import { isImported } from '../../app/library-reader.js';
import type { VersionInfo } from '../../model/types.js';
import { stageName } from '../../present/format.js';
import { strings } from '../../present/strings.js';
import { timelineStyles } from './timeline.styles.js';
import { base } from '../common/theme.js';
import { isolate } from '../../model/bidi.js';

/** A label as text, each date in it (`2012-07-02`) kept on one line: labels wrap in a narrow stop, but not at a date's hyphens. */
function keepDates(label: string): unknown[] {
  return label.split(/(\d{4}-\d{2}-\d{2})/u).map((part, i) => (i % 2 === 1 ? html`<span class="nowrap">${part}</span>` : part));
}

/**
 * The versions as stops on a line. The selected one is `aria-current="page"`;
 * an unpublished reading is a gap: a hollow stop marked "not published", not a link.
 */
@customElement('lawdiff-timeline')
export class LawdiffTimeline extends LitElement {
  static override styles = [base, timelineStyles];

  /** The law folder, for the links. */
  @property() folder = '';
  @property({ attribute: false }) versions: readonly VersionInfo[] = [];
  /** Id of the version being read, if any. */
  @property() selected: string | undefined;
  /** Ids of the two versions being compared, if any. */
  @property({ attribute: false }) compared: readonly string[] = [];

  override render() {
    return html`<ol aria-label=${strings.timelineLabel}>
      ${repeat(
        this.versions,
        (v) => v.id,
        (v) => this.renderVersion(v),
      )}
    </ol>
    ${this.folder ? html`<a class="add-version" href=${routeHref({ kind: 'add-version', folder: this.folder })}>${strings.addVersion}</a>` : nothing}`;
  }

  private renderVersion(v: VersionInfo) {
    const published = v.published !== false;
    const current = v.id === this.selected || this.compared.includes(v.id);
    const date = v.date ? html`<time datetime=${v.date}>${v.date}</time>` : html`<span>${strings.undated}</span>`;
    const label = published
      ? html`<a class="label" href=${routeHref({ kind: 'version', folder: this.folder, version: v.id, target: undefined })}
          aria-current=${current ? 'page' : 'false'}><bdi translate="no">${keepDates(isolate(v.label))}</bdi></a>`
      : html`<span class="label"><bdi translate="no">${keepDates(isolate(v.label))}</bdi></span>`;
    return html`<li class=${published ? (current ? 'current' : '') : 'gap'} data-version=${v.id}>
      <span class="stop" aria-hidden="true"></span>
      ${label}${isImported(v) ? html`<span class="badge imported" title=${strings.importedHint}>${strings.imported}</span>` : nothing}
      <span class="detail">${v.stage ? html`${stageName(v.stage)} · ` : nothing}${date}</span>
      ${published ? nothing : html`<span class="detail gap-note">${strings.notPublished}</span>`}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-timeline': LawdiffTimeline;
  }
}
