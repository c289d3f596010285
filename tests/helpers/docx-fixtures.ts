/**
 * Word documents made by the tests from corpus texts (never copied files), with the `docx`
 * library, the way a legislature's Word copy of the law would be: the title and the divisions
 * in heading styles, articles and their items numbered by Word's automatic numbering where
 * the numbers run on (typed where they do not: `第七條之一`, `§ 3a`), the metadata before the
 * first article in a table, one tracked insertion and one tracked deletion, one footnote.
 * Used by the unit tests, the fuzz target and the browser test.
 */
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  LevelSuffix,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type ILevelsOptions,
} from 'docx';
import { parseChineseNumeral } from '../../src/model/numerals.js';

/** The conventions the fixtures are written in. */
export type Convention = 'cn' | 'tw' | 'de' | 'en';

/** One block of the law as Word (or a printed draft) would hold it. */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'article'; n: number | undefined; label: string; rest: string }
  | { kind: 'item'; n: number | undefined; label: string; rest: string }
  | { kind: 'para'; text: string }
  | { kind: 'meta'; key: string; value: string };

/** What a fixture holds beyond the text, for the tests to look for. */
export interface DocxFixture {
  bytes: Uint8Array;
  /** The text of the tracked deletion, which must not be read. */
  deleted: string;
  /** The footnote's text, and the article (normalized number) it is a note on. */
  footnote: { text: string; article: string } | undefined;
  /** Whether a table was written. */
  table: boolean;
  /** Paragraphs numbered by Word (articles and items). */
  autoNumbered: number;
}

const CN_ARTICLE = /^第\s*([〇零一二三四五六七八九十百千万两]+)\s*([条條])(\s*之\s*[一二三四五六七八九十]+)?[\s\u3000]*(.*)$/u;
const CN_ITEM = /^[（(]([一二三四五六七八九十]+)[）)][\s\u3000]*(.*)$/u;
const EN_ARTICLE = /^Article\s+(\d+)\s+(.*)$/u;
const PAREN_NUM = /^\((\d+)\)\s*(.*)$/su;

/** The source text as blocks, in one of the conventions (the PDF and web-page fixtures use them too). */
export function blocks(text: string, convention: Convention): Block[] {
  const out: Block[] = [];
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  if (convention === 'de') {
    let i = 0;
    if (lines[0]?.trim() === '---') for (i = 1; i < lines.length && lines[i]!.trim() !== '---'; i++);
    let block: string[] = [];
    const flush = (): void => {
      if (block.length === 0) return;
      const t = block.join(' ').replace(/\s+/gu, ' ').trim();
      block = [];
      const m = PAREN_NUM.exec(t);
      if (m) out.push({ kind: 'item', n: Number(m[1]), label: `(${m[1]})`, rest: m[2]! });
      else out.push({ kind: 'para', text: t });
    };
    for (i++; i < lines.length; i++) {
      const l = lines[i]!;
      const h = /^(#{1,6})\s+(.*)$/u.exec(l);
      if (h) {
        flush();
        out.push(h[1]!.length === 1 ? { kind: 'title', text: h[2]! } : { kind: 'heading', level: h[1]!.length - 1, text: h[2]! });
      } else if (l.trim() === '') flush();
      else if (/^:\s+/u.test(l) && block.length === 1 && !out.some((b) => b.kind === 'heading')) {
        out.push({ kind: 'meta', key: block[0]!.trim(), value: l.replace(/^:\s+/u, '').trim() });
        block = [];
      } else block.push(l.trim());
    }
    flush();
    return out;
  }
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const next = lines[i + 1] ?? '';
    let t = raw.replace(/[\s\u3000]+$/u, '').replace(/^[\s\u3000]+/u, '');
    if (t === '' || t.startsWith('<!--') || t.startsWith('>')) continue;
    if (convention === 'tw' && /^(=+|-+)$/u.test(next.trim()) && next.trim() !== '') {
      i++;
      if (next.trim().startsWith('=')) {
        out.push({ kind: 'heading', level: 1, text: t });
        continue;
      }
    }
    const h = /^(#{1,6})\s+(.*)$/u.exec(t);
    if (h) {
      out.push(h[1]!.length === 1 ? { kind: 'title', text: h[2]! } : { kind: 'heading', level: h[1]!.length - 1, text: h[2]! });
      continue;
    }
    if (convention === 'en') {
      const a = EN_ARTICLE.exec(t);
      if (a) {
        out.push({ kind: 'article', n: Number(a[1]), label: `Article ${a[1]}`, rest: a[2]! });
        continue;
      }
      const m = PAREN_NUM.exec(t);
      if (m) {
        out.push({ kind: 'item', n: Number(m[1]), label: `(${m[1]})`, rest: m[2]! });
        continue;
      }
    } else {
      t = t.replace(/ {2,}$/u, '');
      const a = CN_ARTICLE.exec(t);
      if (a) {
        out.push({ kind: 'article', n: a[3] ? undefined : parseChineseNumeral(a[1]!), label: t.slice(0, t.length - a[4]!.length).trim(), rest: a[4]! });
        continue;
      }
      const m = CN_ITEM.exec(t);
      if (m) {
        out.push({ kind: 'item', n: parseChineseNumeral(m[1]!), label: t.slice(0, t.length - m[2]!.length).trim(), rest: m[2]! });
        continue;
      }
    }
    out.push({ kind: 'para', text: t });
  }
  return out;
}

const ARTICLE_LEVEL: Record<Convention, ILevelsOptions> = {
  cn: { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '第%1条', alignment: AlignmentType.START, suffix: LevelSuffix.SPACE },
  tw: { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '第%1條', alignment: AlignmentType.START, suffix: LevelSuffix.NOTHING },
  de: { level: 0, format: LevelFormat.DECIMAL, text: '§ %1', alignment: AlignmentType.START, suffix: LevelSuffix.SPACE },
  en: { level: 0, format: LevelFormat.DECIMAL, text: 'Article %1', alignment: AlignmentType.START, suffix: LevelSuffix.SPACE },
};
const ITEM_LEVEL: Record<Convention, ILevelsOptions> = {
  cn: { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '（%1）', alignment: AlignmentType.START, suffix: LevelSuffix.NOTHING },
  tw: { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '（%1）', alignment: AlignmentType.START, suffix: LevelSuffix.NOTHING },
  de: { level: 0, format: LevelFormat.DECIMAL, text: '(%1)', alignment: AlignmentType.START, suffix: LevelSuffix.SPACE },
  en: { level: 0, format: LevelFormat.DECIMAL, text: '(%1)', alignment: AlignmentType.START, suffix: LevelSuffix.SPACE },
};
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** Options of {@link makeDocx}: `plain` leaves out the tracked changes and the footnote (a document as published). */
export interface DocxFixtureOptions {
  plain?: boolean;
}

/**
 * A Word document of a law text in `convention`: see the file's comment. The tracked changes
 * go into the second article's text (an insertion of its second half, a deletion of words
 * that are not in the law), the footnote on the third article.
 */
export async function makeDocx(text: string, convention: Convention, options: DocxFixtureOptions = {}): Promise<DocxFixture> {
  const bs = blocks(text, convention);
  const children: (Paragraph | Table)[] = [];
  const deleted = convention === 'cn' || convention === 'tw' ? '此处删去的文字' : 'words struck out in committee';
  let footnote: DocxFixture['footnote'];
  let autoNumbered = 0;
  let nextArticle = 1;
  let itemInstance = 0;
  let nextItem = 1;
  let articles = 0;
  let changed = false;
  let deSections = 0;
  const meta = bs.filter((b): b is Extract<Block, { kind: 'meta' }> => b.kind === 'meta');
  let tableWritten = false;
  for (const b of bs) {
    switch (b.kind) {
      case 'title':
        children.push(new Paragraph({ text: b.text, heading: HeadingLevel.TITLE }));
        break;
      case 'meta':
        if (!tableWritten) {
          tableWritten = true;
          children.push(new Table({ rows: meta.map((m) => new TableRow({ children: [new TableCell({ children: [new Paragraph(m.key)] }), new TableCell({ children: [new Paragraph(m.value)] })] })) }));
        }
        break;
      case 'heading': {
        // German §§ are headings by their style; one in three is a plain paragraph, read as a heading by its text.
        const de = convention === 'de' && /^§\s*\d/u.test(b.text);
        if (de) {
          articles++;
          nextItem = 1;
          itemInstance++;
          if (deSections++ % 3 === 2) {
            children.push(new Paragraph(b.text));
            break;
          }
        }
        children.push(new Paragraph({ text: b.text, heading: HEADINGS[Math.min(5, b.level - 1)] }));
        break;
      }
      case 'article': {
        articles++;
        nextItem = 1;
        itemInstance++;
        // Word counts the numbered paragraphs only: a number typed in between (第七條之一) does not count.
        const auto = b.n !== undefined && b.n === nextArticle;
        if (auto) {
          autoNumbered++;
          nextArticle++;
        }
        // Chinese: the article number alone when the text is typed after it (as many drafts do), a space otherwise.
        children.push(auto ? new Paragraph({ text: b.rest, numbering: { reference: 'articles', level: 0 } }) : new Paragraph(`${b.label}${convention === 'tw' ? '' : ' '}${b.rest}`));
        break;
      }
      case 'item': {
        const auto = b.n !== undefined && b.n === nextItem;
        if (auto) {
          autoNumbered++;
          nextItem++;
        }
        children.push(auto ? new Paragraph({ text: b.rest, numbering: { reference: 'items', level: 0, instance: itemInstance } }) : new Paragraph(`${b.label} ${b.rest}`));
        break;
      }
      case 'para': {
        if (!options.plain && !changed && articles >= 2 && b.text.length > 8) {
          changed = true;
          const cut = Math.floor(b.text.length / 2);
          children.push(
            new Paragraph({
              children: [
                new TextRun(b.text.slice(0, cut)),
                new DeletedTextRun({ text: deleted, id: 1, author: 'Drafting office', date: '2024-01-01T00:00:00Z' }),
                new InsertedTextRun({ text: b.text.slice(cut), id: 2, author: 'Drafting office', date: '2024-01-01T00:00:00Z' }),
              ],
            }),
          );
          break;
        }
        if (!options.plain && !footnote && changed && articles >= 3) {
          footnote = { text: convention === 'de' ? 'Amtlicher Hinweis: eine Fußnote des Entwurfs.' : convention === 'en' ? 'A footnote of the draft.' : '本条为草案注释。', article: '' };
          children.push(new Paragraph({ children: [new TextRun(b.text), new FootnoteReferenceRun(1)] }));
          break;
        }
        children.push(new Paragraph(b.text));
        break;
      }
      default: {
        const never: never = b;
        throw new Error(`unknown block ${String(never)}`);
      }
    }
  }
  if (!tableWritten && !options.plain) {
    // A table where a draft has one: a list of the law's particulars, before the first article.
    const at = children.findIndex((c, i) => i > 0 && !(c instanceof Table));
    children.splice(Math.max(1, at), 0, new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('Draft')] }), new TableCell({ children: [new Paragraph('for comment')] })] })] }));
    tableWritten = true;
  }
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'articles', levels: [ARTICLE_LEVEL[convention]] },
        { reference: 'items', levels: [ITEM_LEVEL[convention]] },
      ],
    },
    ...(footnote ? { footnotes: { 1: { children: [new Paragraph(footnote.text)] } } } : {}),
    sections: [{ children }],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  return { bytes, deleted, footnote, table: tableWritten, autoNumbered };
}
