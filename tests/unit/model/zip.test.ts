/**
 * The zip reader under the Word reader (src/model/import/zip.ts) against broken and hostile
 * archives: bombs that declare their size and bombs that lie about it, too many entries, cut
 * short, a zip that is not a Word document, a Word document without its text. Each is refused
 * with a message naming the file and what was expected, and quickly.
 */
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../src/model/import/bytes.js';
import { readZip } from '../../../src/model/import/zip.js';
import { docxEntries, docxOf, zipOf } from '../../helpers/docx-parts.js';

const law = { body: [{ text: '第一条 为了测试，制定本法。' }, { text: '第二条 本法自公布之日起施行。' }] };

/** The bytes with the central directory entry of `name` changed: its declared (unpacked) size. */
function declare(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const want = strToU8(name);
  for (let at = 0; at + 46 < out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const n = view.getUint16(at + 28, true);
    if (n === want.length && want.every((b, i) => out[at + 46 + i] === b)) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`no entry ${name}`);
}

const message = (bytes: Uint8Array): string => {
  const r = importBytes(bytes, { fileName: 'law.docx' });
  expect(r.ok).toBe(false);
  expect(r.problems[0]).toMatchObject({ severity: 'error', file: 'law.docx' });
  return r.problems[0]!.message;
};

describe('the zip under a Word document', () => {
  it('reads a good one', async () => {
    const r = importBytes(await docxOf(law), { fileName: 'law.docx' });
    expect(r.ok).toBe(true);
    expect(r.format).toBe('docx');
  });

  it('refuses a bomb that declares its size, before unpacking it', async () => {
    const bytes = declare(await docxOf(law), 'word/document.xml', 0xfffffff0);
    expect(message(bytes)).toBe('not readable as a Word document: the entries lawdiff reads unpack to more than 64 MiB (word/document.xml declares 4,294,967,280 bytes); lawdiff reads documents up to 64 MiB unpacked — is it a zip bomb?');
  });

  it('stops a bomb that lies about its size as soon as it passes what it declared', () => {
    const entries: Record<string, string | Uint8Array> = docxEntries(law);
    // 16 MiB of one character, deflated to about 16 KB.
    entries['word/document.xml'] = new Uint8Array(16 * 1024 * 1024).fill(0x20);
    let bytes = zipOf(entries, 9);
    expect(bytes.length).toBeLessThan(100 * 1024);
    bytes = declare(bytes, 'word/document.xml', 1000);
    const t0 = performance.now();
    expect(message(bytes)).toMatch(/^not readable as a Word document: word\/document\.xml in the zip archive unpacks to more than the 1,000 bytes it declares — a zip bomb\? \(stopped at [\d,]+ bytes\)$/u);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('refuses a bomb of the true size by the total', () => {
    const entries: Record<string, string | Uint8Array> = docxEntries(law);
    entries['word/styles.xml'] = new Uint8Array(65 * 1024 * 1024).fill(0x20);
    expect(message(zipOf(entries, 9))).toMatch(/unpack to more than 64 MiB \(word\/styles\.xml declares 68,157,440 bytes\)/u);
  });

  it('refuses too many entries', () => {
    const entries: Record<string, string> = docxEntries(law);
    for (let i = 0; i < 10_001; i++) entries[`word/media/x${i}.xml`] = '';
    expect(message(zipOf(entries, 0))).toBe('not readable as a Word document: the zip archive lists 10,004 entries; lawdiff reads at most 10,000 (a Word document has a few dozen)');
  });

  it('says a zip cut short is cut short, wherever it is cut', async () => {
    const bytes = await docxOf(law);
    for (const at of [10, Math.floor(bytes.length / 2), bytes.length - 30, bytes.length - 1]) {
      expect(message(bytes.subarray(0, at))).toMatch(/^not readable as a Word document: the zip archive is cut short: its central directory .* is missing — was the download or copy interrupted\?$/u);
    }
    // The directory whole but an entry's data cut out.
    const hole = bytes.slice();
    const view = new DataView(hole.buffer);
    const dirAt = view.getUint32(hole.length - 22 + 16, true);
    hole.fill(0, 30, dirAt);
    expect(message(hole)).toMatch(/^not readable as a Word document: (the zip archive is damaged|.* cannot be unpacked)/u);
  });

  it('says what a zip that is not a Word document is', async () => {
    expect(message(zipOf({ 'notes.txt': 'hello', 'photo.jpg': 'x' }))).toBe('not a Word document: the zip archive has no [Content_Types].xml (its entries: notes.txt, photo.jpg) — expected a .docx saved by Word, LibreOffice or Google Docs');
    const xlsx = docxEntries(law);
    xlsx['[Content_Types].xml'] = xlsx['[Content_Types].xml']!.replace('wordprocessingml.document.main+xml', 'spreadsheetml.sheet.main+xml');
    expect(message(zipOf(xlsx))).toBe('not a Word document: it is a spreadsheet (Excel); lawdiff reads .docx word-processing documents');
  });

  it('says when the document text is missing', async () => {
    expect(message(await docxOf({ ...law, without: ['word/document.xml'] }))).toBe('not a Word document: word/document.xml (the document\'s text) is missing from the zip archive');
  });

  it('unpacks only what it is asked for', () => {
    const zip = zipOf({ 'a.xml': '<a/>', 'b.bin': new Uint8Array(1000) });
    const r = readZip(zip, (n) => n.endsWith('.xml'));
    expect(r.ok && [...r.entries.keys()]).toEqual(['a.xml']);
    expect(r.ok && r.names).toEqual(['a.xml', 'b.bin']);
    expect(readZip(deflateSync(strToU8('not a zip')), () => true)).toMatchObject({ ok: false, code: 'zip.notZip', message: 'not a zip archive (expected a .docx, which is a zip)' });
  });
});
