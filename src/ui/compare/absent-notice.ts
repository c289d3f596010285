/**
 * What a link's article that is not a row of the comparison shows: what
 * became of it (deleted or merged before the older reading, inserted after the
 * newer one), a link to the comparison where that happened, and its text.
 */
import { html, nothing } from 'lit';
import { absentArticle } from '../../app/absent-article.js';
import { routeHref, type CompareParams } from '../../app/routes.js';
import { resolveKey, type CompareResult } from '../../diff/index.js';
import { isolate } from '../../model/bidi.js';
import { plainBlocks } from '../../present/row-text.js';
import { strings } from '../../present/strings.js';
import { renderBlocks, renderHeading } from './compare-rows.js';

/** The comparison the notice is shown in. */
export interface AbsentContext {
  folder: string;
  oldId: string;
  newId: string;
  result: CompareResult;
  params: CompareParams;
  /** The law's language, for a reading that does not name its own. */
  language: string;
  label(id: string): string;
  /** Moves the focus to another article of this comparison. */
  focus(key: string): void;
}

export function renderAbsent(key: string, c: AbsentContext): unknown {
  const r = c.result;
  const absent = absentArticle(r.history, r.docs, key, c.oldId, c.newId);
  if (!absent || absent.kind === 'unknown') return html`<p class="notice focus-missing" role="status">${strings.focusNotFound(key)}</p>`;
  const label = absent.article?.label ?? key;
  const compareAt = (from: string, to: string) =>
    html`<a href=${routeHref({ kind: 'compare', folder: c.folder, old: from, new: to, params: { ...c.params, focus: key, history: undefined, q: '', filter: 'all' } })}
      >${strings.absentCompare(c.label(from), c.label(to))}</a>`;
  let message: string;
  let link: unknown;
  switch (absent.kind) {
    case 'deleted':
      message = strings.absentDeleted(label, c.label(absent.lastIn), c.label(absent.goneIn));
      link = compareAt(absent.lastIn, absent.goneIn);
      break;
    case 'merged': {
      const into = resolveKey(r.history, absent.into);
      const at = r.history.versionIds.indexOf(c.newId);
      const intoLabel = into?.cells[at]?.label ?? into?.cells.find((cell) => cell)?.label ?? absent.into;
      message = strings.absentMerged(label, c.label(absent.lastIn), c.label(absent.goneIn), intoLabel);
      link = into?.cells[at]
        ? html`<a href="#" @click=${(e: Event) => {
            e.preventDefault();
            c.focus(absent.into);
          }}>${strings.absentGoTo(intoLabel)}</a>`
        : compareAt(absent.lastIn, absent.goneIn);
      break;
    }
    case 'later': {
      message = strings.absentLater(label, c.label(absent.firstIn));
      const ids = r.history.versionIds;
      const before = ids[ids.indexOf(absent.firstIn) - 1];
      link = before ? compareAt(before, absent.firstIn) : nothing;
      break;
    }
    default: {
      const never: never = absent;
      return never;
    }
  }
  const shownIn = absent.kind === 'later' ? absent.firstIn : absent.lastIn;
  const lang = r.docs[shownIn]?.language || c.language;
  return html`<section class="notice absent" role="status" aria-label=${message}>
    <p><strong>${message}</strong> ${link}</p>
    ${absent.article
      ? html`<p class="absent-caption">${absent.kind === 'later' ? strings.absentText : strings.absentLastText}</p>
          <div class="absent-text redline" lang=${lang}>
            <div class="article-title"><span class="label">${isolate(absent.article.label)}</span> ${renderHeading([absent.article], undefined, 'old', '')}</div>
            ${renderBlocks(plainBlocks([absent.article], absent.kind === 'later' ? 'ins' : 'del'), '')}
          </div>`
      : nothing}
  </section>`;
}
