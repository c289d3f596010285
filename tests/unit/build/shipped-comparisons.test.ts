/**
 * The comparisons a build ships (build/shipped-comparisons.ts) and the page's reading of them
 * (src/app/shipped-comparisons.ts), on real laws of the corpus and on the sample law: every shipped
 * comparison read back is the result the engine gives for the same readings, as the worker computes it;
 * a listing the reader changed, a pair or unit not shipped and a damaged file all leave the comparison to
 * the worker.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { revision } from '../../../build/collection-plugin.js';
import { shipComparisons } from '../../../build/shipped-comparisons.js';
import { comparedReadings } from '../../../src/app/comparison-lookup.js';
import {
  ALL_PAIRS_UP_TO,
  lawRevision,
  readShipped,
  SHIPPED_FOLDER,
  shippedComparison,
  shippedFiles,
  readAhead,
  shippedLawFiles,
  shipsPair,
  type ShippedReader,
} from '../../../src/app/shipped-comparisons.js';
import type { CompareJob } from '../../../src/app/worker-protocol.js';
import { buildHistory, compareVersions, Tokenizer, type CompareResult, type Granularity } from '../../../src/diff/index.js';
import { loadVersion } from '../../../src/model/collection.js';
import type { Law, VersionDoc } from '../../../src/model/types.js';
import { parseLaw } from '../../../src/model/validate.js';
import { corpusPath, repoRoot } from '../../helpers/corpus.js';

/** A collection folder read as the build serves it (text, byte-order mark dropped as `fetch` drops it). */
const folderReader = (root: string) => async (path: string) => readFileSync(`${root}/${path}`, 'utf8').replace(/^\uFEFF/u, '');

interface Shipped {
  law: Law;
  folder: string;
  read: (path: string) => Promise<string>;
  files: Map<string, Buffer>;
  reader: ShippedReader;
}

async function ship(root: string, folder: string): Promise<Shipped> {
  const read = folderReader(root);
  const lawJson = await read(`${folder}/law.json`);
  const shipped = await shipComparisons(folder, lawJson, read, revision);
  expect(shipped.none).toBeUndefined();
  const files = new Map(shipped.files);
  const reader: ShippedReader = {
    revision: async (path) => (files.has(path) ? revision(files.get(path)!) : undefined),
    open: async (path) => {
      const body = files.get(path);
      if (!body) throw new Error(`HTTP 404 ${path}`);
      return new Response(new Uint8Array(body));
    },
  };
  return { law: parseLaw(lawJson).law!, folder, read, files, reader };
}

const made = new Map<string, Omit<CompareResult, 'comparison'> & { tokenizer: Tokenizer }>();

/** What the worker gives for `job`: every reading loaded, the history of all of them, the comparison asked for. */
async function computed(s: Shipped, old: string, newId: string, unit: Granularity, readings?: string[]): Promise<CompareResult> {
  const granularity: Granularity = /^(zh|ja|ko)/u.test(s.law.language) ? unit : 'word';
  const key = `${s.folder}/${granularity}`;
  if (!made.has(key)) {
    const docs: Record<string, VersionDoc> = {};
    const warnings: CompareResult['warnings'] = {};
    for (const info of comparedReadings(s.law)) {
      const r = await loadVersion({ read: s.read }, s.folder, s.law, info);
      docs[info.id] = r.doc!;
      warnings[info.id] = r.problems;
    }
    const tokenizer = new Tokenizer(docs[newId]!.language || s.law.language, granularity);
    const history = buildHistory(comparedReadings(s.law).map((v) => ({ id: v.id, doc: docs[v.id]! })), { tokenizer });
    made.set(key, { docs, warnings, history, granularity, tokenizer });
  }
  const { tokenizer, ...rest } = made.get(key)!;
  const comparison = readings ? rest.history.comparisons.at(-1)! : compareVersions(rest.docs[old]!, rest.docs[newId]!, { tokenizer });
  return { ...rest, comparison, cache: { from: 'shipped' } };
}

const job = (s: Shipped, old: string, newId: string, granularity: Granularity = 'word', readings?: string[]): CompareJob => ({
  base: 'http://localhost/collection/',
  folder: s.folder,
  law: s.law,
  old,
  new: newId,
  granularity,
  readings,
});

describe('every shipped comparison is the one the worker computes', () => {
  it.each([
    ['the Telecommunications Act (7 readings: every pair)', 'de-tkg-2004', ['word']],
    ['the Company Law (Chinese, by words and by characters)', 'cn-company-law', ['word', 'char']],
    ['the Personal Data Protection Act (Taiwan, from its structured records)', 'tw-personal-data-protection-act', ['word', 'char']],
    ['the Road Transport Regulations (3 readings)', 'cn-road-transport-regulations', ['char']],
  ] as const)('%s', async (_name, folder, units) => {
    const s = await ship(corpusPath(), folder);
    const ids = comparedReadings(s.law).map((v) => v.id);
    for (const unit of units) {
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const shipped = await shippedComparison(s.reader, job(s, ids[i]!, ids[j]!, unit));
          expect(shipped, `${ids[i]} → ${ids[j]} by ${unit}`).toBeDefined();
          const expected = await computed(s, ids[i]!, ids[j]!, unit);
          // The whole result once per unit; then the comparison (the readings and the history are the same files).
          if (i === 0 && j === 1) expect(shipped).toEqual(expected);
          else expect(shipped!.comparison, `${ids[i]} → ${ids[j]} by ${unit}`).toEqual(expected.comparison);
        }
      }
      if (ids.length > 2) {
        // The synopsis of every reading is the history's.
        const all = await shippedComparison(s.reader, job(s, ids[0]!, ids.at(-1)!, unit, ids));
        expect(all).toEqual(await computed(s, ids[0]!, ids.at(-1)!, unit, ids));
      }
    }
  }, 60_000);

  it('the sample law, in both its languages', async () => {
    for (const folder of ['fictional-open-data-law-en', 'fictional-open-data-law-zh']) {
      const s = await ship(`${repoRoot}/versions`, folder);
      const ids = comparedReadings(s.law).map((v) => v.id);
      expect(await shippedComparison(s.reader, job(s, ids[0]!, ids.at(-1)!))).toEqual(await computed(s, ids[0]!, ids.at(-1)!, 'word'));
    }
  });
});

describe('what is not shipped is left to the worker', () => {
  it('a reading imported into the law (its listing changed), a renamed reading, the readings in reverse order, a choice of readings', async () => {
    const s = await ship(corpusPath(), 'de-tkg-2004');
    const ids = comparedReadings(s.law).map((v) => v.id);
    expect(await shippedFiles(s.reader, job(s, ids[0]!, ids[1]!))).toBeDefined();
    const imported: Law = { ...s.law, versions: [...s.law.versions, { id: 'mine', label: 'Mine', date: '2030-01-01', stage: 'draft', file: '~imported/mine.json' }] };
    expect(await shippedFiles(s.reader, { ...job(s, ids[0]!, ids[1]!), law: imported })).toBeUndefined();
    const relabelled: Law = { ...s.law, versions: s.law.versions.map((v, i) => (i === 0 ? { ...v, label: `${v.label} (edited)` } : v)) };
    expect(await shippedFiles(s.reader, { ...job(s, ids[0]!, ids[1]!), law: relabelled })).toBeUndefined();
    expect(await shippedFiles(s.reader, job(s, ids[1]!, ids[0]!))).toBeUndefined();
    expect(await shippedFiles(s.reader, job(s, ids[0]!, ids[3]!, 'word', [ids[0]!, ids[2]!, ids[3]!]))).toBeUndefined();
    expect(await shippedFiles(s.reader, job(s, ids[0]!, 'no-such-reading'))).toBeUndefined();
  });

  it('a file the server does not have (a build without them, the development server)', async () => {
    const s = await ship(corpusPath(), 'de-netzdg');
    const ids = comparedReadings(s.law).map((v) => v.id);
    const none: ShippedReader = { revision: async () => undefined, open: s.reader.open };
    expect(await shippedComparison(none, job(s, ids[0]!, ids[1]!))).toBeUndefined();
    const listed = { filesUnder: async (prefix: string) => [...s.files.keys()].filter((p) => p.startsWith(prefix)) };
    // Every file of the law's listing as it is; none for a listing the reader changed.
    expect((await shippedLawFiles(listed, 'de-netzdg', s.law)).sort()).toEqual([...s.files.keys()].sort());
    expect(await shippedLawFiles(listed, 'de-netzdg', { ...s.law, title: { de: 'Anders' } })).toEqual([]);
    expect([...s.files.keys()].every((p) => p.startsWith(`${SHIPPED_FOLDER}/de-netzdg/`))).toBe(true);
  });

  it('read ahead of the collection, from the link and the build’s listing alone: the page takes what was read, once', async () => {
    const s = await ship(corpusPath(), 'cn-road-transport-regulations');
    const ids = comparedReadings(s.law).map((v) => v.id);
    const opened: string[] = [];
    let listingAsked!: () => void;
    const listingHeld = new Promise<string>((resolve) => (listingAsked = () => void s.read(`${s.folder}/law.json`).then(resolve)));
    const reader = {
      ...s.reader,
      // The law's listing has not arrived yet while the files are fetched.
      read: (path: string) => (path.endsWith('/law.json') ? listingHeld : s.read(path)),
      open: (path: string) => (opened.push(path), s.reader.open(path)),
      filesUnder: async (prefix: string) => [...s.files.keys()].filter((p) => p.startsWith(prefix)),
    };
    const link = { folder: s.folder, old: ids[0]!, new: ids[2]!, granularity: 'char' as const, readings: undefined };
    const started = readAhead(reader, link);
    await vi.waitFor(() => expect(opened).toHaveLength(3));
    // The readings, the history by characters and the pair's own file (0 and 2 are not consecutive).
    expect(opened.filter((p) => p.includes('/char/'))).toHaveLength(2);
    listingAsked();
    expect(await started).toBe(true);
    expect(opened).toHaveLength(3);
    const first = await shippedComparison(reader, job(s, ids[0]!, ids[2]!, 'char'));
    expect(first).toEqual(await computed(s, ids[0]!, ids[2]!, 'char'));
    // Read once: the page's request took the files read ahead.
    expect(opened).toHaveLength(3);
    // Asked again (another visit): read again, not from a stale answer.
    await shippedComparison(reader, job(s, ids[0]!, ids[2]!, 'char'));
    expect(opened).toHaveLength(6);
    // Ahead of a page that is reading the same files itself: nothing is read twice.
    const page = shippedComparison(reader, job(s, ids[0]!, ids[2]!, 'char'));
    expect(await readAhead(reader, link)).toBe(true);
    expect(await page).toEqual(first);
    expect(opened).toHaveLength(9);
    // A pair or a unit the build did not ship: not shipped (the app warms the worker instead). The link alone
    // cannot tell a pair in reverse from consecutive readings: the readings and the history were fetched, and are let go.
    expect(await readAhead(reader, { ...link, old: ids[2]!, new: ids[0]! })).toBe(false);
    expect(opened).toHaveLength(11);
    expect(await readAhead({ ...reader, read: async () => 'not json' }, link)).toBe(false);
    expect(opened).toHaveLength(12);
    // By words: the history by words is read ahead, not the one by characters.
    const byWords = { ...link, granularity: 'word' as const };
    expect(await readAhead(reader, byWords)).toBe(true);
    expect(opened.slice(12)).toHaveLength(2);
    expect(opened.slice(12).filter((p) => p.includes('/word/'))).toHaveLength(2);
    expect(await shippedComparison(reader, job(s, ids[0]!, ids[2]!, 'word'))).toEqual(await computed(s, ids[0]!, ids[2]!, 'word'));
    // The readings were taken from what the reversed pair's link had fetched.
    expect(opened).toHaveLength(14);
    // The listing the page has differs (a reading imported into the law): other files, none of them shipped.
    const imported: Law = { ...s.law, versions: [...s.law.versions, { id: 'mine', label: 'Mine', date: '2030-01-01', stage: 'draft', file: '~imported/mine.json' }] };
    expect(await shippedComparison(reader, { ...job(s, ids[0]!, ids[1]!, 'char'), law: imported })).toBeUndefined();
  });

  it('a damaged file: the worker compares, with a warning on the console', async () => {
    const s = await ship(corpusPath(), 'de-netzdg');
    const ids = comparedReadings(s.law).map((v) => v.id);
    const files = (await shippedFiles(s.reader, job(s, ids[0]!, ids[1]!)))!;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      for (const body of [new TextEncoder().encode('{"format":"lawdiff-shipped-history/1"}'), new Uint8Array(s.files.get(files.readings)!).slice(0, 200)]) {
        const damaged: ShippedReader = { revision: s.reader.revision, open: async (path) => (path === files.history ? new Response(body) : s.reader.open(path)) };
        expect(await shippedComparison(damaged, job(s, ids[0]!, ids[1]!))).toBeUndefined();
      }
      // The readings' file where the history's should be: the wrong kind of file.
      const swapped: ShippedReader = { revision: s.reader.revision, open: (path) => s.reader.open(path === files.history ? files.readings : path) };
      await expect(readShipped(swapped, files)).rejects.toThrow(/is not a lawdiff-shipped-history\/1 file/);
      // Readings of another build (a server updated file by file): refused rather than rows without their texts.
      const other = gzipSync(JSON.stringify({ format: 'lawdiff-shipped-readings/1', ids: [ids[0]], docs: {}, warnings: {} }));
      const mixed: ShippedReader = { revision: s.reader.revision, open: async (path) => (path === files.readings ? new Response(new Uint8Array(other)) : s.reader.open(path)) };
      await expect(readShipped(mixed, files)).rejects.toThrow(`readings.json.gz.bin does not hold the readings of ${files.history} (${ids[0]})`);
      expect(warn).toHaveBeenCalledTimes(2);
      expect(String(warn.mock.calls[0]![0])).toMatch(/could not be read .*history\.json\.gz\.bin is not gzip-compressed JSON/);
    } finally {
      warn.mockRestore();
    }
  });

  it('which pairs: every pair up to eight readings, then each with the next and with the last', () => {
    const pairs = (n: number) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (shipsPair(n, i, j) ? `${i}-${j}` : ''))).flat().filter(Boolean);
    expect(pairs(3)).toEqual(['0-1', '0-2', '1-2']);
    expect(pairs(ALL_PAIRS_UP_TO)).toHaveLength((ALL_PAIRS_UP_TO * (ALL_PAIRS_UP_TO - 1)) / 2);
    expect(pairs(10)).toEqual(['0-1', '0-9', '1-2', '1-9', '2-3', '2-9', '3-4', '3-9', '4-5', '4-9', '5-6', '5-9', '6-7', '6-9', '7-8', '7-9', '8-9']);
    expect(shipsPair(3, 2, 1)).toBe(false);
    expect(shipsPair(3, -1, 1)).toBe(false);
  });

  it('a law with fewer than two readings, or readings in several languages, ships none', async () => {
    const corpus = folderReader(corpusPath());
    expect((await shipComparisons('cn-civil-code', await corpus('cn-civil-code/law.json'), corpus, revision)).none).toMatch(/fewer than two readings/);
    // The NetzDG's first reading, then the English sample law's first reading as its second.
    const sample = folderReader(`${repoRoot}/versions`);
    const en = (JSON.parse(await sample('fictional-open-data-law-en/law.json')) as Law).versions[0]!;
    const de = JSON.parse(await corpus('de-netzdg/law.json')) as Law;
    const lawJson = JSON.stringify({ ...de, versions: [de.versions[0], { ...en, id: 'english', file: 'english.json', source: undefined }] });
    const read = (path: string) => (path === 'mixed/english.json' ? sample(`fictional-open-data-law-en/${en.file!}`) : corpus(path.replace(/^mixed\//u, 'de-netzdg/')));
    expect((await shipComparisons('mixed', lawJson, read, revision)).none).toBe('its readings are in several languages (de, en)');
  });
});

describe('the revision of a listing', () => {
  it('is the same in the page (Web Crypto) as in the build (Node)', async () => {
    const law = parseLaw(readFileSync(corpusPath('de-bgb', 'law.json'), 'utf8')).law!;
    expect(await lawRevision(law)).toBe(revision(JSON.stringify(law)));
  });
});
