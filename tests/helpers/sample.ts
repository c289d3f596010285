/**
 * The shipped sample law (versions/fictional-open-data-law-zh and -en), read
 * once per test file: a reading by its id or label, every published reading
 * with their history, the comparison model of two readings as the viewer
 * builds it; and tiny readings built by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel, type ArticleRow, type CompareModel } from '../../src/present/compare-model.js';
import { buildHistory, type History } from '../../src/diff/history.js';
import { compareVersions } from '../../src/diff/compare.js';
import type { Comparison } from '../../src/diff/types.js';
import type { Article, Law, VersionDoc } from '../../src/model/types.js';
import { parseLaw, parseVersionDoc } from '../../src/model/validate.js';
import { repoRoot } from './corpus.js';

export type Edition = 'zh' | 'en';

/** Folder of the sample law's edition. */
function sampleDir(edition: Edition): string {
  return join(repoRoot, 'versions', `fictional-open-data-law-${edition}`);
}

const laws = new Map<Edition, Law>();

/** An edition's law.json (parsed once; do not mutate). */
function sampleLaw(edition: Edition): Law {
  let law = laws.get(edition);
  if (!law) {
    const r = parseLaw(readFileSync(join(sampleDir(edition), 'law.json'), 'utf8'));
    if (!r.law) throw new Error(`the sample law.json (${edition}) does not parse: ${JSON.stringify(r.problems)}`);
    law = r.law;
    laws.set(edition, law);
  }
  return law;
}

const files = new Map<string, VersionDoc>();

/** A reading of the sample law by its file name (parsed once; do not mutate). */
function sampleFile(edition: Edition, file: string): VersionDoc {
  const key = `${edition}/${file}`;
  let doc = files.get(key);
  if (!doc) {
    const r = parseVersionDoc(readFileSync(join(sampleDir(edition), file), 'utf8'));
    if (!r.doc) throw new Error(`${key} does not parse: ${JSON.stringify(r.problems)}`);
    doc = r.doc;
    files.set(key, doc);
  }
  return doc;
}

/** A reading of the sample law by its id (`first-draft`, in `first-draft.json`; do not mutate). */
export function loadSample(edition: Edition, version: string): VersionDoc {
  return sampleFile(edition, `${version}.json`);
}

/** Version id (`first-draft`) of a version label as the fixture writes it (`First draft`). */
export function sampleVersionId(edition: Edition, label: string): string {
  const v = sampleLaw(edition).versions.find((x) => x.label.toLowerCase() === label.trim().toLowerCase());
  if (!v) throw new Error(`no version labelled "${label}" in ${edition}`);
  return v.id;
}

export interface Sample {
  law: Law;
  docs: Record<string, VersionDoc>;
  history: History;
}

const samples = new Map<Edition, Sample>();

/** The sample law of an edition with every published reading and their history. */
export function sample(edition: Edition): Sample {
  const hit = samples.get(edition);
  if (hit) return hit;
  const law = sampleLaw(edition);
  const docs: Record<string, VersionDoc> = {};
  for (const v of law.versions) {
    if (v.published === false || !v.file) continue;
    docs[v.id] = sampleFile(edition, v.file);
  }
  const ids = law.versions.filter((v) => docs[v.id]).map((v) => v.id);
  const history = buildHistory(ids.map((id) => ({ id, doc: docs[id]! })));
  const s = { law, docs, history };
  samples.set(edition, s);
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
