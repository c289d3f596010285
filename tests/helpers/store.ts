/**
 * Helpers shared by the IndexedDB tests (fake-indexeddb): results as values,
 * a fresh database, raw requests, and a one-article version document.
 */
import { IDBFactory } from 'fake-indexeddb';
import type { VersionDoc } from '../../src/model/types.js';
import { openLawdiffDb, type LawdiffDb } from '../../src/store/db.js';
import type { StorageLike } from '../../src/store/local-notes.js';
import { tinyArticle, tinyDoc } from './sample.js';

/** The value of a successful result; fails the test with the problem otherwise. */
export function value<T>(r: { ok: true; value: T } | { ok: false; problem: string; detail: string }): T {
  if (!r.ok) throw new Error(`expected success, got ${r.problem}: ${r.detail}`);
  return r.value;
}

/** A raw IndexedDB request as a promise. */
export function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** The lawdiff database in a fresh (or the given) fake IndexedDB. */
export async function openDb(factory: IDBFactory = new IDBFactory()): Promise<LawdiffDb> {
  return value(await openLawdiffDb({ factory }));
}

/** A version with one article whose text is `<title> text` (or `text`): ./sample.ts's tiny reading, titled. */
export function oneArticleDoc(title: string, options: { language?: string; label?: string; text?: string } = {}): VersionDoc {
  const article = { ...tinyArticle('1', options.text ?? `${title} text`), label: options.label ?? 'Article 1' };
  return { ...tinyDoc([article], []), title, language: options.language ?? 'en' };
}

/** An in-memory Web Storage with every method the notes stores use (get, set, remove, key, length). */
export class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  key(i: number): string | null {
    return [...this.items.keys()][i] ?? null;
  }
  get length(): number {
    return this.items.size;
  }
}
