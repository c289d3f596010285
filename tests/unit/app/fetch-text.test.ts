/**
 * fetchText (issue 12, point 7): a body is read with a byte limit counted after decompression
 * and a total deadline, cancels on request, reports progress against the limit, and decodes
 * in the response's charset. Served by a local server of hostile answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchText, FETCH_DEADLINE_MS, MAX_TEXT_BYTES } from '../../../src/app/fetch-text.js';
import { readCorpus } from '../../helpers/corpus.js';
import { startHostileServer, type HostileServer } from '../../helpers/hostile-server.js';

const law = readCorpus('cn-cybersecurity-law', '2016.md');
let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer(law);
});
afterAll(() => server.close());

describe('fetchText', () => {
  it('states its limits: 32 MiB after decompression, 60 s in all', () => {
    expect(MAX_TEXT_BYTES).toBe(33_554_432);
    expect(FETCH_DEADLINE_MS).toBe(60_000);
  });

  it('reads a text and reports progress as bytes read of the limit, rising to the whole', async () => {
    const seen: [number, number][] = [];
    const r = await fetchText(`${server.base}/text`, { onProgress: (read, limit) => seen.push([read, limit]) });
    expect(r.ok && r.value.text).toBe(law);
    expect(r.ok && r.value.encoding).toBe('utf-8');
    const bytes = new TextEncoder().encode(law).length;
    expect(seen[0]).toEqual([0, MAX_TEXT_BYTES]);
    expect(seen.at(-1)).toEqual([bytes, MAX_TEXT_BYTES]);
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
  });

  it.each([
    ['gbk', 'gbk', 'gbk'],
    ['gb18030', 'GB18030', 'gb18030'],
    ['gbk', 'gb2312', 'gbk'],
  ] as const)('decodes a body in %s served with charset=%s', async (enc, charset, expected) => {
    const r = await fetchText(`${server.base}/text?enc=${enc}&charset=${charset}`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.encoding).toBe(expected);
    expect(r.value.text).toBe(law);
    expect(r.value.problems).toEqual([]);
  });

  it('a GBK body served as charset=utf-8 is read as GB18030, with a warning naming the header', async () => {
    const r = await fetchText(`${server.base}/text?enc=gbk&charset=utf-8`);
    expect(r.ok && r.value.text).toBe(law);
    expect(r.ok && r.value.problems.map((p) => p.message)).toEqual([expect.stringMatching(/Content-Type \(charset=utf-8\) says UTF-8, but the bytes are not UTF-8; they read as GB18030/u)]);
  });

  it('a body that trickles in stops at the deadline, with the bytes read so far', async () => {
    const t0 = performance.now();
    const r = await fetchText(`${server.base}/trickle`, { deadlineMs: 600 });
    const ms = performance.now() - t0;
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.failure).toMatchObject({ kind: 'timeout', deadlineMs: 600 });
    expect(r.failure.kind === 'timeout' && r.failure.bytesRead).toBeGreaterThan(0);
    expect(ms).toBeGreaterThanOrEqual(590);
    expect(ms).toBeLessThan(3000);
  });

  it('a server that never answers stops at the deadline', async () => {
    const r = await fetchText(`${server.base}/stall`, { deadlineMs: 400 });
    expect(r).toEqual({ ok: false, failure: { kind: 'timeout', deadlineMs: 400, bytesRead: 0 } });
  });

  it('40 MB without a Content-Length is refused once the limit is passed, having read no more than the limit and a chunk', async () => {
    let last = 0;
    const r = await fetchText(`${server.base}/huge`, { onProgress: (read) => (last = read) });
    expect(r).toEqual({ ok: false, failure: { kind: 'too-large', limit: MAX_TEXT_BYTES, declared: undefined } });
    expect(last).toBeLessThanOrEqual(MAX_TEXT_BYTES);
    expect(last).toBeGreaterThan(MAX_TEXT_BYTES - 1024 * 1024);
  });

  it('a Content-Length over the limit is refused before the body is read', async () => {
    const t0 = performance.now();
    const r = await fetchText(`${server.base}/huge-declared`);
    expect(r).toEqual({ ok: false, failure: { kind: 'too-large', limit: MAX_TEXT_BYTES, declared: 600 * 1024 * 1024 } });
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('a gzip bomb (2 GiB of spaces) stops at the limit counted after decompression, in bounded memory', async () => {
    const before = process.memoryUsage().rss;
    const t0 = performance.now();
    const r = await fetchText(`${server.base}/bomb`);
    const ms = performance.now() - t0;
    expect(r).toEqual({ ok: false, failure: { kind: 'too-large', limit: MAX_TEXT_BYTES, declared: undefined } });
    expect(ms).toBeLessThan(5000);
    // The limit and the decompressor's buffers: far from the 2 GiB the body would be.
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
  });

  it('a smaller limit is honoured too', async () => {
    const r = await fetchText(`${server.base}/text`, { maxBytes: 1000 });
    expect(r).toMatchObject({ ok: false, failure: { kind: 'too-large', limit: 1000 } });
  });

  it('cancelling stops a trickle at once; a signal aborted before the start fetches nothing', async () => {
    const abort = new AbortController();
    const pending = fetchText(`${server.base}/trickle`, { signal: abort.signal, onProgress: (read) => read > 0 && abort.abort() });
    expect(await pending).toEqual({ ok: false, failure: { kind: 'cancelled' } });
    const before = server.hits.get('/text') ?? 0;
    const aborted = new AbortController();
    aborted.abort();
    expect(await fetchText(`${server.base}/text`, { signal: aborted.signal })).toEqual({ ok: false, failure: { kind: 'cancelled' } });
    expect(server.hits.get('/text') ?? 0).toBe(before);
  });

  it('HTTP errors, a redirect loop and a closed port are failures, not exceptions', async () => {
    expect(await fetchText(`${server.base}/missing`)).toEqual({ ok: false, failure: { kind: 'http', status: 404, statusText: 'Not Found' } });
    expect(await fetchText(`${server.base}/loop`)).toEqual({ ok: false, failure: { kind: 'network', detail: 'redirect count exceeded' } });
    const closed = await startHostileServer('');
    const url = `${closed.base}/text`;
    await closed.close();
    expect(await fetchText(url)).toEqual({ ok: false, failure: { kind: 'network', detail: 'ECONNREFUSED' } });
  });
});
