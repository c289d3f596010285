/**
 * The comparisons a build ships with the collection (docs/decisions/018-comparisons-shipped-with-the-collection.md):
 * every law's readings compared as the comparison worker would compare them — the history of every
 * reading by each unit, and the pairs that are not consecutive (src/app/shipped-comparisons.ts says
 * which) — so the viewer reads a shipped law's comparison instead of computing it. The files are
 * named by the revision of the law's listing: a listing the reader changed finds none.
 */
import { gzipSync } from 'node:zlib';
import { comparedReadings } from '../src/app/comparison-lookup.js';
import { pairText, shippedPaths, shipsPair, type ShippedHistory, type ShippedPair, type ShippedReadings } from '../src/app/shipped-comparisons.js';
import { buildHistory, compareVersions, Tokenizer } from '../src/diff/index.js';
import { loadVersion, type CollectionReader } from '../src/model/collection.js';
import { isCjkLanguage } from '../src/model/language.js';
import type { Problem } from '../src/model/problems.js';
import type { VersionDoc } from '../src/model/types.js';
import { parseLaw } from '../src/model/validate.js';

/** A shipped law's comparisons: files to write (collection-relative path, JSON text), or why there are none. */
export type ShippedLaw = { files: Array<[path: string, body: Buffer]>; none?: undefined } | { files: []; none: string };

/**
 * Compares the readings of the law in `folder` (its `law.json` text; `read` gives a collection file's text as
 * the viewer is served it). `revision` hashes a text as `files.json` does.
 */
export async function shipComparisons(folder: string, lawJson: string, read: CollectionReader['read'], revision: (text: string) => string): Promise<ShippedLaw> {
  const { law } = parseLaw(lawJson);
  if (!law) return { files: [], none: 'its law.json cannot be read' };
  const readings = comparedReadings(law);
  if (readings.length < 2) return { files: [], none: 'it has fewer than two readings' };
  const docs: Record<string, VersionDoc> = {};
  const warnings: Record<string, Problem[]> = {};
  for (const info of readings) {
    const r = await loadVersion({ read }, folder, law, info);
    if (!r.doc) return { files: [], none: `its reading ${info.id} cannot be read` };
    docs[info.id] = r.doc;
    warnings[info.id] = r.problems;
  }
  // The worker diffs by the language of the newer reading's text: one result for every pair only when all agree.
  const languages = new Set(readings.map((v) => docs[v.id]!.language || law.language));
  if (languages.size > 1) return { files: [], none: `its readings are in several languages (${[...languages].join(', ')})` };
  const language = [...languages][0]!;
  const lawRev = revision(JSON.stringify(law));
  // Compressed once here rather than by the server for every reader (src/app/shipped-comparisons.ts, SHIPPED_EXTENSION).
  const json = (value: ShippedReadings | ShippedHistory | ShippedPair): Buffer => gzipSync(JSON.stringify(value), { level: 9 });
  const ids = readings.map((v) => v.id);
  const files: Array<[string, Buffer]> = [[shippedPaths(folder, lawRev, 'word').readings, json({ format: 'lawdiff-shipped-readings/1', ids, docs, warnings })]];
  const chain = readings.map((v) => ({ id: v.id, doc: docs[v.id]! }));
  for (const unit of isCjkLanguage(law.language) ? (['word', 'char'] as const) : (['word'] as const)) {
    const tokenizer = new Tokenizer(language, unit);
    const at = shippedPaths(folder, lawRev, unit);
    files.push([at.history, json({ format: 'lawdiff-shipped-history/1', history: buildHistory(chain, { tokenizer }) })]);
    for (let i = 0; i < chain.length; i++) {
      for (let j = i + 2; j < chain.length; j++) {
        if (!shipsPair(chain.length, i, j)) continue;
        const comparison = compareVersions(chain[i]!.doc, chain[j]!.doc, { tokenizer });
        files.push([at.pair(revision(pairText(chain[i]!.id, chain[j]!.id))), json({ format: 'lawdiff-shipped-pair/1', comparison })]);
      }
    }
  }
  return { files };
}
