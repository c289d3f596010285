/** `<lawdiff-law-list>`: the laws of a collection, each a link to its page. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { routeHref } from '../../app/routes.js';
import { lawTitle, originalTitle } from '../../present/titles.js';
import type { LoadedLaw } from '../../model/collection.js';
import { jurisdictionName, languageName } from '../../present/format.js';
import { strings, uiLanguage } from '../../present/strings.js';
import { base } from '../common/theme.js';
import { isolate } from '../../model/bidi.js';

/** One row per law: title (and its original), jurisdiction, language, number of versions, notes. */
@customElement('lawdiff-law-list')
export class LawdiffLawList extends LitElement {
  static override styles = [
    base,
    css`
      :host {
        display: block;
      }
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
        border: 1px solid var(--ld-border);
        border-radius: var(--ld-radius);
        background: var(--ld-surface);
      }
      li {
        padding: 0.7rem 1rem 0.75rem;
      }
      li + li {
        border-top: 1px solid var(--ld-rule);
      }
      h2 {
        margin: 0;
        font-size: 1.05rem;
        font-weight: 600;
        line-height: 1.35;
      }
      .original {
        margin: 0.1rem 0 0;
        color: var(--ld-muted);
        font-size: 0.9rem;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        margin: 0.35rem 0 0;
        padding: 0;
        color: var(--ld-muted);
        font-size: 0.825rem;
      }
      .meta div {
        display: flex;
        gap: 0.3rem;
      }
      dt {
        color: var(--ld-faint);
      }
      dd {
        margin: 0;
      }
      .notes {
        margin: 0.35rem 0 0;
        max-width: var(--ld-measure);
        color: var(--ld-muted);
        font-size: 0.85rem;
        line-height: 1.45;
      }
      .badge {
        margin-left: 0.4rem;
      }
    `,
  ];

  @property({ attribute: false }) laws: readonly LoadedLaw[] = [];
  /** Folders of the laws available offline. */
  @property({ attribute: false }) offline: ReadonlySet<string> = new Set();
  /** Folders of the laws the reader created in this browser. */
  @property({ attribute: false }) mine: ReadonlySet<string> = new Set();

  override render() {
    return html`<ul>
      ${repeat(
        this.laws,
        (l) => l.folder,
        (l) => this.renderLaw(l),
      )}
    </ul>`;
  }

  private renderLaw({ folder, law }: LoadedLaw) {
    const title = lawTitle(law, uiLanguage);
    const original = originalTitle(law, uiLanguage);
    return html`<li data-folder=${folder}>
      <h2>
        <a href=${routeHref({ kind: 'law', folder })} lang=${title.lang} translate="no">${isolate(title.text)}</a>${law.fictional
          ? html`<span class="badge" title=${strings.fictionalHint}>${strings.fictional}</span>`
          : nothing}${this.mine.has(folder) ? html`<span class="badge mine" title=${strings.yourLawHint}>${strings.yourLaw}</span>` : nothing}${this.offline.has(folder) ? html`<span class="badge offline">${strings.offlineBadge}</span>` : nothing}
      </h2>
      ${original ? html`<p class="original" lang=${original.lang} translate="no">${original.text}</p>` : nothing}
      <dl class="meta">
        ${law.jurisdiction
          ? html`<div>
              <dt>${strings.jurisdiction}</dt>
              <dd title=${law.jurisdiction} translate="no">${jurisdictionName(law.jurisdiction)}</dd>
            </div>`
          : nothing}
        <div>
          <dt>${strings.language}</dt>
          <dd title=${law.language}>${languageName(law.language)}</dd>
        </div>
        <div>
          <dt class="visually-hidden">${strings.versionsHeading}</dt>
          <dd>${strings.versionCount(law.versions.length)}</dd>
        </div>
      </dl>
      ${law.notes ? html`<p class="notes" translate="no">${law.notes}</p>` : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-law-list': LawdiffLawList;
  }
}
