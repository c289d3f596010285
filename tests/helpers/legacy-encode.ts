/**
 * Encoders for the legacy encodings the tests write fixtures in (GBK/GB18030, Big5, Windows-1252,
 * UTF-16), built from the platform's own TextDecoder by reading every byte sequence once: a
 * character's bytes are the first sequence that decodes to it. TextEncoder writes UTF-8 only.
 */
const tables = new Map<string, Map<string, number[]>>();

function table(encoding: 'gbk' | 'big5' | 'windows-1252'): Map<string, number[]> {
  let t = tables.get(encoding);
  if (t) return t;
  t = new Map();
  const decoder = new TextDecoder(encoding, { fatal: true });
  const put = (bytes: number[]): void => {
    let ch: string;
    try {
      ch = decoder.decode(new Uint8Array(bytes));
    } catch {
      return;
    }
    if ([...ch].length === 1 && !t!.has(ch)) t!.set(ch, bytes);
  };
  for (let b = 0; b < 0x100; b++) put([b]);
  if (encoding !== 'windows-1252') {
    // Big5 proper (leads A1–F9) before the HKSCS extensions around it.
    const leads = encoding === 'big5' ? [...range(0xa1, 0xf9), ...range(0x81, 0xa0), ...range(0xfa, 0xfe)] : range(0x81, 0xfe);
    for (const lead of leads) for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) put([lead, trail]);
  }
  tables.set(encoding, t);
  return t;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * `text` in `encoding`. A character the encoding cannot write throws, naming it, unless
 * `fallback` is given (written instead, as `?` in a lossy save would be).
 */
export function encode(text: string, encoding: 'gbk' | 'gb18030' | 'big5' | 'windows-1252' | 'utf-8' | 'utf-16le' | 'utf-16be', fallback?: string): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const out = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const [hi, lo] = [c >> 8, c & 0xff];
      out[2 * i] = encoding === 'utf-16le' ? lo : hi;
      out[2 * i + 1] = encoding === 'utf-16le' ? hi : lo;
    }
    return out;
  }
  const t = table(encoding === 'gb18030' ? 'gbk' : encoding);
  const out: number[] = [];
  for (const ch of text) {
    const bytes = t.get(ch) ?? (fallback !== undefined ? t.get(fallback) : undefined);
    if (!bytes) throw new Error(`${encoding} cannot write ${JSON.stringify(ch)} (U+${ch.codePointAt(0)!.toString(16).toUpperCase()})`);
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}

/** `bytes` with a byte order mark in front. */
export function withBom(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): Uint8Array {
  const mark = encoding === 'utf-8' ? [0xef, 0xbb, 0xbf] : encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return Uint8Array.from([...mark, ...bytes]);
}
