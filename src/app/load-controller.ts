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

/** Runs one load at a time for a host; a newer load makes the result of an older one be ignored. */
export class LoadController<T> implements ReactiveController {
  state: Loadable<T> = { status: LoadStatus.idle };
  private key: string | undefined;
  private load: (() => Promise<T>) | undefined;
  private generation = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Starts `load` unless `key` is already loaded or loading. */
  ensure(key: string, load: () => Promise<T>): void {
    if (key === this.key) return;
    this.key = key;
    this.load = load;
    void this.run(load);
  }

  /** Runs the last load again (after an error). */
  retry(): void {
    if (this.load) void this.run(this.load);
  }

  /** Forgets the current load; its result, if it still comes, is ignored. */
  reset(): void {
    this.key = undefined;
    this.load = undefined;
    this.generation++;
    this.state = { status: LoadStatus.idle };
  }

  private async run(load: () => Promise<T>): Promise<void> {
    const generation = ++this.generation;
    this.state = { status: LoadStatus.pending };
    this.host.requestUpdate();
    let next: Loadable<T>;
    try {
      next = { status: LoadStatus.done, value: await load() };
    } catch (e) {
      next = { status: LoadStatus.error, message: e instanceof Error ? e.message : String(e) };
    }
    if (generation !== this.generation) return;
    this.state = next;
    this.host.requestUpdate();
  }
}
