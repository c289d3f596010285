/**
 * Two sections of the data page (`<lawdiff-data-page>`): the backup (download
 * one, restore one) and the caches (their sizes, and a button to clear them).
 * Render functions in the page's shadow root.
 */
import { html, nothing } from 'lit';
import type { CacheSizes } from '../../app/library-actions.js';
import { formatBytes } from '../../present/format.js';
import { strings } from '../../present/strings.js';
import { renderMessage, type Message } from './data-message.js';

/** The backup section; its controls are disabled while `disabled` (busy, or nothing can be read). */
export function renderBackupSection(p: { disabled: boolean; message: Message | undefined; exportBackup: () => void; onRestore: (e: Event) => void }): unknown {
  return html`<section aria-labelledby="backup-h">
    <h2 id="backup-h">${strings.backupHeading}</h2>
    <div class="actions">
      <button type="button" class="backup-export" ?disabled=${p.disabled} @click=${() => p.exportBackup()}>${strings.backupExport}</button>
    </div>
    <div class="field">
      <label for="restore">${strings.backupImport}</label>
      <input id="restore" type="file" accept=".json,application/json" ?disabled=${p.disabled} aria-describedby="restore-hint" @change=${p.onRestore} />
      <span class="hint" id="restore-hint">${strings.backupImportHint}</span>
    </div>
    ${renderMessage(p.message, 'backup')}
  </section>`;
}

/** The caches section: what is kept (once measured) and the button that clears it. */
export function renderCachesSection(p: { caches: CacheSizes | undefined; busy: boolean; message: Message | undefined; clear: () => void }): unknown {
  const c = p.caches;
  return html`<section aria-labelledby="caches-h">
    <h2 id="caches-h">${strings.cachesHeading}</h2>
    <p class="hint">${strings.cachesIntro}</p>
    ${c
      ? html`<p class="cache-counts" role="status">
          ${strings.cachesCounts(c.comparisons, formatBytes(c.comparisonBytes), c.files, formatBytes(c.fileBytes))}
        </p>`
      : nothing}
    <div class="actions">
      <button type="button" class="clear-caches" ?disabled=${p.busy} @click=${() => p.clear()}>${strings.cachesClear}</button>
    </div>
    ${renderMessage(p.message, 'caches')}
  </section>`;
}
