/**
 * Offline use, page side: registers the service worker (src/sw.ts), follows
 * the network state and a waiting update, and makes a law's versions
 * available offline (every version file put into the collection cache).
 * See docs/decisions/004-offline.md.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Workbox } from 'workbox-window';
import { versionFile } from '../model/collection.js';
import type { Law } from '../model/types.js';
import type { FetchReader } from './fetch-reader.js';
import { COLLECTION_CACHE } from './revisions.js';
import { shippedLawFiles } from './shipped-comparisons.js';
import { whenIdle } from './idle.js';

/** What the page knows about being offline. */
export interface OfflineState {
  online: boolean;
  /** A new deployment's service worker is installed and waits for the reader to reload. */
  updateReady: boolean;
  /** A service worker controls the page (the app itself works offline). */
  controlled: boolean;
}

type Listener = (state: OfflineState) => void;

let state: OfflineState = {
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  updateReady: false,
  controlled: typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller,
};
const listeners = new Set<Listener>();
let workbox: Workbox | undefined;

function set(change: Partial<OfflineState>): void {
  state = { ...state, ...change };
  for (const l of listeners) l(state);
}

/** The current state. */
export function offlineState(): OfflineState {
  return state;
}

/** Calls `listener` on every change; returns the unsubscribe function. */
export function onOfflineState(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Registers the service worker (built apps only: the dev server has none) once the page is idle,
 * and starts following the network state. Safe to call once at start-up.
 */
export function startOffline(): void {
  addEventListener('online', () => set({ online: true }));
  addEventListener('offline', () => set({ online: false }));
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  workbox = new Workbox(new URL('sw.js', document.baseURI).href, { scope: new URL('./', document.baseURI).pathname, type: 'classic' });
  workbox.addEventListener('waiting', () => set({ updateReady: true }));
  workbox.addEventListener('controlling', (event) => {
    // A new deployment takes over a page that a worker already controlled (the reader chose
    // "Reload to update", here or in another tab): show it. `isUpdate` alone says whether a worker
    // controlled the page when it loaded, so it is false for an update that arrives in the same
    // visit that installed the first worker — the update bar's button then did nothing.
    if (event.isUpdate || state.controlled) location.reload();
    else set({ controlled: true });
  });
  // Once the page has drawn what it opened: installing fetches the whole app for offline use (~1.5 MB), which on
  // a first visit would compete with the page's own requests and its first rows.
  const w = workbox;
  void whenIdle()
    .then(() => w.register())
    .catch((e: unknown) => {
      console.warn('lawdiff: the service worker could not be registered; the app works online only.', e);
    });
}

/** Lets the waiting service worker take over; the page reloads once it controls. */
export function applyUpdate(): void {
  if (workbox) workbox.messageSkipWaiting();
  else location.reload();
}

/** A lit controller that re-renders its host on every offline-state change. */
export class OfflineController implements ReactiveController {
  state = offlineState();
  private off: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.state = offlineState();
    this.off = onOfflineState((s) => {
      this.state = s;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.off?.();
  }
}

/** Collection paths of every published version file of a law. */
export function lawFiles(folder: string, law: Law): string[] {
  const files = new Set<string>();
  for (const v of law.versions) {
    const name = v.published === false ? undefined : versionFile(v);
    if (name && !name.startsWith('~')) files.add(`${folder}/${name}`);
  }
  return [...files];
}

/** How many of a law's files are in the offline cache, and their size in bytes (when known). */
export interface LawOffline {
  cached: number;
  total: number;
  bytes: number;
}

/** Whether the Cache Storage API is there (secure contexts only). */
export function canCache(): boolean {
  return typeof caches !== 'undefined';
}

/** The size of a cached response's body: its Content-Length, else (reading it) its length. */
export async function cachedSize(response: Response): Promise<number> {
  return Number(response.headers.get('content-length') ?? 0) || (await response.blob()).size;
}

/** What an offline copy of a law holds: its texts, and the comparisons the build shipped for it (offline they are read instead of computed; nothing is lost without them). */
async function offlineFiles(reader: FetchReader, folder: string, law: Law): Promise<string[]> {
  return [...lawFiles(folder, law), ...(await shippedLawFiles(reader, folder, law).catch(() => []))];
}

/**
 * How much of a law is available offline. `bytes` only with `sizes` (it may
 * read the cached bodies): the list of laws needs only the counts. Counted by
 * the texts: a law whose texts are kept can be compared offline; its shipped
 * comparisons, kept with them, only spare the computing.
 */
export async function lawOfflineStatus(reader: FetchReader, folder: string, law: Law, { sizes = true } = {}): Promise<LawOffline> {
  const files = lawFiles(folder, law);
  if (!canCache()) return { cached: 0, total: files.length, bytes: 0 };
  const cache = await caches.open(COLLECTION_CACHE);
  let cached = 0;
  let bytes = 0;
  for (const path of files) {
    const hit = await cache.match((await reader.urlOf(path)).href);
    if (hit) {
      cached++;
      if (sizes) bytes += await cachedSize(hit);
    }
  }
  return { cached, total: files.length, bytes };
}

/**
 * Puts every version file of a law into the offline cache. Resolves with a
 * message naming the first file that failed (offline, server error, storage
 * full); the files already cached stay.
 */
export async function makeLawAvailableOffline(
  reader: FetchReader,
  folder: string,
  law: Law,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ ok: true } | { ok: false; message: string }> {
  if (!canCache()) return { ok: false, message: 'this browser keeps no offline copies here (Cache Storage is unavailable)' };
  const files = await offlineFiles(reader, folder, law);
  const cache = await caches.open(COLLECTION_CACHE);
  let done = 0;
  for (const path of files) {
    const url = (await reader.urlOf(path)).href;
    try {
      if (!(await cache.match(url))) await cache.add(new Request(url, { cache: 'no-cache' }));
    } catch (e) {
      const quota = e instanceof DOMException && e.name === 'QuotaExceededError';
      const why = quota ? 'the browser storage is full' : e instanceof Error ? e.message : String(e);
      return { ok: false, message: `${path}: ${why}` };
    }
    onProgress(++done, files.length);
  }
  return { ok: true };
}

/** Removes a law's files from the offline cache. */
export async function forgetLawOffline(reader: FetchReader, folder: string, law: Law): Promise<void> {
  if (!canCache()) return;
  const cache = await caches.open(COLLECTION_CACHE);
  for (const path of await offlineFiles(reader, folder, law)) await cache.delete((await reader.urlOf(path)).href);
}

/**
 * After a shipped comparison is on screen, when the app works offline (a service worker controls the page):
 * keeps the law's texts and shipped comparisons for offline use, in the background, as computing it would
 * have (the worker reads every reading, which the service worker keeps). Without it, another pair or unit of
 * the law could not be compared offline after the visit.
 */
export function keepLawForOffline(reader: FetchReader, folder: string, law: Law): void {
  if (!canCache() || !navigator.serviceWorker?.controller) return;
  void whenIdle().then(() => makeLawAvailableOffline(reader, folder, law)).catch(() => undefined);
}
