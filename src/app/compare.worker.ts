/**
 * The comparison worker: loads the versions of a law (importing source texts
 * when needed), compares the two asked for, and follows every article through
 * all readings — off the main thread, reporting progress.
 */
import { buildHistory } from '../diff/history.js';
import { compareVersions } from '../diff/compare.js';
import { Tokenizer } from '../diff/tokens.js';
import { loadVersion } from '../model/collection.js';
import type { Problem } from '../model/problems.js';
import type { VersionDoc } from '../model/types.js';
import { fetchReader } from './fetch-reader.js';
import type { CompareRequest, WorkerRequest, WorkerResponse } from './worker-protocol.js';

const post = (message: WorkerResponse): void => (self as unknown as { postMessage(m: WorkerResponse): void }).postMessage(message);

async function compare(req: CompareRequest): Promise<void> {
  const reader = fetchReader(new URL(req.base));
  const published = req.law.versions.filter((v) => v.published !== false && (v.file || v.structured));
  const docs: Record<string, VersionDoc> = {};
  const warnings: Record<string, Problem[]> = {};
  let loaded = 0;
  await Promise.all(
    published.map(async (info) => {
      const r = await loadVersion(reader, req.folder, req.law, info);
      if (r.doc) docs[info.id] = r.doc;
      warnings[info.id] = r.problems;
      post({ id: req.id, type: 'progress', fraction: (0.3 * ++loaded) / published.length, phase: 'loading' });
    }),
  );
  for (const id of [req.old, req.new]) {
    if (!docs[id]) {
      const info = req.law.versions.find((v) => v.id === id);
      const why = !info ? `there is no version "${id}"` : info.published === false ? `"${info.label}" was not published` : `"${info.label}" could not be loaded`;
      post({ id: req.id, type: 'error', message: why, problems: warnings[id] ?? [] });
      return;
    }
  }
  const tokenizer = new Tokenizer(docs[req.new]!.language || req.law.language);
  // The history compares each reading with the next; a comparison of two consecutive readings is one of those.
  const chain = published.filter((v) => docs[v.id]).map((v) => ({ id: v.id, doc: docs[v.id]! }));
  const steps = Math.max(1, chain.length - 1);
  let step = 0;
  const history = buildHistory(chain, {
    tokenizer,
    onProgress: (f) => {
      post({ id: req.id, type: 'progress', fraction: Math.min(0.95, 0.3 + (0.6 * (step + f)) / steps), phase: 'history' });
      if (f === 1) step++;
    },
  });
  const at = chain.findIndex((v) => v.id === req.old);
  const comparison =
    at >= 0 && chain[at + 1]?.id === req.new
      ? history.comparisons[at]!
      : compareVersions(docs[req.old]!, docs[req.new]!, {
          tokenizer,
          onProgress: (f) => post({ id: req.id, type: 'progress', fraction: 0.9 + 0.1 * f, phase: 'comparing' }),
        });
  post({ id: req.id, type: 'result', result: { docs, comparison, history, warnings } });
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  compare(req).catch((e: unknown) => {
    post({ id: req.id, type: 'error', message: e instanceof Error ? e.message : String(e), problems: [] });
  });
});
