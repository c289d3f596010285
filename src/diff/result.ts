/** A comparison as the app keeps and shows it: the result the worker posts and the store caches. Plain data (structured clone, IndexedDB). */
import type { Problem } from '../model/problems.js';
import type { VersionDoc } from '../model/types.js';
import type { History } from './history.js';
import type { Granularity } from './tokens.js';
import type { Comparison } from './types.js';

/**
 * Where a result came from: computed now, the cache for the same inputs, (inputs unreadable, e.g. offline) an
 * older cached result, or the comparisons the collection's build made and shipped with it.
 */
export interface CacheInfo {
  from: 'fresh' | 'cache' | 'stale' | 'shipped';
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
  /**
   * Set by the worker on a first answer (not stored): `docs` and `history` hold the two readings
   * compared only; the history of every reading follows ({@link HistoryUpdate}).
   */
  partial?: boolean;
}

/** What completes a partial result: the other readings' texts and warnings, and the history of every reading. */
export interface HistoryUpdate {
  docs: Record<string, VersionDoc>;
  warnings: Record<string, Problem[]>;
  history: History;
  /** Whether the whole result could be kept for next time. */
  cache?: CacheInfo;
}
