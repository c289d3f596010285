/**
 * Loading state as a value: `idle`, `pending`, `error` or `done`, so every view
 * renders each state explicitly (the shape of `@lit/task`, without the dependency).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The states of a load. */
export const LoadStatus = {
  idle: 'idle',
  pending: 'pending',
  error: 'error',
  done: 'done',
} as const;

/** A load's state as a value; `error` carries a message a reader can act on. */
export type Loadable<T> =
  | { status: typeof LoadStatus.idle }
  | { status: typeof LoadStatus.pending }
  | { status: typeof LoadStatus.error; message: string }
  | { status: typeof LoadStatus.done; value: T };

/** A load: given a signal that is aborted when the load is superseded (a newer load, a reset, the host leaving the page). */
export type Load<T> = (signal: AbortSignal) => Promise<T>;

/**
 * Runs one load at a time for a host. A newer load, `reset()` or the host's
 * disconnection aborts the older one's signal (so work it started can stop)
 * and its result, if it still comes, is ignored.
 */
export class LoadController<T> implements ReactiveController {
  state: Loadable<T> = { status: LoadStatus.idle };
  private current: { key: string; load: Load<T> } | undefined;
  private abort: AbortController | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.reset();
  }

  /** The key of the current load (undefined when idle). */
  get key(): string | undefined {
    return this.current?.key;
  }

  /** Starts `load` unless `key` is already loaded or loading. */
  ensure(key: string, load: Load<T>): void {
    if (key === this.current?.key) return;
    this.current = { key, load };
    void this.run(load);
  }

  /** Runs the last load again (after an error). */
  retry(): void {
    if (this.current) void this.run(this.current.load);
  }

  /** Forgets the current load and aborts it if it is still running. */
  reset(): void {
    this.current = undefined;
    this.abort?.abort();
    this.abort = undefined;
    this.state = { status: LoadStatus.idle };
  }

  private async run(load: Load<T>): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.state = { status: LoadStatus.pending };
    this.host.requestUpdate();
    let next: Loadable<T>;
    try {
      next = { status: LoadStatus.done, value: await load(abort.signal) };
    } catch (e) {
      next = { status: LoadStatus.error, message: e instanceof Error ? e.message : String(e) };
    }
    if (abort.signal.aborted) return;
    this.abort = undefined;
    this.state = next;
    this.host.requestUpdate();
  }
}
