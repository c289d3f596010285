/**
 * The comparison the viewer shows: one reactive controller that owns which
 * two readings are compared and by which unit (one key, computed here only),
 * the worker's progress, the last result and its cancellation. A comparison
 * that is superseded (other readings, another unit, the reader left the page
 * while it ran) is aborted and stops in the worker.
 */
import type { ReactiveControllerHost } from 'lit';
import type { CompareResult, Granularity } from '../diff/index.js';
import type { CollectionReader } from '../model/collection.js';
import type { Law } from '../model/types.js';
import { cachedComparison, compareInWorker, type CompareJob } from './compare-client.js';
import { unitOf } from './comparison-lookup.js';
import type { FetchReader } from './fetch-reader.js';
import { keepLawForOffline } from './offline.js';
import { shippedComparison } from './shipped-comparisons.js';
import { LoadController, LoadStatus, type Loadable } from './load-controller.js';

/** Which comparison: a law's two readings and the unit its text is diffed by. */
export interface ComparisonKey {
  folder: string;
  old: string;
  new: string;
  /** Normalized: `char` only for CJK laws; every other law is diffed by words whichever unit the URL names. */
  unit: Granularity;
  /** Three readings or more, in order: the synopsis of several readings (`old`, `new`: the first and last). */
  readings?: readonly string[] | undefined;
}

/** The key of a comparison, with the unit normalized for the law's language. */
export function comparisonKey(folder: string, law: Law, old: string, newId: string, unit: Granularity, readings?: readonly string[]): ComparisonKey {
  const key: ComparisonKey = { folder, old, new: newId, unit: unitOf(law, unit) };
  return readings && readings.length > 2 ? { ...key, readings } : key;
}

/** Whether two comparisons are of the same two readings (the rows are the same; only the unit may differ). */
export function sameReadings(a: Omit<ComparisonKey, 'unit'>, b: Omit<ComparisonKey, 'unit'>): boolean {
  return a.folder === b.folder && a.old === b.old && a.new === b.new && (a.readings ?? []).join('\n') === (b.readings ?? []).join('\n');
}

const keyString = (k: ComparisonKey): string => [k.folder, k.old, k.new, k.unit, ...(k.readings ?? [])].join('\n');

/** What to put on screen for the comparison asked for last. */
export type SessionView =
  | Loadable<CompareResult>
  /** The same readings are being compared again by another unit: the last result stays on screen meanwhile. */
  | { status: 'refreshing'; value: CompareResult };

export class ComparisonSession {
  /** The worker's progress on the current comparison: 0..1 and its phase. */
  progress = { fraction: 0, phase: 'loading' };
  private readonly load: LoadController<CompareResult>;
  private asked: ComparisonKey | undefined;
  /** The last comparison that finished, kept while the same readings are compared by another unit. */
  private shown: { key: ComparisonKey; result: CompareResult } | undefined;
  /** The history that completes a partial first answer (by the key of its comparison), and the work making it. */
  private completed: { key: string; result: CompareResult } | undefined;
  private finishing: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Absolute URL of the shipped collection (the worker reads it, and the reader's own laws, itself). */
    private readonly base: URL,
    /** The page's reader of the collection, which knows the build's revision of each file: a comparison kept and current is read without the worker. */
    private readonly reader?: CollectionReader,
    /** The shipped collection's own reader: comparisons the build made are read from it (never the reader's own). */
    private readonly network?: FetchReader,
  ) {
    this.load = new LoadController(host);
  }

  /** Shows the comparison `key` of `law`: starts it unless it is the one already shown or running (and aborts the one running). */
  show(key: ComparisonKey, law: Law): void {
    this.asked = key;
    const ks = keyString(key);
    if (this.load.key !== ks) this.stopFinishing();
    this.load.ensure(ks, async (signal) => {
      this.progress = { fraction: 0, phase: 'loading' };
      const { folder, old, unit } = key;
      // A first answer may be partial (the two readings only); its completion arrives later, unless this comparison is left first.
      const finishing = (this.finishing = new AbortController());
      const job: CompareJob = { base: this.base.href, folder, law, old, new: key.new, granularity: unit, readings: key.readings ? [...key.readings] : undefined };
      // Compared when the collection was built: read, not computed (docs/decisions/018-comparisons-shipped-with-the-collection.md).
      const shipped = this.network ? await shippedComparison(this.network, job) : undefined;
      if (shipped && !signal.aborted) {
        // Measured by scripts/bench/browser.mjs as any first answer is; tested by tests/e2e/shipped.spec.ts.
        performance.mark('lawdiff:compare-shipped');
        performance.mark('lawdiff:compare-ready');
        keepLawForOffline(this.network!, folder, law);
        return shipped;
      }
      // The page looks the comparison up in the cache while the worker starts on it: a kept one is shown without the worker.
      return compareInWorker(job, {
        signal: AbortSignal.any([signal, finishing.signal]),
        kept: this.reader ? cachedComparison(this.reader, job) : undefined,
        progress: (fraction, phase) => {
          this.progress = { fraction, phase };
          this.host.requestUpdate();
        },
        complete: (result) => {
          if (finishing.signal.aborted) return;
          this.completed = { key: ks, result };
          this.host.requestUpdate();
        },
      });
    });
    const state = this.load.state;
    if (state.status === LoadStatus.done) this.shown = { key, result: this.resultOf(state.value) };
    else if (this.shown && !sameReadings(this.shown.key, key)) this.shown = undefined;
  }

  /** The comparison's result, completed when its history has arrived. */
  private resultOf(first: CompareResult): CompareResult {
    return this.completed && this.completed.key === this.load.key ? this.completed.result : first;
  }

  /** Stops the history of a partial answer that is still being made (the reader moved on). */
  private stopFinishing(): void {
    this.finishing?.abort();
    this.finishing = undefined;
    this.completed = undefined;
  }

  /** The reader left the comparison: a comparison still running stops; a finished one is kept for coming back. */
  leave(): void {
    this.asked = undefined;
    this.shown = undefined;
    if (this.load.state.status === LoadStatus.pending) this.load.reset();
    // A finished comparison whose history is still being made stays unfinished: coming back computes it again.
    else if (this.load.state.status === LoadStatus.done && this.load.state.value.partial && !this.completed) {
      this.stopFinishing();
      this.load.reset();
    }
  }

  /** Forgets everything (the library changed): the next `show` compares again. */
  reset(): void {
    this.asked = undefined;
    this.shown = undefined;
    this.stopFinishing();
    this.load.reset();
  }

  /** Compares again after an error. */
  retry(): void {
    this.load.retry();
  }

  /** What to show for the comparison asked for last. */
  get view(): SessionView {
    const state = this.load.state;
    if (state.status === LoadStatus.pending && this.shown && this.asked && sameReadings(this.shown.key, this.asked)) {
      return { status: 'refreshing', value: this.shown.result };
    }
    if (state.status === LoadStatus.done) return { status: LoadStatus.done, value: this.resultOf(state.value) };
    return state;
  }
}
