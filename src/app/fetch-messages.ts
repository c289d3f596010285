/**
 * What the UI says when a fetch from an address gave no text
 * ({@link FetchFailure}, src/app/fetch-text.ts): as a sentence of the import
 * page, and as a clause of the message of a link's import offer.
 */
import { formatBytes } from '../present/format.js';
import { strings } from '../present/strings.js';
import { MAX_TEXT_BYTES, type FetchFailure } from './fetch-text.js';

/** Why a fetch gave no text, as the import page says it: a size refusal and an access (CORS) refusal in different words. */
export function fetchMessage(f: FetchFailure): string {
  switch (f.kind) {
    case 'too-large':
      return strings.urlTooLarge(formatBytes(f.limit));
    case 'timeout':
      return strings.urlTimeout(Math.round(f.deadlineMs / 1000));
    case 'http':
      return strings.urlHttp(f.status, f.statusText);
    case 'network':
      return strings.urlNetwork;
    case 'cancelled':
      return strings.urlCancelled;
    default: {
      const never: never = f;
      return never;
    }
  }
}

/** Why a text could not be fetched, as a clause of the link import offer's message. */
export function fetchWhy(f: FetchFailure): string {
  switch (f.kind) {
    case 'too-large':
      return strings.fetchWhy.tooLarge(formatBytes(MAX_TEXT_BYTES));
    case 'timeout':
      return strings.fetchWhy.timeout(Math.round(f.deadlineMs / 1000));
    case 'http':
      return strings.fetchWhy.http(f.status, f.statusText);
    case 'network':
      return strings.fetchWhy.network;
    case 'cancelled':
      return strings.fetchWhy.cancelled;
    default: {
      const never: never = f;
      return never;
    }
  }
}
