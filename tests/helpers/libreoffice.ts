/**
 * LibreOffice, headless, as the real reader of the documents lawdiff exports (issue 18): converts
 * .docx and .xlsx files to PDF or text, and accepts or rejects every tracked change of a .docx
 * (through its UNO API, tests/helpers/lo-revisions.py) before saving it as text. Debian's
 * libreoffice-writer-nogui, libreoffice-calc-nogui and python3-uno (.ci/run installs them).
 * Each call runs its own soffice with its own profile, so tests can run side by side.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

const run = promisify(execFile);
const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
const PYTHON = process.env.LO_PYTHON ?? '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('./lo-revisions.py', import.meta.url));

/** Says what to install when LibreOffice is missing, instead of a spawn error. */
export function requireLibreOffice(): void {
  if (!existsSync(SOFFICE)) {
    throw new Error(`LibreOffice is needed to check the exported documents (${SOFFICE} not found): apt-get install libreoffice-writer-nogui libreoffice-calc-nogui python3-uno poppler-utils`);
  }
}

/** A scratch folder, removed by the returned function. */
export async function scratch(prefix = 'lawdiff-lo-'): Promise<{ dir: string; done: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, done: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes `files` (name → bytes) into `dir`; returns their paths. */
export async function writeAll(dir: string, files: Record<string, Uint8Array | string>): Promise<string[]> {
  const paths: string[] = [];
  for (const [name, data] of Object.entries(files)) {
    const path = join(dir, name);
    await writeFile(path, data);
    paths.push(path);
  }
  return paths;
}

/**
 * Runs a LibreOffice job, and once more (a fresh soffice with a fresh profile) when it fails. soffice started
 * several at once on a loaded machine now and then fails to start ("Unspecified Application Error") or is not
 * reachable on its pipe in time: seen in full unit runs in CI, never alone. A failure that is the document's
 * fails the second time too; the first failure is printed either way.
 */
async function onceMore(what: string, job: () => Promise<void>): Promise<void> {
  try {
    await job();
  } catch (e) {
    const detail = e instanceof Error ? `${e.message}${(e as { stderr?: unknown }).stderr ? `\n${String((e as { stderr?: unknown }).stderr)}` : ''}` : String(e);
    console.warn(`libreoffice ${what} failed; started again once:\n${detail}`);
    await job();
  }
}

/**
 * Converts `files` with soffice (`pdf`, `txt:Text (encoded):UTF8` for Writer documents,
 * `csv` for sheets…) into `outDir`; returns the output paths, in order. One soffice for all.
 */
export async function convert(files: readonly string[], to: string, outDir: string): Promise<string[]> {
  requireLibreOffice();
  await onceMore('convert', async () => {
    const profile = await scratch('lawdiff-lo-profile-');
    try {
      await run(SOFFICE, [`-env:UserInstallation=${pathToFileURL(profile.dir).href}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, ...files], { timeout: 240_000, maxBuffer: 16 * 1024 * 1024 });
    } finally {
      await profile.done();
    }
  });
  const ext = to.split(':')[0]!;
  return files.map((f) => join(outDir, `${basename(f).replace(/\.[^.]+$/u, '')}.${ext}`));
}

/** The text of each file after LibreOffice accepted (or rejected) all its tracked changes, and how many changes were left. */
export async function resolveRevisions(files: readonly string[], action: 'accept' | 'reject', outDir: string): Promise<{ text: string; left: number }[]> {
  requireLibreOffice();
  await onceMore('resolveRevisions', async () => {
    const profile = await scratch('lawdiff-lo-profile-');
    const pipe = `lawdiff${process.pid}${Math.random().toString(36).slice(2, 8)}`;
    const office = spawn(SOFFICE, [`-env:UserInstallation=${pathToFileURL(profile.dir).href}`, '--headless', '--invisible', '--norestore', '--nologo', `--accept=pipe,name=${pipe};urp;`], { stdio: 'ignore' });
    try {
      await run(PYTHON, [SCRIPT, pipe, action, outDir, ...files], { timeout: 240_000, maxBuffer: 16 * 1024 * 1024 });
    } finally {
      office.kill('SIGTERM');
      await new Promise((r) => office.once('exit', r).once('error', r));
      await profile.done();
    }
  });
  const out: { text: string; left: number }[] = [];
  for (const f of files) {
    const name = basename(f).replace(/\.[^.]+$/u, '');
    out.push({ text: (await readFile(join(outDir, `${name}.txt`), 'utf8')).replace(/^\uFEFF/u, ''), left: Number(await readFile(join(outDir, `${name}.left`), 'utf8')) });
  }
  return out;
}

/** The text of a PDF (pdftotext, poppler-utils), pages separated by form feeds. */
export async function pdfText(pdf: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Pages of a PDF rendered to PNG (pdftoppm) for looking at: returns the image paths. */
export async function pdfPages(pdf: string, outPrefix: string, opts: { first?: number; last?: number; dpi?: number } = {}): Promise<string[]> {
  const args = ['-png', '-r', String(opts.dpi ?? 80)];
  if (opts.first) args.push('-f', String(opts.first));
  if (opts.last) args.push('-l', String(opts.last));
  await run('pdftoppm', [...args, pdf, outPrefix]);
  const { stdout } = await run('sh', ['-c', `ls ${JSON.stringify(outPrefix)}-*.png`]);
  return stdout.split('\n').filter(Boolean);
}

/**
 * Word documents (name → bytes) as LibreOffice reads them, in one soffice call per output: each
 * one's PDF (a path) and its text. `done(keepAs)` removes the scratch folder, first copying the
 * .docx files and their PDFs to `LAWDIFF_EXPORT_KEEP` (to look at them), named `<keepAs>-<name>`.
 */
export async function readDocuments(
  docs: ReadonlyMap<string, Uint8Array>,
  prefix: string,
): Promise<{ pdfs: Map<string, string>; text: Map<string, string>; done: (keepAs: string) => Promise<void> }> {
  const s = await scratch(prefix);
  const names = [...docs.keys()];
  const files = await writeAll(s.dir, Object.fromEntries([...docs].map(([n, b]) => [`${n}.docx`, b])));
  const [pdfOut, txtOut] = await Promise.all([convert(files, 'pdf', s.dir), convert(files, 'txt:Text (encoded):UTF8', s.dir)]);
  const pdfs = new Map(names.map((n, i) => [n, pdfOut[i]!]));
  const text = new Map<string, string>();
  for (const [i, n] of names.entries()) text.set(n, (await readFile(txtOut[i]!, 'utf8')).replace(/^\uFEFF/u, ''));
  const done = async (keepAs: string): Promise<void> => {
    const keep = process.env.LAWDIFF_EXPORT_KEEP;
    if (keep) for (const n of names) for (const ext of ['docx', 'pdf']) await copyFile(join(s.dir, `${n}.${ext}`), join(keep, `${keepAs}-${n}.${ext}`));
    await s.done();
  };
  return { pdfs, text, done };
}
