/**
 * Bytes to text, in one place: every file, upload, standard input and fetched response is read
 * as bytes and decoded here. The encoding is, in order of trust:
 *
 * 1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE);
 * 2. UTF-16 without a mark, recognized by its zero bytes (a text with ASCII in it);
 * 3. the charset the server sent (`Content-Type: text/plain; charset=gbk`), then the text's own
 *    declaration: `<?xml … encoding="ISO-8859-1"?>`, or `<meta charset>` in a page that starts with `<`;
 * 4. UTF-8 when the bytes are valid UTF-8;
 * 5. otherwise GB18030 (GBK), Big5 or Windows-1252 (Latin-1) when the bytes read as that
 *    confidently ({@link detectLegacy}); else UTF-8, with the bad bytes as U+FFFD.
 *
 * Two corrections to a declaration: bytes declared in a legacy encoding that are valid UTF-8
 * (with some non-ASCII) are read as UTF-8, and bytes declared UTF-8 that are not are read in the
 * legacy encoding they confidently are; each is said in a warning. Every U+FFFD left in a text is
 * reported by line ({@link replacementProblems}, called by `importSource`).
 *
 * Pure: only TextDecoder (WHATWG encodings: Node 20 with full ICU and every browser have
 * gbk, gb18030, big5, windows-1252, utf-16le/be).
 */
import { problem, type Problem, type ProblemArgs, type ProblemCode } from '../problems.js';
import '../messages/text.js'; // the text group's sentences (registers them: src/model/messages/registry.ts)

/** The part of the standard TextDecoder used here (declared: the pure layers compile without DOM or Node types). */
interface Decoder {
  readonly encoding: string;
  decode(input?: Uint8Array): string;
}
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder;

/**
 * The largest text lawdiff reads from an address, in bytes after decompression: 32 MiB, the
 * XML parser's limit in characters (`defaultXmlLimits.maxLength`). The longest law in the corpus
 * (the German Civil Code) is 1.5 MB.
 */
export const MAX_TEXT_BYTES = 32 * 1024 * 1024;

/** How the encoding of a text was chosen. */
export type EncodingSource = 'bom' | 'http' | 'xml' | 'meta' | 'detected' | 'default';

export interface DecodeOptions {
  /** The charset the server sent with the text (from `Content-Type`), if any. */
  charset?: string;
  /** The file name or address, for the problems. */
  fileName?: string;
}

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding read (`utf-8`, `gbk`, `gb18030`, `big5`, `windows-1252`, `utf-16le`, …). */
  encoding: string;
  source: EncodingSource;
  /** Warnings about the choice: a declaration overridden or not understood. */
  problems: Problem[];
}

/** How an encoding is named in messages (`GB18030`, `Big5`, `Windows-1252 (Latin-1)`). */
export function encodingLabel(encoding: string): string {
  const names: Record<string, string> = {
    'utf-8': 'UTF-8',
    'utf-16le': 'UTF-16LE',
    'utf-16be': 'UTF-16BE',
    gbk: 'GBK',
    gb18030: 'GB18030',
    big5: 'Big5',
    'windows-1252': 'Windows-1252 (Latin-1)',
    shift_jis: 'Shift_JIS',
    'euc-jp': 'EUC-JP',
    'euc-kr': 'EUC-KR',
  };
  return names[encoding] ?? encoding.toUpperCase();
}

/** The `charset` parameter of a Content-Type header value, if any (`text/plain; charset="GBK"` → `GBK`). */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/iu.exec(contentType ?? '');
  return m?.[1];
}

/** The WHATWG encoding a label names, or undefined for a label no decoder knows (or the `replacement` encoding). */
function resolveLabel(label: string): string | undefined {
  try {
    const encoding = new TextDecoder(label.trim()).encoding;
    return encoding === 'replacement' ? undefined : encoding;
  } catch {
    return undefined;
  }
}

const isUtf16 = (encoding: string): boolean => encoding === 'utf-16le' || encoding === 'utf-16be';

/** The byte order mark's encoding and length, if the bytes start with one. */
function bom(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** UTF-16 without a byte order mark, told by its zero bytes: ASCII in UTF-16LE is `x 00`, in UTF-16BE `00 x`. */
function utf16ByZeros(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= 0.3 * pairs && even <= 0.02 * pairs) return 'utf-16le';
  if (even >= 0.3 * pairs && odd <= 0.02 * pairs) return 'utf-16be';
  return undefined;
}

/** The encoding a text declares in its first bytes: the XML declaration, or `<meta charset>` in markup; with its line. */
function declared(bytes: Uint8Array): { label: string; line: number; kind: 'xml' | 'meta' } | undefined {
  const head = latin1(bytes.subarray(0, 4096));
  const start = head.search(/\S/u);
  if (start < 0 || head[start] !== '<') return undefined;
  const lineOf = (at: number): number => head.slice(0, at).split(/\r\n|\r|\n/u).length;
  const xml = /^<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"'\s>]{1,40})["']/u.exec(head.slice(start));
  if (xml) return { label: xml[1]!, line: lineOf(start), kind: 'xml' };
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?([^"'\s;/>]{1,40})/iu.exec(head);
  if (meta) return { label: meta[1]!, line: lineOf(meta.index), kind: 'meta' };
  return undefined;
}

/** Bytes as Latin-1 characters (one per byte), for reading a declaration. */
function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

/** The bytes as UTF-8, or undefined when they are not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The characters most frequent in Chinese law, simplified and traditional (the 150 commonest of
 * each in the corpus's PRC and Taiwan laws, which make up 65–80% of their non-ASCII characters),
 * with their punctuation. A legacy encoding read right gives mostly these; read wrong (Big5 bytes
 * read as GBK or the reverse), a scatter of rare characters, about 1% of them in this set.
 */
const COMMON_CJK = new Set(
  '　、。「」一七三上下不与业东並中为主之九事二五交亦产人他付代以任会作使依保修個债偿償內全八公六关其内决出分列利制前务动務十原及反发取受可司合同向告员和四因国國團在地執增外央失如安定实害家實对將對展履工并应府引当律後得必情意應成或所托承护担按损提損收政文料新方於施日时明是時更有期未本机权条查案條業機檔權次款止正民求法為無照爰物特理生用由當發百的益监目相知租立章第等管經约经网罰義者而股能自與营蒐處行被要規规訊訟訴該請護议记设证请資賠财责资输运违通違適部關间限除集非項體（），：；',
);

/** How well a decoded sample reads as Chinese: common characters count, U+FFFD, private-use and control characters count against. */
function cjkScore(text: string): number {
  let common = 0;
  let bad = 0;
  let other = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    if (COMMON_CJK.has(ch)) common++;
    else if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff) || c < 0xa0) bad++;
    else other++;
  }
  const n = common + bad + other;
  return n === 0 ? 0 : (common - 3 * bad) / n;
}

/** How much bytes look like a single-byte Latin text: the share of bytes ≥ 0x80 that stand alone between ASCII bytes (`Stra\xdfe`, `\xa7 1`). */
function latinScore(bytes: Uint8Array): number {
  let high = 0;
  let alone = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    high++;
    if ((i === 0 || bytes[i - 1]! < 0x80) && (i + 1 === bytes.length || bytes[i + 1]! < 0x80)) alone++;
  }
  return high === 0 ? 0 : alone / high;
}

/** The first 64 KB of the bytes, cut after an ASCII byte so no multi-byte character is split. */
function sample(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= 65_536) return bytes;
  let end = 65_536;
  while (end > 60_000 && bytes[end - 1]! >= 0x80) end--;
  return bytes.subarray(0, end);
}

/**
 * The legacy encoding bytes that are not UTF-8 confidently are, or undefined: GB18030 or Big5
 * when most of their characters read as common Chinese ({@link cjkScore} ≥ 0.25, and better than
 * the other by 0.15), Windows-1252 when 80% of their high bytes stand alone ({@link latinScore}).
 */
export function detectLegacy(bytes: Uint8Array): string | undefined {
  const s = sample(bytes);
  if (latinScore(s) >= 0.8) return 'windows-1252';
  const gb = cjkScore(new TextDecoder('gb18030').decode(s));
  const big5 = cjkScore(new TextDecoder('big5').decode(s));
  const [best, score, other] = gb >= big5 ? ['gb18030', gb, big5] : ['big5', big5, gb];
  return score >= 0.25 && score - other >= 0.15 ? best : undefined;
}

/** True when most of the non-ASCII characters of a lenient UTF-8 reading are real (a few stray bytes in a UTF-8 text). */
function mostlyUtf8(text: string): boolean {
  let bad = 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c >= 0x80) good++;
  }
  return good > 4 * bad;
}

/**
 * Decodes bytes to text (see the module comment for how the encoding is chosen). Never throws
 * for any bytes; a byte order mark is not part of the text.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const problems: Problem[] = [];
  const warn = <K extends ProblemCode>(line: number, text: string, code: K, args: ProblemArgs<K>): void => {
    const p = problem('warning', line, text, code, args);
    if (options.fileName) p.file = options.fileName;
    problems.push(p);
  };
  const decode = (encoding: string, source: EncodingSource, from = 0): Decoded => ({
    text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(from)),
    encoding,
    source,
    problems,
  });

  const mark = bom(bytes);
  if (mark) return decode(mark.encoding, 'bom', mark.length);
  const zeros = utf16ByZeros(bytes);
  if (zeros) return decode(zeros, 'detected');

  // A declaration: the server's charset first, then the text's own.
  const inText = declared(bytes);
  // Who made each claim (`byKind`) is worded by the sentences (src/model/messages/text.ts).
  const claims: { label: string; line: number; source: EncodingSource; byKind: 'http' | 'xml' | 'meta' }[] = [];
  if (options.charset) claims.push({ label: options.charset, line: 0, source: 'http', byKind: 'http' });
  if (inText) claims.push({ label: inText.label, line: inText.line, source: inText.kind, byKind: inText.kind });
  let claim: { encoding: string; label: string; line: number; source: EncodingSource; byKind: 'http' | 'xml' | 'meta' } | undefined;
  for (const c of claims) {
    const encoding = resolveLabel(c.label);
    if (encoding) {
      claim = { ...c, encoding };
      break;
    }
    warn(c.line, '', 'decode.unknownEncoding', { byKind: c.byKind, label: c.label });
  }

  const utf8 = strictUtf8(bytes);
  if (claim && claim.encoding !== 'utf-8') {
    // Valid UTF-8 with non-ASCII in it is UTF-8 whatever it says (a server's default charset, a copied declaration);
    // UTF-16 said of bytes that read as ASCII is wrong too (real UTF-16 was recognized by its zero bytes above).
    if (utf8 === undefined || (isAscii(bytes) && !isUtf16(claim.encoding))) return decode(claim.encoding, claim.source);
    warn(claim.line, '', 'decode.declaredButUtf8', { byKind: claim.byKind, label: claim.label, encoding: encodingLabel(claim.encoding) });
    return { text: utf8, encoding: 'utf-8', source: 'detected', problems };
  }
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', source: claim?.source ?? 'default', problems };
  const lenient = decode('utf-8', claim?.source ?? 'default');
  if (mostlyUtf8(lenient.text)) return lenient;
  const legacy = detectLegacy(bytes);
  if (!legacy) return lenient;
  if (claim) warn(claim.line, '', 'decode.declaredUtf8ButLegacy', { byKind: claim.byKind, label: claim.label, encoding: encodingLabel(legacy) });
  return decode(legacy, 'detected');
}

/** At most this many lines with U+FFFD are named one by one; the rest are counted in one more warning. */
const MAX_REPLACEMENT_LINES = 20;

/**
 * A warning for each line (up to 20, then one for the rest) of a text that has U+FFFD
 * replacement characters: bytes that were not valid in the encoding the text was read in
 * (`encoding`, when known), or a text that lost characters before it came here.
 */
export function replacementProblems(text: string, encoding?: string): Problem[] {
  let at = text.indexOf('\uFFFD');
  if (at < 0) return [];
  const out: Problem[] = [];
  const shown = encoding ? encodingLabel(encoding) : undefined;
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  let moreLines = 0;
  let moreChars = 0;
  let firstMore = 0;
  while (at >= 0) {
    // Count the line ends between the last position and this character.
    for (let i = scanned; i < at; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        line++;
        lineStart = i + 1;
      }
    }
    let end = lineStart;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    let count = 0;
    for (let i = at; i < end; i++) if (text.charCodeAt(i) === 0xfffd) count++;
    if (out.length < MAX_REPLACEMENT_LINES) {
      const lineText = text.slice(lineStart, Math.min(end, lineStart + 400));
      out.push(shown !== undefined ? problem('warning', line, lineText, 'decode.unreadable', { count, encoding: shown }) : problem('warning', line, lineText, 'decode.replacement', { count }));
    } else {
      if (moreLines === 0) firstMore = line;
      moreLines++;
      moreChars += count;
    }
    scanned = end;
    at = text.indexOf('\uFFFD', end);
  }
  if (moreLines > 0) {
    out.push(problem('warning', firstMore, '', 'decode.moreReplacements', { chars: moreChars, lines: moreLines }));
  }
  return out;
}
