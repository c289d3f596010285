/**
 * The events lawdiff elements dispatch, typed in `HTMLElementEventMap` so
 * `addEventListener` and lit's `@event` bindings know their classes.
 * Children never write the URL or the store; they ask through these.
 */

/** Asks the owner of a failed load to try again. */
export class RetryEvent extends Event {
  static readonly eventName = 'lawdiff-retry';

  constructor() {
    super(RetryEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'lawdiff-retry': RetryEvent;
  }
}
