/**
 * lawdiff's service worker (built by vite-plugin-pwa's injectManifest; see
 * docs/decisions/004-offline.md).
 *
 * - The app shell, `collection/index.json`, `collection/files.json` and every
 *   `law.json` are precached: they change together, with each deployment,
 *   when the new worker takes over (after the reader agrees to reload).
 * - Version files are requested as `collection/<path>?rev=<revision>` (the
 *   revision from files.json) and cached under that address the first time
 *   they are read, or all at once when the reader makes a law available
 *   offline. A response whose content does not match its revision (the server
 *   was updated under this worker) is refused rather than cached, so old and
 *   new files never mix; the worker then looks for its update.
 * - Entries no longer named by the current files.json are dropped on activation.
 * - The document readers (pdf.js and its character maps, parse5) are not precached — 1.7 MB most
 *   readers never need — but kept the first time they load (their names carry their content's
 *   hash), so a PDF read once can be read offline; a new deployment starts that cache afresh.
 */
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { COLLECTION_CACHE, contentRevision, isRevisionsFile, type RevisionsFile } from './app/revisions.js';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

const collectionBase = new URL('collection/', self.registration.scope);

/** The current deployment's files.json, from the precache. */
async function currentRevisions(): Promise<RevisionsFile | undefined> {
  const response = await matchPrecache(new URL('files.json', collectionBase).href);
  if (!response) return undefined;
  try {
    const data: unknown = await response.json();
    return isRevisionsFile(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

registerRoute(
  ({ url, request }) => request.method === 'GET' && url.href.startsWith(collectionBase.href) && url.searchParams.has('rev'),
  async ({ request, url }) => {
    const cache = await caches.open(COLLECTION_CACHE);
    const cached = await cache.match(request);
    if (cached) return cached;
    const response = await fetch(request);
    if (!response.ok) return response;
    const body = await response.clone().arrayBuffer();
    if ((await contentRevision(body)) !== url.searchParams.get('rev')) {
      void self.registration.update();
      return new Response('This file changed on the server after this copy of lawdiff was installed. Reload lawdiff to get the new version.', {
        status: 409,
        statusText: 'Changed on the server',
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      });
    }
    try {
      await cache.put(request, response.clone());
    } catch {
      // Storage full: the reader still gets the file, it just is not kept for offline use.
    }
    return response;
  },
);

/** The document readers' cache (see above). */
const READERS_CACHE = 'lawdiff-readers';
const READER = /\/assets\/(?:pdf|pdf\.worker|html-parse5)-[\w-]+\.js$|\/assets\/[\w-]+\.bcmap$/u;

registerRoute(
  ({ url, request }) => request.method === 'GET' && url.origin === self.location.origin && READER.test(url.pathname),
  async ({ request }) => {
    const cache = await caches.open(READERS_CACHE);
    const cached = await cache.match(request);
    if (cached) return cached;
    const response = await fetch(request);
    if (response.ok) {
      try {
        await cache.put(request, response.clone());
      } catch {
        // Storage full: read now, fetched again next time.
      }
    }
    return response;
  },
);

/** Drops cached version files the current deployment no longer names (old revisions, removed laws). */
async function pruneCollectionCache(): Promise<void> {
  const revisions = await currentRevisions();
  if (!revisions) return;
  const cache = await caches.open(COLLECTION_CACHE);
  for (const request of await cache.keys()) {
    const url = new URL(request.url);
    const path = decodeURIComponent(url.pathname.slice(collectionBase.pathname.length));
    if (revisions.files[path] !== url.searchParams.get('rev')) await cache.delete(request);
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil(Promise.all([pruneCollectionCache(), caches.delete(READERS_CACHE)]));
});

// The page asks a waiting worker to take over once the reader chose to reload (src/app/offline.ts).
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first installation takes the open page over at once, so what it reads next is cached.
clientsClaim();
