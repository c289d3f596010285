/**
 * Reads the entries a caller asks for out of a zip archive (a .docx is one), with hostile input
 * in mind: the central directory is parsed here, bounded in entries, and each entry is inflated
 * by fflate's streaming `Inflate` in small pieces, so that an entry lying about its size (a zip
 * bomb) is stopped as soon as it passes what it declared or the total limit — never inflated
 * whole first. Entries not asked for (images, fonts) are listed, never unpacked. Pure: no DOM,
 * no Node. Expected failures (not a zip, cut short, too big, encrypted) come back as a sentence (a `zip.` code, src/model/messages/document.ts).
 */
import { Inflate } from 'fflate';
import { say, type Said } from '../problems.js';
import { isZip } from './sniff.js';
import '../messages/document.js'; // the document group's sentences (registers them: src/model/messages/registry.ts)

/** Bounds on what {@link readZip} unpacks. */
export interface ZipLimits {
  /** The most entries the archive may list (Word writes 10 to 50). */
  maxEntries: number;
  /** The most bytes the entries read may unpack to, together. */
  maxUnpacked: number;
}

/** The default {@link ZipLimits}: 10,000 entries, 64 MiB unpacked. */
export const defaultZipLimits: Readonly<ZipLimits> = { maxEntries: 10_000, maxUnpacked: 64 * 1024 * 1024 };

/** The entries read (by name as stored), and the names of all entries; or why the archive could not be read. */
export type ZipResult = { ok: true; names: string[]; entries: Map<string, Uint8Array> } | ({ ok: false } & Said);

/** Inflated at a time: one piece of a deflate stream unpacks to at most ~1,032 times its size. */
const PIECE = 16 * 1024;

const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number): number => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/** Entry names as stored (bytes flagged UTF-8, or read as Latin-1 otherwise: CP437 names are ASCII in practice). */
function entryName(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // fall through: read byte by byte
    }
  }
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

declare const TextDecoder: new (label?: string, options?: { fatal?: boolean }) => { decode(input: Uint8Array): string };

const mib = (n: number): number => Math.round(n / 1024 / 1024);

/**
 * Reads the archive's directory and unpacks the entries `wanted` accepts. Never throws for bad
 * input: the sentence says what is wrong (in words a reader can act on), without the file name,
 * which the caller adds.
 */
export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean, limits: Partial<ZipLimits> = {}): ZipResult {
  const lim: ZipLimits = { ...defaultZipLimits, ...limits };
  // The end of central directory record: 22 bytes, then a comment of up to 65,535 bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 5 && bytes[at + 3] === 6) {
      end = at;
      break;
    }
  }
  if (end < 0) {
    return { ok: false, ...(isZip(bytes) ? say('zip.cutShort', {}) : say('zip.notZip', {})) };
  }
  const total = u16(bytes, end + 10);
  let dir = u32(bytes, end + 16);
  if (total === 0xffff || dir === 0xffffffff) return { ok: false, ...say('zip.zip64', {}) };
  if (total > lim.maxEntries) return { ok: false, ...say('zip.tooManyEntries', { entries: total, max: lim.maxEntries }) };
  const names: string[] = [];
  const entries = new Map<string, Uint8Array>();
  let unpacked = 0;
  for (let i = 0; i < total; i++) {
    if (dir + 46 > end || u32(bytes, dir) !== 0x02014b50) return { ok: false, ...say('zip.directoryDamaged', { entry: i + 1, total }) };
    const flags = u16(bytes, dir + 8);
    const method = u16(bytes, dir + 10);
    const packed = u32(bytes, dir + 20);
    const size = u32(bytes, dir + 24);
    const nameLength = u16(bytes, dir + 28);
    const next = dir + 46 + nameLength + u16(bytes, dir + 30) + u16(bytes, dir + 32);
    const local = u32(bytes, dir + 42);
    if (next > end) return { ok: false, ...say('zip.directoryDamaged', { entry: i + 1, total }) };
    const name = entryName(bytes.subarray(dir + 46, dir + 46 + nameLength), (flags & 0x800) !== 0);
    dir = next;
    names.push(name);
    if (!wanted(name)) continue;
    if (flags & 1) return { ok: false, ...say('zip.encrypted', { name }) };
    if (size > lim.maxUnpacked - unpacked) return { ok: false, ...say('zip.tooBig', { limitMib: mib(lim.maxUnpacked), name, size }) };
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) return { ok: false, ...say('zip.misplaced', { name }) };
    const from = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (from + packed > bytes.length) return { ok: false, ...say('zip.entryCutShort', { name, needed: packed, present: Math.max(0, bytes.length - from) }) };
    const data = bytes.subarray(from, from + packed);
    if (method === 0) {
      if (packed !== size) return { ok: false, ...say('zip.storedSizeMismatch', { name, stored: packed, declared: size }) };
      entries.set(name, data);
      unpacked += size;
      continue;
    }
    if (method !== 8) return { ok: false, ...say('zip.method', { name, method }) };
    const r = inflate(data, Math.min(size, lim.maxUnpacked - unpacked), size, name);
    if (!(r instanceof Uint8Array)) return { ok: false, ...r };
    entries.set(name, r);
    unpacked += r.length;
  }
  return { ok: true, names, entries };
}

/**
 * Inflates `data` piece by piece, stopping as soon as the output passes `limit` bytes (a zip
 * bomb stops here, after at most one piece too many). A sentence naming the entry `name` when it cannot.
 */
function inflate(data: Uint8Array, limit: number, declared: number, name: string): Uint8Array | Said {
  const out = new Uint8Array(limit);
  let length = 0;
  let over = false;
  let done = false;
  const stream = new Inflate((chunk, final) => {
    if (length + chunk.length > limit) over = true;
    else out.set(chunk, length);
    length += chunk.length;
    if (final) done = true;
  });
  try {
    for (let at = 0; at < data.length && !over; at += PIECE) stream.push(data.subarray(at, at + PIECE), at + PIECE >= data.length);
  } catch (e) {
    return say('zip.entryUnpackFailed', { name, detail: e instanceof Error ? e.message : String(e) });
  }
  if (over) return say('zip.entryOverDeclared', { name, declared, stoppedAt: length });
  if (!done || data.length === 0) return say('zip.entryEndsEarly', { name });
  if (length !== declared) return say('zip.entrySizeMismatch', { name, length, declared });
  return out;
}
