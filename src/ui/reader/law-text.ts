/**
 * Templates for law text: divisions, articles, paragraphs and their items as
 * nested lists. Plain functions rather than elements, so a 1,260-article code
 * costs no custom element per article. Text goes through text bindings only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { articleTarget, divisionTarget, routeHref } from '../../app/routes.js';
import { numbered } from '../../model/doc.js';
import type { Annotation, Article, BodyNode, Division, Item, Paragraph } from '../../model/types.js';
import { strings, uiLanguage } from '../../present/strings.js';
import { isolate } from '../../model/bidi.js';

const HEADINGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** An `<h1>`…`<h6>` for a level, clamped to 6. */
export function heading(level: number, className: string, content: unknown): TemplateResult {
  const tag = HEADINGS[Math.min(Math.max(level, 1), 6) - 1]!;
  return staticHtml`<${tag} class=${className}>${content}</${tag}>`;
}

/** What the body templates need besides the nodes themselves. */
export interface TextContext {
  /** Where article links point: the law folder and version. */
  folder: string;
  version: string;
  /** Annotations of this version by article number. */
  annotations: ReadonlyMap<string, readonly Annotation[]>;
  /** Pre-order position of each division (its link target). */
  divisionIndex: ReadonlyMap<Division, number>;
  /** Heading level of the top divisions. */
  level: number;
}

/** Number and text with a space between, except after a CJK number (`（一）祖父母`). */
function numberedParts(num: string, text: string) {
  if (!num) return text;
  const sep = numbered(num, text).length > num.length + text.length ? ' ' : '';
  return html`<span class="num">${num}</span>${sep}${text}`;
}

function renderItems(items: readonly Item[]): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`<ol class="items">
    ${items.map((item) => html`<li>${numberedParts(item.num, item.text)}${renderItems(item.items)}</li>`)}
  </ol>`;
}

/** A paragraph: its own text, then its items as a nested list. */
export function renderParagraph(p: Paragraph): TemplateResult {
  const own = p.num || p.text ? html`<p>${numberedParts(p.num, p.text)}</p>` : nothing;
  return html`<div class="para">${own}${renderItems(p.items)}</div>`;
}

/** An annotation, collapsed: its kind and source as the summary, its text inside. */
function renderAnnotation(a: Annotation): TemplateResult {
  const kind = strings.annotation[a.kind];
  const source = a.source && a.source.toLowerCase() !== kind.toLowerCase() ? a.source : '';
  return html`<details class="annotation">
    <summary>
      <span lang=${uiLanguage}>${kind}</span>${source ? html` · <span class="source">${source}</span>` : nothing}
    </summary>
    <div class="annotation-text">${a.text}</div>
  </details>`;
}

/** An article: its number (a link to itself) and caption as a heading, paragraphs, repealed mark, annotations. */
export function renderArticle(a: Article, level: number, ctx: TextContext): TemplateResult {
  const target = articleTarget(a.num);
  const href = routeHref({ kind: 'version', folder: ctx.folder, version: ctx.version, target });
  const notes = ctx.annotations.get(a.num) ?? [];
  return html`<article class="article${a.repealed ? ' repealed' : ''}" id=${target} data-num=${a.num}>
    ${heading(
      level,
      'article-heading',
      html`${a.label
        ? html`<a class="article-label" href=${href}>${isolate(a.label)}</a>`
        : html`<a class="article-label unnumbered" href=${href} lang=${uiLanguage}>${strings.unnumbered}</a>`}${a.heading
        ? html` <span class="article-caption">${isolate(a.heading)}</span>`
        : nothing}${a.repealed ? html` <span class="repealed-mark" lang=${uiLanguage}>${strings.repealed}</span>` : nothing}`,
    )}
    ${a.paragraphs.map(renderParagraph)} ${notes.length > 0 ? notes.map(renderAnnotation) : nothing}
  </article>`;
}

/** A division: heading, its own text, then its children one heading level down. */
export function renderDivision(d: Division, level: number, ctx: TextContext): TemplateResult {
  const index = ctx.divisionIndex.get(d) ?? -1;
  return html`<section class="division division-${d.type}" id=${divisionTarget(index)}>
    ${heading(
      level,
      'division-heading',
      html`${d.label ? html`<span class="division-label">${isolate(d.label)}</span>` : nothing}${d.label && d.heading ? ' ' : nothing}${isolate(d.heading)}`,
    )}
    ${d.text.map(renderParagraph)} ${renderBody(d.children, level + 1, ctx)}
  </section>`;
}

/** Body nodes in document order; articles take the heading level of the divisions' children. */
export function renderBody(nodes: readonly BodyNode[], level: number, ctx: TextContext): unknown[] {
  return nodes.map((node) => {
    switch (node.kind) {
      case 'division':
        return renderDivision(node, level, ctx);
      case 'article':
        return renderArticle(node, level, ctx);
      case 'repealed-range':
        return html`<p class="repealed-range">${isolate(node.label)}</p>`;
      default: {
        const never: never = node;
        return never;
      }
    }
  });
}
