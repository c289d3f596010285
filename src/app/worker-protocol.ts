/** Messages between the page and the comparison worker. Plain data (structured clone). */
import type { History } from '../diff/history.js';
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
}

export type WorkerRequest = CompareRequest;

/** Everything a comparison view needs. */
export interface CompareResult {
  /** Every published version's content by id (the history shows each reading's text). */
  docs: Record<string, VersionDoc>;
  comparison: Comparison;
  history: History;
  /** Import warnings, by version id. */
  warnings: Record<string, Problem[]>;
}

export type WorkerResponse =
  | { id: number; type: 'progress'; fraction: number; phase: 'loading' | 'comparing' | 'history' }
  | { id: number; type: 'result'; result: CompareResult }
  | { id: number; type: 'error'; message: string; problems: Problem[] };
