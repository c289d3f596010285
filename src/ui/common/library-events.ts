/**
 * The event of the reader's library: an element that saved or deleted a law,
 * a version or a backup asks the app to load the collection again (and to go
 * to a page). Kept apart from events.ts, which belongs to the viewer.
 */

/** Asks the app to reload the collection after the library changed, then to go to `href` (when given). */
export class LibraryChangeEvent extends Event {
  static readonly eventName = 'lawdiff-library-change';

  constructor(readonly href: string | undefined) {
    super(LibraryChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'lawdiff-library-change': LibraryChangeEvent;
  }
}
