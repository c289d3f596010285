/**
 * Hash routes: `#/` (the laws), `#/law/<folder>` (a law and its versions),
 * `#/law/<folder>/<version>` (a version's text) and
 * `#/law/<folder>/<version>/<target>` (scrolled to an article or division).
 * Hash routing needs no server rewrite, so a build works from any path.
 * `#/law/<folder>/compare/<old>/<new>?view=redline&unit=char&filter=changed&q=…&a=<key>&history=<key>`
 * is a comparison with every part of its view state;
 * `#/law/<folder>/compare/<r1>/<r2>/<r3>…?base=<id>&step=<id>&show=picture` (three readings or
 * more) is the synopsis of several readings, or the picture of the law's passage through them. `#/import` makes a new
 * law from a text, `#/law/<folder>/add` adds a version to a law, and `#/data`
 * is the reader's own data (backup, imported laws and versions).
 */
import type { Granularity } from '../diff/index.js';
import { Filters, type Filter } from '../present/filters.js';

/** How a comparison is shown; every part of it is in the URL. */
export interface CompareParams {
  view: 'synopsis' | 'redline';
  /** How finely CJK text is diffed (`unit=char` in the URL); other scripts are diffed by words either way. */
  unit: Granularity;
  filter: Filter;
  /** Stable key of the focused article (`first-draft~15`). */
  focus: string | undefined;
  /** Stable key of the article whose history is open. */
  history: string | undefined;
  /** Search term. */
  q: string;
  /** The concordance table instead of the comparison. */
  concordance: boolean;
  /** Where the imported readings of a shared link came from (see link-import.ts); only links copied from a comparison of imported texts carry it. */
  origin?: string | undefined;
  /** Several readings: diff every column against this reading (`base=`) instead of the one before. */
  base?: string | undefined;
  /** Several readings: the chosen step, by the reading it goes into (`step=`): what a filter narrows to, and the pair a phone shows. */
  step?: string | undefined;
  /** Several readings: the picture of the law's passage and the statistics per step instead of the synopsis (`show=picture`). */
  picture?: boolean;
}

/** The defaults, which the URL leaves out. */
export const defaultParams: CompareParams = { view: 'synopsis', unit: 'word', filter: 'all', focus: undefined, history: undefined, q: '', concordance: false };

/** A page of the viewer; `target` is the id of an article (`a-106`) or division (`d-3`) to scroll to. */
export type Route =
  | { kind: 'laws' }
  | { kind: 'law'; folder: string }
  | { kind: 'version'; folder: string; version: string; target: string | undefined }
  /** `readings`: three readings or more, in order (`old` is the first, `new` the last); absent for a comparison of two. */
  | { kind: 'compare'; folder: string; old: string; new: string; params: CompareParams; readings?: string[] | undefined }
  | { kind: 'import' }
  | { kind: 'add-version'; folder: string }
  | { kind: 'data' }
  | { kind: 'not-found'; hash: string };

function parseParams(query: string): CompareParams {
  const q = new URLSearchParams(query);
  const view = q.get('view') === 'redline' ? 'redline' : 'synopsis';
  const f = q.get('filter') ?? 'all';
  return {
    view,
    unit: q.get('unit') === 'char' ? 'char' : 'word',
    filter: (Filters as readonly string[]).includes(f) ? (f as Filter) : 'all',
    focus: q.get('a') ?? undefined,
    history: q.get('history') ?? undefined,
    q: q.get('q') ?? '',
    concordance: q.get('table') === 'concordance',
    origin: q.get('origin') ?? undefined,
    base: q.get('base') ?? undefined,
    step: q.get('step') ?? undefined,
    ...(q.get('show') === 'picture' ? { picture: true } : {}),
  };
}

/** The query of a comparison; `encodeURIComponent` keeps keys like `first-draft~15` readable. */
function formatParams(p: CompareParams): string {
  const q: [string, string][] = [];
  if (p.view !== 'synopsis') q.push(['view', p.view]);
  if (p.unit !== 'word') q.push(['unit', p.unit]);
  if (p.filter !== 'all') q.push(['filter', p.filter]);
  if (p.q) q.push(['q', p.q]);
  if (p.focus) q.push(['a', p.focus]);
  if (p.history) q.push(['history', p.history]);
  if (p.concordance) q.push(['table', 'concordance']);
  if (p.origin) q.push(['origin', p.origin]);
  if (p.base) q.push(['base', p.base]);
  if (p.step) q.push(['step', p.step]);
  if (p.picture) q.push(['show', 'picture']);
  return q.length > 0 ? `?${q.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}` : '';
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The route a location hash names; unknown or malformed hashes give `not-found`. */
export function parseRoute(hash: string): Route {
  const [rawPath = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const path = rawPath.replace(/^\/+/, '').replace(/\/+$/, '');
  if (path === '') return { kind: 'laws' };
  const parts = path.split('/').map(decode);
  if (parts.some((p) => p === undefined || p === '')) return { kind: 'not-found', hash };
  const [head, folder, version, target, ...rest] = parts as string[];
  if (parts.length === 1 && head === 'import') return { kind: 'import' };
  if (parts.length === 1 && head === 'data') return { kind: 'data' };
  if (head === 'law' && folder !== undefined && version === 'add' && parts.length === 3) return { kind: 'add-version', folder };
  if (head === 'law' && folder !== undefined && version === 'compare' && target !== undefined && rest.length === 1) {
    return { kind: 'compare', folder, old: target, new: rest[0]!, params: parseParams(query) };
  }
  if (head === 'law' && folder !== undefined && version === 'compare' && target !== undefined && rest.length >= 2) {
    const readings = [target, ...rest];
    if (new Set(readings).size !== readings.length) return { kind: 'not-found', hash };
    return { kind: 'compare', folder, old: target, new: rest[rest.length - 1]!, params: parseParams(query), readings };
  }
  if (head !== 'law' || folder === undefined || rest.length > 0) return { kind: 'not-found', hash };
  if (version === undefined) return { kind: 'law', folder };
  return { kind: 'version', folder, version, target };
}

/** The `href` of a route (`#/law/cn-civil-code/2020`), each segment encoded. */
export function routeHref(route: Route): string {
  const seg = encodeURIComponent;
  switch (route.kind) {
    case 'laws':
      return '#/';
    case 'law':
      return `#/law/${seg(route.folder)}`;
    case 'version': {
      const base = `#/law/${seg(route.folder)}/${seg(route.version)}`;
      return route.target === undefined ? base : `${base}/${seg(route.target)}`;
    }
    case 'compare': {
      const ids = route.readings && route.readings.length > 2 ? route.readings : [route.old, route.new];
      return `#/law/${seg(route.folder)}/compare/${ids.map(seg).join('/')}${formatParams(route.params)}`;
    }
    case 'import':
      return '#/import';
    case 'add-version':
      return `#/law/${seg(route.folder)}/add`;
    case 'data':
      return '#/data';
    case 'not-found':
      return route.hash;
    default: {
      const never: never = route;
      return never;
    }
  }
}

/** The target id of an article in the reader (`a-106`), from its normalized number. */
export function articleTarget(num: string): string {
  return `a-${num}`;
}

/** The target id of a division in the reader (`d-3`), from its pre-order position. */
export function divisionTarget(index: number): string {
  return `d-${index}`;
}
