/**
 * Links to texts the reader imported. A law or version imported in one
 * browser is kept only there, so a link to it opens nothing in another. When
 * the texts were imported from public addresses, the link can carry those
 * addresses (`origin=` in a comparison's query: the law's title and each
 * imported reading's id, label and address), and the receiving side can offer
 * to import them from there — only after the reader agrees; nothing is
 * fetched before.
 */
import type { Law, VersionInfo } from '../model/types.js';

/** What a link says about imported readings: enough to import them again under the same ids. */
export interface LinkOrigin {
  /** The law's title by language (for a law of the reader's own; absent when the law is shipped). */
  title?: Record<string, string>;
  language?: string;
  jurisdiction?: string;
  versions: LinkedVersion[];
}

export interface LinkedVersion {
  id: string;
  label: string;
  url: string;
  stage?: string;
  date?: string;
}

/** At most this many readings in one link. */
const MAX_VERSIONS = 8;
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown, max = 2000): x is string => typeof x === 'string' && x.length <= max;

/** True for an address a text may be fetched from: http or https, nothing else. */
export function isFetchable(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * The origin to put in a link to the readings `ids` of `law`: every one of
 * them that was imported from an address; undefined when none was (a
 * shipped reading needs none, a pasted one cannot be fetched again).
 */
export function linkOrigin(law: Law, ids: readonly string[], isImported: (v: VersionInfo) => boolean, userLaw: boolean): LinkOrigin | undefined {
  const versions: LinkedVersion[] = [];
  for (const id of ids) {
    const v = law.versions.find((x) => x.id === id);
    if (!v || !isImported(v) || !v.source || !isFetchable(v.source)) continue;
    const entry: LinkedVersion = { id: v.id, label: v.label, url: v.source };
    if (v.stage) entry.stage = v.stage;
    if (v.date) entry.date = v.date;
    versions.push(entry);
  }
  if (versions.length === 0) return undefined;
  const out: LinkOrigin = { versions };
  if (userLaw) {
    out.title = law.title;
    out.language = law.language;
    if (law.jurisdiction) out.jurisdiction = law.jurisdiction;
  }
  return out;
}

/** The origin as a query value. */
export function formatOrigin(origin: LinkOrigin): string {
  return JSON.stringify(origin);
}

/** Reads a link's origin; undefined for anything malformed (a link is untrusted input: checked field by field). */
export function parseOrigin(value: string | null | undefined): LinkOrigin | undefined {
  if (!value || value.length > 20_000) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!isObject(data) || !Array.isArray(data.versions) || data.versions.length === 0 || data.versions.length > MAX_VERSIONS) return undefined;
  const versions: LinkedVersion[] = [];
  for (const v of data.versions as unknown[]) {
    if (!isObject(v) || !isText(v.id, 120) || !/^[A-Za-z0-9._-]+$/u.test(v.id) || !isText(v.label, 200) || !isText(v.url) || !isFetchable(v.url)) return undefined;
    const entry: LinkedVersion = { id: v.id, label: v.label || v.id, url: v.url };
    if (isText(v.stage, 60) && v.stage) entry.stage = v.stage;
    if (isText(v.date, 10) && /^\d{4}(-\d{2}(-\d{2})?)?$/u.test(v.date)) entry.date = v.date;
    versions.push(entry);
  }
  const out: LinkOrigin = { versions };
  if (isObject(data.title)) {
    const title: Record<string, string> = {};
    for (const [k, t] of Object.entries(data.title)) if (/^[A-Za-z-]{1,20}$/u.test(k) && isText(t, 500)) title[k] = t;
    if (Object.keys(title).length > 0) out.title = title;
  }
  if (isText(data.language, 35) && /^[A-Za-z0-9-]+$/u.test(data.language)) out.language = data.language;
  if (isText(data.jurisdiction, 10) && /^[A-Za-z-]+$/u.test(data.jurisdiction)) out.jurisdiction = data.jurisdiction;
  return out;
}
