/**
 * What lawdiff's Word documents share (issue 18): A4 pages, fonts by language (Chinese in a
 * Noto Sans CJK face, with `w:lang` on every run so Word knows the language), runs marked
 * deleted (struck through) or inserted (underlined) as real Word formatting with colour as a
 * second cue, a running header with the law and its readings, a footer "Page N of M" in the UI
 * language, and packing to bytes. Law text is always a run's text, never markup. Pure: no DOM.
 */
import {
  AlignmentType,
  Footer,
  Header,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  TextRun,
  UnderlineType,
  type Document,
  type IParagraphStyleOptions,
  type ISectionOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Span } from '../row-text.js';
import { strings, uiLanguage } from '../strings.js';

/** Colours of marked text (a second cue: strike-through and underline carry the meaning). */
export const markColour = { del: '9B1C1C', ins: '0B5E33', moved: '4B2FA0', muted: '555555' } as const;

/** The Latin font of every run (metric-compatible Liberation Sans where Arial is missing). */
export const latinFont = 'Arial';

/** The East Asian font for a language: traditional Chinese, Japanese and Korean get their own Noto Sans CJK face; anything else the simplified one. */
export function cjkFont(lang: string): string {
  const l = lang.toLowerCase();
  if (/^zh-(hant|tw|hk|mo)\b/u.test(l)) return 'Noto Sans CJK TC';
  if (l.startsWith('ja')) return 'Noto Sans CJK JP';
  if (l.startsWith('ko')) return 'Noto Sans CJK KR';
  return 'Noto Sans CJK SC';
}

/** A language tag as Word writes it in `w:lang` (`zh-CN`, `zh-TW`, `de-DE`, `en-US`; others as given). */
export function wordLanguage(lang: string): string {
  const l = lang.toLowerCase();
  if (/^zh-(hant|tw|hk|mo)\b/u.test(l)) return 'zh-TW';
  if (l.startsWith('zh')) return 'zh-CN';
  if (l === 'de') return 'de-DE';
  if (l === 'en') return 'en-US';
  return lang || 'en-US';
}

/** How a run looks besides its text. */
export interface RunStyle {
  /** The language of the text (the law's for law text, the UI's for interface words); undefined: the paragraph style's (see {@link textStyle}). */
  lang: string | undefined;
  mark?: Span['mark'] | undefined;
  bold?: boolean;
  italics?: boolean;
  /** Half-points (20 = 10 pt). */
  size?: number;
  colour?: string;
}

/** `w:lang` for a language: East Asian text gets `eastAsia` too. */
function languageOf(lang: string): { value: string; eastAsia?: string } {
  const l = wordLanguage(lang);
  return /^(zh|ja|ko)/u.test(l) ? { value: l, eastAsia: l } : { value: l };
}

/** The fonts of a language: Arial for Latin text, a Noto Sans CJK face for East Asian. */
function fontsOf(lang: string): { ascii: string; hAnsi: string; cs: string; eastAsia: string } {
  return { ascii: latinFont, hAnsi: latinFont, cs: latinFont, eastAsia: cjkFont(lang) };
}

/**
 * A run of text, marked as the viewer marks it: deleted struck through, inserted underlined, a
 * moved passage double struck (old place) or double underlined (new place), each also
 * coloured. With a language, the run names its fonts and `w:lang`; without, it takes them from
 * its paragraph's style ({@link textStyle}) — law text does, which keeps a long law's file small.
 */
export function textRun(text: string, style: RunStyle): TextRun {
  const mark = style.mark ?? '';
  return new TextRun({
    text,
    ...(style.lang !== undefined ? { font: fontsOf(style.lang), language: languageOf(style.lang) } : {}),
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.size ? { size: style.size } : {}),
    ...(mark === 'del' ? { strike: true, color: markColour.del } : {}),
    ...(mark === 'ins' ? { underline: { type: UnderlineType.SINGLE }, color: markColour.ins } : {}),
    ...(mark === 'moved-out' ? { doubleStrike: true, color: markColour.moved } : {}),
    ...(mark === 'moved-in' ? { underline: { type: UnderlineType.DOUBLE }, color: markColour.moved } : {}),
    ...(!mark && style.colour ? { color: style.colour } : {}),
  });
}

/** Spans as runs (of the paragraph style's language when `lang` is undefined). */
export function spanRuns(spans: readonly Span[], lang: string | undefined, extra: Omit<RunStyle, 'lang' | 'mark'> = {}): TextRun[] {
  return spans.filter((s) => s.text).map((s) => textRun(s.text, { ...extra, lang, mark: s.mark }));
}

/** A run of interface words (in the UI language), small and grey unless told otherwise. */
export function uiRun(text: string, style: Omit<RunStyle, 'lang'> = {}): TextRun {
  return textRun(text, { size: 18, colour: markColour.muted, ...style, lang: uiLanguage });
}

/** The id of the paragraph style for law text in a language: compact, fonts and `w:lang` of that language, never hyphenated (see {@link packDocx}). */
export function textStyle(lang: string): string {
  return `LawdiffText-${wordLanguage(lang)}`;
}

/** The paragraph style of interface text in tables (the UI language). */
export const cellStyle = 'LawdiffCell';

const styleBase = { basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { before: 0, after: 60 } } };

/** Paragraph styles every document declares: the cell style. */
export const paragraphStyles: readonly IParagraphStyleOptions[] = [{ id: cellStyle, name: 'Lawdiff table text', ...styleBase, run: { size: 20 } }];

/** {@link paragraphStyles} and a law-text style ({@link textStyle}) for each language of `langs`. */
export function paragraphStylesFor(langs: readonly string[]): IParagraphStyleOptions[] {
  const seen = new Set<string>();
  const out: IParagraphStyleOptions[] = [...paragraphStyles];
  for (const lang of langs) {
    const id = textStyle(lang);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ id, name: `Lawdiff law text (${wordLanguage(lang)})`, ...styleBase, run: { size: 20, font: fontsOf(lang), language: languageOf(lang) } });
  }
  return out;
}

/** The document defaults: Arial / Noto Sans CJK, 10.5 pt. */
export const defaultStyles = { document: { run: { font: { ascii: latinFont, hAnsi: latinFont, cs: latinFont, eastAsia: 'Noto Sans CJK SC' }, size: 21 } } };

/** Sentinels for the page fields inside the catalogue's sentence. */
const PAGE = '\u0001';
const PAGES = '\u0002';

/** "Page N of M" in the UI language, N and M as Word page fields. */
export function pageFooter(): Footer {
  const children: (string | (typeof PageNumber)[keyof typeof PageNumber])[] = [];
  for (const part of strings.docx.pageOf(PAGE, PAGES).split(/([\u0001\u0002])/u)) {
    if (part === PAGE) children.push(PageNumber.CURRENT);
    else if (part === PAGES) children.push(PageNumber.TOTAL_PAGES);
    else if (part) children.push(part);
  }
  const run = new TextRun({ children, size: 16, color: markColour.muted, font: fontsOf(uiLanguage), language: languageOf(uiLanguage) });
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run] })] });
}

/** The running header: the law's title (in its language) and what the document shows (UI language). */
export function pageHeader(title: { text: string; lang: string }, what: string): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [textRun(title.text, { lang: title.lang, size: 16, colour: markColour.muted }), uiRun(` — ${what}`, { size: 16 })],
      }),
    ],
  });
}

/** An A4 section (landscape for side-by-side tables) with the running header and footer. */
export function a4Section(landscape: boolean, header: Header, children: ISectionOptions['children']): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: 11906, height: 16838, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: 1000, bottom: 1000, left: 1000, right: 1000, header: 500, footer: 500 },
      },
    },
    headers: { default: header },
    footers: { default: pageFooter() },
    children,
  };
}

/** The text width of an A4 section in twips (page minus margins). */
export function textWidth(landscape: boolean): number {
  return (landscape ? 16838 : 11906) - 2000;
}

/**
 * The document as .docx bytes. docx has no option for `w:suppressAutoHyphens`, so it is
 * written into the table text style here: German is never hyphenated in tables, even where
 * a reader turns hyphenation on.
 */
export async function packDocx(doc: Document): Promise<Uint8Array> {
  const bytes = await Packer.pack(doc, 'uint8array');
  const files = unzipSync(bytes);
  const styles = files['word/styles.xml'];
  if (!styles) throw new Error('packDocx: docx wrote no word/styles.xml');
  // Every Lawdiff style's paragraph properties start with suppressAutoHyphens (its place in CT_PPrBase is before spacing, their only other property).
  const patched = strFromU8(styles).replace(/(w:styleId="Lawdiff[^"]*"[\s\S]*?<w:pPr>)/gu, '$1<w:suppressAutoHyphens/>');
  files['word/styles.xml'] = strToU8(patched);
  return zipSync(files, { level: 6 });
}
