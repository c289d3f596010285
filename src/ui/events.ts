/**
 * The events lawdiff elements dispatch, typed in `HTMLElementEventMap` so
 * `addEventListener` and lit's `@event` bindings know their classes.
 * Children never write the URL or the store; they ask through these.
 */
import type { CompareParams } from '../app/routes.js';

/** Asks the owner of a failed load to try again. */
export class RetryEvent extends Event {
  static readonly eventName = 'lawdiff-retry';

  constructor() {
    super(RetryEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Asks the app to show the comparison with other parameters (the app writes the URL). */
export class ParamsChangeEvent extends Event {
  static readonly eventName = 'lawdiff-params';

  constructor(
    readonly params: Partial<CompareParams>,
    /** Replace the history entry instead of adding one (typing in the search box, moving the focus). */
    readonly replace = false,
  ) {
    super(ParamsChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Asks the app to open a comparison of two readings. */
export class CompareRequestEvent extends Event {
  static readonly eventName = 'lawdiff-compare';

  constructor(
    readonly oldId: string,
    readonly newId: string,
  ) {
    super(CompareRequestEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Asks the comparison view to bring a row into view (from the summary map or the table of contents), by its key. */
export class JumpEvent extends Event {
  static readonly eventName = 'lawdiff-jump';

  constructor(readonly rowKey: string) {
    super(JumpEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'lawdiff-retry': RetryEvent;
    'lawdiff-params': ParamsChangeEvent;
    'lawdiff-compare': CompareRequestEvent;
    'lawdiff-jump': JumpEvent;
  }
}
