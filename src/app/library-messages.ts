/**
 * What the reader's library pages say about their outcomes: why something
 * could not be saved or deleted, and what a restore did.
 */
import { strings, uiLanguage } from '../present/strings.js';
import { lawTitle } from '../present/titles.js';
import type { MergeSummary } from '../store/library.js';

/** Why nothing was saved (or deleted), for a library or database problem; a problem without a sentence as it is. */
export const whyNot = (problem: string): string => strings.cannotSave[problem] ?? problem;

/** The sentences of a restore: the counts, then each law restored under a new folder, then what was left out. */
export function restoreSummary({ notes, laws, versions, reports, renamed, skipped }: MergeSummary): { text: string; details: string[] } {
  const kept = notes.kept + laws.kept + versions.kept + reports.kept;
  const text = strings.backupMerged(notes.added + notes.replaced, laws.added + laws.replaced, versions.added + versions.replaced, kept, reports.added + reports.replaced);
  const details = renamed.map((r) => strings.backupRenamed(lawTitle({ id: r.to, title: r.title, jurisdiction: '', language: '', versions: [] }, uiLanguage).text, r.from, r.to, r.reason));
  for (const reason of ['unreadable', 'id-taken'] as const) {
    const n = skipped.filter((s) => s.reason === reason).length;
    if (n > 0) details.push(strings.backupSkipped(n, reason));
  }
  return { text, details };
}
