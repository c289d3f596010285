/**
 * `importSource` for a process that reads one or two files and exits (the command line): detects
 * the format first and loads only that format's reader, so a Markdown law does not load the XML
 * parser and the four XML importers (about half of the importers' loading time). The result is
 * `importSource`'s, to the byte.
 */
import type { SourceFormat } from '../types.js';
import { detectFormat, importSourceWith, notText, type FormatReader, type ImportOptions, type ImportResult } from './source.js';

/** Loads the reader of one format. */
async function loadReader(format: SourceFormat): Promise<FormatReader> {
  switch (format) {
    case 'cn':
      return (await import('./cn.js')).importCn;
    case 'tw':
      return (await import('./tw.js')).importTwMarkdown;
    case 'tw-json':
      return (await import('./tw.js')).importTwJson;
    case 'de':
      return (await import('./de.js')).importDe;
    case 'en':
      return (await import('./en.js')).importEn;
    case 'uslm': {
      const { importUslm } = await import('./uslm.js');
      return (text, _language, progress) => importUslm(text, progress);
    }
    case 'akn': {
      const { importAkn } = await import('../akn/import.js');
      return (text, _language, progress) => importAkn(text, progress);
    }
    case 'gii': {
      const { importGii } = await import('./gii.js');
      return (text, _language, progress) => importGii(text, progress);
    }
    case 'tw-moj': {
      const { importTwMoj } = await import('./tw-moj.js');
      return (text, language) => importTwMoj(text, language);
    }
    case 'json':
      return (await import('./version-json.js')).readVersionJson;
    case 'docx':
    case 'pdf':
    case 'html':
      return notText(format);
    default: {
      const never: never = format;
      return never;
    }
  }
}

function unknownFormat(format: SourceFormat): FormatReader {
  throw new Error(`no reader was loaded for ${format}`);
}

/** Imports a source text as `importSource` does, loading only the reader of its format. Never throws for bad input. */
export async function importSourceLazily(text: string, options: ImportOptions = {}): Promise<ImportResult> {
  const format = options.format ?? detectFormat(text, options.fileName);
  // No format: importSourceWith reports it before asking for a reader.
  if (format === undefined) return importSourceWith(text, options, unknownFormat);
  const reader = await loadReader(format);
  return importSourceWith(text, { ...options, format }, () => reader);
}
