/**
 * The host's sticky toolbar: keeps `--ld-sticky-height` on the host at the
 * toolbar's height (the table of contents and scrolled-to rows keep clear of
 * it) and says how far from the top of the window a row must start to be
 * clear of it (the toolbar scrolls away on a phone, where it is not sticky).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class StickyController implements ReactiveController {
  private observed: HTMLElement | undefined;
  private readonly observer = new ResizeObserver((entries) => {
    const box = entries[entries.length - 1]?.borderBoxSize[0];
    if (box) this.host.style.setProperty('--ld-sticky-height', `${Math.ceil(box.blockSize)}px`);
  });

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Finds the toolbar in the host's current rendering. */
    private readonly find: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const el = this.find() ?? undefined;
    if (el === this.observed) return;
    this.observer.disconnect();
    if (el) this.observer.observe(el);
    this.observed = el;
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    this.observed = undefined;
  }

  /** The distance from the top of the window below which a row is clear of the toolbar. */
  bottom(): number {
    const gap = 8;
    const s = this.find();
    if (!s || getComputedStyle(s).position !== 'sticky') return gap;
    return Math.ceil(s.getBoundingClientRect().height) + gap;
  }
}
