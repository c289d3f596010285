/**
 * A law's page: its title and versions, the picker of readings, and below
 * them the page the route names — a version's text, or a comparison (with its
 * loading, error and cached states). Rendered by the app (`<lawdiff-app>`),
 * in its shadow root, from the state the app owns ({@link LawPageHost}).
 */
import { html, nothing } from 'lit';
import { parseOrigin, type LinkOrigin } from '../../app/link-import.js';
import type { ComparisonSession } from '../../app/comparison-session.js';
import type { LoadController } from '../../app/load-controller.js';
import { defaultParams, routeHref, type Route } from '../../app/routes.js';
import type { CompareResult } from '../../diff/index.js';
import { isolate } from '../../model/bidi.js';
import type { CollectionReader, LoadedLaw } from '../../model/collection.js';
import { listArticles } from '../../model/doc.js';
import type { Problem } from '../../model/problems.js';
import type { Law, VersionDoc, VersionInfo } from '../../model/types.js';
import { jurisdictionName, languageName, metaLine, stageName } from '../../present/format.js';
import { strings, uiLanguage } from '../../present/strings.js';
import { lawTitle, originalTitle } from '../../present/titles.js';
import { isImported } from '../../app/library-reader.js';
import './offline-control.js';
import './timeline.js';
import './version-picker.js';

/** A version's text as loaded, with what its import found. */
export type VersionResult = { doc?: VersionDoc; problems: Problem[] };

/** What the law page reads from the app that owns its state. */
export interface LawPageHost {
  /** The shipped collection over the network (for the offline control). */
  readonly network: CollectionReader;
  readonly version: LoadController<VersionResult>;
  readonly comparison: ComparisonSession;
  /** Offline, for a law whose texts are not all on this device: the message; otherwise undefined. */
  notOnDevice(folder: string, law: Law): string | undefined;
  /** The offer to import readings a link names from where they came from. */
  renderImportOffer(folder: string, lawExists: boolean, missing: readonly string[], origin: LinkOrigin | undefined): unknown;
  /** Finds again which laws are kept offline (after a download). */
  refreshOfflineLaws(): void;
}

const articleCounts = new WeakMap<VersionDoc, number>();

function articleCount(doc: VersionDoc): number {
  let n = articleCounts.get(doc);
  if (n === undefined) articleCounts.set(doc, (n = listArticles(doc).length));
  return n;
}

export function renderLaw(h: LawPageHost, { folder, law }: LoadedLaw, info: VersionInfo | undefined, route: Route) {
  const title = lawTitle(law, uiLanguage);
  const original = originalTitle(law, uiLanguage);
  const selected = route.kind === 'version' ? route.version : undefined;
  return html`<div class="law-head">
      <h1 tabindex="-1" lang=${title.lang}>
        <span translate="no">${isolate(title.text)}</span>${law.fictional ? html` <span class="badge" title=${strings.fictionalHint}>${strings.fictional}</span>` : nothing}
      </h1>
      ${original ? html`<p class="original" lang=${original.lang} translate="no">${original.text}</p>` : nothing}
      <p class="meta">
        ${[law.jurisdiction ? jurisdictionName(law.jurisdiction) : '', languageName(law.language), strings.versionCount(law.versions.length)]
          .filter((x) => x)
          // Each part isolated: text from law.json (a stray right-to-left override) cannot reorder the others.
          // The jurisdiction is law.json's (a code or a free text): data.
          .map((part, i) => html`${i > 0 ? ' · ' : ''}<bdi translate=${i === 0 && law.jurisdiction ? 'no' : nothing}>${part}</bdi>`)}
      </p>
      ${law.notes ? html`<p class="notes" translate="no">${law.notes}</p>` : nothing}
      <lawdiff-offline-control .reader=${h.network} .folder=${folder} .law=${law}
        .onChange=${() => h.refreshOfflineLaws()}></lawdiff-offline-control>
    </div>
    <section class="versions" aria-labelledby="versions-heading">
      <h2 id="versions-heading" class="section-label">${strings.versionsHeading}</h2>
      <lawdiff-timeline .folder=${folder} .versions=${law.versions} .selected=${selected}
        .compared=${route.kind === 'compare' ? (route.readings ?? [route.old, route.new]) : []}></lawdiff-timeline>
    </section>
    <section class="picker" aria-labelledby="compare-heading">
      <h2 id="compare-heading" class="section-label">${strings.compareHeading}</h2>
      <lawdiff-version-picker .folder=${folder} .versions=${law.versions} .old=${route.kind === 'compare' ? route.old : undefined}
        .new=${route.kind === 'compare' ? route.new : undefined} .unit=${route.kind === 'compare' ? route.params.unit : defaultParams.unit}></lawdiff-version-picker>
    </section>
    ${route.kind === 'compare'
      ? renderComparison(h, folder, law, route)
      : route.kind !== 'version'
        ? html`<p class="hint">${strings.chooseVersion}</p>`
        : info
          ? renderVersion(h, folder, law, info, route.target)
          : html`<lawdiff-status kind="error" message=${strings.versionNotFound(route.version)}></lawdiff-status>`}`;
}

function renderVersion(h: LawPageHost, folder: string, law: Law, info: VersionInfo, target: string | undefined) {
  const language = law.language;
  const state = h.version.state;
  const doc = state.status === 'done' ? state.value.doc : undefined;
  const head = html`<div class="version-head">
    <h2 class="version-title"><span translate="no">${isolate(info.label)}</span>${isImported(info) ? html` <span class="badge imported" title=${strings.importedHint}>${strings.imported}</span>` : nothing}</h2>
    <p class="meta">
      ${metaLine([info.stage ? stageName(info.stage) : '', info.date, doc ? strings.articleCount(articleCount(doc)) : ''])}
      ${info.source ? renderSource(info.source) : nothing}
    </p>
    <lawdiff-version-actions .folder=${folder} .law=${law} .info=${info} .doc=${doc}></lawdiff-version-actions>
  </div>`;
  if (info.published === false) {
    return html`${head}<lawdiff-status kind="empty" message=${strings.versionNotPublished}></lawdiff-status>`;
  }
  switch (state.status) {
    case 'idle':
    case 'pending':
      return html`${head}<lawdiff-status kind="loading" message=${strings.loadingVersion}></lawdiff-status>`;
    case 'error':
      return html`${head}<lawdiff-status kind="error" retry message=${strings.versionFailed} detail=${state.message}
          @lawdiff-retry=${() => h.version.retry()}></lawdiff-status>`;
    case 'done':
      break;
    default: {
      const never: never = state;
      return never;
    }
  }
  const { problems } = state.value;
  if (!doc) {
    const offline = h.notOnDevice(folder, law);
    if (offline) {
      return html`${head}<lawdiff-status kind="error" retry message=${offline} @lawdiff-retry=${() => h.version.retry()}></lawdiff-status>`;
    }
    return html`${head}<lawdiff-status kind="error" message=${strings.versionFailed}></lawdiff-status>
      <lawdiff-problem-list .problems=${problems}></lawdiff-problem-list>`;
  }
  return html`${head}
    ${problems.length > 0
      ? html`<details class="warnings">
          <summary>${strings.importWarnings(problems.length)}</summary>
          <lawdiff-problem-list .problems=${problems} heading=${strings.importWarnings(problems.length)}></lawdiff-problem-list>
        </details>`
      : nothing}
    ${doc.body.length === 0 && doc.preamble.length === 0
      ? html`<lawdiff-status kind="empty" message=${strings.versionEmpty}></lawdiff-status>`
      : html`<lawdiff-version-reader .doc=${doc} .folder=${folder} .version=${info.id} .fallbackLang=${language} .target=${target}></lawdiff-version-reader>`}`;
}

function renderComparison(h: LawPageHost, folder: string, law: Law, route: Extract<Route, { kind: 'compare' }>) {
  const label = (id: string) => law.versions.find((v) => v.id === id)?.label ?? id;
  const ids = route.readings ?? [route.old, route.new];
  const missing = ids.find((id) => !law.versions.some((v) => v.id === id));
  const head = html`<div class="version-head"><h2 class="version-title">${
    route.readings ? strings.readings.title(route.readings.length) : strings.compareTitle(label(route.old), label(route.new))
  }</h2>${route.readings ? nothing : renderSpanNote(folder, law, route)}</div>`;
  if (missing) {
    const origin = parseOrigin(route.params.origin);
    const absent = ids.filter((id) => !law.versions.some((v) => v.id === id));
    // A reading imported into this law in another browser (its link says where from), or one of no collection at all.
    if (origin && absent.every((id) => origin.versions.some((v) => v.id === id))) return html`${head}${h.renderImportOffer(folder, true, absent, origin)}`;
    return html`${head}<lawdiff-status kind="error" message=${strings.versionNotFound(missing)}></lawdiff-status>`;
  }
  if (route.old === route.new) return html`${head}<lawdiff-status kind="error" message=${strings.compareSame}></lawdiff-status>`;
  const state = h.comparison.view;
  const progress = h.comparison.progress;
  const view = (result: CompareResult, pending: boolean) =>
    route.readings
      ? html`${head}${pending ? nothing : renderCacheNote(result)}<lawdiff-readings-view data-from=${result.cache?.from ?? 'fresh'} .folder=${folder} .law=${law}
          .readings=${route.readings} .result=${result} .params=${route.params} .pending=${pending}></lawdiff-readings-view>`
      : html`${head}${pending ? nothing : renderCacheNote(result)}${result.partial
            ? html`<p class="history-note" role="status">${strings.comparing('history')}
                <progress max="1" .value=${h.comparison.progress.fraction} aria-label=${strings.comparing('history')}></progress></p>`
            : nothing}<lawdiff-compare-view data-from=${result.cache?.from ?? 'fresh'} .folder=${folder} .law=${law}
      .oldId=${route.old} .newId=${route.new} .result=${result} .params=${route.params} .pending=${pending}></lawdiff-compare-view>`;
  switch (state.status) {
    case 'refreshing':
      // The same readings by another unit: the last result stays on screen (the same template, so the same element) until the new one is ready.
      return view(state.value, true);
    case 'idle':
    case 'pending':
      return html`${head}<lawdiff-status kind="loading" message=${strings.comparing(progress.phase)}></lawdiff-status>
        <progress class="progress" max="1" .value=${progress.fraction} aria-label=${strings.comparing(progress.phase)}></progress>`;
    case 'error': {
      const offline = h.notOnDevice(folder, law);
      return html`${head}<lawdiff-status kind="error" retry message=${offline ?? strings.compareFailed} detail=${offline ? '' : state.message}
        @lawdiff-retry=${() => h.comparison.retry()}></lawdiff-status>`;
    }
    case 'done':
      return view(state.value, false);
    default: {
      const never: never = state;
      return never;
    }
  }
}

/**
 * On a comparison of two readings with published readings between them: it does not say which of
 * them made each change; the synopsis of every step does.
 */
function renderSpanNote(folder: string, law: Law, route: Extract<Route, { kind: 'compare' }>) {
  const order = law.versions.map((v) => v.id);
  const a = order.indexOf(route.old);
  const b = order.indexOf(route.new);
  if (a < 0 || b < 0 || a >= b) return nothing;
  const between = law.versions.slice(a + 1, b).filter((v) => v.published !== false);
  if (between.length === 0) return nothing;
  const href = routeHref({ kind: 'compare', folder, old: route.old, new: route.new, readings: order.slice(a, b + 1), params: { ...defaultParams, unit: route.params.unit } });
  return html`<p class="span-note">${strings.readings.spansReadings(between.length)} <a href=${href}>${strings.readings.seeEachStep}</a></p>`;
}

/** Says when a comparison comes from an older saved copy, or could not be saved. */
function renderCacheNote({ cache }: CompareResult) {
  if (!cache) return nothing;
  const when = cache.savedAt ? new Date(cache.savedAt).toLocaleString(uiLanguage, { dateStyle: 'medium', timeStyle: 'short' }) : '';
  if (cache.from === 'stale') return html`<p class="cache-note" role="status">${strings.cacheStale(when)}</p>`;
  if (cache.problem) return html`<p class="cache-note" role="status">${strings.cacheProblem[cache.problem] ?? strings.cacheProblem.unavailable}</p>`;
  return nothing;
}

function renderSource(source: string) {
  const isUrl = /^https?:\/\//iu.test(source);
  return html`<span class="source">
    · ${strings.source}: ${isUrl ? html`<a href=${source} rel="noopener noreferrer" target="_blank" translate="no">${source}</a>` : html`<span translate="no">${source}</span>`}
  </span>`;
}
