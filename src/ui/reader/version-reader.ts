/** `<lawdiff-version-reader>`: one version's text, with a table of contents of its divisions. */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { divisionTarget, routeHref } from '../../app/routes.js';
import { listDivisions } from '../../model/doc.js';
import type { Annotation, BodyNode, Division, VersionDoc } from '../../model/types.js';
import { heading, renderBody, renderParagraph, type TextContext } from './law-text.js';
import { strings, uiLanguage } from '../../present/strings.js';
import { base } from '../common/theme.js';
import { versionReaderStyles } from './version-reader.styles.js';
import { isolate } from '../../model/bidi.js';

/**
 * Renders a {@link VersionDoc} as headed, nested text in the law's language.
 * Articles use `content-visibility: auto`, so a long code renders once and
 * lays out only what is on screen. When `target` names an article (`a-106`)
 * or a division (`d-3`), the reader scrolls it into view and focuses it.
 */
@customElement('lawdiff-version-reader')
export class LawdiffVersionReader extends LitElement {
  static override styles = [base, versionReaderStyles];

  @property({ attribute: false }) doc: VersionDoc | undefined;
  /** The law folder and version id, for links to articles. */
  @property() folder = '';
  @property() version = '';
  /** Language of the text when the version does not say. */
  @property() fallbackLang = '';
  /** Id of the article or division to show (`a-106`, `d-3`). */
  @property() target: string | undefined;
  /** Heading level of the top divisions and articles. */
  @property({ type: Number }) level = 3;

  private context: TextContext | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('doc') || changed.has('folder') || changed.has('version') || changed.has('level') || !this.context) {
      const doc = this.doc;
      const annotations = new Map<string, Annotation[]>();
      for (const a of doc?.annotations ?? []) {
        const list = annotations.get(a.article);
        if (list) list.push(a);
        else annotations.set(a.article, [a]);
      }
      const divisionIndex = new Map<Division, number>();
      if (doc) listDivisions(doc).forEach(({ division }, i) => divisionIndex.set(division, i));
      this.context = { folder: this.folder, version: this.version, annotations, divisionIndex, level: this.level };
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if ((changed.has('target') || changed.has('doc')) && this.target) this.reveal(this.target);
  }

  /** Scrolls the article or division with this id to the top and focuses it. */
  private reveal(id: string): void {
    const el = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (!el) return;
    el.tabIndex = -1;
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  }

  override render() {
    const doc = this.doc;
    const ctx = this.context;
    if (!doc || !ctx) return nothing;
    const lang = doc.language || this.fallbackLang;
    const hasToc = ctx.divisionIndex.size > 0;
    return html`<div class="layout ${hasToc ? 'with-toc' : ''}">
      ${hasToc ? this.renderToc(doc.body, lang) : nothing}
      <div class="text" lang=${lang}>
        ${doc.title ? html`<p class="doc-title">${doc.title}</p>` : nothing} ${this.renderMetadata(doc)}
        ${doc.preamble.length > 0
          ? html`<section class="preamble" aria-label=${strings.preamble}>${doc.preamble.map(renderParagraph)}</section>`
          : nothing}
        ${renderBody(doc.body, this.level, ctx)} ${this.renderAnnexes(doc, ctx)}
      </div>
    </div>`;
  }

  private renderToc(body: readonly BodyNode[], lang: string) {
    return html`<nav class="toc" aria-label=${strings.contents}>
      ${heading(this.level, 'section-label', strings.contents)}
      <div lang=${lang}>${this.renderTocList(body)}</div>
    </nav>`;
  }

  private renderTocList(nodes: readonly BodyNode[]): unknown {
    const divisions = nodes.filter((n): n is Division => n.kind === 'division');
    if (divisions.length === 0) return nothing;
    return html`<ol>
      ${divisions.map((d) => {
        const target = divisionTarget(this.context?.divisionIndex.get(d) ?? -1);
        const href = routeHref({ kind: 'version', folder: this.folder, version: this.version, target });
        return html`<li>
          <a href=${href} aria-current=${this.target === target ? 'location' : 'false'}
            >${isolate(d.label)}${d.label && d.heading ? ' ' : ''}${isolate(d.heading)}</a
          >${this.renderTocList(d.children)}
        </li>`;
      })}
    </ol>`;
  }

  private renderMetadata(doc: VersionDoc) {
    const entries = Object.entries(doc.metadata);
    if (entries.length === 0) return nothing;
    return html`<details class="doc-info">
      <summary lang=${uiLanguage}>${strings.documentInfo}</summary>
      <dl>
        ${entries.map(([k, v]) => (k === 'text' ? html`<dd class="wide">${v}</dd>` : html`<dt>${k}</dt><dd>${v}</dd>`))}
      </dl>
    </details>`;
  }

  private renderAnnexes(doc: VersionDoc, ctx: TextContext) {
    if (doc.annexes.length === 0) return nothing;
    return html`<section class="annexes" aria-label=${strings.annexes}>
      ${doc.annexes.map(
        (a) => html`<section class="annex">
          ${heading(ctx.level, 'division-heading', a.heading)} ${a.paragraphs.map(renderParagraph)}
        </section>`,
      )}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-version-reader': LawdiffVersionReader;
  }
}
