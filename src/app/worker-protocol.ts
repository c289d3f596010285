/** Messages between the page and the comparison worker. Plain data (structured clone). */
import type { History } from '../diff/history.js';
import type { Granularity } from '../diff/tokens.js';
import type { Comparison } from '../diff/types.js';
import type { Problem } from '../model/problems.js';
import type { Law, VersionDoc } from '../model/types.js';

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
}

export type WorkerRequest = CompareRequest;

/** Where a result came from: computed now, the cache for the same inputs, or (inputs unreadable, e.g. offline) an older cached result. */
export interface CacheInfo {
  from: 'fresh' | 'cache' | 'stale';
  /** When the cached result was computed (ISO 8601). */
  savedAt?: string;
  /** Why the result could not be kept for next time (a DbProblem: full, blocked, corrupt). */
  problem?: string;
}

/** Everything a comparison view needs. */
export interface CompareResult {
  /** Every published version's content by id (the history shows each reading's text). */
  docs: Record<string, VersionDoc>;
  comparison: Comparison;
  history: History;
  /** The unit CJK text was diffed by (absent in results cached before there was a choice: words). */
  granularity?: Granularity;
  /** Import warnings, by version id. */
  warnings: Record<string, Problem[]>;
  /** Set by the worker on what it posts (not stored). */
  cache?: CacheInfo;
}

export type WorkerResponse =
  | { id: number; type: 'progress'; fraction: number; phase: 'loading' | 'comparing' | 'history' }
  | { id: number; type: 'result'; result: CompareResult }
  | { id: number; type: 'error'; message: string; problems: Problem[] };
