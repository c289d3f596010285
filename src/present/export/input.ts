/**
 * The one way to make the input of every export (HTML, Word, spreadsheet) from a comparison
 * as the viewer or the command line holds it: the law, the two readings' ids, the engine's
 * result and the rows the filter keeps. Pure.
 */
import type { CompareResult } from '../../diff/index.js';
import type { Law } from '../../model/types.js';
import type { Note } from '../../store/notes.js';
import { renumberedOnlyCount, type Filter, type Row } from '../compare-model.js';
import type { ExportInput } from '../export-html.js';

/** A comparison to export, as both the viewer and the command line have it. */
export interface ExportSource {
  law: Law;
  /** Ids of the older and newer reading (each in `law.versions`). */
  oldId: string;
  newId: string;
  result: Pick<CompareResult, 'comparison' | 'granularity'>;
  /** The rows as shown: the model's rows after the filter (`filterRows`). */
  rows: readonly Row[];
  /** All the model's rows, for the renumbered-only count of a comparison cached before the engine kept it; `rows` when absent. */
  allRows?: readonly Row[] | undefined;
  view: ExportInput['view'];
  filter: Filter;
  /** Languages of the two readings' texts. */
  lang: { old: string; new: string };
  /** When the file is made. */
  generated: Date;
  /** Absolute address of the comparison in lawdiff. */
  url?: string | undefined;
  /** The address of one article (by row key) in lawdiff, for the spreadsheet's link column. */
  link?: ((key: string) => string) | undefined;
  /** The reader's notes by article key, when they asked for them in the file. */
  notes?: ReadonlyMap<string, readonly Note[]> | undefined;
}

/** An export's input, with the link to each article (read by the spreadsheet). */
export type ExportInputWithLinks = ExportInput & { link: ((key: string) => string) | undefined };

/** The input of an export; throws when a reading id is not one of the law's (a programmer error). */
export function exportInput(s: ExportSource): ExportInputWithLinks {
  const find = (id: string) => {
    const v = s.law.versions.find((x) => x.id === id);
    if (!v) throw new Error(`exportInput: the law ${s.law.id} has no reading "${id}" (it has ${s.law.versions.map((x) => x.id).join(', ')})`);
    return v;
  };
  const stats = s.result.comparison.stats;
  return {
    law: s.law,
    oldVersion: find(s.oldId),
    newVersion: find(s.newId),
    rows: s.rows,
    stats,
    renumberedOnly: renumberedOnlyCount(stats, s.allRows ?? s.rows),
    view: s.view,
    filter: s.filter,
    unit: s.result.granularity,
    lang: s.lang,
    generated: s.generated,
    url: s.url,
    notes: s.notes,
    link: s.link,
  };
}
