/**
 * The lists of the data page (`<lawdiff-data-page>`): the records that cannot
 * be read, the reader's laws and the imported versions, each item with its
 * delete button and, once pressed, the question that confirms it. Render
 * functions in the page's shadow root: they read the page's state through a
 * {@link RecordsView} and act through its callbacks.
 */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { keyText, recordId } from '../../app/backup.js';
import { routeHref } from '../../app/routes.js';
import type { LoadedLaw } from '../../model/collection.js';
import { problemText, strings, uiLanguage } from '../../present/strings.js';
import { lawTitle } from '../../present/titles.js';
import type { StoredLaw, StoredVersion } from '../../store/db.js';
import type { LawContents, LibraryContent, UnreadableRecord } from '../../store/library.js';
import { renderMessage, type Message } from './data-message.js';

/**
 * The deletion being confirmed: its key (`law:<folder>`, `version:<folder>/<id>`,
 * `record:<store>:<key>`) and, for a law, what would go as read when asked.
 */
export interface Confirming {
  key: string;
  contents?: LawContents | undefined;
}

/** What the lists read of the data page, and what they ask it to do. */
export interface RecordsView {
  /** The loaded collection's laws, to name the laws imported versions belong to. */
  laws: readonly LoadedLaw[];
  /** The folders of the collection's own laws. */
  shipped: ReadonlySet<string>;
  confirming: Confirming | undefined;
  busy: boolean;
  message: Message | undefined;
  /** Shows the question of the deletion `key`. */
  ask(key: string): void;
  /** Reads what deleting the law would remove, then asks. */
  askLaw(folder: string): Promise<void>;
  cancel(): void;
  deleteLaw(folder: string): Promise<void>;
  deleteVersion(v: StoredVersion): Promise<void>;
  deleteRecord(r: UnreadableRecord): Promise<void>;
  downloadRecord(r: UnreadableRecord): void;
}

/** The records that cannot be read: each to download as it is, or to delete. */
export function renderUnreadable(view: RecordsView, records: readonly UnreadableRecord[]): unknown {
  return html`<section aria-labelledby="unreadable-h" class="unreadable">
    <h2 id="unreadable-h">${strings.unreadableHeading}</h2>
    <p class="hint">${strings.unreadableIntro(records.length)}</p>
    <ul class="records unreadable-records">
      ${repeat(records, recordId, (r) => renderRecord(view, r))}
    </ul>
    ${renderMessage(view.message, 'unreadable')}
  </section>`;
}

function renderRecord(view: RecordsView, r: UnreadableRecord): unknown {
  const id = recordId(r);
  return html`<li data-store=${r.store} data-key=${keyText(r.key)}>
    <span class="store">${strings.unreadableStore[r.store] ?? r.store}</span>
    <code><bdi translate="no">${keyText(r.key)}</bdi></code>
    <span class="meta why"><bdi>${problemText(r.why)}</bdi></span>
    <button type="button" class="download-record" @click=${() => view.downloadRecord(r)}>${strings.unreadableDownload}</button>
    ${renderDelete(view, `record:${id}`, strings.unreadableDelete, strings.confirmDeleteRecord, () => view.deleteRecord(r))}
  </li>`;
}

/** The reader's laws and the imported versions, each list in its section. */
export function renderLibrary(view: RecordsView, { laws, versions }: LibraryContent): unknown {
  const shipped = view.shipped;
  return html`<section aria-labelledby="laws-h">
      <h2 id="laws-h">${strings.yourLawsHeading}</h2>
      ${laws.length === 0
        ? html`<p class="hint">${strings.noUserLaws}</p>`
        : html`<ul class="records user-laws">
            ${repeat(
              laws,
              (l) => l.folder,
              (l) => renderLaw(view, l, shipped.has(l.folder), versions.filter((v) => v.folder === l.folder).length),
            )}
          </ul>`}
      ${renderMessage(view.message, 'laws')}
    </section>
    <section aria-labelledby="versions-h">
      <h2 id="versions-h">${strings.importedHeading}</h2>
      ${versions.length === 0
        ? html`<p class="hint">${strings.noImported}</p>`
        : html`<ul class="records imported-versions">
            ${repeat(
              versions,
              (v) => `${v.folder}/${v.versionId}`,
              (v) => renderVersion(view, v, shipped.has(v.folder) ? undefined : laws.find((l) => l.folder === v.folder)),
            )}
          </ul>`}
      ${renderMessage(view.message, 'versions')}
    </section>`;
}

/** A law's title: the reader's own law's, else the collection's, else its folder. */
function titleOf(view: RecordsView, folder: string, stored?: StoredLaw): { text: string; lang: string } {
  const law = stored?.law ?? view.laws.find((l) => l.folder === folder)?.law;
  return law ? lawTitle(law, uiLanguage) : { text: folder, lang: '' };
}

/**
 * A law of the reader's: its title, its versions, the delete button. One in
 * the folder of a law of the collection (`shadowed`: restored by an earlier
 * release) is a record alone; the versions and notes there are that law's.
 */
function renderLaw(view: RecordsView, stored: StoredLaw, shadowed: boolean, versions: number): unknown {
  const title = titleOf(view, stored.folder, stored);
  const key = `law:${stored.folder}`;
  const contents = view.confirming?.key === key ? view.confirming.contents : undefined;
  const question = contents
    ? contents.recordOnly
      ? strings.confirmDeleteLawRecord(title.text, stored.folder)
      : strings.confirmDeleteLaw(title.text, contents.versions, contents.notes, contents.reports)
    : '';
  return html`<li data-folder=${stored.folder}>
    ${shadowed
      ? html`<bdi lang=${title.lang || nothing} translate="no">${title.text}</bdi>`
      : html`<a href=${routeHref({ kind: 'law', folder: stored.folder })}><bdi lang=${title.lang || nothing} translate="no">${title.text}</bdi></a>`}
    <span class="meta">${shadowed ? strings.lawRecordShadowed : strings.versionCount(versions)}</span>
    ${renderDelete(view, key, strings.deleteLaw, question, () => view.deleteLaw(stored.folder), () => view.askLaw(stored.folder))}
  </li>`;
}

/** An imported version, naming its law (`mine`: the reader's own law it belongs to, if it does). */
function renderVersion(view: RecordsView, v: StoredVersion, mine: StoredLaw | undefined): unknown {
  const known = !!mine || view.laws.some((l) => l.folder === v.folder);
  const title = titleOf(view, v.folder, mine);
  const key = `version:${v.folder}/${v.versionId}`;
  return html`<li data-version=${v.versionId}>
    ${known
      ? html`<a href=${routeHref({ kind: 'version', folder: v.folder, version: v.versionId, target: undefined })}><bdi translate="no">${v.info.label}</bdi></a>`
      : html`<bdi translate="no">${v.info.label}</bdi>`}
    <span class="meta">
      ${known ? html`${strings.inLaw('')}<bdi lang=${title.lang || nothing} translate="no">${title.text}</bdi>` : strings.lawMissing}${v.info.date ? ` · ${v.info.date}` : ''}
    </span>
    ${renderDelete(view, key, strings.deleteVersion, strings.confirmDeleteVersion(v.info.label), () => view.deleteVersion(v))}
  </li>`;
}

/** A delete button, or (once pressed) the question and the buttons to confirm or cancel; `ask` runs instead of showing the question at once. */
function renderDelete(view: RecordsView, key: string, label: string, question: string, run: () => Promise<void>, ask?: () => Promise<void>): unknown {
  if (view.confirming?.key !== key) {
    return html`<button type="button" class="danger delete" ?disabled=${view.busy} @click=${() => (ask ? void ask() : view.ask(key))}>${label}</button>`;
  }
  return html`<span class="confirm" role="group" aria-label=${label}>
    <span class="question">${question}</span>
    <button type="button" class="danger confirm-delete" ?disabled=${view.busy} @click=${() => void run()}>${strings.confirmDelete}</button>
    <button type="button" @click=${() => view.cancel()}>${strings.cancel}</button>
  </span>`;
}
