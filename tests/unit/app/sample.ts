/**
 * The shipped sample law, loaded once for the tests of the app layer: its
 * readings, their history across all readings, and the comparison model of
 * two readings as the viewer builds it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel, type ArticleRow, type CompareModel } from '../../../src/present/compare-model.js';
import { buildHistory, type History } from '../../../src/diff/history.js';
import { compareVersions } from '../../../src/diff/compare.js';
import type { Comparison } from '../../../src/diff/types.js';
import type { Article, Law, VersionDoc } from '../../../src/model/types.js';
import { parseLaw, parseVersionDoc } from '../../../src/model/validate.js';
import { repoRoot } from '../../helpers/corpus.js';

export type Edition = 'zh' | 'en';

export interface Sample {
  law: Law;
  docs: Record<string, VersionDoc>;
  history: History;
}

const cache = new Map<Edition, Sample>();

/** The sample law of an edition with every published reading and their history. */
export function sample(edition: Edition): Sample {
  const hit = cache.get(edition);
  if (hit) return hit;
  const dir = join(repoRoot, 'versions', `fictional-open-data-law-${edition}`);
  const { law } = parseLaw(readFileSync(join(dir, 'law.json'), 'utf8'));
  if (!law) throw new Error(`the sample law.json (${edition}) does not parse`);
  const docs: Record<string, VersionDoc> = {};
  for (const v of law.versions) {
    if (v.published === false || !v.file) continue;
    const { doc } = parseVersionDoc(readFileSync(join(dir, v.file), 'utf8'));
    if (!doc) throw new Error(`${v.file} (${edition}) does not parse`);
    docs[v.id] = doc;
  }
  const ids = law.versions.filter((v) => docs[v.id]).map((v) => v.id);
  const history = buildHistory(ids.map((id) => ({ id, doc: docs[id]! })));
  const s = { law, docs, history };
  cache.set(edition, s);
  return s;
}

/** The viewer's model of a comparison of two readings of the sample law. */
export function model(edition: Edition, oldId: string, newId: string): { model: CompareModel; comparison: Comparison } {
  const s = sample(edition);
  const comparison = compareVersions(s.docs[oldId]!, s.docs[newId]!);
  return { model: buildModel(s.docs[oldId]!, s.docs[newId]!, comparison, { old: oldId, new: newId }, s.history, { docs: s.docs, versions: s.law.versions }), comparison };
}

/** An article row by its key; fails loudly when there is none. */
export function rowOf(m: CompareModel, key: string): ArticleRow {
  const i = m.indexOfKey.get(key);
  const row = i === undefined ? undefined : m.rows[i];
  if (!row || row.type !== 'article') throw new Error(`no article row "${key}"; keys: ${[...m.indexOfKey.keys()].slice(0, 10).join(', ')}…`);
  return row;
}

/** A one-paragraph article (`Art. <num>`), for tests that build tiny readings by hand. */
export function tinyArticle(num: string, text: string): Article {
  return { kind: 'article', label: `Art. ${num}`, num, heading: '', paragraphs: [{ num: '', text, items: [] }] };
}

/** A reading of the given articles and annotations, in English. */
export function tinyDoc(articles: Article[], annotations: VersionDoc['annotations']): VersionDoc {
  return { format: 'lawdiff-version/1', title: 'T', language: 'en', metadata: {}, preamble: [], body: articles, annexes: [], annotations };
}
