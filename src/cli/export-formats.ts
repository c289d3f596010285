/**
 * The documents `lawdiff export` writes, apart from the writers (export.ts), so that reading the
 * arguments does not load the comparison and the export models.
 */

/** The formats `lawdiff export` writes. */
export const ExportFormats = ['docx-table', 'docx-tracked', 'xlsx', 'csv'] as const;
export type ExportFormat = (typeof ExportFormats)[number];

export function isExportFormat(s: string): s is ExportFormat {
  return (ExportFormats as readonly string[]).includes(s);
}

/** Each format's file extension. */
export const exportExtension: Readonly<Record<ExportFormat, string>> = { 'docx-table': 'docx', 'docx-tracked': 'docx', xlsx: 'xlsx', csv: 'csv' };
