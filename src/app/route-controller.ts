/** Keeps a host element in step with the location hash. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseRoute, type Route } from './routes.js';

/** Parses `location.hash` into a {@link Route} and re-renders the host when it changes. */
export class HashRouteController implements ReactiveController {
  route: Route = parseRoute(window.location.hash);

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange?: (route: Route, previous: Route) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.handleHashChange);
    this.route = parseRoute(window.location.hash);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.handleHashChange);
  }

  /** Goes to a route: a new history entry, or replacing the current one (no hashchange is fired then). */
  navigate(href: string, replace = false): void {
    if (!replace) {
      window.location.hash = href;
      return;
    }
    window.history.replaceState(window.history.state, '', href);
    this.handleHashChange();
  }

  private readonly handleHashChange = (): void => {
    const previous = this.route;
    this.route = parseRoute(window.location.hash);
    this.onChange?.(this.route, previous);
    this.host.requestUpdate();
  };
}
