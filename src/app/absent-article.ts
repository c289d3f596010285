/**
 * Why a link's article is not a row of the comparison it opens: it was
 * deleted (or merged into another article) before the older reading, it was
 * inserted only after the newer one, or the key names no article at all. The
 * view says so in words and shows the article's last text, instead of "not
 * part of this comparison".
 */
import { resolveKey, type History } from '../diff/index.js';
import { listArticles } from '../model/doc.js';
import type { Article, VersionDoc } from '../model/types.js';

/** What became of an article a link names, seen from the comparison `old → new`. */
export type AbsentArticle =
  /** No reading has an article by that key. */
  | { kind: 'unknown'; key: string }
  /** Last in `lastIn` (as `article`), gone in `goneIn`, which is the older reading or an earlier one. */
  | { kind: 'deleted'; key: string; lastIn: string; goneIn: string; article: Article | undefined }
  /** Absorbed into the article whose lineage key is `into` when `goneIn` was made. */
  | { kind: 'merged'; key: string; lastIn: string; goneIn: string; article: Article | undefined; into: string }
  /** First in `firstIn`, a reading after the newer one. */
  | { kind: 'later'; key: string; firstIn: string; article: Article | undefined };

function articleIn(docs: Record<string, VersionDoc>, versionId: string, num: string): Article | undefined {
  const doc = docs[versionId];
  return doc ? listArticles(doc).find((a) => a.article.num === num)?.article : undefined;
}

/**
 * What became of the article `key` names, for a comparison of `oldId` with
 * `newId`; undefined when the article is in one of the two readings (then
 * it is a row of the comparison).
 */
export function absentArticle(history: History, docs: Record<string, VersionDoc>, key: string, oldId: string, newId: string): AbsentArticle | undefined {
  const lineage = resolveKey(history, key);
  const ids = history.versionIds;
  const oldAt = ids.indexOf(oldId);
  const newAt = ids.indexOf(newId);
  if (!lineage || oldAt < 0 || newAt < 0) return { kind: 'unknown', key };
  if (lineage.cells[oldAt] || lineage.cells[newAt]) return undefined;
  const present = lineage.cells.flatMap((c, i) => (c ? [i] : []));
  const first = present[0];
  const last = present[present.length - 1];
  if (first === undefined || last === undefined) return { kind: 'unknown', key };
  const hi = Math.max(oldAt, newAt);
  const lo = Math.min(oldAt, newAt);
  if (first > hi) return { kind: 'later', key, firstIn: ids[first]!, article: articleIn(docs, ids[first]!, lineage.cells[first]!.num) };
  if (last < lo && last + 1 < ids.length) {
    const lastIn = ids[last]!;
    const goneIn = ids[last + 1]!;
    const article = articleIn(docs, lastIn, lineage.cells[last]!.num);
    if (lineage.mergedInto && lineage.mergedInto.version === last + 1) return { kind: 'merged', key, lastIn, goneIn, article, into: lineage.mergedInto.key };
    return { kind: 'deleted', key, lastIn, goneIn, article };
  }
  // Present before and after but in neither reading compared (deleted, then inserted again under the same lineage): nothing better to say.
  return { kind: 'unknown', key };
}
