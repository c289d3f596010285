/**
 * The built app ships the comparisons of its collection's readings (docs/decisions/018): opening one reads
 * it instead of comparing. Tests of the comparison worker, its progress, cancellation and the IndexedDB
 * cache (what the reader's own laws and the development server go through) refuse those files: the app
 * then compares in the worker, as for a collection built without them.
 */
import type { BrowserContext, Page } from '@playwright/test';

/** Matches a shipped comparison's address (`collection/~compared/…`). */
export const SHIPPED_FILES = /\/collection\/~compared\//u;

/**
 * Refuses the shipped comparisons to every page of `context` (a 404, as from a server without them) and to
 * its service worker, which fetches them for the page once it controls it.
 */
export async function withoutShippedComparisons(target: BrowserContext | Page): Promise<void> {
  await target.route(SHIPPED_FILES, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found\n' }));
}
