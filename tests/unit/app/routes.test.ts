import { describe, expect, it } from 'vitest';
import { defaultParams, parseRoute, routeHref, type CompareParams, type Route } from '../../../src/app/routes.js';

const compare = (params: Partial<CompareParams>): Route => ({
  kind: 'compare',
  folder: 'fictional-open-data-law-zh',
  old: 'first-draft',
  new: 'second-reading',
  params: { ...defaultParams, ...params },
});
const base = '#/law/fictional-open-data-law-zh/compare/first-draft/second-reading';

describe('comparison routes: the diff unit', () => {
  it.each<[string, Route]>([
    [base, compare({})],
    [`${base}?unit=char`, compare({ unit: 'char' })],
    [`${base}?view=redline&unit=char&filter=changed&a=first-draft~15`, compare({ view: 'redline', unit: 'char', filter: 'changed', focus: 'first-draft~15' })],
  ])('%s round-trips', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(routeHref(route)).toBe(hash);
    expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('leaves words, the default, out of the URL', () => {
    expect(routeHref(compare({ unit: 'word' }))).toBe(base);
    expect(parseRoute(base)).toMatchObject({ params: { unit: 'word' } });
  });

  it.each(['?unit=word', '?unit=chars', '?unit=CHAR', '?unit='])('reads %s as words (and writes it back without the unit)', (query) => {
    const route = parseRoute(`${base}${query}`);
    expect(route).toMatchObject({ kind: 'compare', params: { unit: 'word' } });
    expect(routeHref(route)).toBe(base);
  });
});
