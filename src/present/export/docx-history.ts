/**
 * One article's history as a Word document (issue 18), what the history panel shows, on paper:
 * the article's number in each reading, then every reading in order — its label, stage and
 * date, the article's number, what happened to it and where it stands, the splits and merges
 * it took part in, the change from the reading before as a redline (deletions struck through,
 * insertions underlined), its text in that reading, and the explanations that reading attached
 * to it; the reader's notes at the end when given. Portrait A4. Pure: bytes out, no DOM.
 */
import { Document, HeadingLevel, Paragraph, type TextRun } from 'docx';
import type { History } from '../../diff/index.js';
import type { Law, VersionDoc, VersionInfo } from '../../model/types.js';
import type { Note } from '../../store/notes.js';
import { aroundGap, articleHistory, type ArticleHistory, type HistoryEntry, type RelatedLineage } from '../history-model.js';
import { blockMarks, diffBlocks, headingSpans, plainBlocks, type Block } from '../row-text.js';
import { strings, uiLanguage } from '../strings.js';
import { lawTitle } from '../titles.js';
import { a4Section, defaultStyles, markColour, packDocx, pageHeader, paragraphStylesFor, spanRuns, textRun, uiRun } from './docx-common.js';
import { annotationParagraphs, blockParagraph, readingRuns } from './docx-table.js';

/** What goes into an article's history document. */
export interface HistoryExportInput {
  law: Law;
  /** The law's readings in order, unpublished ones included (`law.versions`). */
  versions: readonly VersionInfo[];
  /** The texts of the readings that were loaded, by version id. */
  docs: Readonly<Record<string, VersionDoc>>;
  history: History;
  /** The article: its lineage key, or any reading's `<id>~<num>`. */
  key: string;
  /** When the file is made (given, so the output is reproducible). */
  generated: Date;
  /** The reader's notes on the article, when they asked for them in the file. */
  notes?: readonly Note[] | undefined;
}

/** A small grey line of interface words. */
const quiet = (text: string, italics = true): Paragraph => new Paragraph({ spacing: { after: 80 }, children: [uiRun(text, { italics, size: 19 })] });

/** A section label ("Compared with …", "Text in this reading"). */
const label = (text: string): Paragraph => new Paragraph({ spacing: { before: 120, after: 60 }, children: [uiRun(text, { bold: true, size: 19, colour: '333333' })] });

/** Blocks as paragraphs (the table's cell style: compact, never hyphenated). */
function blocks(list: readonly Block[], lang: string): Paragraph[] {
  return list.map((b) => blockParagraph(b, lang));
}

/** The article's title line in one reading: its number and heading (with the heading's diff when it is a redline). */
function titleLine(runs: TextRun[]): Paragraph {
  return new Paragraph({ spacing: { before: 60, after: 60 }, children: runs });
}

/** "Number in each reading": `第十五条 → 第四条 → 第四条`, gaps named. */
function chainParagraph(m: ArticleHistory, lang: string): Paragraph {
  const runs: TextRun[] = [];
  m.entries.forEach((e, i) => {
    if (i > 0) runs.push(uiRun(' → ', { size: 20 }));
    runs.push(textRun(e.version.label, { lang, size: 18, colour: markColour.muted }));
    runs.push(uiRun(': ', { size: 18 }));
    if (e.index < 0) runs.push(uiRun(e.status === 'unpublished' ? strings.notPublished : strings.concordanceUnavailable, { italics: true, size: 18 }));
    else if (e.label) runs.push(textRun(e.label, { lang: e.lang || lang, bold: true, size: 20 }));
    else runs.push(uiRun(strings.historyAbsent, { italics: true, size: 18 }));
  });
  return new Paragraph({ spacing: { after: 160 }, children: runs });
}

function relation(name: string, list: readonly RelatedLineage[], lang: string): Paragraph[] {
  if (list.length === 0) return [];
  const runs: TextRun[] = [uiRun(`${name} `, { size: 19, colour: '000000' })];
  list.forEach((r, i) => runs.push(...(i > 0 ? [uiRun(', ', { size: 19 })] : []), textRun(r.label, { lang, size: 19 })));
  return [new Paragraph({ spacing: { after: 60 }, children: runs })];
}

/** What an entry shows of the text: the change from the reading before (redline) and the text in this reading. */
function entryText(m: ArticleHistory, e: HistoryEntry): Paragraph[] {
  switch (e.status) {
    case 'unpublished':
    case 'unavailable': {
      const { before, after } = aroundGap(m, e);
      return [quiet(`${e.status === 'unpublished' ? strings.unpublishedEntry : strings.unavailableEntry}${before && after ? ` ${strings.changesAcrossGap(before.version.label, after.version.label)}` : ''}`)];
    }
    case 'absent':
      return [];
    case 'merged-away':
      return [];
    case 'deleted':
      return [
        quiet(strings.deletedIn),
        ...(e.oldArticles.length > 0 && e.previous
          ? [label(strings.changesSince(e.previous.label)), titleLine([
              textRun(e.oldArticles.map((a) => a.label).join(' + '), { lang: e.lang, bold: true }),
              ...spanRuns([{ mark: '', text: ' ' }, ...headingSpans(e.oldArticles, undefined, 'old').map((x) => ({ ...x, mark: 'del' as const }))], e.lang, { bold: true }),
            ]), ...blocks(plainBlocks(e.oldArticles, 'del', e.moves.old), e.lang)]
          : []),
      ];
    case 'first':
    case 'inserted':
    case 'unchanged':
    case 'renumbered':
    case 'references':
    case 'reworded':
    case 'split':
    case 'merged': {
      const out: Paragraph[] = [];
      const change = e.change;
      const diff = change?.diff;
      const changed = e.status === 'references' || e.status === 'reworded' || e.status === 'split' || e.status === 'merged';
      if (changed && change && diff && e.previous) {
        out.push(label(strings.changesSince(e.previous.label)));
        const head = headingSpans(e.newArticles, diff, 'both');
        out.push(titleLine([textRun(e.newArticles.map((a) => a.label).join(' + '), { lang: e.lang, bold: true }), ...(head.length > 0 ? [textRun(' ', { lang: e.lang }), ...spanRuns(head, e.lang, { bold: true })] : [])]));
        out.push(...blocks(diffBlocks(diff, e.oldArticles, e.newArticles, 'both', blockMarks(change, e.moves)), e.lang));
      } else if (e.status === 'inserted' && e.article) {
        if (e.previous) out.push(label(strings.changesSince(e.previous.label)));
        out.push(titleLine([textRun(e.article.label, { lang: e.lang, bold: true }), ...(e.article.heading ? [textRun(` ${e.article.heading}`, { lang: e.lang, bold: true, mark: 'ins' })] : [])]));
        out.push(...blocks(plainBlocks([e.article], 'ins', e.moves.new), e.lang));
      }
      if (e.article) {
        out.push(label((e.status === 'unchanged' || e.status === 'renumbered') && e.previous ? strings.sameTextAs(e.previous.label) : strings.textInReading));
        out.push(titleLine([textRun(e.article.label, { lang: e.lang, bold: true }), ...(e.article.heading ? [textRun(` ${e.article.heading}`, { lang: e.lang, bold: true })] : [])]));
        out.push(...blocks(plainBlocks([e.article], ''), e.lang));
      }
      return out;
    }
    default: {
      const never: never = e.status;
      return never;
    }
  }
}

/** One reading of the history: its head, the facts, the text and the explanations. */
function entryParagraphs(m: ArticleHistory, e: HistoryEntry, lang: string): Paragraph[] {
  const firstSeen = m.entries.findIndex((x) => x.label);
  const here = m.entries.indexOf(e);
  const facts: TextRun[] = [];
  if (e.label) facts.push(textRun(e.label, { lang: e.lang || lang, bold: true }));
  if (e.status !== 'absent') facts.push(uiRun(`${facts.length > 0 ? '  ' : ''}[${strings.entryStatus[e.status] ?? e.status}${e.moved ? ` · ${strings.entryMoved}` : ''}]`, { italics: true, size: 19 }));
  if (e.path.length > 0) facts.push(uiRun(`  ${strings.inDivision} `, { size: 19 }), textRun(e.path.join(' · '), { lang: e.lang || lang, size: 19, colour: markColour.muted }));
  const absent = e.status === 'absent' ? (here < firstSeen ? strings.notYetPresent : strings.noLongerPresent) : '';
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 320, after: 80 }, children: readingRuns(e.version, lang) }),
    ...(facts.length > 0 ? [new Paragraph({ spacing: { after: 80 }, children: facts })] : []),
    ...relation(strings.splitFromLabel, e.splitFrom ? [e.splitFrom] : [], e.lang || lang),
    ...relation(strings.splitIntoLabel, e.splitInto, e.lang || lang),
    ...relation(strings.mergedFromLabel, e.mergedFrom, e.lang || lang),
    ...relation(strings.mergedIntoLabel, e.mergedInto ? [e.mergedInto] : [], e.lang || lang),
    ...(absent ? [quiet(absent)] : []),
    ...(e.skipped.length > 0 ? [quiet(strings.skippedReadings(e.skipped.map((v) => v.label), e.skipped.every((v) => v.published === false)))] : []),
    ...entryText(m, e),
    ...(e.annotations.length > 0 ? [new Paragraph({ spacing: { before: 120 }, children: [] }), ...annotationParagraphs(e.annotations, e.lang || lang)] : []),
  ];
}

/** The day a note was last written, as the UI language writes a date. */
function noteDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(uiLanguage, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/**
 * The history of one article as a .docx file (portrait A4), interface words in the UI
 * language, law text in each reading's language. Throws when the key names no article of the
 * law in any reading (the viewer offers the export only for an article it shows).
 */
export async function articleHistoryDocx(input: HistoryExportInput): Promise<Uint8Array> {
  const m = articleHistory(input.history, input.docs, input.versions, input.key);
  if (!m) throw new Error(`articleHistoryDocx: ${strings.historyNotFound(input.key)}`);
  const lang = m.entries.find((e) => e.lang)?.lang ?? input.law.language;
  const title = lawTitle(input.law, uiLanguage);
  const heading = strings.historyOf(m.latestLabel);
  const children: Paragraph[] = [
    new Paragraph({ children: [uiRun(strings.docx.historyTitle, { size: 20 })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { after: 80 }, children: [textRun(title.text, { lang: title.lang, bold: true, size: 34, colour: '000000' })] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { after: 120 }, children: [uiRun(heading, { bold: true, size: 28, colour: '000000' })] }),
    label(strings.historyNumbers),
    chainParagraph(m, lang),
    new Paragraph({ spacing: { after: 120 }, children: [uiRun(strings.legend)] }),
    ...m.entries.flatMap((e) => entryParagraphs(m, e, lang)),
  ];
  if (input.notes && input.notes.length > 0) {
    for (const n of input.notes) {
      children.push(new Paragraph({ spacing: { before: 240, after: 60 }, keepNext: true, children: [uiRun(strings.yourNote(noteDate(n.updated)), { bold: true, size: 19, colour: '000000' })] }));
      for (const l of n.text.split(/\r?\n/u)) children.push(new Paragraph({ children: [textRun(l, { lang: uiLanguage, size: 20 })] }));
    }
  }
  children.push(new Paragraph({ spacing: { before: 240 }, children: [uiRun(strings.exportGenerated(input.generated.toISOString().slice(0, 10)))] }));
  if (input.law.fictional) children.push(new Paragraph({ children: [uiRun(strings.fictionalHint)] }));
  const doc = new Document({
    creator: 'lawdiff',
    title: `${title.text} — ${heading}`,
    description: strings.docx.historyTitle,
    styles: { default: defaultStyles, paragraphStyles: paragraphStylesFor([...m.entries.map((e) => e.lang || lang), uiLanguage]) },
    hyphenation: { autoHyphenation: false },
    sections: [a4Section(false, pageHeader(title, heading), children)],
  });
  return packDocx(doc);
}
