/**
 * decodeBytes (issue 12, point 10): byte order marks, declared encodings (the server's charset,
 * the XML declaration, `<meta charset>`), GB18030/Big5/Latin-1 detected in bytes that are not
 * UTF-8, and a warning with the line for every U+FFFD left. Fixtures are corpus laws encoded here.
 */
import { describe, expect, it } from 'vitest';
import { exportAkn } from '../../../src/model/akn/export.js';
import { charsetOf, decodeBytes, detectLegacy, replacementProblems } from '../../../src/model/import/decode.js';
import { importSource } from '../../../src/model/import/index.js';
import { articleEntries } from '../../../src/model/articles.js';
import { readCorpus } from '../../helpers/corpus.js';
import { encode, withBom } from '../../helpers/legacy-encode.js';

const cn = readCorpus('cn-cybersecurity-law', '2016.md');
const tw = readCorpus('tw-personal-data-protection-act', '2015.md');
const de = readCorpus('de-netzdg', '2022.md');

/** `text` as it survives a round trip through `encoding` (characters it cannot write become `?`). */
function lossy(text: string, encoding: Parameters<typeof encode>[1]): string {
  return [...text].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch : (() => { try { encode(ch, encoding); return ch; } catch { return '?'; } })())).join('');
}

const articles = (text: string, encoding?: string) => articleEntries(importSource(text, encoding ? { encoding } : {}).doc);

describe('byte order marks', () => {
  it.each(['utf-8', 'utf-16le', 'utf-16be'] as const)('%s with a BOM: the same text, the mark dropped, the same 79 articles', (enc) => {
    const d = decodeBytes(withBom(encode(cn, enc), enc));
    expect(d).toMatchObject({ encoding: enc, source: 'bom', problems: [] });
    expect(d.text).toBe(cn);
    expect(articles(d.text)).toHaveLength(79);
  });

  it.each(['utf-16le', 'utf-16be'] as const)('%s without a BOM is told by its zero bytes (a German law: ASCII in it)', (enc) => {
    const d = decodeBytes(encode(de, enc));
    expect(d).toMatchObject({ encoding: enc, source: 'detected' });
    expect(d.text).toBe(de);
  });

  it('a BOM wins over a declaration', () => {
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><a>ß</a>';
    expect(decodeBytes(withBom(encode(xml, 'utf-8'), 'utf-8'))).toMatchObject({ text: xml, encoding: 'utf-8', source: 'bom' });
  });
});

describe('declared encodings', () => {
  it('XML declaring ISO-8859-1, in Latin-1 bytes: read as Windows-1252, ß and § intact, no U+FFFD (was: U+FFFD, exit 0)', () => {
    const doc = importSource(de).doc;
    const xml = exportAkn(doc, { lawId: 'netzdg', versionId: '2022', date: '', label: 'x', jurisdiction: 'DE' }).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
    const d = decodeBytes(encode(xml, 'windows-1252', '?'));
    expect(d).toMatchObject({ encoding: 'windows-1252', source: 'xml', problems: [] });
    expect(d.text).toBe(lossy(xml, 'windows-1252'));
    expect(d.text).not.toContain('\uFFFD');
    const r = importSource(d.text, { encoding: d.encoding });
    expect(r.problems.filter((p) => /U\+FFFD/u.test(p.message))).toEqual([]);
    expect(articleEntries(r.doc).map((a) => a.text)).toEqual(articleEntries(doc).map((a) => lossy(a.text, 'windows-1252')));
  });

  it.each([
    ['gbk', 'gbk', cn],
    ['GB18030', 'gb18030', cn],
    ['big5', 'big5', tw],
    ['x-gbk', 'gbk', tw],
  ] as const)('the server says charset=%s: read as %s', (charset, encoding, text) => {
    const d = decodeBytes(encode(text, encoding === 'big5' ? 'big5' : 'gbk'), { charset });
    expect(d).toMatchObject({ encoding, source: 'http', problems: [] });
    expect(d.text).toBe(text);
  });

  it('<meta charset="gbk"> in a page, and the http-equiv form', () => {
    const page = `<!doctype html>\n<html><head><meta charset="gbk"><title>网络安全法</title></head><body><pre>${cn}</pre></body></html>`;
    expect(decodeBytes(encode(page, 'gbk'))).toMatchObject({ text: page, encoding: 'gbk', source: 'meta' });
    const old = page.replace('<meta charset="gbk">', '<meta http-equiv="Content-Type" content="text/html; charset=big5">').replace(cn, tw).replace('网络安全法', '個人資料保護法');
    expect(decodeBytes(encode(old, 'big5'))).toMatchObject({ text: old, encoding: 'big5', source: 'meta' });
  });

  it('the server\'s charset comes before the text\'s own declaration', () => {
    const xml = `<?xml version="1.0" encoding="big5"?>\n<a>${cn.slice(0, 300)}</a>`;
    expect(decodeBytes(encode(xml, 'gbk'), { charset: 'gbk' })).toMatchObject({ text: xml, encoding: 'gbk', source: 'http' });
  });

  it('a legacy charset said of valid UTF-8 is wrong: read as UTF-8, with a warning naming what said it', () => {
    const d = decodeBytes(encode(de, 'utf-8'), { charset: 'iso-8859-1', fileName: 'netzdg.md' });
    expect(d.text).toBe(de);
    expect(d.encoding).toBe('utf-8');
    expect(d.problems).toMatchObject([
      { severity: 'warning', line: 0, text: '', file: 'netzdg.md', code: 'decode.declaredButUtf8', message: "the server's Content-Type (charset=iso-8859-1) says Windows-1252 (Latin-1), but the bytes are UTF-8: read as UTF-8" },
    ]);
    const xml = `<?xml version="1.0" encoding="GBK"?>\n<a>${cn.slice(0, 200)}</a>`;
    expect(decodeBytes(encode(xml, 'utf-8')).problems.map((p) => [p.line, p.message])).toEqual([[1, 'the XML declaration (encoding="GBK") says GBK, but the bytes are UTF-8: read as UTF-8']]);
  });

  it('UTF-8 declared of GB18030 bytes: read as GB18030 with a warning', () => {
    const d = decodeBytes(encode(cn, 'gb18030'), { charset: 'utf-8' });
    expect(d).toMatchObject({ text: cn, encoding: 'gb18030', source: 'detected' });
    expect(d.problems.map((p) => p.message)).toEqual([expect.stringContaining('says UTF-8, but the bytes are not UTF-8; they read as GB18030')]);
  });

  it('an encoding nobody knows is named in a warning and ignored', () => {
    const xml = '<?xml version="1.0" encoding="klingon-8"?>\n<a>x</a>';
    const d = decodeBytes(encode(xml, 'utf-8'));
    expect(d).toMatchObject({ text: xml, encoding: 'utf-8' });
    expect(d.problems.map((p) => [p.line, p.message])).toEqual([[1, 'the XML declaration (encoding="klingon-8") names an encoding lawdiff does not know; ignored']]);
  });

  it('charsetOf reads the parameter of a Content-Type', () => {
    expect(charsetOf('text/plain; charset=GBK')).toBe('GBK');
    expect(charsetOf('text/markdown;charset="big5"; q=1')).toBe('big5');
    expect(charsetOf('text/plain')).toBeUndefined();
    expect(charsetOf(null)).toBeUndefined();
  });
});

describe('detection in bytes that are not UTF-8', () => {
  const cases = [
    ['cn-cybersecurity-law', '2016.md', 'gb18030', 'gb18030'],
    ['cn-civil-code', '2020.md', 'gb18030', 'gb18030'],
    ['cn-company-law', '2018.md', 'gb18030', 'gb18030'],
    ['tw-personal-data-protection-act', '1995.md', 'big5', 'big5'],
    ['tw-personal-data-protection-act', '2015.md', 'big5', 'big5'],
    ['tw-personal-data-protection-act', '2010.md', 'gbk', 'gb18030'],
    ['de-netzdg', '2021a.md', 'windows-1252', 'windows-1252'],
    ['de-tkg-2004', '2021.md', 'windows-1252', 'windows-1252'],
  ] as const;
  it.each(cases)('%s/%s written in %s reads as %s, the same articles', (folder, file, enc, expected) => {
    const text = readCorpus(folder, file);
    const d = decodeBytes(encode(text, enc, '?'));
    expect(d).toMatchObject({ encoding: expected, source: 'detected', problems: [] });
    expect(d.text).toBe(lossy(text, enc));
    expect(articles(d.text, d.encoding).map((a) => a.num)).toEqual(articles(text).map((a) => a.num));
  });

  it('random bytes are not mistaken for a legacy encoding: UTF-8, with U+FFFD warnings', () => {
    let seed = 12;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
    for (let i = 0; i < 50; i++) {
      const bytes = Uint8Array.from({ length: 3000 }, next);
      expect(detectLegacy(bytes)).toBeUndefined();
      const d = decodeBytes(bytes);
      expect(d.encoding).toBe('utf-8');
      expect(replacementProblems(d.text, d.encoding).length).toBeGreaterThan(0);
    }
  });

  it('a UTF-8 text with a few stray bytes stays UTF-8', () => {
    const bytes = encode(cn, 'utf-8');
    const broken = Uint8Array.from([...bytes.subarray(0, 1000), 0xff, 0xfe, ...bytes.subarray(1000)]);
    expect(decodeBytes(broken).encoding).toBe('utf-8');
  });
});

describe('U+FFFD warnings', () => {
  it('invalid UTF-8 on line 11: a warning naming line 11 and UTF-8, the articles still read (was: silent)', () => {
    const lines = cn.split('\n');
    const bytes = lines.map((l, i) => (i === 10 ? Uint8Array.from([...encode(l.slice(0, 5), 'utf-8'), 0xc3, 0x28, ...encode(l.slice(5), 'utf-8')]) : encode(l, 'utf-8')));
    const joined = Uint8Array.from(bytes.flatMap((b, i) => [...b, ...(i < bytes.length - 1 ? [10] : [])]));
    const d = decodeBytes(joined);
    expect(d.encoding).toBe('utf-8');
    const r = importSource(d.text, { encoding: d.encoding, fileName: 'cs.md' });
    expect(r.ok).toBe(true);
    expect(articleEntries(r.doc)).toHaveLength(79);
    const warnings = r.problems.filter((p) => /U\+FFFD/u.test(p.message));
    expect(warnings).toMatchObject([
      { severity: 'warning', line: 11, file: 'cs.md', code: 'decode.unreadable', text: expect.stringContaining('\uFFFD('), message: 'A character could not be read as UTF-8 and became U+FFFD (�): the text is in another encoding, or damaged' },
    ]);
  });

  it('without an encoding (a pasted text) the warning still names the line', () => {
    const r = importSource('第一条　甲\n第二条　乙\uFFFD\uFFFD丙\n');
    expect(r.problems.map((p) => [p.line, p.message])).toEqual([[2, '2 replacement characters (U+FFFD): bytes lost when the text was decoded (it was read in the wrong encoding, or damaged)']]);
  });

  it('lines are counted across CRLF and CR; past 20 lines one warning sums up the rest', () => {
    const text = Array.from({ length: 30 }, (_, i) => `line ${i + 1} \uFFFD`).join('\r\n');
    const ps = replacementProblems(text, 'utf-8');
    expect(ps.map((p) => p.line)).toEqual([...Array.from({ length: 20 }, (_, i) => i + 1), 21]);
    expect(ps.at(-1)!.message).toBe('10 more replacement characters (U+FFFD) on 10 more lines, from this one on');
    expect(replacementProblems('a\rb\r\uFFFD').map((p) => p.line)).toEqual([3]);
  });
});
