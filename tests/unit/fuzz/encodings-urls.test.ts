/**
 * Fuzzing the encodings and the URL fetch of issue 12 (points 7 and 10):
 * - bytes — random, or corpus windows written in GB18030, Big5, Windows-1252, UTF-16 and
 *   damaged — behind random byte order marks, XML declarations, `<meta charset>` and server
 *   charsets (real labels, wrong ones, unknown ones): decodeBytes and importSource never throw,
 *   every problem names a line of the text, and a text read without errors validates;
 * - hostile answers from a local server (a trickle, a stall, 40 MB, a 600 MB Content-Length, a
 *   gzip bomb, a redirect loop, wrong charsets, 404, a web page) through the command line's
 *   fetch path (readInput): a text, or one line `cannot fetch …` — never another exception.
 * `npm run fuzz` times every input (a hang is over 5 s); the URL target runs a fiftieth of the
 * runs (each reads up to 32 MiB or waits for its 1.5 s deadline).
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { InputError, readInput } from '../../../src/cli/main.js';
import { decodeBytes, MAX_TEXT_BYTES } from '../../../src/model/import/decode.js';
import { importSource } from '../../../src/model/import/index.js';
import { readCorpus } from '../../helpers/corpus.js';
import { FULL, fuzzParams, HANG_MS, problemDefects, resultDefects, RUNS, TEST_TIMEOUT, Timings } from '../../helpers/fuzz.js';
import { startHostileServer, type HostileServer } from '../../helpers/hostile-server.js';
import { encode, withBom } from '../../helpers/legacy-encode.js';

const SOURCES = [
  { text: readCorpus('cn-cybersecurity-law', '2016.md'), encodings: ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'] },
  { text: readCorpus('tw-personal-data-protection-act', '2015.md'), encodings: ['utf-8', 'big5', 'gbk', 'utf-16le'] },
  { text: readCorpus('de-netzdg', '2022.md'), encodings: ['utf-8', 'windows-1252', 'utf-16be'] },
  { text: readCorpus('us-116-sconres13', 'ats.xml'), encodings: ['utf-8', 'windows-1252', 'utf-16le'] },
] as const;

/** Labels as files and servers give them: right, differently spelt, wrong, unknown, hostile. */
const LABELS = ['utf-8', 'UTF-8', 'utf8', 'gbk', 'gb2312', 'GB18030', 'big5', 'Big5-HKSCS', 'iso-8859-1', 'latin1', 'windows-1252', 'utf-16', 'UTF-16LE', 'utf-16be', 'shift_jis', 'euc-kr', 'koi8-r', 'x-user-defined', 'iso-2022-kr', 'replacement', 'klingon-8', '', ' utf-8 ', '"gbk"', 'a'.repeat(300)];

/** A window of a corpus text in one of its encodings, maybe damaged (bytes flipped, cut in the middle of a character). */
const encodedWindow: fc.Arbitrary<Uint8Array> = fc
  .record({ source: fc.nat(SOURCES.length - 1), enc: fc.nat(3), start: fc.nat(20_000), length: fc.integer({ min: 0, max: 6000 }), flips: fc.array(fc.tuple(fc.nat(), fc.nat(255)), { maxLength: 8 }), cut: fc.nat(3) })
  .map(({ source, enc, start, length, flips, cut }) => {
    const s = SOURCES[source]!;
    const from = Math.min(start, s.text.length);
    const bytes = encode(s.text.slice(from, from + length), s.encodings[enc % s.encodings.length]!, '?');
    for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
    return bytes.subarray(0, Math.max(0, bytes.length - cut));
  });

/** Bytes with a random mark, declaration and server charset in front of random or encoded content. */
const declaredBytes = fc
  .record({
    body: fc.oneof(fc.uint8Array({ maxLength: 4000 }), encodedWindow),
    bom: fc.constantFrom(undefined, 'utf-8', 'utf-16le', 'utf-16be') as fc.Arbitrary<'utf-8' | 'utf-16le' | 'utf-16be' | undefined>,
    declaration: fc.oneof(fc.constant(''), fc.constantFrom(...LABELS).map((l) => `<?xml version="1.0" encoding="${l}"?>\n`), fc.constantFrom(...LABELS).map((l) => `<!doctype html><meta charset="${l}">\n`)),
    charset: fc.option(fc.constantFrom(...LABELS), { nil: undefined }),
  })
  .map(({ body, bom, declaration, charset }) => {
    const head = new TextEncoder().encode(declaration);
    const bytes = Uint8Array.from([...head, ...body]);
    return { bytes: bom ? withBom(bytes, bom) : bytes, charset, describe: `${bytes.length} bytes, bom ${bom ?? 'none'}, ${JSON.stringify(declaration.trim().slice(0, 60))}, charset ${JSON.stringify(charset?.slice(0, 20))}` };
  });

describe('issue 12 fuzz: encodings', () => {
  it('random and damaged bytes behind random marks and declarations: decoded and imported without throwing; problems name lines', () => {
    const timings = new Timings('encodings (decodeBytes, importSource)');
    onTestFinished(() => timings.report());
    fc.assert(
      fc.property(declaredBytes, ({ bytes, charset, describe }) => {
        timings.time(
          () => describe,
          () => {
            const d = decodeBytes(bytes, charset === undefined ? {} : { charset });
            expect(typeof d.text).toBe('string');
            expect(d.text.startsWith('\uFEFF') && d.source === 'bom').toBe(false);
            expect(problemDefects(d.text, d.problems)).toEqual([]);
            const r = importSource(d.text, { encoding: d.encoding });
            expect(resultDefects(d.text, r)).toEqual([]);
            // Every U+FFFD in the text is warned about, on its line.
            const first = d.text.indexOf('\uFFFD');
            if (first >= 0) {
              const line = d.text.slice(0, first).split(/\r\n|\r|\n/u).length;
              expect(r.problems.some((p) => p.line === line && p.message.includes('U+FFFD'))).toBe(true);
            }
            timings.outcome(`${d.encoding} (${d.source})`);
          },
        );
      }),
      fuzzParams(1210),
    );
  }, TEST_TIMEOUT);
});

describe('issue 12 fuzz: hostile URL responses', () => {
  let server: HostileServer;
  beforeAll(async () => {
    server = await startHostileServer(readCorpus('cn-cybersecurity-law', '2016.md'));
  });
  afterAll(() => server.close());

  const ENCODINGS = ['utf-8', 'gbk', 'gb18030', 'big5', 'windows-1252', 'utf-16le', 'utf-16be'];
  const answer = fc.oneof(
    fc.constantFrom('/trickle', '/stall', '/huge', '/huge-declared', '/bomb', '/loop', '/missing', '/page'),
    fc.record({ enc: fc.constantFrom(...ENCODINGS.filter((e) => e !== 'big5' && e !== 'windows-1252')), charset: fc.option(fc.constantFrom(...LABELS), { nil: undefined }), type: fc.constantFrom('text/plain', 'text/html', 'application/xml', 'application/octet-stream') }).map(
      ({ enc, charset, type }) => `/text?enc=${enc}&type=${encodeURIComponent(type)}${charset === undefined ? '' : `&charset=${encodeURIComponent(charset)}`}`,
    ),
  );

  it('a text or one line "cannot fetch …", within the deadline, for every answer', async () => {
    const timings = new Timings('hostile URL responses (readInput, the CLI fetch path)');
    onTestFinished(() => timings.report());
    await fc.assert(
      fc.asyncProperty(answer, async (path) => {
        const url = `${server.base}${path}`;
        const t0 = performance.now();
        const outcome = await readInput(url, { deadlineMs: 1500 }).then(
          (input) => ({ ok: true as const, input }),
          (e: unknown) => ({ ok: false as const, e }),
        );
        const ms = performance.now() - t0;
        timings.count++;
        timings.totalMs += ms;
        if (ms > timings.slowestMs) {
          timings.slowestMs = ms;
          timings.slowest = path;
        }
        if (FULL) expect(ms, `${path} took ${Math.round(ms)} ms`).toBeLessThan(HANG_MS);
        if (outcome.ok) {
          expect(outcome.input.text.length).toBeLessThanOrEqual(MAX_TEXT_BYTES);
          const r = importSource(outcome.input.text, { encoding: outcome.input.encoding });
          expect(resultDefects(outcome.input.text, r)).toEqual([]);
          timings.outcome(`text (${outcome.input.encoding})`);
        } else {
          expect(outcome.e).toBeInstanceOf(InputError);
          const message = (outcome.e as Error).message;
          expect(message).toMatch(new RegExp(`^cannot fetch ${url.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}: `, 'u'));
          expect(message).not.toContain('\n');
          const why = message.slice(`cannot fetch ${url}: `.length);
          timings.outcome(/^the text is larger/u.test(why) ? 'too large' : /^not finished/u.test(why) ? 'deadline' : /^HTTP /u.test(why) ? 'HTTP error' : why);
        }
      }),
      fuzzParams(1211, Math.max(12, Math.min(200, Math.round(RUNS / 50)))),
    );
  }, TEST_TIMEOUT);
});
