/**
 * The import page's fetch of a text from an address: one at a time (a new
 * one replaces one still running), with its progress, a Cancel, and an end
 * when the page is left. The host renders {@link UrlFetchController.state}.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchMessage } from '../../app/fetch-messages.js';
import type { FetchTextResult, TextFetcher } from '../../app/fetch-text.js';
import { decodedNote } from '../../present/import-text.js';
import { strings } from '../../present/strings.js';

/** A fetch from an address: `read` bytes so far while pending. */
export type Fetching = { status: 'idle' } | { status: 'pending'; read: number } | { status: 'error'; message: string } | { status: 'done'; message: string };

/** How a fetch ended for the page: `fetched` the text and its address, when there is one. */
export interface FetchEnd {
  fetched: { text: string; href: string; data?: Uint8Array } | undefined;
}

/** The keyboard focus in the page: whether an element has it, and moving it to one once the page has rendered. */
export interface Focus {
  has(selector: string): boolean;
  move(selector: string): void;
}

export class UrlFetchController implements ReactiveController {
  /** The fetch as the page shows it. */
  state: Fetching = { status: 'idle' };
  /** Cancels the running fetch. */
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The fetcher to use now (the host's property, which may change). */
    private readonly fetcher: () => TextFetcher,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // The reader went elsewhere: stop the fetch too.
    this.abort?.abort();
  }

  /** Stops the running fetch (it ends as cancelled). */
  cancel(): void {
    this.abort?.abort();
  }

  private set(state: Fetching): void {
    this.state = state;
    this.host.requestUpdate();
  }

  /**
   * Fetches the text at `address` (at most 32 MB after decompression, within 60 s, in the charset
   * the server names). Resolves with undefined when the address is not one to fetch or a newer
   * fetch replaced this one; else with how it ended. The Fetch button is disabled while it runs:
   * the keyboard focus goes from it to Cancel, and back after (Cancel goes away with the fetch).
   */
  async fetch(address: string, focus: Focus): Promise<FetchEnd | undefined> {
    // A new address (or the same one again) replaces a fetch still running.
    this.abort?.abort();
    this.abort = undefined;
    let url: URL;
    try {
      url = new URL(address.trim());
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(url.protocol);
    } catch {
      this.set({ status: 'error', message: strings.urlInvalid });
      return undefined;
    }
    const abort = new AbortController();
    this.abort = abort;
    const fromFetch = focus.has('button.fetch');
    this.set({ status: 'pending', read: 0 });
    if (fromFetch) focus.move('button.url-cancel');
    const r = await this.fetcher()(url.href, { signal: abort.signal, onProgress: (read) => abort.signal.aborted || this.set({ status: 'pending', read }) });
    if (this.abort !== abort) return undefined;
    this.abort = undefined;
    const back = focus.has('button.url-cancel');
    const end = this.end(r, url.href);
    if (back) focus.move('button.fetch');
    return end;
  }

  /** Shows how the fetch of `href` ended, and hands over its text if there is one. */
  private end(r: FetchTextResult, href: string): FetchEnd {
    if (!r.ok) {
      this.set(r.failure.kind === 'cancelled' ? { status: 'done', message: strings.urlCancelled } : { status: 'error', message: fetchMessage(r.failure) });
      return { fetched: undefined };
    }
    if (r.value.contentType.includes('text/html')) {
      this.set({ status: 'error', message: strings.urlHtml });
      return { fetched: undefined };
    }
    this.set({ status: 'done', message: [strings.urlFetched(r.value.text.length), decodedNote(r.value)].filter(Boolean).join(' ') });
    return { fetched: { text: r.value.text, href, ...(r.value.data ? { data: r.value.data } : {}) } };
  }
}
