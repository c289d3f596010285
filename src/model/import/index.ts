/**
 * One entry point for every importer: detects the format of a source text
 * (or takes an explicit one) and returns the version with every problem found.
 * Holds every format's reader; the command line loads only the one a file needs (lazy.ts).
 */
import type { SourceFormat } from '../types.js';
import { importAkn } from '../akn/import.js';
import { importCn } from './cn.js';
import { importDe } from './de.js';
import { importEn } from './en.js';
import { importTwJson, importTwMarkdown } from './tw.js';
import { importUslm } from './uslm.js';
import { importGii } from './gii.js';
import { importTwMoj } from './tw-moj.js';
import { readVersionJson } from './version-json.js';
import { importSourceWith, notText, type FormatReader, type ImportOptions, type ImportResult } from './source.js';

export { detectFormat, FORMAT_NAMES, isSourceFormat, MAX_LINE_LENGTH, type FormatReader, type ImportOptions, type ImportResult } from './source.js';

/** Each format's reader. */
function readerFor(format: SourceFormat): FormatReader {
  switch (format) {
    case 'cn':
      return importCn;
    case 'tw':
      return importTwMarkdown;
    case 'tw-json':
      return importTwJson;
    case 'de':
      return importDe;
    case 'en':
      return importEn;
    case 'uslm':
      return (text, _language, progress) => importUslm(text, progress);
    case 'akn':
      return (text, _language, progress) => importAkn(text, progress);
    case 'gii':
      return (text, _language, progress) => importGii(text, progress);
    case 'tw-moj':
      return (text, language) => importTwMoj(text, language);
    case 'json':
      return readVersionJson;
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

/**
 * Imports a source text into a version. Never throws for bad input: an
 * unknown format, malformed file or unparsable line comes back as problems.
 */
export function importSource(text: string, options: ImportOptions = {}): ImportResult {
  return importSourceWith(text, options, readerFor);
}
