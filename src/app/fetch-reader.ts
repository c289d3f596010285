/** A {@link CollectionReader} over `fetch`: the collection served at a base URL. */
import type { CollectionReader } from '../model/collection.js';

/**
 * Reads collection files relative to `base` (`new URL('collection/', document.baseURI)`).
 * Rejects with `HTTP <status>` when the file is missing, and when a server answers
 * a missing file with its HTML fallback page instead of a 404.
 */
export function fetchReader(base: URL, fetchImpl: typeof fetch = fetch.bind(globalThis)): CollectionReader {
  return {
    async read(path: string): Promise<string> {
      const segments = path.split('/');
      if (segments.some((s) => s === '' || s === '.' || s === '..')) {
        throw new Error(`not a path inside the collection: ${path}`);
      }
      const url = new URL(segments.map(encodeURIComponent).join('/'), base);
      const response = await fetchImpl(url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      const type = response.headers.get('content-type') ?? '';
      if (type.includes('text/html') && !/\.html?$/iu.test(path)) {
        throw new Error('not found (the server answered with a web page)');
      }
      return response.text();
    },
  };
}
