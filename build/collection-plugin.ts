/**
 * The Vite plugin that serves a collection folder (default `versions/`, or
 * `$LAWDIFF_COLLECTION`) at `collection/` in dev, and copies it into
 * `dist/collection/` on build, so `vite preview` and any static server serve
 * the same files. The collection is only ever read, never written.
 *
 * The build also writes `collection/files.json`: every copied file's content
 * revision, which the service worker (src/sw.ts) checks — see
 * docs/decisions/004-offline.md.
 *
 * A reading kept as a document — Word, PDF, web page (sniff.ts `fileKind`) — is served and copied
 * as the version JSON its reader makes of it (src/model/import/file.ts), under its own name: the
 * viewer reads JSON, so the document readers stay out of it; a document that cannot be read is
 * served as it is (the viewer then says it cannot read it) with a warning naming its problems.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { basename, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { importFile, readDocumentText } from '../src/model/import/file.js';
import { fileKind } from '../src/model/import/sniff.js';
import { formatProblem } from '../src/model/problems.js';
import { nodeCMaps } from '../src/cli/pdf-cmaps.js';
import { shipComparisons } from './shipped-comparisons.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Where the collection is served from, under the page's base. */
export const COLLECTION_ROUTE = 'collection/';

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/** The collection folder: `$LAWDIFF_COLLECTION` (relative to the working directory) or `versions/`. */
export function collectionDir(): string {
  const fromEnv = process.env.LAWDIFF_COLLECTION;
  const dir = fromEnv ? resolve(process.cwd(), fromEnv) : resolve(repoRoot, 'versions');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    const how = fromEnv ? `LAWDIFF_COLLECTION=${fromEnv}` : 'the default versions/';
    throw new Error(`lawdiff: the collection folder ${dir} (from ${how}) does not exist or is not a folder.`);
  }
  return realpathSync(dir);
}

export type Resolved = { ok: true; file: string } | { ok: false; status: 403 | 404 };

/**
 * The file a collection-relative path names, refusing anything that is not a
 * plain file inside the collection: `..`, absolute paths, backslashes, NUL,
 * dot-files, and symlinks that lead outside it.
 */
export function resolveInside(root: string, rel: string): Resolved {
  const parts = rel.split('/');
  if (rel === '' || rel.includes('\\') || rel.includes('\0') || isAbsolute(rel)) return { ok: false, status: 403 };
  if (parts.some((p) => p === '' || p === '.' || p === '..' || p.startsWith('.'))) return { ok: false, status: 403 };
  const file = resolve(root, ...parts);
  if (!isInside(root, file)) return { ok: false, status: 403 };
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return { ok: false, status: 404 };
  }
  if (!isInside(root, real)) return { ok: false, status: 403 };
  if (!statSync(real).isFile()) return { ok: false, status: 404 };
  return { ok: true, file: real };
}

/** Whether `file` lies strictly inside `root` (both absolute); `root` itself is not inside. */
export function isInside(root: string, file: string): boolean {
  const r = relative(root, file);
  return r !== '' && !r.startsWith(`..${sep}`) && r !== '..' && !isAbsolute(r);
}

/** Sub-folders holding a `law.json` (symlinked folders only when they stay inside), sorted. */
export function lawFolders(root: string): string[] {
  return readdirSync(root)
    .filter((name) => !name.startsWith('.'))
    .filter((name) => resolveInside(root, `${name}/law.json`).ok)
    .sort();
}

/** `index.json` as stored, or one generated from the law folders when the collection has none. */
export function indexText(root: string): string {
  const stored = resolveInside(root, 'index.json');
  if (stored.ok) return readFileSync(stored.file, 'utf8');
  const index = { format: 'lawdiff-collection/1', title: basename(root), laws: lawFolders(root) };
  return `${JSON.stringify(index, null, 2)}\n`;
}

/** A file's content revision: the first 16 hex digits of its SHA-256 (src/sw.ts checks the same). */
export function revision(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(body);
}

/** Law folders named by the index; an unreadable index yields none (the app reports it). */
export function indexedLaws(text: string): string[] {
  try {
    const laws: unknown = (JSON.parse(text) as { laws?: unknown }).laws;
    return Array.isArray(laws) ? laws.filter((l): l is string => typeof l === 'string') : [];
  } catch {
    return [];
  }
}

/** The files a `law.json` references through its versions' `file` and `structured`. */
export function referencedFiles(lawJson: string): string[] {
  try {
    const versions: unknown = (JSON.parse(lawJson) as { versions?: unknown }).versions;
    if (!Array.isArray(versions)) return [];
    const out = new Set<string>();
    for (const v of versions as Record<string, unknown>[]) {
      for (const key of ['file', 'structured']) {
        const name = v?.[key];
        if (typeof name === 'string' && name) out.add(name);
      }
    }
    return [...out];
  } catch {
    return [];
  }
}

/** The explanation reports a `law.json` lists (`reports[].file`). */
export function reportFiles(lawJson: string): string[] {
  try {
    const reports: unknown = (JSON.parse(lawJson) as { reports?: unknown }).reports;
    if (!Array.isArray(reports)) return [];
    return [...new Set((reports as Record<string, unknown>[]).map((r) => r?.file).filter((f): f is string => typeof f === 'string' && f !== ''))];
  } catch {
    return [];
  }
}

/** A report as the viewer gets it: a text as it is, a document (Word, PDF, web page) as its paragraphs in Markdown. */
export async function servedReport(file: string, rel: string): Promise<{ body: Buffer | string; type: string; problems: string[] }> {
  const bytes = readFileSync(file);
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'text/plain; charset=utf-8';
  if (fileKind(bytes, rel) === 'text') return { body: bytes, type, problems: [] };
  const r = await readDocumentText(new Uint8Array(bytes), { fileName: rel, ...nodeCMaps });
  return { body: r.text, type: 'text/markdown; charset=utf-8', problems: r.problems.map(formatProblem) };
}

/**
 * A collection file as the viewer gets it: a document (Word, PDF, web page) as the version JSON
 * read from it; anything else as it is. `problems`: what reading a document found, one line each.
 */
export async function servedFile(file: string, rel: string): Promise<{ body: Buffer | string; type: string; problems: string[] }> {
  const bytes = readFileSync(file);
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  if (fileKind(bytes, rel) === 'text') return { body: bytes, type, problems: [] };
  const r = await importFile(new Uint8Array(bytes), { fileName: rel, ...nodeCMaps });
  const problems = r.problems.map(formatProblem);
  if (!r.ok) return { body: bytes, type, problems };
  return { body: `${JSON.stringify(r.doc)}\n`, type: CONTENT_TYPES['.json']!, problems };
}

/** Whether `rel` is a report its law's `law.json` lists (a report document is served as its text, not as a version). */
function isReport(root: string, rel: string): boolean {
  const slash = rel.indexOf('/');
  if (slash <= 0) return false;
  const law = resolveInside(root, `${rel.slice(0, slash)}/law.json`);
  return law.ok && reportFiles(readFileSync(law.file, 'utf8')).includes(rel.slice(slash + 1));
}

/** Serves the collection at `collection/` in dev; copies it into the build output. */
export function lawdiffCollection(): Plugin {
  let root = '';
  return {
    name: 'lawdiff-collection',
    configResolved() {
      root = collectionDir();
    },
    configureServer(server) {
      server.config.logger.info(`  lawdiff collection: ${root}`);
      server.watcher.add(root);
      const reload = (file: string): void => {
        if (isInside(root, file)) server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload).on('add', reload).on('unlink', reload);
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const prefix = `${server.config.base}${COLLECTION_ROUTE}`.replace(/^\.\//, '/');
        if (!url.pathname.startsWith(prefix)) return next();
        let rel: string;
        try {
          rel = decodeURIComponent(url.pathname.slice(prefix.length));
        } catch {
          return send(res, 400, 'text/plain; charset=utf-8', 'Bad request\n');
        }
        if (rel === 'index.json') return send(res, 200, CONTENT_TYPES['.json']!, indexText(root));
        // No service worker in dev, so no revisions: files are read at their plain addresses.
        if (rel === 'files.json') return send(res, 200, CONTENT_TYPES['.json']!, '{ "format": "lawdiff-files/1", "files": {} }\n');
        const found = resolveInside(root, rel);
        if (!found.ok) return send(res, found.status, 'text/plain; charset=utf-8', found.status === 403 ? 'Forbidden\n' : 'Not found\n');
        (isReport(root, rel) ? servedReport(found.file, rel) : servedFile(found.file, rel)).then(
          ({ body, type, problems }) => {
            for (const p of problems) server.config.logger.warn(`  lawdiff collection: ${p}`);
            send(res, 200, type, body);
          },
          (e: unknown) => send(res, 500, 'text/plain; charset=utf-8', `${e instanceof Error ? e.message : String(e)}\n`),
        );
      });
    },
    async generateBundle() {
      const index = indexText(root);
      const revisions: Record<string, string> = {};
      // What the viewer is served, by path: the shipped comparisons read the readings from it.
      const bodies = new Map<string, string | Buffer>();
      const emit = (name: string, source: string | Buffer): void => {
        revisions[name] = revision(source);
        bodies.set(name, source);
        this.emitFile({ type: 'asset', fileName: `${COLLECTION_ROUTE}${name}`, source });
      };
      // As `fetch` gives it (Response.text() decodes UTF-8 and drops a byte-order mark).
      const read = async (path: string): Promise<string> => {
        const body = bodies.get(path);
        if (body === undefined) throw new Error(`${path} is not in the build`);
        return (typeof body === 'string' ? body : body.toString('utf8')).replace(/^\uFEFF/u, '');
      };
      emit('index.json', index);
      for (const folder of indexedLaws(index)) {
        const law = resolveInside(root, `${folder}/law.json`);
        if (!law.ok) {
          this.warn(`collection: ${folder}/law.json is listed in index.json but cannot be read; the app will report it.`);
          continue;
        }
        const lawJson = readFileSync(law.file, 'utf8');
        emit(`${folder}/law.json`, lawJson);
        for (const name of referencedFiles(lawJson)) {
          const file = resolveInside(root, `${folder}/${name}`);
          if (!file.ok) {
            this.warn(`collection: ${folder}/law.json references ${name}, which is missing or outside the collection.`);
            continue;
          }
          const served = await servedFile(file.file, `${folder}/${name}`);
          for (const p of served.problems) this.warn(`collection: ${p}`);
          emit(`${folder}/${name}`, served.body);
        }
        // The comparisons of its readings, made now rather than in every reader's browser (decision 018).
        const started = performance.now();
        const shipped = await shipComparisons(folder, lawJson, read, revision);
        for (const [path, body] of shipped.files) emit(path, body);
        const bytes = shipped.files.reduce((n, [, body]) => n + body.length, 0);
        this.info(`collection: ${folder}: ${shipped.none ? `no comparisons shipped (${shipped.none})` : `${shipped.files.length} comparison files, ${(bytes / 1e6).toFixed(1)} MB compressed, made in ${Math.round(performance.now() - started)} ms`}`);
        for (const name of reportFiles(lawJson)) {
          const file = resolveInside(root, `${folder}/${name}`);
          if (!file.ok) {
            this.warn(`collection: ${folder}/law.json lists the report ${name}, which is missing or outside the collection.`);
            continue;
          }
          const served = await servedReport(file.file, `${folder}/${name}`);
          for (const p of served.problems) this.warn(`collection: ${p}`);
          emit(`${folder}/${name}`, served.body);
        }
      }
      const files = { format: 'lawdiff-files/1', files: revisions };
      this.emitFile({ type: 'asset', fileName: `${COLLECTION_ROUTE}files.json`, source: `${JSON.stringify(files, null, 1)}\n` });
    },
  };
}
