/**
 * Loading a collection (a folder of law folders) through any reader: `fetch`
 * in the browser, the file system in the CLI, a dev-server route in tests.
 * A broken law is reported and skipped; the others still load.
 */
import type { importSource } from './import/index.js';
import type { Problem } from './problems.js';
import { problem } from './problems.js';
import type { Law, ReportInfo, VersionDoc, VersionInfo } from './types.js';
import { parseCollectionIndex, parseLaw, parseVersionDoc } from './validate.js';
import './messages/json.js'; // the json group's sentences (registers them: src/model/messages/registry.ts)

/** How a collection's files are read. Paths are relative to the collection folder and use `/`. */
export interface CollectionReader {
  /** The text of a file; rejects when it cannot be read. */
  read(path: string): Promise<string>;
  /** Folder names holding a `law.json`, for collections without an `index.json` (like ../shared/corpus). */
  listLawFolders?(): Promise<string[]>;
  /**
   * The revision of a file (a hash of its content) when it is known without reading the file, as a
   * build names it in `files.json`; undefined otherwise. A computation's cache is checked by these.
   */
  revision?(path: string): Promise<string | undefined>;
}

/** A law of a collection and the folder it lives in. */
export interface LoadedLaw {
  folder: string;
  law: Law;
}

/** A collection as loaded: its laws and what could not be loaded. */
export interface LoadedCollection {
  title: string;
  laws: LoadedLaw[];
  problems: Problem[];
}

function withFile(problems: Problem[], file: string): Problem[] {
  for (const p of problems) p.file ??= file;
  return problems;
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The problem of a file the reader could not read: the collection index, a report (named by its id) or any other file (by its path). */
function unreadable(file: string, e: unknown, what: { index: true } | { report: string } | undefined = undefined): Problem {
  const detail = describe(e);
  const p =
    what === undefined
      ? problem('error', 0, '', 'collection.cannotRead', { file, detail })
      : 'index' in what
        ? problem('error', 0, '', 'collection.cannotReadIndex', { detail })
        : problem('error', 0, '', 'collection.cannotReadReport', { report: what.report, detail });
  p.file = file;
  return p;
}

/** Loads `index.json` (or lists law folders) and every `law.json` ({@link loadLaw}). */
export async function loadCollection(reader: CollectionReader): Promise<LoadedCollection> {
  const problems: Problem[] = [];
  let folders: string[] = [];
  let title = '';
  let indexText: string | undefined;
  try {
    indexText = await reader.read('index.json');
  } catch (e) {
    if (!reader.listLawFolders) {
      return { title, laws: [], problems: [unreadable('index.json', e, { index: true })] };
    }
  }
  if (indexText !== undefined) {
    const parsed = parseCollectionIndex(indexText);
    problems.push(...withFile(parsed.problems, 'index.json'));
    folders = parsed.index?.laws ?? [];
    title = parsed.index?.title ?? '';
  } else if (reader.listLawFolders) {
    folders = await reader.listLawFolders();
  }
  const laws = await Promise.all(
    folders.map(async (folder) => {
      const loaded = await loadLaw(reader, folder);
      problems.push(...loaded.problems);
      return loaded.law;
    }),
  );
  return { title, laws: laws.filter((l): l is LoadedLaw => l !== undefined), problems };
}

/** The collection's title from its `index.json` ('' when it has none or cannot be read), without its laws. */
export async function loadCollectionTitle(reader: CollectionReader): Promise<string> {
  try {
    return parseCollectionIndex(await reader.read('index.json')).index?.title ?? '';
  } catch {
    return '';
  }
}

/**
 * Loads one law's `law.json` as {@link loadCollection} does for each (the app reads the law a link
 * names this way first, without waiting for every other law of the collection).
 */
export async function loadLaw(reader: CollectionReader, folder: string): Promise<{ law?: LoadedLaw; problems: Problem[] }> {
  const file = `${folder}/law.json`;
  let text: string;
  try {
    text = await reader.read(file);
  } catch (e) {
    return { problems: [unreadable(file, e)] };
  }
  const parsed = parseLaw(text);
  const problems = withFile(parsed.problems, file);
  return parsed.law ? { law: { folder, law: parsed.law }, problems } : { problems };
}

/** The file a version's content is read from: the structured record when there is one. */
export function versionFile(info: VersionInfo): string | undefined {
  return info.structured ?? info.file;
}

/**
 * Loads one version's content: a `lawdiff-version/1` JSON file is validated,
 * a source text is imported (format from `law.json` or detected).
 */
export async function loadVersion(
  reader: CollectionReader,
  folder: string,
  law: Law,
  info: VersionInfo,
): Promise<{ doc?: VersionDoc; problems: Problem[] }> {
  const name = versionFile(info);
  if (info.published === false || !name) {
    return { problems: [problem('error', 0, '', 'collection.unpublished', { version: info.id, law: law.id })] };
  }
  const file = `${folder}/${name}`;
  let text: string;
  try {
    text = await reader.read(file);
  } catch (e) {
    return { problems: [unreadable(file, e)] };
  }
  if (/\.json$/iu.test(name) && /"format"\s*:\s*"lawdiff-version\/1"/u.test(text.slice(0, 2000))) {
    const parsed = parseVersionDoc(text);
    return parsed.doc ? { doc: parsed.doc, problems: [] } : { problems: withFile(parsed.problems, file) };
  }
  const options: Parameters<typeof importSource>[1] = { fileName: file, language: law.language };
  if (info.format) options.format = info.format;
  // The importers (and the XML parser) load only when a source text needs them: the viewer's first load stays small.
  const { importSource: run } = await import('./import/index.js');
  const result = run(text, options);
  if (!result.ok) return { problems: result.problems };
  return { doc: result.doc, problems: result.problems };
}

/**
 * Reads one of a law's explanation reports (`law.json` `reports`) as text. In the browser a
 * collection serves a report document (Word, PDF, web page) already read into paragraphs
 * (build/collection-plugin.ts); a text is read as it is.
 */
export async function loadReport(reader: CollectionReader, folder: string, info: ReportInfo): Promise<{ text?: string; problems: Problem[] }> {
  const file = `${folder}/${info.file}`;
  try {
    const text = await reader.read(file);
    if (text.trim() === '') {
      const p = problem('error', 0, '', 'collection.emptyReport', { report: info.id, file });
      p.file = file;
      return { problems: [p] };
    }
    return { text, problems: [] };
  } catch (e) {
    return { problems: [unreadable(file, e, { report: info.id })] };
  }
}
