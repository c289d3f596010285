/**
 * Content revisions of collection files: the build writes `collection/files.json`
 * (path → revision); readers ask for `<path>?rev=<revision>` and the service
 * worker caches by that address, so a cached file is always the one the
 * deployment named. Used by the page, the comparison worker and the service worker.
 */

/** The Cache Storage cache holding version files (src/sw.ts fills it; src/app/offline.ts reads it). */
export const COLLECTION_CACHE = 'lawdiff-collection-v1';

/** `collection/files.json`. */
export interface RevisionsFile {
  format: 'lawdiff-files/1';
  /** Collection-relative path → revision. */
  files: Record<string, string>;
}

export function isRevisionsFile(data: unknown): data is RevisionsFile {
  if (typeof data !== 'object' || data === null) return false;
  const { format, files } = data as { format?: unknown; files?: unknown };
  return (
    format === 'lawdiff-files/1' &&
    typeof files === 'object' &&
    files !== null &&
    Object.values(files).every((v) => typeof v === 'string')
  );
}

/** The first 16 hex digits of the SHA-256 of `content` (build/collection-plugin.ts computes the same at build time). */
export async function contentRevision(content: ArrayBuffer | string): Promise<string> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  let hex = '';
  for (const b of new Uint8Array(digest, 0, 8)) hex += b.toString(16).padStart(2, '0');
  return hex;
}
