/** A {@link CollectionReader} over `fetch`: the collection served at a base URL. */
import type { CollectionReader } from '../model/collection.js';
import { isRevisionsFile } from './revisions.js';

/** A reader over `fetch` that also says which address it reads a file from. */
export interface FetchReader extends CollectionReader {
  /** The address `path` is read from: with `?rev=` when the build named the file's revision. */
  urlOf(path: string): Promise<URL>;
  /** The revision `files.json` names for `path` (index.json and law.json have none). */
  revision(path: string): Promise<string | undefined>;
  /** The files `files.json` names under the folder `prefix` (ending in `/`), collection-relative. */
  filesUnder(prefix: string): Promise<string[]>;
  /** The response for `path`, checked as {@link CollectionReader.read} checks it, for a caller that reads its bytes. */
  open(path: string): Promise<Response>;
}

/**
 * Reads collection files relative to `base` (`new URL('collection/', document.baseURI)`).
 * Rejects with `HTTP <status>` when the file is missing, and when a server answers
 * a missing file with its HTML fallback page instead of a 404.
 *
 * When the collection has a `files.json` (every build writes one), files it
 * names are read as `<path>?rev=<revision>`, which the service worker caches
 * (src/sw.ts); without one (the dev server) files are read as they are.
 */
export function fetchReader(base: URL, fetchImpl: typeof fetch = fetch.bind(globalThis)): FetchReader {
  let revisions: Promise<Record<string, string>> | undefined;
  const loadRevisions = (): Promise<Record<string, string>> =>
    (revisions ??= fetchImpl(new URL('files.json', base), { cache: 'no-cache' })
      .then(async (r) => {
        if (!r.ok) return {};
        const data: unknown = await r.json();
        return isRevisionsFile(data) ? data.files : {};
      })
      .catch(() => ({})));

  // index.json and law.json are precached with the app; every other named file is addressed by revision.
  const revision = async (path: string): Promise<string | undefined> =>
    path === 'index.json' || path.endsWith('/law.json') ? undefined : (await loadRevisions())[path];

  const urlOf = async (path: string): Promise<URL> => {
    const segments = path.split('/');
    if (segments.some((s) => s === '' || s === '.' || s === '..')) {
      throw new Error(`not a path inside the collection: ${path}`);
    }
    const url = new URL(segments.map(encodeURIComponent).join('/'), base);
    const rev = await revision(path);
    if (rev) url.searchParams.set('rev', rev);
    return url;
  };

  const open = async (path: string): Promise<Response> => {
    const url = await urlOf(path);
    const response = await fetchImpl(url, { cache: 'no-cache' });
    if (!response.ok) {
      const body = response.status === 409 ? `: ${(await response.text()).slice(0, 300)}` : '';
      throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${body}`);
    }
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('text/html') && !/\.html?$/iu.test(path)) {
      throw new Error('not found (the server answered with a web page)');
    }
    return response;
  };

  return {
    urlOf,
    revision,
    open,
    async filesUnder(prefix) {
      return Object.keys(await loadRevisions()).filter((path) => path.startsWith(prefix));
    },
    async read(path: string): Promise<string> {
      // Reading a collection starts with its index: the revisions are fetched meanwhile, for the files it lists.
      if (path === 'index.json') void loadRevisions();
      return (await open(path)).text();
    },
  };
}
