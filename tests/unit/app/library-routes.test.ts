import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../../src/app/routes.js';

describe('routes of the import and data pages', () => {
  it.each<[string, Route]>([
    ['#/import', { kind: 'import' }],
    ['#/data', { kind: 'data' }],
    ['#/law/fictional-open-data-law-zh/add', { kind: 'add-version', folder: 'fictional-open-data-law-zh' }],
    ['#/law/user-%E6%B3%95-x1/add', { kind: 'add-version', folder: 'user-法-x1' }],
  ])('%s round-trips', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(routeHref(route)).toBe(hash);
    expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it.each([
    ['#/import/', { kind: 'import' }],
    ['#/import/x', { kind: 'not-found', hash: '#/import/x' }],
    ['#/data/x', { kind: 'not-found', hash: '#/data/x' }],
    ['#/law/x/add/y', { kind: 'version', folder: 'x', version: 'add', target: 'y' }],
    ['#/law/x/first-draft', { kind: 'version', folder: 'x', version: 'first-draft', target: undefined }],
  ])('%s is %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
});
