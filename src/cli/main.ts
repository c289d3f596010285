/**
 * `lawdiff` — the command line over the model (and, later, the engine).
 * Parses arguments, reads files or URLs, and prints; all the work happens in
 * src/model. Exit codes: 0 done, 1 the input had errors, 2 bad usage.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
// Only what every command needs is loaded here; each command loads the rest (a comparison does not load
// the XML parser, the Word and PDF readers, the export writers or the message catalogues).
import { FORMAT_NAMES, isSourceFormat, type ImportOptions, type ImportResult } from '../model/import/source.js';
import { importSourceLazily } from '../model/import/lazy.js';
import { charsetOf, decodeBytes } from '../model/import/decode.js';
import { fileKind } from '../model/import/sniff.js';
import { formatProblem, type Problem } from '../model/problems.js';
import type { FetchFailure, FetchTextOptions } from '../app/fetch-text.js';
import { SourceFormats, type SourceFormat } from '../model/types.js';
import { ExportFormats, isExportFormat, type ExportFormat } from './export-formats.js';
import { jsonPieces, writeFileAtomically, writeStdout } from './json-out.js';
import type { UiLanguage } from '../present/strings.js';
import type { VersionDoc } from '../model/types.js';

/** The languages of `export --lang`, loaded with the interface's strings only when usage or `export` needs them. */
async function uiLanguages(): Promise<readonly UiLanguage[]> {
  return (await import('../present/strings.js')).UiLanguages;
}

/** The usage text. */
async function usage(): Promise<string> {
  const UiLanguages = await uiLanguages();
  return `lawdiff — compare the readings of a law

Usage:
  lawdiff import <file-or-url> [--format F] [-o out.json] [--keep-going]
      Read a published text and print it as a lawdiff version (JSON).
  lawdiff articles <file-or-url> [--format F]
      Print the articles as a JSON array: {num, ordinal, path, text}.
  lawdiff export-akn <file-or-url> [--format F] [-o out.xml]
      Print the version as Akoma Ntoso 3.0 XML.
  lawdiff compare <old> <new> [--format F] [--json] [--chars]
      Pair the articles of two versions by content and summarize what changed.
      --json prints {stats, changes: [{kind, old, new, textChanged, renumbered, moved, similarity}]}.
      --chars diffs Chinese, Japanese and Korean text character by character
      (word counts then count characters) instead of by segmented words.
  lawdiff explain <old> <new> <report> [--format F] [--json]
      Link the paragraphs of an explanation report (the legislature's 说明, 汇报,
      Begründung; any format lawdiff reads) to the articles of the two readings they name.
      --json prints {paragraphs: [{index, text, links: [{reading, article}], unresolved}]}.
  lawdiff export <old> <new> --format docx-table|docx-tracked|xlsx|csv [-o file] [--changed] [--chars]
        [--from F] [--lang L]
      Write the comparison as a document: docx-table (the comparison table: old text |
      new text | explanation), docx-tracked (the newer reading with Word's tracked changes
      against the older), xlsx or csv (one row per change: kind, numbers, division, words
      added and removed, similarity, explanation). Without -o the file is named like
      <folder>_<old>_<new>.<ext> in the current folder and its path printed; -o - writes
      to standard output. --changed leaves unchanged articles out of the table; --from F
      names the readings' source format; --lang L (${UiLanguages.join(', ')}) the language of
      headings and words the document adds (default en).
  lawdiff check [collection-folder]
      Load every law and version of a collection (default: $LAWDIFF_COLLECTION or ./versions) and report problems.

Formats (detected from the content unless --format is given):
${SourceFormats.map((f) => `  ${f.padEnd(8)} ${FORMAT_NAMES[f]}`).join('\n')}
A Word document (.docx), a PDF and a web page (.html) are read from the file's bytes
(recognized by their content); --format then names the convention of their text (cn, tw,
de, en), and problems name paragraphs (Word, web page) or pages and lines (PDF).

Problems are printed to stderr as file:line: severity: message — "text".
Exit status: 0 ok, 1 the input has errors, 2 bad usage.`;
}

class UsageError extends Error {}

interface Args {
  command: string;
  positional: string[];
  format?: SourceFormat;
  output?: string;
  keepGoing: boolean;
  json: boolean;
  chars: boolean;
  /** \`export\`: the document to write (its --format), unchanged articles left out, the interface language. */
  exportFormat?: ExportFormat;
  changed: boolean;
  lang?: UiLanguage;
}

/** Reads the arguments; `UiLanguages`: what `export --lang` accepts (not read by other commands). */
function parseArgs(argv: string[], UiLanguages: readonly UiLanguage[]): Args {
  const first = argv[0] ?? '';
  const args: Args = { command: first === '-h' || first === '--help' ? 'help' : first, positional: [], keepGoing: false, json: false, chars: false, changed: false };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (args.command === 'export' && (a === '--format' || a === '-f' || a.startsWith('--format='))) {
      // For export, --format names the document written; --from names the readings' format.
      const f = a.startsWith('--format=') ? a.slice('--format='.length) : argv[++i];
      if (!f || !isExportFormat(f)) throw new UsageError(`export --format takes one of ${ExportFormats.join(', ')}; got ${f ?? 'nothing'}`);
      args.exportFormat = f;
    } else if (args.command === 'export' && a === '--from') {
      const f = argv[++i];
      if (!f || !isSourceFormat(f)) throw new UsageError(`--from takes one of ${SourceFormats.join(', ')}; got ${f ?? 'nothing'}`);
      args.format = f;
    } else if (args.command === 'export' && a === '--changed') {
      args.changed = true;
    } else if (args.command === 'export' && a === '--lang') {
      const l = argv[++i];
      if (!l || !(UiLanguages as readonly string[]).includes(l)) throw new UsageError(`--lang takes one of ${UiLanguages.join(', ')}; got ${l ?? 'nothing'}`);
      args.lang = l as UiLanguage;
    } else if (a === '--format' || a === '-f') {
      const f = argv[++i];
      if (!f || !isSourceFormat(f)) throw new UsageError(`--format takes one of ${SourceFormats.join(', ')}; got ${f ?? 'nothing'}`);
      args.format = f;
    } else if (a.startsWith('--format=')) {
      const f = a.slice('--format='.length);
      if (!isSourceFormat(f)) throw new UsageError(`--format takes one of ${SourceFormats.join(', ')}; got ${f}`);
      args.format = f;
    } else if (a === '-o' || a === '--output') {
      const o = argv[++i];
      if (!o) throw new UsageError(`${a} needs a file name`);
      args.output = o;
    } else if (a === '--json') {
      args.json = true;
    } else if (a === '--chars') {
      args.chars = true;
    } else if (a === '--keep-going') {
      args.keepGoing = true;
    } else if (a === '-h' || a === '--help') {
      args.command = 'help';
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`unknown option ${a}`);
    } else {
      args.positional.push(a);
    }
  }
  return args;
}

function isUrl(s: string): boolean {
  return /^https?:\/\//iu.test(s);
}

/** What was read: the text, the name problems are reported under, and how it was decoded. */
export interface Input {
  text: string;
  name: string;
  /** A document's bytes — Word, PDF, web page — read by its reader (`text` then ""). */
  bytes?: Uint8Array;
  /** The charset a server named for them. */
  charset?: string;
  /** The encoding the bytes were read in (`utf-8`, `gb18030`, …). */
  encoding: string;
  /** Warnings about the encoding: a declaration overridden or unknown. */
  problems: Problem[];
}

/** A size in MiB as messages write it (`32 MiB`). */
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} MiB`;

/** Why a URL gave no text, in one line. */
export function fetchFailureMessage(url: string, f: FetchFailure): string {
  switch (f.kind) {
    case 'too-large':
      return `cannot fetch ${url}: the text is larger than ${mib(f.limit)}${f.declared !== undefined ? ` (Content-Length: ${f.declared.toLocaleString('en')} bytes)` : ' once decompressed'}; lawdiff reads texts of at most ${f.limit.toLocaleString('en')} bytes (save it and split it)`;
    case 'timeout':
      return `cannot fetch ${url}: not finished after ${f.deadlineMs / 1000} s (${f.bytesRead.toLocaleString('en')} bytes read); lawdiff waits at most ${f.deadlineMs / 1000} s for a text (download it and import the file)`;
    case 'http':
      return `cannot fetch ${url}: HTTP ${f.status} ${f.statusText}`.trimEnd();
    case 'network':
      return `cannot fetch ${url}: ${f.detail}`;
    case 'cancelled':
      return `cannot fetch ${url}: cancelled`;
    default: {
      const never: never = f;
      return never;
    }
  }
}

/** Bytes to text through `decodeBytes`; a text too long for a JavaScript string is refused in one line. */
function decoded(bytes: Uint8Array, name: string, charset?: string): Input {
  // A Word document, a PDF or a web page is not read as text: its bytes go to its reader.
  if (fileKind(bytes, name) !== 'text') return { text: '', name, bytes, encoding: '', problems: [], ...(charset ? { charset } : {}) };
  try {
    const d = decodeBytes(bytes, { fileName: name, ...(charset ? { charset } : {}) });
    return { text: d.text, name, encoding: d.encoding, problems: d.problems };
  } catch (e) {
    throw new InputError(`cannot read ${name}: ${bytes.length.toLocaleString('en')} bytes are too many to hold as text (${(e as Error).message.split('\n')[0]})`);
  }
}

/**
 * Reads a file, a URL, or standard input (`-`) as bytes and decodes them. A URL is fetched by
 * `fetchText` (app/fetch-text.ts): at most `MAX_TEXT_BYTES` after decompression, within
 * `FETCH_DEADLINE_MS` (`limits` changes both, for tests), in the charset the server names.
 */
export async function readInput(source: string, limits: Pick<FetchTextOptions, 'maxBytes' | 'deadlineMs'> = {}): Promise<Input> {
  if (source === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return decoded(Buffer.concat(chunks), 'stdin');
  }
  if (isUrl(source)) {
    const { fetchText } = await import('../app/fetch-text.js');
    const r = await fetchText(source, limits);
    if (!r.ok) throw new InputError(fetchFailureMessage(source, r.failure));
    const path = new URL(source).pathname;
    const name = basename(path) || source;
    const charset = charsetOf(r.value.contentType);
    if (r.value.data) return { text: '', name, bytes: r.value.data, encoding: '', problems: [], ...(charset ? { charset } : {}) };
    return { text: r.value.text, name, encoding: r.value.encoding, problems: r.value.problems.map((p) => ({ ...p, file: name })) };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(source);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message;
    throw new InputError(`cannot read ${source}: ${why}`);
  }
  return decoded(bytes, source);
}

/** A file, URL or standard input could not be read: one line, exit 1. */
export class InputError extends Error {}

async function load(args: Args, position = 0): Promise<{ result: ImportResult; name: string }> {
  const source = args.positional[position];
  if (!source) throw new UsageError(`${args.command} needs a file or URL`);
  const { text, name, encoding, problems, bytes, charset } = await readInput(source);
  const options: ImportOptions = { fileName: name };
  if (args.format) options.format = args.format;
  const result = bytes ? await importDocument(bytes, options, charset) : await importSourceLazily(text, { ...options, encoding });
  for (const p of [...problems, ...result.problems]) process.stderr.write(`${formatProblem(p)}\n`);
  return { result, name };
}

/** A Word document, a PDF or a web page, read by its reader (loaded for it). */
async function importDocument(bytes: Uint8Array, options: ImportOptions, charset: string | undefined): Promise<ImportResult> {
  const [{ importFile }, { nodeCMaps }] = await Promise.all([import('../model/import/file.js'), import('./pdf-cmaps.js')]);
  return importFile(bytes, { ...options, ...(charset ? { charset } : {}), ...nodeCMaps });
}

/** Reads a report: any file lawdiff reads, as paragraphs. Problems go to stderr; an error means nothing to explain. */
async function readReport(source: string): Promise<{ text: string; name: string; failed: boolean }> {
  const input = await readInput(source);
  let read: { text: string; problems: Problem[] } = { text: input.text, problems: [] };
  if (input.bytes) {
    const [{ readDocumentText }, { nodeCMaps }] = await Promise.all([import('../model/import/file.js'), import('./pdf-cmaps.js')]);
    read = await readDocumentText(input.bytes, { fileName: input.name, ...(input.charset ? { charset: input.charset } : {}), ...nodeCMaps });
  }
  const problems = [...input.problems, ...read.problems];
  for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
  if (problems.some((p) => p.severity === 'error')) return { text: '', name: input.name, failed: true };
  if (read.text.trim() === '') {
    process.stderr.write(`lawdiff: ${input.name} has no text to explain anything with\n`);
    return { text: '', name: input.name, failed: true };
  }
  return { text: read.text, name: input.name, failed: false };
}

/** What a reading is called, for named readings (二次审议稿): its file name, title and the metadata lines under the title. */
function readingLabel(name: string, doc: VersionDoc): string {
  return [basename(name), doc.title, doc.metadata.text ?? '', ...Object.values(doc.metadata)].join(' ');
}

/** Why a file system call failed, in a few words (`no such folder`, `disk full`, …). */
function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such folder';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EISDIR':
      return 'it is a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'read-only file system';
    case 'EDQUOT':
      return 'disk quota exceeded';
    default:
      return `${code ? `${code}: ` : ''}${(e as Error).message ?? String(e)}`.split('\n')[0]!;
  }
}

/**
 * Writes text, given in pieces, to `output` whole or not at all: into a temporary file in the same
 * folder, then renamed over the target, so a full disk or a failed write never leaves a truncated
 * file in place of a previous output.
 */
export async function writeOutput(output: string, text: string | Iterable<string>): Promise<void> {
  const tmp = join(dirname(output), `.${basename(output)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await writeFileAtomically(output, tmp, typeof text === 'string' ? [text] : text);
  } catch (e) {
    throw new InputError(`cannot write ${output}: ${reason(e)}`);
  }
}

/** Writes a command's output, ending in a line break, to `output` or standard output. */
async function emit(text: string, output: string | undefined): Promise<void> {
  await emitPieces([text.endsWith('\n') ? text : `${text}\n`], output);
}

/** Writes a value as `JSON.stringify(value, null, 2)` and a line break, in pieces (json-out.ts). */
async function emitJson(value: unknown, output: string | undefined): Promise<void> {
  await emitPieces(withLineBreak(jsonPieces(value)), output);
}

function* withLineBreak(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield '\n';
}

async function emitPieces(pieces: Iterable<string>, output: string | undefined): Promise<void> {
  if (output) await writeOutput(output, pieces);
  else writeStdout(pieces);
}

function failed(result: ImportResult, keepGoing: boolean): boolean {
  if (result.ok) return false;
  const n = result.problems.filter((p) => p.severity === 'error').length;
  process.stderr.write(`lawdiff: ${n} error${n === 1 ? '' : 's'}; nothing written${keepGoing ? '' : ' (use --keep-going to write what could be read)'}\n`);
  return !keepGoing;
}

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv, argv[0] === 'export' ? await uiLanguages() : []);
  } catch (e) {
    process.stderr.write(`lawdiff: ${(e as Error).message}\n\n${await usage()}\n`);
    return 2;
  }
  try {
    switch (args.command) {
      case '':
      case 'help':
        process.stdout.write(`${await usage()}\n`);
        return args.command === '' ? 2 : 0;
      case 'import': {
        const { result } = await load(args);
        if (failed(result, args.keepGoing)) return 1;
        await emitJson(result.doc, args.output);
        return result.ok ? 0 : 1;
      }
      case 'articles': {
        const { result } = await load(args);
        if (failed(result, args.keepGoing)) return 1;
        const { articleEntries } = await import('../model/articles.js');
        await emitJson(articleEntries(result.doc), args.output);
        return result.ok ? 0 : 1;
      }
      case 'export-akn': {
        const { result, name } = await load(args);
        if (failed(result, args.keepGoing)) return 1;
        const { exportAkn } = await import('../model/akn/export.js');
        const id = basename(name).replace(/\.[^.]+$/u, '');
        await emit(exportAkn(result.doc, { lawId: id, versionId: id, date: '', label: result.doc.title, jurisdiction: '' }), args.output);
        return result.ok ? 0 : 1;
      }
      case 'compare': {
        if (args.positional.length !== 2) throw new UsageError('compare needs two files or URLs: the old version and the new one');
        const a = await load(args, 0);
        const b = await load(args, 1);
        if (failed(a.result, false) || failed(b.result, false)) return 1;
        const [{ compareVersions }, { comparisonJson, comparisonSummary }] = await Promise.all([import('../diff/index.js'), import('./compare.js')]);
        const comparison = compareVersions(a.result.doc, b.result.doc, { granularity: args.chars ? 'char' : 'word' });
        if (args.json) await emitJson(comparisonJson(comparison), args.output);
        else await emit(comparisonSummary(comparison, a.name, b.name), args.output);
        return 0;
      }
      case 'explain': {
        if (args.positional.length !== 3) throw new UsageError('explain needs three files or URLs: the old version, the new one and the report');
        const a = await load(args, 0);
        const b = await load(args, 1);
        if (failed(a.result, false) || failed(b.result, false)) return 1;
        const report = await readReport(args.positional[2]!);
        if (report.failed) return 1;
        const [{ compareVersions, explainJson, explainReport, selfNames }, { explainSummary }] = await Promise.all([import('../diff/index.js'), import('./explain.js')]);
        const comparison = compareVersions(a.result.doc, b.result.doc);
        const paragraphs = explainReport(report.text, a.result.doc, b.result.doc, comparison, {
          selfNames: [...selfNames(a.result.doc.title), ...selfNames(b.result.doc.title)],
          old: { label: readingLabel(a.name, a.result.doc) },
          new: { label: readingLabel(b.name, b.result.doc) },
        });
        if (args.json) await emitJson(explainJson(paragraphs), args.output);
        else await emit(explainSummary(paragraphs, comparison, { old: a.name, new: b.name, report: report.name }), args.output);
        return 0;
      }
      case 'export': {
        if (args.positional.length !== 2) throw new UsageError('export needs two files or URLs: the old version and the new one');
        if (!args.exportFormat) throw new UsageError(`export needs --format: one of ${ExportFormats.join(', ')}`);
        const a = await load(args, 0);
        const b = await load(args, 1);
        if (failed(a.result, false) || failed(b.result, false)) return 1;
        const [{ exportReadings, writeBytes }, { useLanguage }] = await Promise.all([import('./export.js'), import('../present/strings.js')]);
        if (args.lang) await useLanguage(args.lang);
        const made = await exportReadings(
          { doc: a.result.doc, name: a.name },
          { doc: b.result.doc, name: b.name },
          { format: args.exportFormat, changed: args.changed, chars: args.chars, generated: new Date() },
        );
        if (args.output === '-') {
          process.stdout.write(made.bytes);
          return 0;
        }
        const path = args.output ?? made.fileName;
        try {
          await writeBytes(path, made.bytes);
        } catch (e) {
          throw new InputError((e as Error).message);
        }
        if (!args.output) process.stdout.write(`${resolve(path)}\n`);
        return 0;
      }
      case 'check': {
        const dir = resolve(args.positional[0] ?? process.env.LAWDIFF_COLLECTION ?? 'versions');
        const { checkCollection } = await import('./check.js');
        return await checkCollection(dir);
      }
      default:
        process.stderr.write(`lawdiff: unknown command "${args.command}"\n\n${await usage()}\n`);
        return 2;
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`lawdiff: ${e.message}\n\n${await usage()}\n`);
      return 2;
    }
    if (e instanceof InputError) {
      process.stderr.write(`lawdiff: ${e.message}\n`);
      return 1;
    }
    // Anything else is a bug, not bad input; still one line (the stack with LAWDIFF_DEBUG=1).
    if (process.env.LAWDIFF_DEBUG === '1') throw e;
    process.stderr.write(`lawdiff: internal error: ${String((e as Error)?.message ?? e).split('\n')[0]} (LAWDIFF_DEBUG=1 shows where)\n`);
    return 1;
  }
}
