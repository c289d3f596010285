/**
 * JSON written in pieces: the text of `JSON.stringify(value, null, 2)`, to the byte, without
 * holding all of it at once — the members of the outer two levels (a comparison's changes, a
 * law's articles) are stringified one at a time, and the pieces handed on in chunks of ~64 KB.
 */
import { open, rename, rm } from 'node:fs/promises';

/** What JSON.stringify leaves out of an object and writes as null in an array. */
function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/**
 * The pieces of `JSON.stringify(value, null, 2)`, indented by `indent`: arrays and plain objects
 * member by member down to `depth` levels, anything deeper (or with a `toJSON`) whole.
 */
export function* jsonPieces(value: unknown, depth = 2, indent = ''): Generator<string> {
  if (depth === 0 || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    const s = JSON.stringify(value, null, 2);
    // A line break in JSON text is always layout (one in a string is written \n), so indenting is a replace.
    yield indent === '' ? s : s.replaceAll('\n', `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      const v: unknown = value[i];
      if (omitted(v)) yield 'null';
      else yield* jsonPieces(v, depth - 1, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const [k, v] of Object.entries(value)) {
    if (omitted(v)) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(k)}: `;
    first = false;
    yield* jsonPieces(v, depth - 1, inner);
  }
  yield first ? '{}' : `\n${indent}}`;
}

const CHUNK = 64 * 1024;

/** Joins pieces into chunks of at least {@link CHUNK} characters (the last one shorter). */
export function* chunked(pieces: Iterable<string>): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  for (const p of pieces) {
    parts.push(p);
    size += p.length;
    if (size >= CHUNK) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  if (size > 0) yield parts.join('');
}

/** Writes pieces of text to standard output, in chunks. */
export function writeStdout(pieces: Iterable<string>): void {
  for (const c of chunked(pieces)) process.stdout.write(c);
}

/**
 * Writes pieces of text to a file whole or not at all: into `tmp` (created, never overwritten),
 * then renamed to `path`. Removes `tmp` and rethrows when anything fails.
 */
export async function writeFileAtomically(path: string, tmp: string, pieces: Iterable<string>): Promise<void> {
  try {
    const f = await open(tmp, 'wx');
    try {
      for (const c of chunked(pieces)) await f.write(c, null, 'utf8');
    } finally {
      await f.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}
