// JSON written in pieces is JSON.stringify(value, null, 2), to the character.
import { describe, expect, it } from 'vitest';
import { chunked, jsonPieces } from '../../../src/cli/json-out.js';

const values: unknown[] = [
  null,
  0,
  'a\nb "c" \u2028',
  [],
  {},
  [[], {}, [1, [2, [3, { a: [4] }]]]],
  { a: undefined, b: () => 1, c: Symbol('s'), d: [undefined, () => 1, null], e: { f: { g: { h: 'i\nj' } } } },
  { date: new Date(0), nested: { date: new Date(1), list: [new Date(2)] } },
  { changes: Array.from({ length: 300 }, (_, i) => ({ kind: i % 2 ? 'matched' : 'inserted', old: [String(i)], new: [], moved: false, similarity: i / 7 })) },
  [{ only: undefined }],
];

describe('jsonPieces', () => {
  it('joins to JSON.stringify(value, null, 2) at every depth', () => {
    for (const v of values) {
      for (const depth of [0, 1, 2, 3, 5]) expect([...jsonPieces(v, depth)].join('')).toBe(JSON.stringify(v, null, 2));
    }
  });

  it('hands the pieces on in chunks of at least 64 KB', () => {
    const v = { list: Array.from({ length: 20_000 }, (_, i) => ({ i, text: 'x'.repeat(i % 50) })) };
    const chunks = [...chunked(jsonPieces(v))];
    expect(chunks.join('')).toBe(JSON.stringify(v, null, 2));
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks.slice(0, -1)) expect(c.length).toBeGreaterThanOrEqual(64 * 1024);
  });
});
