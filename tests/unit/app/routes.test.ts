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

describe('routes of three readings and more', () => {
  const several = '#/law/fictional-open-data-law-zh/compare/first-draft/second-reading/third-reading/final';

  it('reads the readings in order, the first and last as old and new, and writes them back', () => {
    const route = parseRoute(several);
    expect(route).toMatchObject({ kind: 'compare', old: 'first-draft', new: 'final', readings: ['first-draft', 'second-reading', 'third-reading', 'final'] });
    expect(routeHref(route)).toBe(several);
  });

  it.each([
    ['?base=first-draft', { base: 'first-draft' }],
    ['?step=final', { step: 'final' }],
    ['?show=picture', { picture: true }],
    ['?filter=changed&a=first-draft~15&base=second-reading&step=final&show=picture', { filter: 'changed', focus: 'first-draft~15', base: 'second-reading', step: 'final', picture: true }],
  ])('%s round-trips', (query, params) => {
    const route = parseRoute(`${several}${query}`);
    expect(route).toMatchObject({ kind: 'compare', params });
    expect(routeHref(route)).toBe(`${several}${query}`);
  });

  it('refuses a reading named twice, and keeps two readings a comparison of two', () => {
    expect(parseRoute('#/law/x/compare/a/b/a').kind).toBe('not-found');
    expect(parseRoute('#/law/x/compare/a/b')).not.toHaveProperty('readings');
    expect(parseRoute('#/law/x/compare/a/b/c')).toMatchObject({ readings: ['a', 'b', 'c'] });
  });
});
