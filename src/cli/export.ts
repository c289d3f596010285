/**
 * `lawdiff export <old> <new> --format docx-table|docx-tracked|xlsx|csv`: the documents a
 * comparison hands on, made by the same engine and from the same export input as the viewer's
 * (src/present/export/input.ts). Two files are two readings of one law: the law is named after
 * the newer file's folder, each reading after its file. The Word writers (and the docx library)
 * are loaded only for the Word formats.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { compareVersions } from '../diff/index.js';
import type { Law, VersionDoc, VersionInfo } from '../model/types.js';
import { buildModel, filterRows } from '../present/compare-model.js';
import { exportInput } from '../present/export/input.js';
import { exportFileName } from '../present/export-html.js';

import { exportExtension, type ExportFormat } from './export-formats.js';

export { ExportFormats, exportExtension, isExportFormat, type ExportFormat } from './export-formats.js';

/** A reading read from a file: its text and the name it was given on the command line. */
export interface ReadReading {
  doc: VersionDoc;
  name: string;
}

export interface ExportOptions {
  format: ExportFormat;
  /** Changed articles only (the table; the spreadsheet lists changes only either way). */
  changed: boolean;
  /** Diff CJK text by characters. */
  chars: boolean;
  /** When the file is made (the tracked changes' date). */
  generated: Date;
}

/** A file name without folder and extension (`2023` for `cn-company-law/2023.md`), or `fallback`. */
function stem(name: string, fallback: string): string {
  return basename(name).replace(/\.[^.]*$/u, '') || fallback;
}

/** The law two files are readings of: named after the newer file's folder, the readings after their files (`2018`, `2023`). */
export function lawOf(a: ReadReading, b: ReadReading): { law: Law; folder: string } {
  const oldId = stem(a.name, 'old');
  const newId = stem(b.name, 'new') === oldId ? `${oldId}-new` : stem(b.name, 'new');
  const folder = basename(dirname(resolve(b.name))) || 'law';
  const language = b.doc.language || a.doc.language || 'en';
  const reading = (id: string, doc: VersionDoc): VersionInfo => ({ id, label: id, stage: '', date: typeof doc.metadata.date === 'string' ? doc.metadata.date : '' });
  const law: Law = {
    id: folder,
    title: { [language]: b.doc.title || a.doc.title || folder },
    jurisdiction: '',
    language,
    versions: [reading(oldId, a.doc), reading(newId, b.doc)],
  };
  return { law, folder };
}

/** The export of two readings in a format, and the file name the viewer would give it. */
export async function exportReadings(a: ReadReading, b: ReadReading, options: ExportOptions): Promise<{ bytes: Uint8Array; fileName: string }> {
  const { law, folder } = lawOf(a, b);
  const [oldInfo, newInfo] = law.versions as [VersionInfo, VersionInfo];
  const granularity = options.chars ? 'char' : 'word';
  const comparison = compareVersions(a.doc, b.doc, { granularity });
  const fileName = exportFileName(folder, oldInfo.id, newInfo.id).replace(/\.html$/u, `.${exportExtension[options.format]}`);
  if (options.format === 'docx-tracked') {
    const { trackedChangesDocx } = await import('../present/export/docx-tracked.js');
    const bytes = await trackedChangesDocx({ law, oldVersion: oldInfo, newVersion: newInfo, oldDoc: a.doc, newDoc: b.doc, comparison, date: options.generated });
    return { bytes, fileName };
  }
  const model = buildModel(a.doc, b.doc, comparison, { old: oldInfo.id, new: newInfo.id });
  const filter = options.changed ? 'changed' : 'all';
  const input = exportInput({
    law,
    oldId: oldInfo.id,
    newId: newInfo.id,
    result: { comparison, granularity },
    rows: filterRows(model.rows, filter),
    allRows: model.rows,
    view: 'synopsis',
    filter,
    lang: { old: a.doc.language || law.language, new: b.doc.language || law.language },
    generated: options.generated,
  });
  switch (options.format) {
    case 'docx-table': {
      const { comparisonTableDocx } = await import('../present/export/docx-table.js');
      return { bytes: await comparisonTableDocx(input), fileName };
    }
    case 'xlsx': {
      const { sheetXlsx } = await import('../present/export/sheet.js');
      return { bytes: sheetXlsx(input), fileName };
    }
    case 'csv': {
      const { sheetCsv } = await import('../present/export/sheet.js');
      return { bytes: new TextEncoder().encode(sheetCsv(input)), fileName };
    }
    default: {
      const never: never = options.format;
      throw new Error(`unknown export format ${String(never)}`);
    }
  }
}

/**
 * Writes bytes to `path` whole or not at all (a temporary file in the same folder, renamed over
 * the target), as `writeOutput` in main.ts does for text. Throws an Error saying what failed.
 */
export async function writeBytes(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await writeFile(tmp, bytes, { flag: 'wx' });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(`cannot write ${path}: ${code === 'ENOENT' ? 'no such folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message.split('\n')[0]}`);
  }
}
