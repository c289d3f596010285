/**
 * Whether the host is being printed: set by `beforeprint`/`afterprint` and by
 * the `print` media query (print preview and emulated print media switch the
 * query without a `beforeprint`). While printing, a view renders every row.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintController implements ReactiveController {
  printing: boolean;
  private readonly query = window.matchMedia('print');

  constructor(private readonly host: ReactiveControllerHost) {
    this.printing = this.query.matches;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBefore);
    window.addEventListener('afterprint', this.onAfter);
    this.query.addEventListener('change', this.onQuery);
    this.set(this.query.matches);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBefore);
    window.removeEventListener('afterprint', this.onAfter);
    this.query.removeEventListener('change', this.onQuery);
  }

  /** Renders for print, then opens the browser's print dialog. */
  async print(): Promise<void> {
    this.set(true);
    await this.host.updateComplete;
    window.print();
  }

  private set(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }

  private readonly onBefore = (): void => this.set(true);
  private readonly onAfter = (): void => this.set(this.query.matches);
  private readonly onQuery = (e: MediaQueryListEvent): void => this.set(e.matches);
}
