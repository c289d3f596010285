/**
 * Resolves when the page is idle (within 5 s at the latest). What a page does not need for what it opened
 * waits for it: installing the service worker, the rest of the collection, the offline cache's bookkeeping,
 * moving notes into the database; so none of it competes with the page's first rows.
 */
export function whenIdle(): Promise<void> {
  return new Promise((resolve) => void (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 5000 }) : setTimeout(resolve, 1000)));
}
