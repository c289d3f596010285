/**
 * The entry for a file as it is, bytes and all: a Word document (.docx, recognized by its zip
 * signature and `[Content_Types].xml`, not by its name) goes to the Word reader; anything else is
 * decoded (`decodeBytes`: byte order mark, declaration or detection) and imported as a text by
 * `importSource`. A module of its own so that what loads `importSource` (the collection reader,
 * the import page's detection) does not load the Word reader and its unzip: the import worker
 * and the command line do.
 */
import { decodeBytes } from './decode.js';
import { importDocx } from './docx.js';
import { isZip } from './sniff.js';
import { importSource, type ImportOptions, type ImportResult } from './index.js';

/** What {@link importBytes} read: the import, and the encoding the text was decoded from (absent for a Word document). */
export interface BytesImportResult extends ImportResult {
  encoding?: string;
}

/**
 * Imports a file's bytes. A zip (by its signature), a `.docx` name or `options.format` `docx`
 * selects the Word reader, which says so when the zip is not a Word document (no
 * `[Content_Types].xml`, no `word/document.xml`); never throws for bad input.
 */
export function importBytes(bytes: Uint8Array, options: Omit<ImportOptions, 'encoding'> & { charset?: string } = {}): BytesImportResult {
  const { charset, ...rest } = options;
  if (options.format === 'docx' || isZip(bytes) || /\.docx$/iu.test(options.fileName ?? '')) return importDocx(bytes, rest);
  const decoded = decodeBytes(bytes, { ...(options.fileName ? { fileName: options.fileName } : {}), ...(charset ? { charset } : {}) });
  const r = importSource(decoded.text, { ...rest, encoding: decoded.encoding });
  const problems = [...decoded.problems, ...r.problems];
  if (options.fileName) for (const p of problems) p.file ??= options.fileName;
  return { ...r, ok: r.ok && !decoded.problems.some((p) => p.severity === 'error'), problems, encoding: decoded.encoding };
}
