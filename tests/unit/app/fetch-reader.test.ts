import { describe, expect, it } from 'vitest';
import { fetchReader } from '../../../src/app/fetch-reader.js';
import { contentRevision } from '../../../src/app/revisions.js';

const base = new URL('http://lawdiff.test/app/collection/');

/** A fake `fetch` over a map of absolute URLs (with query) → body; records what was asked. */
function server(files: Record<string, string | { status: number; body?: string; type?: string }>) {
  const asked: string[] = [];
  const impl = (async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url);
    const f = files[url];
    if (f === undefined) return new Response('Not found', { status: 404 });
    if (typeof f === 'string') return new Response(f, { status: 200, headers: { 'content-type': 'text/plain' } });
    return new Response(f.body ?? '', { status: f.status, headers: { 'content-type': f.type ?? 'text/plain' } });
  }) as typeof fetch;
  return { impl, asked };
}

describe('fetchReader', () => {
  it('reads files named by files.json at their revision, and index.json and law.json as they are', async () => {
    const files = JSON.stringify({ format: 'lawdiff-files/1', files: { 'law/v1.md': 'abc123', 'law/law.json': 'def', 'index.json': 'ghi' } });
    const { impl, asked } = server({
      'http://lawdiff.test/app/collection/files.json': files,
      'http://lawdiff.test/app/collection/law/v1.md?rev=abc123': '第一条 text',
      'http://lawdiff.test/app/collection/law/law.json': '{}',
      'http://lawdiff.test/app/collection/index.json': '[]',
    });
    const reader = fetchReader(base, impl);
    expect(await reader.read('law/v1.md')).toBe('第一条 text');
    expect(await reader.read('law/law.json')).toBe('{}');
    expect(await reader.read('index.json')).toBe('[]');
    // files.json is fetched once.
    expect(asked.filter((u) => u.endsWith('files.json'))).toHaveLength(1);
    expect((await reader.urlOf('law/v1.md')).href).toBe('http://lawdiff.test/app/collection/law/v1.md?rev=abc123');
    // The revisions it knows without reading a file (a comparison's cache is checked by them).
    expect(await reader.revision('law/v1.md')).toBe('abc123');
    expect(await reader.revision('law/law.json')).toBeUndefined();
    expect(await reader.revision('index.json')).toBeUndefined();
    expect(await reader.revision('law/other.md')).toBeUndefined();
  });

  it('lists the files named under a folder, and opens a file as a checked response for its bytes', async () => {
    const files = JSON.stringify({ format: 'lawdiff-files/1', files: { '~compared/law/r1/readings.json.gz.bin': 'aa', '~compared/law/r1/word/history.json.gz.bin': 'bb', '~compared/lawful/x.bin': 'cc', 'law/v1.md': 'dd' } });
    const { impl } = server({
      'http://lawdiff.test/app/collection/files.json': files,
      'http://lawdiff.test/app/collection/~compared/law/r1/readings.json.gz.bin?rev=aa': 'bytes',
      'http://lawdiff.test/app/collection/~compared/law/r1/word/history.json.gz.bin?rev=bb': { status: 409, body: 'This file changed on the server' },
    });
    const reader = fetchReader(base, impl);
    expect(await reader.filesUnder('~compared/law/')).toEqual(['~compared/law/r1/readings.json.gz.bin', '~compared/law/r1/word/history.json.gz.bin']);
    expect(await reader.filesUnder('~compared/none/')).toEqual([]);
    expect(await (await reader.open('~compared/law/r1/readings.json.gz.bin')).text()).toBe('bytes');
    await expect(reader.open('~compared/law/r1/word/history.json.gz.bin')).rejects.toThrow('HTTP 409: This file changed on the server');
  });

  it('without files.json (the dev server), or for a file it does not name, reads plain addresses', async () => {
    const { impl } = server({ 'http://lawdiff.test/app/collection/law/v%20two.md': 'x' });
    const reader = fetchReader(base, impl);
    expect(await reader.read('law/v two.md')).toBe('x');
    expect((await reader.urlOf('law/other.md')).search).toBe('');
  });

  it('ignores a files.json that is not one', async () => {
    const { impl } = server({ 'http://lawdiff.test/app/collection/files.json': '{"files": {"a": 1}}', 'http://lawdiff.test/app/collection/a': 'x' });
    const reader = fetchReader(base, impl);
    expect(await reader.read('a')).toBe('x');
  });

  it('names the status of a failed read, the service worker’s reason for a changed file, and an HTML fallback page', async () => {
    const { impl } = server({
      'http://lawdiff.test/app/collection/gone.md': { status: 500 },
      'http://lawdiff.test/app/collection/changed.md': { status: 409, body: 'This file changed on the server. Reload lawdiff.' },
      'http://lawdiff.test/app/collection/spa.md': { status: 200, body: '<!doctype html>', type: 'text/html' },
    });
    const reader = fetchReader(base, impl);
    await expect(reader.read('missing.md')).rejects.toThrow('HTTP 404');
    await expect(reader.read('gone.md')).rejects.toThrow('HTTP 500');
    await expect(reader.read('changed.md')).rejects.toThrow('HTTP 409: This file changed on the server. Reload lawdiff.');
    await expect(reader.read('spa.md')).rejects.toThrow('server answered with a web page');
  });

  it('refuses paths that leave the collection', async () => {
    const reader = fetchReader(base, server({}).impl);
    for (const p of ['../secret', 'a/../../b', '/abs', 'a//b', './a']) await expect(reader.read(p)).rejects.toThrow('not a path inside the collection');
  });
});

describe('contentRevision', () => {
  it('is the first 16 hex digits of SHA-256, the same for a string and its UTF-8 bytes', async () => {
    // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(await contentRevision('abc')).toBe('ba7816bf8f01cfea');
    expect(await contentRevision(new TextEncoder().encode('第一条').buffer as ArrayBuffer)).toBe(await contentRevision('第一条'));
  });
});
