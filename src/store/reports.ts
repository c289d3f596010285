/**
 * Explanation reports kept in the browser (store `reports`, indexed by law):
 * reports the reader added to a law, and a collection's own reports once the
 * reader corrected their links (see {@link StoredReport}).
 *
 * Every function resolves with a value, never rejects. Each write is one
 * transaction that reads what it depends on afresh, so a failed write
 * changes nothing. Backups, restores and law deletion handle reports with
 * the rest of the library (src/store/library.ts).
 */
import { transact, type LawdiffDb, type ReportCorrection, type StoredReport } from './db.js';
import { readRecords, recordProblem, type LibraryResult, type Unreadable } from './library.js';
import { fail } from './result.js';

/** The reports of one law, and those of its records that cannot be read. */
export interface LawReports extends Unreadable {
  /** In key order (by report id). */
  reports: StoredReport[];
}

/** The reports attached to the law `folder`; records that cannot be used are left out and listed in `unreadable`. */
export async function listReports(db: LawdiffDb, folder: string): Promise<LibraryResult<LawReports>> {
  return transact(db, 'reports', 'readonly', async (tx) => {
    const read = await readRecords<StoredReport>(tx.objectStore('reports').index('byLaw'), 'reports', IDBKeyRange.only(folder));
    return { ok: true as const, value: { reports: read.good, unreadable: read.bad } };
  });
}

/** Stores a report, replacing the one with its id. Its `id` must be `reportKey(folder, reportId)`: `corrupt` (nothing stored) otherwise, or when it is not a report. */
export async function putReport(db: LawdiffDb, report: StoredReport): Promise<LibraryResult<StoredReport>> {
  const why = recordProblem('reports', report);
  if (why !== undefined) return fail('corrupt', `reports: ${String(report?.id)}: ${why}`);
  return transact(db, 'reports', 'readwrite', async (tx) => {
    await tx.objectStore('reports').put(report);
    return { ok: true as const, value: report };
  });
}

/** The report under `id` in a transaction's store: `not-found` when there is none, `corrupt` when it cannot be read. */
async function storedReport(store: { get(key: string): Promise<unknown> }, id: string): Promise<LibraryResult<StoredReport>> {
  const found: unknown = await store.get(id);
  if (found === undefined) return fail('not-found', `reports: ${id}`);
  const why = recordProblem('reports', found);
  return why === undefined ? { ok: true, value: found as StoredReport } : fail('corrupt', `reports: ${id}: ${why}`);
}

/** Deletes a report; resolves with it. `not-found` when there is none with this id; `corrupt` when it cannot be read (delete it with `deleteRecord`). */
export async function deleteReport(db: LawdiffDb, id: string): Promise<LibraryResult<StoredReport>> {
  return transact(db, 'reports', 'readwrite', async (tx): Promise<LibraryResult<StoredReport>> => {
    const store = tx.objectStore('reports');
    const found = await storedReport(store, id);
    if (!found.ok) return found;
    await store.delete(id);
    return found;
  });
}

/**
 * Sets the reader's correction of one paragraph of a report (replacing an
 * earlier one of that paragraph), or removes it when `links` is undefined
 * (an empty list is a correction too: the paragraph detached). Reads and
 * writes in one transaction; `savedAt` becomes `now`. Resolves with the
 * report as stored; `not-found` when there is no such report, `corrupt`
 * when it cannot be read or `paragraph` is not a paragraph number.
 */
export async function correctReport(
  db: LawdiffDb,
  id: string,
  paragraph: number,
  links: ReportCorrection['links'] | undefined,
  now: Date = new Date(),
): Promise<LibraryResult<StoredReport>> {
  if (!Number.isInteger(paragraph) || paragraph < 1) return fail('corrupt', `reports: ${id}: paragraph ${paragraph} is not a paragraph number`);
  return transact(db, 'reports', 'readwrite', async (tx): Promise<LibraryResult<StoredReport>> => {
    const store = tx.objectStore('reports');
    const found = await storedReport(store, id);
    if (!found.ok) return found;
    const report = found.value;
    const others = report.corrections.filter((c) => c.paragraph !== paragraph);
    const corrections = links === undefined ? others : [...others, { paragraph, links: links.map((l) => ({ version: l.version, article: l.article })) }];
    corrections.sort((a, b) => a.paragraph - b.paragraph);
    const updated: StoredReport = { ...report, corrections, savedAt: now.toISOString() };
    await store.put(updated);
    return { ok: true, value: updated };
  });
}
