/** Messages between the page and the comparison worker. Plain data (structured clone). */
import type { CompareResult, Granularity, HistoryUpdate } from '../diff/index.js';
import type { Problem } from '../model/problems.js';
import type { Law } from '../model/types.js';

/** Compare two versions of a law; the worker loads every published version (for history) itself. */
export interface CompareRequest {
  id: number;
  type: 'compare';
  /** Absolute URL of the collection folder. */
  base: string;
  folder: string;
  law: Law;
  old: string;
  new: string;
  /** How finely CJK text is diffed, in the comparison and the history alike; other laws are diffed by words whatever this says. */
  granularity: Granularity;
  /** Three readings or more (the synopsis of several readings): the history follows these alone, in this order; `old` and `new` are the first and last. */
  readings?: string[] | undefined;
}

/** What a comparison asks the worker for: the request without the id the client gives it (not the engine's `Comparison`, its result). */
export type CompareJob = Omit<CompareRequest, 'id' | 'type'>;

/** The page has the comparison `id` already (read from the cache itself): answer nothing more for it, if it is not too late. */
export interface DropRequest {
  id: number;
  type: 'drop';
}

export type WorkerRequest = CompareRequest | DropRequest;

export type WorkerResponse =
  | { id: number; type: 'progress'; fraction: number; phase: 'loading' | 'comparing' | 'history' }
  /** The comparison; when `result.partial`, a `history` message follows for the same id. */
  | { id: number; type: 'result'; result: CompareResult }
  /** The rest of a partial result: the other readings and the history of every reading. */
  | { id: number; type: 'history'; update: HistoryUpdate }
  | { id: number; type: 'error'; message: string; problems: Problem[] };

/** A partial result completed by its update (the page's side of decision 016). */
export function completeResult(partial: CompareResult, update: HistoryUpdate): CompareResult {
  const { partial: _partial, ...rest } = partial;
  const cache = update.cache ?? partial.cache;
  return { ...rest, docs: { ...partial.docs, ...update.docs }, warnings: { ...partial.warnings, ...update.warnings }, history: update.history, ...(cache ? { cache } : {}) };
}
