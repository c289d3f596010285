/**
 * Brings one row of a long list to the top of the window, just below a
 * sticky toolbar, and keeps it there until the page stops moving.
 *
 * Why a controller and not `scrollIntoView`: in a virtualized list the row
 * may not exist yet (the virtualizer renders only what is on screen, and on a
 * cold load it has not even laid itself out when the link's target is known),
 * and rows above it are measured only once they are rendered, which moves it
 * again. So {@link RevealController.reveal} asks the list to bring the row
 * near (`bringNear`), then, frame by frame, measures where the row's top is
 * and scrolls by the difference, until it has stayed in place for a few
 * frames. The reader's own scrolling (wheel, touch, scrolling keys) or a newer
 * reveal cancels it, so it never fights the reader.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How one reveal finds and places its row. */
export interface RevealTarget {
  /** The row's element when it is rendered. */
  find(): HTMLElement | null;
  /** Makes the list render the row (or scroll near it); called again while the row is not found. */
  bringNear(): void | Promise<void>;
  /** Resolves when the list has finished laying out (a virtualizer's `layoutComplete`). */
  settled?(): Promise<unknown>;
  /** Where the row's top should end up, in pixels from the top of the window (below a sticky toolbar). */
  offset(): number;
}

/** Keys that scroll the page: pressing one means the reader has taken over. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

/** Frames the row must stay in place before the reveal ends. */
const STABLE_FRAMES = 3;
/**
 * The longest a reveal waits for the list to report its layout finished after the row moved. A virtualizer
 * reports it after measuring rows that resized; when none did (the rows there were measured already), it never
 * does, and the frames counted after that catch any late move.
 */
const SETTLE_MS = 100;
/** The longest a reveal keeps correcting (rows measured late, a slow first layout). */
const MAX_MS = 5000;

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** A promise that resolves by itself after `ms`: a list that has nothing to lay out may never report that it finished. */
const within = (p: Promise<unknown>, ms: number): Promise<unknown> => Promise.race([p, new Promise((resolve) => setTimeout(resolve, ms))]);

export class RevealController implements ReactiveController {
  /** Incremented by every reveal and every cancel: a reveal whose number is no longer current stops. */
  private generation = 0;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('wheel', this.onReaderScroll, { passive: true, capture: true });
    window.addEventListener('touchstart', this.onReaderScroll, { passive: true, capture: true });
    window.addEventListener('keydown', this.onKey, { capture: true });
  }

  hostDisconnected(): void {
    window.removeEventListener('wheel', this.onReaderScroll, { capture: true });
    window.removeEventListener('touchstart', this.onReaderScroll, { capture: true });
    window.removeEventListener('keydown', this.onKey, { capture: true });
    this.cancel();
  }

  /** Stops the reveal in progress, if any. */
  cancel(): void {
    this.generation++;
  }

  /**
   * Places the target's row at `offset()` from the top of the window and
   * resolves with its element once it has stayed there; with undefined when
   * cancelled, or when the row never rendered.
   */
  async reveal(target: RevealTarget): Promise<HTMLElement | undefined> {
    const generation = ++this.generation;
    const current = (): boolean => generation === this.generation;
    const deadline = performance.now() + MAX_MS;
    await target.bringNear();
    let stable = 0;
    let el: HTMLElement | null = null;
    while (current() && performance.now() < deadline) {
      // After the row moved (or before it is found), the rows brought on screen are measured: wait for that. Once it is
      // in place, only frames are counted: waiting for a layout that nothing starts cost 250 ms a frame (a jump took ~600 ms).
      if (target.settled && stable === 0) await within(target.settled(), SETTLE_MS);
      await nextFrame();
      if (!current()) return undefined;
      el = target.find();
      if (!el) {
        stable = 0;
        await target.bringNear();
        continue;
      }
      const delta = Math.round(el.getBoundingClientRect().top - target.offset());
      const root = document.scrollingElement ?? document.documentElement;
      const atEnd = delta > 0 && window.scrollY >= root.scrollHeight - window.innerHeight - 1;
      const atStart = delta < 0 && window.scrollY <= 0;
      if (Math.abs(delta) <= 1 || atEnd || atStart) {
        if (++stable >= STABLE_FRAMES) return el;
        continue;
      }
      stable = 0;
      window.scrollBy({ top: delta, behavior: 'instant' });
    }
    return current() ? (el ?? undefined) : undefined;
  }

  private readonly onReaderScroll = (): void => this.cancel();

  private readonly onKey = (e: KeyboardEvent): void => {
    if (!SCROLL_KEYS.has(e.key)) return;
    // Keys typed into a field do not scroll the page.
    const t = e.composedPath()[0];
    if (t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))) return;
    this.cancel();
  };
}
