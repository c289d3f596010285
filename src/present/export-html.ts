/**
 * A comparison as one standalone HTML document, for keeping, mailing or
 * archiving: inline CSS, no scripts, no external resources (a Content
 * Security Policy says so to the browser that opens it). It shows what the
 * viewer shows — the same rows, view and filter — with the law title, the two
 * readings, the change counts, division headings, del/ins marks with text
 * labels for screen readers, the annotations and, when the reader asks for
 * them, their own notes. Every text is escaped with {@link escapeHtml}. Pure:
 * a string out, no DOM.
 */
import type { ComparisonStats, Granularity } from '../diff/index.js';
import type { Article, Law, VersionInfo } from '../model/types.js';
import { strings, uiLanguage } from './strings.js';
import type { ArticleRow, DivisionRow, Filter, Row, RowAnnotation } from './compare-model.js';
import type { Note } from '../store/notes.js';
import { alignedBlocks, blockMarks, diffBlocks, headingSpans, plainBlocks, rowCaption, type Block, type BlockMarks, type Side, type Span } from './row-text.js';
import type { MoveLink } from './passage-moves.js';
import { lawTitle, originalTitle } from './titles.js';
import { stageName } from './format.js';

/** What goes into an exported comparison. */
export interface ExportInput {
  law: Law;
  oldVersion: VersionInfo;
  newVersion: VersionInfo;
  /** The rows as the viewer shows them (already filtered). */
  rows: readonly Row[];
  stats: ComparisonStats;
  /** Number of renumbered-only articles (the stats count flags, not rows). */
  renumberedOnly: number;
  view: 'synopsis' | 'redline';
  filter: Filter;
  /** The unit CJK text was diffed by (default words): at `char` the counts are of characters. */
  unit?: Granularity | undefined;
  /** Languages of the two readings' texts. */
  lang: { old: string; new: string };
  /** When the file is made (given, so the output is reproducible). */
  generated: Date;
  /** Absolute address of the comparison in lawdiff, linked at the end (optional). */
  url?: string | undefined;
  /** The reader's notes by article key, when they asked for them in the file; each goes under its article's row. */
  notes?: ReadonlyMap<string, readonly Note[]> | undefined;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and quoted attribute values: `& < > " '` become entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ENTITIES[c]!);
}

/** A file name for the export: `<folder>_<old>_<new>.html`, with anything but letters, digits, `.`, `-` and `_` replaced by `-`. */
export function exportFileName(folder: string, oldId: string, newId: string): string {
  const safe = (s: string): string => s.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[.-]+/u, '') || 'x';
  return `${safe(folder)}_${safe(oldId)}_${safe(newId)}.html`;
}

const e = escapeHtml;
/** `lang="…"` for a non-empty language tag. */
const langAttr = (lang: string): string => (lang ? ` lang="${e(lang)}"` : '');

/** A marked run: `<del>`/`<ins>` with the text a screen reader says around it; a moved passage's with class `moved`. */
function marked(tag: 'del' | 'ins', start: string, text: string, moved: boolean): string {
  return `<${tag}${moved ? ' class="moved"' : ''}><span class="sr">${e(start)}</span>${e(text)}<span class="sr">${e(strings.markEnd)}</span></${tag}>`;
}

function spans(list: readonly Span[]): string {
  return list
    .map((s) => {
      switch (s.mark) {
        case 'del':
          return marked('del', strings.deletionStart, s.text, false);
        case 'ins':
          return marked('ins', strings.insertionStart, s.text, false);
        case 'moved-out':
          return marked('del', strings.movedStart, s.text, true);
        case 'moved-in':
          return marked('ins', strings.movedStart, s.text, true);
        case '':
          return e(s.text);
        default: {
          const never: never = s.mark;
          return never;
        }
      }
    })
    .join('');
}

/** "moved to 第五条 (2)", linked to the other end's row (`#row-<key>`). */
function moveNote(m: MoveLink): string {
  const text = e(m.dir === 'to' ? strings.movedTo(m.label, m.line) : strings.movedFromLine(m.label, m.line));
  return ` <span class="move-note"${langAttr(uiLanguage)}>${m.key ? `<a href="#${e(`row-${m.key}`)}">${text}</a>` : text}</span>`;
}

function block(b: Block): string {
  return b.kind === 'label'
    ? `<p class="part-label">${e(b.text || strings.unnumbered)}${b.note ? ` <span class="part-note"${langAttr(uiLanguage)}>· ${e(b.note)}</span>` : ''}</p>`
    : `<p class="line${b.state ? ` ${b.state}` : ''}${b.move ? ' moved' : ''}"${b.depth > 0 ? ` style="--depth:${b.depth}"` : ''}>${spans(b.spans)}${b.move ? moveNote(b.move) : ''}</p>`;
}

function blocks(list: readonly Block[]): string {
  return list.map(block).join('\n');
}

/** The title line of a side: its heading (with the heading's diff when it changed), or "". */
function caption(arts: readonly Article[], row: ArticleRow, which: Side): string {
  const title = headingSpans(arts, row.change.diff, which);
  return title.length > 0 ? `<p class="caption">${spans(title)}</p>` : '';
}

/** The heading and lines of one side of a row (or both, for redline). */
function side(row: ArticleRow, which: Side, marks: BlockMarks): string {
  const diff = row.change.diff;
  const oldArts = row.old.map((a) => a.article);
  const newArts = row.new.map((a) => a.article);
  const own = which === 'old' || (which === 'both' && newArts.length === 0) ? oldArts : newArts;
  const head = caption(own, row, which);
  const lead = head ? `${head}\n` : '';
  if (diff) return lead + blocks(diffBlocks(diff, oldArts, newArts, which, marks));
  const mark = which === 'old' ? (newArts.length === 0 ? 'del' : '') : which === 'new' ? (oldArts.length === 0 ? 'ins' : '') : newArts.length === 0 ? 'del' : oldArts.length === 0 ? 'ins' : '';
  return lead + blocks(plainBlocks(own, mark, own === oldArts ? marks.moves.old : marks.moves.new));
}

/** The two columns of a synopsis row; with a diff, its lines in aligned rows (each column a subgrid of the row's grid, as on screen). */
function columns(row: ArticleRow, input: ExportInput, marks: BlockMarks): string {
  const diff = row.change.diff;
  const open = (which: 'old' | 'new'): string => `<div class="col ${which}"${langAttr(input.lang[which])}>`;
  if (diff && row.old.length > 0 && row.new.length > 0) {
    const oldArts = row.old.map((a) => a.article);
    const newArts = row.new.map((a) => a.article);
    const rows = alignedBlocks(diff, oldArts, newArts, marks);
    const cells = (which: 'old' | 'new', arts: typeof oldArts): string =>
      `${open(which)}<div class="caption-cell">${caption(arts, row, which)}</div>${rows.map((r) => (r[which] ? block(r[which]) : '<p class="blank"></p>')).join('\n')}</div>`;
    return `<div class="cols aligned" style="--rows:${rows.length + 1}">${cells('old', oldArts)}${cells('new', newArts)}</div>`;
  }
  return `<div class="cols">${open('old')}${
    row.old.length === 0 ? `<p class="empty"${langAttr(uiLanguage)}>${e(strings.notInOld)}</p>` : side(row, 'old', marks)
  }</div>${open('new')}${row.new.length === 0 ? `<p class="empty"${langAttr(uiLanguage)}>${e(strings.notInNew)}</p>` : side(row, 'new', marks)}</div></div>`;
}

function annotations(list: readonly RowAnnotation[], lang: string): string {
  return list
    .map((a) => {
      const kind = strings.annotation[a.kind];
      const reading = a.reading ? ` · <span class="reading" translate="no">${e(a.reading)}</span>` : '';
      const source = a.source && a.source.toLowerCase() !== kind.toLowerCase() ? ` · <span${langAttr(lang)} translate="no">${e(a.source)}</span>` : '';
      const official = a.report ? `<span class="official">${e(strings.reports.official)}</span> ` : '';
      return `<aside class="annotation"${a.report ? ` data-report="${e(`${a.report.report}#${a.report.paragraph}`)}"` : ''}><p class="annotation-head">${official}<strong>${e(kind)}</strong>${reading}${source}</p><div class="annotation-text"${langAttr(lang)} translate="no">${e(a.text)}</div></aside>`;
    })
    .join('\n');
}

/** The day a note was last written, as the UI language writes a date (`Dec 2, 2026`), in the reader's time zone. */
function noteDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(uiLanguage, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** The reader's notes on a row, each marked as theirs with its date. */
function readerNotes(list: readonly Note[]): string {
  return list
    .map((n) => `<aside class="reader-note"><p class="note-head">${e(strings.yourNote(noteDate(n.updated)))}</p><div class="note-text" translate="no">${e(n.text)}</div></aside>`)
    .join('\n');
}

function articleRow(row: ArticleRow, input: ExportInput): string {
  const c = rowCaption(row);
  const lang = row.new.length > 0 ? input.lang.new : input.lang.old;
  const head = `<header class="row-head"><h3 class="row-title"><strong${langAttr(lang)}>${e(c.title)}</strong>${c.was ? ` <span class="was">(${e(c.was)})</span>` : ''}${
    c.note ? ` <span class="was">${e(c.note)}</span>` : ''
  }</h3> <span class="badge">${e(c.badge)}</span></header>`;
  const marks = blockMarks(row.change, row.moves);
  const body = input.view === 'synopsis' ? columns(row, input, marks) : `<div class="redline"${langAttr(lang)}>${side(row, 'both', marks)}</div>`;
  const notes = input.notes?.get(row.key);
  return `<section class="article kind-${e(row.kind)}" id="${e(`row-${row.key}`)}">\n${head}\n${body}\n${annotations(row.annotations, lang)}\n${
    notes && notes.length > 0 ? `${readerNotes(notes)}\n` : ''
  }</section>`;
}

/** A division heading; the first top-level one gets no page break before it in print. */
function divisionRow(row: DivisionRow, lang: string, first: boolean): string {
  const level = Math.min(row.depth + 2, 6);
  const status = strings.divisionStatus[row.status] ?? '';
  const title = row.status === 'deleted' ? `<del>${e(row.title)}</del>` : e(row.title);
  return `<h${level} class="division depth-${Math.min(row.depth, 3)}${first ? ' first' : ''}"><span${langAttr(lang)}>${title}</span>${
    row.oldTitle ? ` <span class="was">(${e(strings.was(row.oldTitle))})</span>` : ''
  }${status ? ` <span class="badge">${e(status)}</span>` : ''}</h${level}>`;
}

function summary(input: ExportInput): string {
  const s = input.stats;
  const counts: [string, number][] = [
    ['inserted', s.inserted],
    ['deleted', s.deleted],
    ['reworded', s.textChanged - s.referencesOnly],
    ['references', s.referencesOnly],
    ['moved', s.moved],
    ['renumbered', input.renumberedOnly],
    ['split', s.split],
    ['merged', s.merged],
  ];
  const passages = s.movedPassages ?? 0;
  const items = counts.map(([k, n]) => [n, strings.kinds[k] ?? k] as const);
  if (passages > 0) items.push([passages, strings.movedPassages]);
  return `<section class="summary" aria-labelledby="summary-heading"><h2 id="summary-heading">${e(strings.summaryHeading)}</h2>
<ul class="counts">${items.map(([n, what]) => `<li><span class="n">${e(n.toLocaleString(uiLanguage))}</span> ${e(what)}</li>`).join('')}</ul>
<p class="words">${e((input.unit === 'char' ? strings.charactersChanged : strings.wordsChanged)(s.wordsInserted, s.wordsDeleted))}</p></section>`;
}

/** A reading's label, stage and date, as HTML: the label and the date are data (translate="no"). */
function reading(v: VersionInfo): string {
  return [`<bdi translate="no">${e(v.label)}</bdi>`, v.stage ? e(stageName(v.stage)) : '', v.date ? `<span translate="no">${e(v.date)}</span>` : ''].filter(Boolean).join(' · ');
}

const STYLE = `
:root { color-scheme: light; --del: #9b1c1c; --del-bg: #fde8e7; --ins: #0b5e33; --ins-bg: #e3f5ea; --muted: #555; --rule: #ddd; --move: #4b2fa0; --move-bg: #efeafb; }
* { box-sizing: border-box; }
body { font: 16px/1.6 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif; color: #1d1d1f; background: #fff; margin: 0 auto; padding: 2rem 1.5rem; max-width: 72rem; }
:lang(zh) { font-family: 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; }
:lang(zh-Hant) { font-family: 'Noto Sans CJK TC', 'Source Han Sans TC', 'PingFang TC', 'Microsoft JhengHei', sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 0.25rem; line-height: 1.3; }
.original { margin: 0 0 0.5rem; color: var(--muted); }
.readings { margin: 0.75rem 0; display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
.readings dt { font-weight: 600; }
.readings dd { margin: 0; }
.meta, .words, .legend, footer { color: var(--muted); font-size: 0.9rem; }
.summary h2 { font-size: 1rem; margin: 1.25rem 0 0.4rem; }
.counts { list-style: none; display: flex; flex-wrap: wrap; gap: 0.3rem 1.4rem; margin: 0; padding: 0; }
.counts .n { font-weight: 700; font-variant-numeric: tabular-nums; }
.division { margin: 2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 1px solid var(--rule); }
.division.depth-0 { font-size: 1.3rem; }
.division.depth-1 { font-size: 1.1rem; }
.division.depth-2, .division.depth-3 { font-size: 1rem; color: var(--muted); }
.col-heads { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; font-size: 0.85rem; font-weight: 700; color: var(--muted); border-bottom: 2px solid var(--rule); padding-bottom: 0.2rem; }
.article { border-bottom: 1px solid var(--rule); padding: 0.7rem 0; break-inside: avoid; }
.row-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.3rem 0.6rem; }
.row-title { font-size: 1rem; margin: 0; font-weight: 400; }
.was { color: var(--muted); font-size: 0.9rem; }
.badge { font-size: 0.75rem; font-weight: 650; padding: 0 0.45rem; border: 1px solid #999; border-radius: 999px; white-space: nowrap; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
.caption { font-weight: 600; margin: 0.3rem 0; }
.line { margin: 0.3rem 0; padding-left: calc(var(--depth, 0) * 1.5em); line-height: 1.8; }
.part-label { margin: 0.6rem 0 0.2rem; font-size: 0.85rem; font-weight: 700; color: var(--muted); }
.empty { color: var(--muted); font-style: italic; font-size: 0.9rem; }
del { color: var(--del); background: var(--del-bg); text-decoration: line-through; text-decoration-thickness: 1.5px; }
ins { color: var(--ins); background: var(--ins-bg); text-decoration: underline; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
del.moved, ins.moved { color: var(--move); background: var(--move-bg); text-decoration-style: double; text-decoration-thickness: 1.5px; }
.move-note { font-size: 0.8rem; color: var(--muted); white-space: nowrap; }
.move-note a { color: var(--move); }
.part-note { font-weight: 400; font-style: italic; }
.cols.aligned { row-gap: 0; }
.cols.aligned > .col { display: grid; grid-template-rows: subgrid; grid-row: span var(--rows, 1); align-content: start; }
.blank { margin: 0; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.annotation { margin: 0.5rem 0 0; padding: 0.3rem 0.75rem; border-left: 3px solid #1d4f91; background: #f1f5fb; font-size: 0.92rem; }
.annotation-head { margin: 0; }
.annotation .official { font-size: 0.75rem; font-weight: 650; text-transform: uppercase; border: 1px solid currentColor; border-radius: 3px; padding: 0 0.3rem; }
.annotation-text { white-space: pre-line; }
.reader-note { margin: 0.5rem 0 0; padding: 0.3rem 0.75rem; border-left: 3px solid #7a5c00; background: #fff8e1; font-size: 0.92rem; }
.note-head { margin: 0; font-weight: 600; }
.note-text { white-space: pre-line; }
footer { margin-top: 2rem; border-top: 1px solid var(--rule); padding-top: 0.5rem; }
@media screen and (max-width: 700px) {
  .cols, .col-heads { grid-template-columns: 1fr; } .col-heads { display: none; }
  .cols.aligned > .col { display: block; } .cols.aligned .blank { display: none; }
}
@media print {
  body { padding: 0; max-width: none; }
  del, ins { color: #000; background: none; }
  del.moved { text-decoration: line-through double; }
  ins.moved { text-decoration: underline double; }
  .annotation, .reader-note { background: none; }
  .division.depth-0 { break-before: page; }
  .division.depth-0.first { break-before: auto; }
}
`;

/** The comparison as a standalone HTML document (UTF-8, `<!doctype html>`). */
export function exportHtml(input: ExportInput): string {
  const docTitle = `${lawTitle(input.law, uiLanguage).text} — ${strings.compareTitle(input.oldVersion.label, input.newVersion.label)}`;
  const showing = [strings[input.view], input.unit === 'char' ? strings.diffByCharacters : '', strings.filters[input.filter] ?? input.filter, input.notes ? strings.exportWithNotes : '']
    .filter(Boolean)
    .join(' · ');
  let firstTop = true;
  const body = input.rows
    .map((row) => {
      if (row.type === 'article') return articleRow(row, input);
      const first = firstTop && row.depth === 0;
      if (first) firstTop = false;
      return divisionRow(row, row.status === 'deleted' ? input.lang.old : input.lang.new, first);
    })
    .join('\n');
  const colHeads =
    input.view === 'synopsis'
      ? `<div class="col-heads" aria-hidden="true"><span translate="no">${e(input.oldVersion.label)}</span><span translate="no">${e(input.newVersion.label)}</span></div>\n`
      : '';
  return documentHtml({
    lang: uiLanguage,
    title: docTitle,
    style: STYLE,
    law: input.law,
    header: `<dl class="readings">
<dt>${e(strings.compareOld)}</dt><dd>${reading(input.oldVersion)}</dd>
<dt>${e(strings.compareNew)}</dt><dd>${reading(input.newVersion)}</dd>
</dl>
<p class="meta">${e(showing)}</p>
`,
    before: `${summary(input)}
<p class="legend">${e(strings.legend)}${(input.stats.movedPassages ?? 0) > 0 ? ` ${e(strings.legendMoved)}` : ''}</p>
`,
    main: `${colHeads}${input.rows.length === 0 ? `<p class="empty">${e(strings.noRows)}</p>` : body}`,
    generated: input.generated,
    url: input.url,
  });
}

/** What a standalone document holds besides the shell {@link documentHtml} writes around it. */
export interface DocumentParts {
  /** The document's language (the interface's) and title. */
  lang: string;
  title: string;
  style: string;
  law: Law;
  /** In the header, after the law's title: the readings. */
  header: string;
  /** Between the header and the rows (a summary, the legend). */
  before: string;
  main: string;
  generated: Date;
  /** Absolute address of the view in lawdiff, linked at the end (only http and https). */
  url?: string | undefined;
}

/**
 * A standalone document as every download is written: UTF-8, a Content Security Policy that allows
 * no script and no outside resource, the law's title (and its original), and a footer with the day
 * it was made, the link back and the fictional law's notice.
 */
export function documentHtml(d: DocumentParts): string {
  const title = lawTitle(d.law, uiLanguage);
  const original = originalTitle(d.law, uiLanguage);
  return `<!doctype html>
<html lang="${e(d.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="lawdiff">
<title>${e(d.title)}</title>
<style>${d.style}</style>
</head>
<body>
<header>
<h1${langAttr(title.lang)} translate="no">${e(title.text)}</h1>
${original ? `<p class="original"${langAttr(original.lang)} translate="no">${e(original.text)}</p>\n` : ''}${d.header}</header>
${d.before}<main>
${d.main}
</main>
<footer>
<p>${e(strings.exportGenerated(d.generated.toISOString().slice(0, 10)))}${
    d.url && /^https?:\/\//iu.test(d.url) ? ` · <a href="${e(d.url)}">${e(strings.exportLink)}</a>` : ''
  }</p>
${d.law.fictional ? `<p>${e(strings.fictionalHint)}</p>\n` : ''}</footer>
</body>
</html>
`;
}

/** The pieces other standalone documents share (the synopsis of several readings, src/present/export/readings-html.ts). */
export { spans as spansHtml, blocks as blocksHtml, reading as readingHtml, readerNotes as readerNotesHtml, STYLE as exportStyle, langAttr };
