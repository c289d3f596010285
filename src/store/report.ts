/**
 * An explanation report as the browser keeps it (store `reports`, src/store/db.ts), and its
 * shape check. No DOM here: the presentation layer reads these types too.
 */

/** A reader's correction of one report paragraph's links: the articles it is about instead of those found (none: detached). */
export interface ReportCorrection {
  /** 1-based paragraph of the report. */
  paragraph: number;
  /** Articles by reading id and normalized number; empty when the reader detached the paragraph. */
  links: { version: string; article: string }[];
}

/**
 * An explanation report attached to a law in the browser: one the reader added (`imported`), or a
 * collection's own (`collection`, from `law.json`) once the reader corrected a link in it — the
 * text is then a copy, the corrections are the reader's.
 */
export interface StoredReport {
  /** `<folder>|<reportId>`. */
  id: string;
  folder: string;
  reportId: string;
  title: string;
  /** The file name or address it was read from; "" for pasted text. */
  source: string;
  /** Ids of the older and the newer reading it explains. */
  old: string;
  new: string;
  text: string;
  origin: 'imported' | 'collection';
  corrections: ReportCorrection[];
  /** ISO 8601 time. */
  savedAt: string;
}

/** The key of a stored report. */
export function reportKey(folder: string, reportId: string): string {
  return `${folder}|${reportId}`;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const hasStrings = (x: unknown, keys: readonly string[]): boolean => isObject(x) && keys.every((k) => typeof x[k] === 'string');

/** Whether `v` has the shape of a {@link StoredReport}. */
export function isStoredReport(v: unknown): v is StoredReport {
  if (!hasStrings(v, ['id', 'folder', 'reportId', 'title', 'source', 'old', 'new', 'text', 'savedAt'])) return false;
  const r = v as StoredReport;
  return (
    (r.origin === 'imported' || r.origin === 'collection') &&
    Array.isArray(r.corrections) &&
    r.corrections.every(
      (c) => isObject(c) && Number.isInteger(c.paragraph) && c.paragraph > 0 && Array.isArray(c.links) && c.links.every((l) => hasStrings(l, ['version', 'article'])),
    )
  );
}
