/**
 * The comparison as a Word table (issue 18), the form legislative staff hand on — the PRC's
 * 修改前后对照表, Taiwan's 條文對照表, the German Synopse: one table row per article row of
 * the viewer, in its order and filter, with the older reading | the newer reading (| the
 * explanations, when any row has one); deletions struck through and insertions underlined as
 * Word formatting; moved, renumbered, split and merged articles captioned as in the viewer;
 * division rows spanning the table; the reader's notes under their article when asked for.
 * Landscape A4, the column headings repeated on every page. Pure: bytes out, no DOM.
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableRow, WidthType, type TextRun } from 'docx';
import type { Annotation, Article, VersionInfo } from '../../model/types.js';
import type { ArticleRow, DivisionRow, RowAnnotation } from '../compare-model.js';
import type { ExportInput } from '../export-html.js';
import { stageName } from '../format.js';
import type { MoveLink } from '../passage-moves.js';
import { alignedBlocks, blockMarks, headingSpans, plainBlocks, rowCaption, sideLabels, type Block, type BlockMarks } from '../row-text.js';
import { strings, uiLanguage } from '../strings.js';
import { lawTitle } from '../titles.js';
import type { Note } from '../../store/notes.js';
import { a4Section, cellStyle, defaultStyles, markColour, packDocx, pageHeader, paragraphStylesFor, spanRuns, textRun, textStyle, textWidth, uiRun } from './docx-common.js';

/** An empty cell paragraph. */
const blank = (): Paragraph => new Paragraph({ style: cellStyle, children: [] });

/** A reading as one line of runs: label and date are data, the stage is a UI word. */
export function readingRuns(v: VersionInfo, lang: string, size?: number): TextRun[] {
  const runs: TextRun[] = [textRun(v.label, { lang, bold: true, ...(size ? { size } : {}) })];
  if (v.stage) runs.push(uiRun(` · ${stageName(v.stage)}`, size ? { size } : { size: 21, colour: '000000' }));
  if (v.date) runs.push(textRun(` · ${v.date}`, { lang: 'en', ...(size ? { size } : {}) }));
  return runs;
}

/** "moved to 第五条 (2)" after a moved line, in the UI language. */
function moveNote(m: MoveLink): TextRun {
  return uiRun(` (${m.dir === 'to' ? strings.movedTo(m.label, m.line) : strings.movedFromLine(m.label, m.line)})`, { italics: true, size: 16 });
}

/** A block of an article as a cell paragraph: a part label (split or merge) or a line at its item depth. */
export function blockParagraph(b: Block, lang: string): Paragraph {
  if (b.kind === 'label') {
    const runs = [textRun(b.text || strings.unnumbered, { lang: undefined, bold: true, size: 18, colour: markColour.muted })];
    if (b.note) runs.push(uiRun(` · ${b.note}`, { italics: true }));
    return new Paragraph({ style: textStyle(lang), spacing: { before: 80, after: 40 }, children: runs });
  }
  const runs = spanRuns(b.spans, undefined);
  if (b.move) runs.push(moveNote(b.move));
  return new Paragraph({ style: textStyle(lang), indent: b.depth > 0 ? { left: 360 * b.depth } : undefined, children: runs });
}

/** The paragraphs of one side of an article row: its numbers and heading in bold, then its lines. */
function sideParagraphs(row: ArticleRow, which: 'old' | 'new', lang: string, marks: BlockMarks): Paragraph[] {
  const arts = row[which];
  if (arts.length === 0) return [new Paragraph({ style: cellStyle, children: [uiRun(which === 'old' ? strings.notInOld : strings.notInNew, { italics: true })] })];
  const own: Article[] = arts.map((a) => a.article);
  const diff = row.change.diff;
  const head = headingSpans(own, diff, which);
  const title = new Paragraph({
    style: textStyle(lang),
    children: [textRun(sideLabels(arts), { lang: undefined, bold: true }), ...(head.length > 0 ? [textRun(' ', { lang: undefined }), ...spanRuns(head, undefined, { bold: true })] : [])],
  });
  let blocks: Block[];
  if (diff && row.old.length > 0 && row.new.length > 0) {
    blocks = alignedBlocks(diff, row.old.map((a) => a.article), row.new.map((a) => a.article), marks).flatMap((r) => (r[which] ? [r[which]] : []));
  } else {
    const mark = which === 'old' ? (row.new.length === 0 ? 'del' : '') : row.old.length === 0 ? 'ins' : '';
    blocks = plainBlocks(own, mark, marks.moves[which]);
  }
  return [title, ...blocks.map((b) => blockParagraph(b, lang))];
}

/** The caption line of a row in the UI language: the kind of change, the former number, where it came from. */
function captionParagraph(row: ArticleRow): Paragraph {
  const c = rowCaption(row);
  const parts = [c.badge, c.was, c.note].filter((x): x is string => Boolean(x));
  return new Paragraph({ style: cellStyle, children: [uiRun(`[${parts.join(' · ')}]`, { italics: true, size: 17 })] });
}

/** Annotations as paragraphs: a head (official, kind, reading, source) and the text line by line. */
export function annotationParagraphs(list: readonly (Annotation & Partial<Pick<RowAnnotation, 'reading' | 'report'>>)[], lang: string): Paragraph[] {
  return list.flatMap((a) => {
    const kind = strings.annotation[a.kind];
    const head: TextRun[] = [];
    if (a.report) head.push(uiRun(`${strings.reports.official} · `, { bold: true, size: 17 }));
    head.push(uiRun(kind, { bold: true, size: 17 }));
    if (a.reading) head.push(textRun(` · ${a.reading}`, { lang, size: 17, colour: markColour.muted }));
    if (a.source && a.source.toLowerCase() !== kind.toLowerCase()) head.push(textRun(` · ${a.source}`, { lang, size: 17, colour: markColour.muted }));
    const lines = a.text.split(/\r?\n/u).filter((l) => l.trim());
    return [new Paragraph({ style: cellStyle, children: head }), ...lines.map((l) => new Paragraph({ style: textStyle(lang), children: [textRun(l, { lang: undefined, size: 19 })] }))];
  });
}

/** The day a note was last written, as the UI language writes a date. */
function noteDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(uiLanguage, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** The reader's notes on a row: "Your note, <date>:" and the text (data: the reader's words, no language claimed beyond the UI's). */
function noteParagraphs(list: readonly Note[]): Paragraph[] {
  return list.flatMap((n) => [
    new Paragraph({ style: cellStyle, children: [uiRun(strings.yourNote(noteDate(n.updated)), { bold: true, size: 17 })] }),
    ...n.text.split(/\r?\n/u).map((l) => new Paragraph({ style: cellStyle, children: [textRun(l, { lang: uiLanguage, size: 19 })] })),
  ]);
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const borders = { top: thin, bottom: thin, left: thin, right: thin };
const margins = { top: 60, bottom: 60, left: 100, right: 100 };

function cell(children: Paragraph[], width: number, extra: { columnSpan?: number; shade?: string } = {}): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [blank()],
    width: { size: width, type: WidthType.DXA },
    borders,
    margins,
    ...(extra.columnSpan ? { columnSpan: extra.columnSpan } : {}),
    ...(extra.shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: extra.shade } } : {}),
  });
}

/** A division heading as a row spanning every column. */
function divisionTableRow(row: DivisionRow, lang: string, columns: number, width: number): TableRow {
  const status = strings.divisionStatus[row.status] ?? '';
  const runs = [textRun(row.title, { lang, bold: true, size: row.depth === 0 ? 24 : 22, mark: row.status === 'deleted' ? 'del' : '' })];
  if (row.oldTitle) runs.push(uiRun(` (${strings.was(row.oldTitle)})`));
  if (status) runs.push(uiRun(` [${status}]`, { italics: true }));
  return new TableRow({
    cantSplit: true,
    children: [cell([new Paragraph({ style: cellStyle, keepNext: true, alignment: row.depth === 0 ? AlignmentType.CENTER : AlignmentType.LEFT, children: runs })], width, { columnSpan: columns, shade: 'EDEDED' })],
  });
}

/** The widths of the columns (twips): two equal text columns, a narrower explanation column when there is one. */
function columnWidths(explained: boolean): number[] {
  const total = textWidth(true);
  if (!explained) return [total / 2, total / 2];
  const expl = Math.round(total * 0.26);
  const side = Math.floor((total - expl) / 2);
  return [side, side, total - 2 * side];
}

/** The comparison's table: heading row (repeated on each page), then division and article rows. */
function comparisonTable(input: ExportInput): Table {
  const explained = input.rows.some((r) => r.type === 'article' && r.annotations.length > 0);
  const widths = columnWidths(explained);
  const columns = widths.length;
  const total = widths.reduce((a, b) => a + b, 0);
  const headCell = (runs: TextRun[], w: number): TableCell => cell([new Paragraph({ style: cellStyle, children: runs })], w, { shade: 'D9E2F3' });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      headCell([uiRun(`${strings.compareOld}: `, { bold: true, size: 19, colour: '000000' }), ...readingRuns(input.oldVersion, input.lang.old, 19)], widths[0]!),
      headCell([uiRun(`${strings.compareNew}: `, { bold: true, size: 19, colour: '000000' }), ...readingRuns(input.newVersion, input.lang.new, 19)], widths[1]!),
      ...(explained ? [headCell([uiRun(strings.docx.explanations, { bold: true, size: 19, colour: '000000' })], widths[2]!)] : []),
    ],
  });
  const rows: TableRow[] = [header];
  for (const row of input.rows) {
    if (row.type === 'division') {
      rows.push(divisionTableRow(row, row.status === 'deleted' ? input.lang.old : input.lang.new, columns, total));
      continue;
    }
    const marks = blockMarks(row.change, row.moves);
    const lang = row.new.length > 0 ? input.lang.new : input.lang.old;
    const newSide = sideParagraphs(row, 'new', input.lang.new, marks);
    const caption = captionParagraph(row);
    // The caption goes under the newer side's number (the older side's for a deletion, which has no newer side).
    const oldCell = row.new.length === 0 ? [...sideParagraphs(row, 'old', input.lang.old, marks).slice(0, 1), caption, ...sideParagraphs(row, 'old', input.lang.old, marks).slice(1)] : sideParagraphs(row, 'old', input.lang.old, marks);
    const newCell = row.new.length === 0 ? newSide : [newSide[0]!, caption, ...newSide.slice(1)];
    rows.push(
      new TableRow({
        children: [cell(oldCell, widths[0]!), cell(newCell, widths[1]!), ...(explained ? [cell(annotationParagraphs(row.annotations, lang), widths[2]!)] : [])],
      }),
    );
    const notes = input.notes?.get(row.key);
    if (notes && notes.length > 0) rows.push(new TableRow({ cantSplit: true, children: [cell(noteParagraphs(notes), total, { columnSpan: columns, shade: 'FFF8E1' })] }));
  }
  return new Table({ rows, width: { size: total, type: WidthType.DXA }, columnWidths: widths });
}

/** What the table shows, for the header line and the running header: `第一次审议稿 → 第二次审议稿`. */
function shows(input: ExportInput): string {
  return strings.compareTitle(input.oldVersion.label, input.newVersion.label);
}

/**
 * The comparison table as a .docx file: the law's title, the two readings (label, stage,
 * date), what is shown and the legend at the top; then the table. The interface words are in
 * the UI language, the law's text, labels and explanations in theirs.
 */
export async function comparisonTableDocx(input: ExportInput): Promise<Uint8Array> {
  const title = lawTitle(input.law, uiLanguage);
  // The table is always side by side (whatever the viewer's view), so the line says what it holds: the unit, the filter, the notes.
  const showing = [input.unit === 'char' ? strings.diffByCharacters : '', strings.filters[input.filter] ?? input.filter, input.notes ? strings.exportWithNotes : ''].filter(Boolean).join(' · ');
  const top = [
    new Paragraph({ children: [uiRun(strings.docx.tableTitle, { size: 20 })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { after: 120 }, children: [textRun(title.text, { lang: title.lang, bold: true, size: 36, colour: '000000' })] }),
    new Paragraph({ children: [uiRun(`${strings.compareOld}: `, { size: 21, colour: '000000' }), ...readingRuns(input.oldVersion, input.lang.old)] }),
    new Paragraph({ children: [uiRun(`${strings.compareNew}: `, { size: 21, colour: '000000' }), ...readingRuns(input.newVersion, input.lang.new)] }),
    new Paragraph({ spacing: { before: 80 }, children: [uiRun(showing)] }),
    new Paragraph({ spacing: { after: 160 }, children: [uiRun(`${strings.legend}${(input.stats.movedPassages ?? 0) > 0 ? ` ${strings.legendMoved}` : ''}`)] }),
  ];
  const body = input.rows.length === 0 ? [new Paragraph({ children: [uiRun(strings.noRows, { italics: true })] })] : [comparisonTable(input)];
  const foot = [
    new Paragraph({ spacing: { before: 200 }, children: [uiRun(strings.exportGenerated(input.generated.toISOString().slice(0, 10)))] }),
    ...(input.law.fictional ? [new Paragraph({ children: [uiRun(strings.fictionalHint)] })] : []),
  ];
  const doc = new Document({
    creator: 'lawdiff',
    title: `${title.text} — ${shows(input)}`,
    description: strings.docx.tableTitle,
    styles: { default: defaultStyles, paragraphStyles: paragraphStylesFor([input.lang.old, input.lang.new, uiLanguage]) },
    hyphenation: { autoHyphenation: false },
    sections: [a4Section(true, pageHeader(title, shows(input)), [...top, ...body, ...foot])],
  });
  return packDocx(doc);
}
