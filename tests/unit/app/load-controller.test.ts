/**
 * One load at a time (src/app/load-controller.ts): a newer load, a reset or the host leaving the
 * page aborts the older load's signal, and an older result that still comes is never shown.
 * The comparison session builds on it: the signal is what stops a superseded comparison in the
 * worker (tests/e2e/cancel.spec.ts shows that on the BGB).
 */
import { describe, expect, it } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LoadController } from '../../../src/app/load-controller.js';
import { comparisonKey, sameReadings } from '../../../src/app/comparison-session.js';
import type { Law } from '../../../src/model/types.js';

function host(): ReactiveControllerHost & { controllers: ReactiveController[]; updates: number } {
  const h = {
    controllers: [] as ReactiveController[],
    updates: 0,
    addController(c: ReactiveController) {
      h.controllers.push(c);
    },
    removeController() {},
    requestUpdate() {
      h.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return h;
}

/** A load that resolves when told to, and records the signal it was given. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  const seen: { signal?: AbortSignal } = {};
  return { resolve, seen, load: (signal: AbortSignal) => ((seen.signal = signal), promise) };
}

describe('LoadController', () => {
  it('aborts the running load when another key is asked for, and ignores its late result', async () => {
    const c = new LoadController<string>(host());
    const a = deferred<string>();
    const b = deferred<string>();
    c.ensure('a', a.load);
    expect(c.state.status).toBe('pending');
    c.ensure('b', b.load);
    expect(a.seen.signal?.aborted).toBe(true);
    expect(b.seen.signal?.aborted).toBe(false);
    a.resolve('old');
    await Promise.resolve();
    await Promise.resolve();
    expect(c.state.status).toBe('pending');
    b.resolve('new');
    await new Promise((r) => setTimeout(r, 0));
    expect(c.state).toEqual({ status: 'done', value: 'new' });
  });

  it('does not start the same key twice; reset and the host leaving abort', async () => {
    const h = host();
    const c = new LoadController<string>(h);
    const a = deferred<string>();
    let starts = 0;
    c.ensure('a', (s) => (starts++, a.load(s)));
    c.ensure('a', (s) => (starts++, a.load(s)));
    expect(starts).toBe(1);
    c.reset();
    expect(a.seen.signal?.aborted).toBe(true);
    expect(c.state.status).toBe('idle');
    const b = deferred<string>();
    c.ensure('b', b.load);
    h.controllers.forEach((x) => x.hostDisconnected?.());
    expect(b.seen.signal?.aborted).toBe(true);
    expect(c.key).toBeUndefined();
  });

  it('keeps the error of a failed load as a message, and retries it', async () => {
    const c = new LoadController<string>(host());
    let calls = 0;
    c.ensure('x', async () => {
      calls++;
      if (calls === 1) throw new Error('no network');
      return 'ok';
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(c.state).toEqual({ status: 'error', message: 'no network' });
    c.retry();
    await new Promise((r) => setTimeout(r, 0));
    expect(c.state).toEqual({ status: 'done', value: 'ok' });
  });
});

describe('comparisonKey', () => {
  const law = (language: string) => ({ language }) as Law;
  it('keeps the character unit for Chinese laws only', () => {
    expect(comparisonKey('f', law('zh-Hans'), 'a', 'b', 'char').unit).toBe('char');
    expect(comparisonKey('f', law('de'), 'a', 'b', 'char').unit).toBe('word');
  });
  it('the same readings by another unit are the same readings; other readings are not', () => {
    const k = comparisonKey('f', law('zh'), 'a', 'b', 'word');
    expect(sameReadings(k, { ...k, unit: 'char' } as typeof k)).toBe(true);
    expect(sameReadings(k, { ...k, new: 'c' })).toBe(false);
  });
});
