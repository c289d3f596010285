/**
 * Reads the entries a caller asks for out of a zip archive (a .docx is one), with hostile input
 * in mind: the central directory is parsed here, bounded in entries, and each entry is inflated
 * by fflate's streaming `Inflate` in small pieces, so that an entry lying about its size (a zip
 * bomb) is stopped as soon as it passes what it declared or the total limit — never inflated
 * whole first. Entries not asked for (images, fonts) are listed, never unpacked. Pure: no DOM,
 * no Node. Expected failures (not a zip, cut short, too big, encrypted) come back as a message.
 */
import { Inflate } from 'fflate';
import { isZip } from './sniff.js';

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
export type ZipResult = { ok: true; names: string[]; entries: Map<string, Uint8Array> } | { ok: false; message: string };

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

const mib = (n: number): string => `${Math.round(n / 1024 / 1024)} MiB`;
const count = (n: number): string => n.toLocaleString('en');

/**
 * Reads the archive's directory and unpacks the entries `wanted` accepts. Never throws for bad
 * input: the message says what is wrong (in words a reader can act on), without the file name,
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
    return { ok: false, message: isZip(bytes) ? 'the zip archive is cut short: its central directory (the list of entries at its end) is missing — was the download or copy interrupted?' : 'not a zip archive (expected a .docx, which is a zip)' };
  }
  const total = u16(bytes, end + 10);
  let dir = u32(bytes, end + 16);
  if (total === 0xffff || dir === 0xffffffff) return { ok: false, message: 'the zip archive uses ZIP64 (for archives over 4 GiB), which lawdiff does not read' };
  if (total > lim.maxEntries) return { ok: false, message: `the zip archive lists ${count(total)} entries; lawdiff reads at most ${count(lim.maxEntries)} (a Word document has a few dozen)` };
  const names: string[] = [];
  const entries = new Map<string, Uint8Array>();
  let unpacked = 0;
  for (let i = 0; i < total; i++) {
    if (dir + 46 > end || u32(bytes, dir) !== 0x02014b50) return { ok: false, message: `the zip archive's central directory is damaged at entry ${i + 1} of ${total}` };
    const flags = u16(bytes, dir + 8);
    const method = u16(bytes, dir + 10);
    const packed = u32(bytes, dir + 20);
    const size = u32(bytes, dir + 24);
    const nameLength = u16(bytes, dir + 28);
    const next = dir + 46 + nameLength + u16(bytes, dir + 30) + u16(bytes, dir + 32);
    const local = u32(bytes, dir + 42);
    if (next > end) return { ok: false, message: `the zip archive's central directory is damaged at entry ${i + 1} of ${total}` };
    const name = entryName(bytes.subarray(dir + 46, dir + 46 + nameLength), (flags & 0x800) !== 0);
    dir = next;
    names.push(name);
    if (!wanted(name)) continue;
    if (flags & 1) return { ok: false, message: `${name} in the zip archive is encrypted (a password-protected document): save it without a password` };
    if (size > lim.maxUnpacked - unpacked) return { ok: false, message: `the entries lawdiff reads unpack to more than ${mib(lim.maxUnpacked)} (${name} declares ${count(size)} bytes); lawdiff reads documents up to ${mib(lim.maxUnpacked)} unpacked — is it a zip bomb?` };
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) return { ok: false, message: `the zip archive is damaged: the data of ${name} is not where its directory says` };
    const from = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (from + packed > bytes.length) return { ok: false, message: `the zip archive is cut short: ${name} needs ${count(packed)} bytes, ${count(Math.max(0, bytes.length - from))} are there` };
    const data = bytes.subarray(from, from + packed);
    if (method === 0) {
      if (packed !== size) return { ok: false, message: `the zip archive is damaged: ${name} is stored with ${count(packed)} bytes but declares ${count(size)}` };
      entries.set(name, data);
      unpacked += size;
      continue;
    }
    if (method !== 8) return { ok: false, message: `${name} in the zip archive is compressed with method ${method}; lawdiff reads stored and deflated entries (what Word, LibreOffice and Google Docs write)` };
    const r = inflate(data, Math.min(size, lim.maxUnpacked - unpacked), size);
    if (typeof r === 'string') return { ok: false, message: `${name} in the zip archive ${r}` };
    entries.set(name, r);
    unpacked += r.length;
  }
  return { ok: true, names, entries };
}

/**
 * Inflates `data` piece by piece, stopping as soon as the output passes `limit` bytes (a zip
 * bomb stops here, after at most one piece too many). A message when it cannot.
 */
function inflate(data: Uint8Array, limit: number, declared: number): Uint8Array | string {
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
    return `cannot be unpacked (${e instanceof Error ? e.message : String(e)}): the file is damaged or cut short`;
  }
  if (over) return `unpacks to more than the ${count(declared)} bytes it declares — a zip bomb? (stopped at ${count(length)} bytes)`;
  if (!done || data.length === 0) return 'cannot be unpacked (its compressed data ends too soon): the file is damaged or cut short';
  if (length !== declared) return `unpacks to ${count(length)} bytes but declares ${count(declared)}: the file is damaged`;
  return out;
}
