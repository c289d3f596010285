/**
 * Hash routes: `#/` (the laws), `#/law/<folder>` (a law and its versions),
 * `#/law/<folder>/<version>` (a version's text) and
 * `#/law/<folder>/<version>/<target>` (scrolled to an article or division).
 * Hash routing needs no server rewrite, so a build works from any path.
 */

/** A page of the viewer; `target` is the id of an article (`a-106`) or division (`d-3`) to scroll to. */
export type Route =
  | { kind: 'laws' }
  | { kind: 'law'; folder: string }
  | { kind: 'version'; folder: string; version: string; target: string | undefined }
  | { kind: 'not-found'; hash: string };

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The route a location hash names; unknown or malformed hashes give `not-found`. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  if (path === '') return { kind: 'laws' };
  const parts = path.split('/').map(decode);
  if (parts.some((p) => p === undefined || p === '')) return { kind: 'not-found', hash };
  const [head, folder, version, target, ...rest] = parts as string[];
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
