/** `lawdiff check`: loads a collection folder from disk and reports every problem. */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { loadCollection, loadReport, loadVersion, type CollectionReader } from '../model/collection.js';
import { compareVersions, explainReport, selfNames, type ReadingName } from '../diff/index.js';
import type { Law, ReportInfo, VersionDoc } from '../model/types.js';
import { listArticles } from '../model/doc.js';
import { importFile, readDocumentText } from '../model/import/file.js';
import { nodeCMaps } from './pdf-cmaps.js';
import { decodeBytes } from '../model/import/decode.js';
import { fileKind } from '../model/import/sniff.js';
import { formatProblem, placeText, problem, type Problem } from '../model/problems.js';
import '../model/messages/json.js'; // the json group's sentences (registers them: src/model/messages/registry.ts)

/**
 * A document of the collection — Word, PDF, web page — read here, from its bytes, into the
 * version JSON the loader reads (the collection loader itself reads text: it is part of the
 * viewer's first load, which the document readers stay out of). Its warnings go into `notes`;
 * its errors make it unreadable.
 */
async function documentVersion(bytes: Uint8Array, path: string, notes: Problem[]): Promise<string> {
  const r = await importFile(bytes, { fileName: path, ...nodeCMaps });
  const errors = r.problems.filter((p) => p.severity === 'error');
  notes.push(...r.problems.filter((p) => p.severity === 'warning'));
  if (errors.length > 0) throw new Error(errors.map((p) => (p.where ? `${placeText(p.where)}: ${p.message}` : p.line > 0 ? `${r.format === 'docx' ? 'paragraph' : 'line'} ${p.line}: ${p.message}` : p.message)).join('; '));
  return JSON.stringify(r.doc);
}

function inside(root: string, full: string): boolean {
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** The bytes of `path` inside the collection folder `root`; throws (with the reason) for a path or link that leaves it, as {@link folderReader} does. */
async function readInside(root: string, path: string): Promise<Buffer> {
  const full = resolve(root, path);
  if (!inside(root, full)) throw new Error(`${path} is outside the collection`);
  let real: string;
  try {
    real = await realpath(full);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'no such file' : (e as Error).message);
  }
  if (!inside(await realpath(root), real)) throw new Error(`${path} is a link to ${real}, outside the collection; refused`);
  return readFile(real);
}

/**
 * Reads files inside `dir` only; paths that leave it are refused, by name (`../x`) or through a
 * symbolic link (a law folder or file linking to `/etc`): the real path must be inside the
 * collection's real path, as the build requires. Files are read as bytes and decoded by
 * `decodeBytes` (a byte order mark, a declared or a detected encoding); its warnings go into `notes`.
 * A Word document, a PDF or a web page is read into its version JSON ({@link documentVersion}).
 */
export function folderReader(dir: string, notes: Problem[] = []): CollectionReader {
  const root = resolve(dir);
  return {
    async read(path: string): Promise<string> {
      const bytes = await readInside(root, path);
      if (fileKind(bytes, path) !== 'text') return documentVersion(bytes, path, notes);
      const decoded = decodeBytes(bytes, { fileName: path });
      notes.push(...decoded.problems);
      return decoded.text;
    },
    async listLawFolders(): Promise<string[]> {
      const entries = await readdir(root, { withFileTypes: true });
      const out: string[] = [];
      for (const e of entries) {
        // A link to a folder is listed too: reading it then says where it leads when that is outside.
        if (!e.isDirectory() && !(e.isSymbolicLink() && (await stat(join(root, e.name)).catch(() => undefined))?.isDirectory())) continue;
        try {
          if ((await stat(join(root, e.name, 'law.json'))).isFile()) out.push(e.name);
        } catch {
          // not a law folder
        }
      }
      return out.sort();
    },
  };
}

/** Reads a report (a document from its bytes, as paragraphs), links it to its readings' comparison and prints what it found; unresolved references are warnings. */
async function checkReport(dir: string, reader: CollectionReader, folder: string, law: Law, info: ReportInfo, docs: ReadonlyMap<string, VersionDoc>): Promise<Problem[]> {
  const file = `${folder}/${info.file}`;
  let text: string | undefined;
  const out: Problem[] = [];
  // Through the same guard as the reader: a report named outside the collection, or linking out of it, is not read here
  // (the reader then refuses it by name).
  const bytes = await readInside(resolve(dir), file).catch(() => undefined);
  if (bytes && fileKind(bytes, file) !== 'text') {
    const read = await readDocumentText(new Uint8Array(bytes), { fileName: file, ...nodeCMaps });
    out.push(...read.problems);
    if (read.problems.some((p) => p.severity === 'error')) {
      // nothing to link
    } else if (read.text.trim() === '') {
      const p = problem('error', 0, '', 'collection.emptyReport', { report: info.id, file });
      p.file = file;
      out.push(p);
    } else text = read.text;
  } else {
    const r = await loadReport(reader, folder, info);
    out.push(...r.problems);
    text = r.text;
  }
  const label = `report ${info.id}`.padEnd(16);
  const oldDoc = docs.get(info.old);
  const newDoc = docs.get(info.new);
  if (text === undefined || !oldDoc || !newDoc) {
    process.stdout.write(`    ${label} ${text === undefined ? 'NOT LOADED' : `not linked: reading "${oldDoc ? info.new : info.old}" has no text`}\n`);
    return out;
  }
  const names = (id: string): ReadingName => {
    const v = law.versions.find((x) => x.id === id)!;
    return { stage: v.stage, label: v.label };
  };
  const paragraphs = explainReport(text, oldDoc, newDoc, compareVersions(oldDoc, newDoc, { diffs: false }), {
    selfNames: Object.values(law.title).flatMap(selfNames),
    old: names(info.old),
    new: names(info.new),
  });
  const linked = paragraphs.filter((p) => p.links.length > 0).length;
  const unresolved = paragraphs.flatMap((p) => p.unresolved.map((u) => ({ p, u })));
  process.stdout.write(`    ${label} ${info.old} → ${info.new}: ${paragraphs.length} paragraphs, ${linked} linked to articles, ${unresolved.length} unresolved\n`);
  for (const { p, u } of unresolved) {
    const w = problem('warning', p.index, u, 'collection.unresolvedReference', { at: { paragraph: p.index }, reference: u });
    w.file = file;
    w.where = { paragraph: p.index };
    out.push(w);
  }
  return out;
}

/** Prints each law, its versions and their article counts, then the problems; returns the exit code. */
export async function checkCollection(dir: string): Promise<number> {
  const notes: Problem[] = [];
  const reader = folderReader(dir, notes);
  const collection = await loadCollection(reader);
  const problems: Problem[] = [...collection.problems];
  const where = relative(process.cwd(), dir) || '.';
  process.stdout.write(`${where}: ${collection.laws.length} law${collection.laws.length === 1 ? '' : 's'}\n`);
  for (const { folder, law } of collection.laws) {
    const title = law.title[law.language.split('-')[0] ?? ''] ?? Object.values(law.title)[0] ?? law.id;
    process.stdout.write(`  ${folder}: ${title}\n`);
    const docs = new Map<string, VersionDoc>();
    for (const info of law.versions) {
      if (info.published === false) {
        process.stdout.write(`    ${info.id.padEnd(16)} not published\n`);
        continue;
      }
      const r = await loadVersion(reader, folder, law, info);
      problems.push(...r.problems);
      if (r.doc) docs.set(info.id, r.doc);
      const n = r.doc ? `${listArticles(r.doc).length} articles` : 'NOT LOADED';
      process.stdout.write(`    ${info.id.padEnd(16)} ${n}\n`);
    }
    for (const info of law.reports ?? []) problems.push(...(await checkReport(dir, reader, folder, law, info, docs)));
  }
  problems.push(...notes);
  for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}
