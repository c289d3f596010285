/**
 * Explanation reports on a comparison (issue 16, point 3): each report's
 * paragraphs linked to the rows they explain, with the reader's corrections
 * applied, as row annotations (official, with their source) and as the view
 * of the whole report for its panel — the paragraphs, where each landed, the
 * general remarks and the references that resolved to nothing.
 *
 * A report explains one step (older → newer reading). It is shown on a
 * comparison that contains that step: its own two readings, or two readings
 * around it when the history follows the articles through (a link then
 * follows its article's lineage to the compared readings). Pure.
 */
import { explainReport, lineageOf, selfNames, type Comparison, type History } from '../diff/index.js';
import type { ReportCorrection } from '../store/report.js';
import type { VersionDoc, VersionInfo } from '../model/types.js';

/** A report as the view gets it: from the collection's `law.json` or added by the reader, with the reader's corrections. */
export interface AttachedReport {
  id: string;
  title: string;
  /** File name or address; "" for pasted text. */
  source: string;
  date?: string | undefined;
  old: string;
  new: string;
  text: string;
  origin: 'collection' | 'imported';
  corrections: readonly ReportCorrection[];
}

/** An article of some reading. */
export interface ArticleAt {
  version: string;
  article: string;
}

/** A link as the panel shows it: the article, and the row it lands on in this comparison (undefined: no row here). */
export interface PlacedLink extends ArticleAt {
  row: string | undefined;
}

export interface ReportParagraphView {
  index: number;
  text: string;
  number: string | undefined;
  heading: boolean;
  /** The links in effect (the reader's correction when there is one). */
  links: PlacedLink[];
  /** The links as found in the text, before any correction. */
  found: ArticleAt[];
  corrected: boolean;
  /** References that name no article of their reading, as written. */
  unresolved: string[];
}

export interface ReportView {
  report: AttachedReport;
  /** Explains a step inside the compared readings: its paragraphs are on the rows. */
  applies: boolean;
  /** Why its paragraphs could not be linked here ("" when they were). */
  unlinked: '' | 'outside' | 'no-text';
  paragraphs: ReportParagraphView[];
}

/** A report paragraph as shown on a row. */
export interface ReportAnnotation {
  report: string;
  paragraph: number;
  corrected: boolean;
}

/** What {@link linkReports} needs of the comparison on screen. */
export interface ReportContext {
  ids: { old: string; new: string };
  oldDoc: VersionDoc;
  newDoc: VersionDoc;
  comparison: Comparison;
  history: History | undefined;
  /** Texts of the readings loaded (for a report on a step between the compared readings). */
  docs: Readonly<Record<string, VersionDoc>>;
  versions: readonly VersionInfo[];
  /** The law's titles, for the names a report calls it by (本法 is not another law). */
  titles: readonly string[];
  /** Row key of each article shown, by `<version id>|<num>`. */
  rowOf: ReadonlyMap<string, string>;
}

/** The key {@link ReportContext.rowOf} uses. */
export function articleAtKey(version: string, article: string): string {
  return `${version}|${article}`;
}

/** The reports' paragraphs by the row they explain, and the view of each report. */
export function linkReports(reports: readonly AttachedReport[], ctx: ReportContext): { byRow: Map<string, { paragraph: ReportParagraphView; report: AttachedReport }[]>; views: ReportView[] } {
  const byRow = new Map<string, { paragraph: ReportParagraphView; report: AttachedReport }[]>();
  const order = (id: string): number => ctx.versions.findIndex((v) => v.id === id);
  const lo = Math.min(order(ctx.ids.old), order(ctx.ids.new));
  const hi = Math.max(order(ctx.ids.old), order(ctx.ids.new));
  const views = reports.map((report): ReportView => {
    const a = order(report.old);
    const b = order(report.new);
    const applies = a >= 0 && b >= 0 && a >= lo && b <= hi;
    const step = stepOf(report, ctx);
    const corrections = new Map(report.corrections.map((c) => [c.paragraph, c.links]));
    const version = (id: string): VersionInfo | undefined => ctx.versions.find((v) => v.id === id);
    const found = step
      ? explainReport(report.text, step.oldDoc, step.newDoc, step.comparison, {
          selfNames: ctx.titles.flatMap(selfNames),
          old: { stage: version(report.old)?.stage, label: version(report.old)?.label },
          new: { stage: version(report.new)?.stage, label: version(report.new)?.label },
        })
      : undefined;
    const paragraphs = (found ?? []).map((p): ReportParagraphView => {
      const asFound = p.links.map((l) => ({ version: l.reading === 'old' ? report.old : report.new, article: l.article }));
      const correction = corrections.get(p.index);
      const effective = correction ?? asFound;
      return {
        index: p.index,
        text: p.text,
        number: p.number,
        heading: p.heading,
        links: effective.map((l) => ({ ...l, row: applies ? rowFor(l, ctx) : undefined })),
        found: asFound,
        corrected: correction !== undefined,
        unresolved: p.unresolved,
      };
    });
    if (applies) {
      for (const p of paragraphs) {
        for (const row of new Set(p.links.map((l) => l.row).filter((r): r is string => r !== undefined))) {
          const list = byRow.get(row);
          if (list) list.push({ paragraph: p, report });
          else byRow.set(row, [{ paragraph: p, report }]);
        }
      }
    }
    return { report, applies, unlinked: !applies ? 'outside' : step ? '' : 'no-text', paragraphs };
  });
  return { byRow, views };
}

/** The comparison of the report's own step: the one on screen, or the history's for a step inside it. */
function stepOf(report: AttachedReport, ctx: ReportContext): { oldDoc: VersionDoc; newDoc: VersionDoc; comparison: Comparison } | undefined {
  if (report.old === ctx.ids.old && report.new === ctx.ids.new) return { oldDoc: ctx.oldDoc, newDoc: ctx.newDoc, comparison: ctx.comparison };
  const h = ctx.history;
  if (!h) return undefined;
  const i = h.versionIds.indexOf(report.old);
  if (i < 0 || h.versionIds[i + 1] !== report.new) return undefined;
  const oldDoc = ctx.docs[report.old];
  const newDoc = ctx.docs[report.new];
  const comparison = h.comparisons[i];
  return oldDoc && newDoc && comparison ? { oldDoc, newDoc, comparison } : undefined;
}

/** The row an article lands on: its own when it is one of the compared readings', else through its lineage. */
function rowFor(l: ArticleAt, ctx: ReportContext): string | undefined {
  const direct = ctx.rowOf.get(articleAtKey(l.version, l.article));
  if (direct !== undefined || !ctx.history) return direct;
  const lineage = lineageOf(ctx.history, l.version, l.article);
  if (!lineage) return undefined;
  const h = ctx.history;
  for (const id of [ctx.ids.new, ctx.ids.old]) {
    const cell = lineage.cells[h.versionIds.indexOf(id)];
    const row = cell ? ctx.rowOf.get(articleAtKey(id, cell.num)) : undefined;
    if (row !== undefined) return row;
  }
  return undefined;
}
