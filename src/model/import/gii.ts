/**
 * gesetze-im-internet.de XML: the `dokumente`/`norm` format of German federal law (gii-norm.dtd
 * 1.01). A `<dokumente>` holds a flat run of `<norm>` elements:
 * - the first carries the law's metadata (`langue`, `jurabk`, `ausfertigung-datum`, `fundstelle`,
 *   `standangabe`) and sometimes a note in its text;
 * - a norm with a `gliederungseinheit` and no `enbez` opens a division (`Buch 1`, `Abschnitt 2`);
 *   its `gliederungskennzahl` (three digits per level: 010, 010020) gives the nesting;
 * - a norm with `enbez` `§ 1` / `Art 1` is an article (`titel` is its heading), `§§ 3 bis 6` a
 *   repealed range, `Eingangsformel`/`Präambel` preamble text, `Anlage …`/`Inhaltsübersicht` an
 *   annex;
 * - the text is `<textdaten><text><Content>`: `<P>` paragraphs (`(1) …` numbered as in the
 *   Markdown importer), `<DL>`/`<DT>`/`<DD>`/`<LA>` lists as numbered items, tables as one
 *   paragraph per row, footnotes (`<Footnotes>`, `<fussnoten>`) as notes of the article.
 * The file begins with `<!DOCTYPE dokumente SYSTEM "…/gii-norm.dtd">`: that DOCTYPE alone is
 * accepted and never read (parseXml's `externalDoctype`); any other DTD is refused.
 * What is dropped (images, sentence numbers, footnote marks) is named in one warning per kind.
 */
import { para } from '../doc.js';
import { normalizeDivisionNum } from '../numerals.js';
import type { GiiDroppedKind } from '../messages/xml.js';
import { problem, type Problem, type ProblemArgs, type ProblemCode } from '../problems.js';
import type { Item, Paragraph, VersionDoc } from '../types.js';
import { firstChild, parseXml, type XmlElement } from '../xml.js';
import { BodyBuilder, collapse, type ProgressCallback } from './builder.js';
import '../messages/xml.js'; // the xml group's sentences (registers them: src/model/messages/registry.ts)

/** Division words (as in the Markdown importer), for the type and the order of unnumbered levels. */
const DIVISION_TYPE: Record<string, string> = {
  Buch: 'book', Teil: 'part', Kapitel: 'chapter', Abschnitt: 'section', Unterabschnitt: 'subsection',
  Titel: 'title', Untertitel: 'subtitle', Unterkapitel: 'subchapter',
};
const WORD_RANK: Record<string, number> = { Buch: 0, Teil: 1, Abschnitt: 2, Unterabschnitt: 3, Titel: 4, Untertitel: 5, Kapitel: 6, Unterkapitel: 7 };
const DIVISION_BEZ = /^(Buch|Teil|Kapitel|Abschnitt|Unterabschnitt|Titel|Untertitel|Unterkapitel)\s+([0-9]+[a-z]?|[IVXLC]+)\b\.?/u;
const ARTICLE = /^(§|Art\.?|Artikel)\s*(\d+[a-z]{0,3})\.?$/u;
const RANGE = /^(§§|Art\.?|Artikel)\s*(\d+[a-z]{0,3})\s*(?:(?:bis|und|,|-|–)\s*(\d+[a-z]{0,3}))?/u;
const REPEALED = /^\(?weggefallen\)?$/u;
const PARA_NUM = /^(\(\d+[a-z]?\))\s*(.*)$/su;
/** Item markers written as text (not as a `<DL>`), classified as the Markdown importer does. */
const ITEMS: [RegExp, string][] = [
  [/^(\d{1,3}[a-z]?\.)\s+(.*)$/su, 'digit-dot'],
  [/^([a-z]{2}\))\s+(.*)$/su, 'letter2-paren'],
  [/^([a-z]\))\s+(.*)$/su, 'letter-paren'],
  [/^(\([a-z]{1,2}\))\s+(.*)$/su, 'paren-letter'],
];
const PREAMBLE = /^(Eingangsformel|Präambel|Praeambel)$/u;
const ANNEX = /^(Anlagen?|Anhang|Anhänge|Schlussformel|Schlußformel|Inhaltsübersicht|Inhaltsverzeichnis|Übersicht)\b/u;

/** Elements that start a block of their own; any other element inside text is read as inline text. */
const BLOCKS = new Set(['P', 'DL', 'DT', 'DD', 'LA', 'table', 'pre', 'Title', 'Subtitle', 'TOC', 'Ident', 'Footnotes', 'Footnote', 'Content', 'text', 'kommentar', 'Revision', 'FILE']);

/** What was left out or changed in kind, counted for the one warning per kind at the end. */
interface Dropped {
  kind: GiiDroppedKind;
  /** The element's name, for kind `otherElement`. */
  element?: string;
  count: number;
  line: number;
  column: number;
}

class GiiReader {
  readonly b: BodyBuilder;
  private lines: string[] | null = null;
  private readonly dropped = new Map<string, Dropped>();
  private readonly divisions = new Set<string>();

  constructor(private readonly source: string) {
    this.b = new BodyBuilder('de');
  }

  get problems(): Problem[] {
    return this.b.problems;
  }

  /** A problem at an element: the sentence `code` with `args` (src/model/messages). */
  report<K extends ProblemCode>(severity: 'error' | 'warning', el: XmlElement, code: K, args: ProblemArgs<K>): void {
    this.lines ??= this.source.split(/\r\n|\r|\n/);
    this.b.problems.push({ ...problem(severity, el.line, this.lines[el.line - 1] ?? '', code, args), column: el.column });
  }

  /** Counts something dropped; one warning per kind (and element, for `otherElement`) names the count and the first place. */
  drop(kind: GiiDroppedKind, el: XmlElement, element?: string): void {
    const key = element === undefined ? kind : `${kind} <${element}>`;
    const d = this.dropped.get(key);
    if (d) d.count++;
    else this.dropped.set(key, { kind, ...(element === undefined ? {} : { element }), count: 1, line: el.line, column: el.column });
  }

  finishDropped(): void {
    this.lines ??= this.source.split(/\r\n|\r|\n/);
    for (const d of this.dropped.values()) {
      const args = d.element === undefined ? { kind: d.kind, count: d.count } : { kind: d.kind, element: d.element, count: d.count };
      this.b.problems.push({ ...problem('warning', d.line, this.lines[d.line - 1] ?? '', 'gii.dropped', args), column: d.column });
    }
  }

  // ------------------------------------------------------------ text

  /** The inline text of an element (BR a space, footnote marks and sentence numbers dropped), whitespace collapsed; blocks inside are skipped unless `stopAtBlocks` is false. */
  inline(el: XmlElement, stopAtBlocks = true): string {
    let out = '';
    for (const c of el.children) {
      if (c.kind === 'text') out += c.text;
      else if (!(stopAtBlocks && BLOCKS.has(c.name))) out += this.raw(c);
    }
    return collapse(out);
  }

  /** The text of one inline element, not collapsed (so `für <I>Anbieter</I>.` keeps its spacing). */
  raw(c: XmlElement): string {
    if (c.name === 'BR') return ' ';
    if (c.name === 'FnR') return ''; // a footnote's mark: the footnote itself is kept as a note
    if (c.name === 'SUP' && c.attrs.class === 'Rec') {
      this.drop('sentenceNumbers', c);
      return '';
    }
    if (c.name === 'IMG' || c.name === 'img') {
      this.drop('images', c);
      return '';
    }
    let out = '';
    for (const x of c.children) out += x.kind === 'text' ? x.text : this.raw(x);
    return BLOCKS.has(c.name) ? ` ${out} ` : out;
  }

  /** A list as items: each `<DT>` is a number, the following `<DD>` its text and sub-lists. */
  listItems(dl: XmlElement): Item[] {
    const items: Item[] = [];
    let open: Item | undefined;
    for (const c of dl.children) {
      if (c.kind !== 'element') {
        if (c.text.trim() !== '') items.push({ num: '', text: collapse(c.text), items: [] });
        continue;
      }
      if (c.name === 'DT') {
        open = { num: this.inline(c, false), text: '', items: [] };
        items.push(open);
      } else if (c.name === 'DD') {
        if (!open || open.text !== '' || open.items.length > 0) {
          open = { num: '', text: '', items: [] };
          items.push(open);
        }
        this.fillItem(open, c);
      } else if (c.name === 'DL') {
        const sub = this.listItems(c);
        if (open) open.items.push(...sub);
        else items.push(...sub);
      } else {
        const t = this.blockText(c);
        if (t !== '') items.push({ num: '', text: t, items: [] });
      }
    }
    return items;
  }

  /** The text and sub-items of a `<DD>`: text before any sub-list joins the item's text, text after it becomes an unnumbered sub-item. */
  fillItem(item: Item, dd: XmlElement): void {
    let run = '';
    const flush = (): void => {
      const t = collapse(run);
      run = '';
      if (t === '') return;
      if (item.items.length === 0) item.text = item.text ? `${item.text} ${t}` : t;
      else item.items.push({ num: '', text: t, items: [] });
    };
    const walk = (e: XmlElement): void => {
      for (const c of e.children) {
        if (c.kind === 'text') run += c.text;
        else if (c.name === 'DL') {
          flush();
          item.items.push(...this.listItems(c));
        } else if (c.name === 'LA' || c.name === 'P') {
          flush();
          walk(c);
          flush();
        } else if (c.name === 'table') {
          flush();
          for (const row of this.tableRows(c)) item.items.push({ num: '', text: row, items: [] });
        } else if (BLOCKS.has(c.name)) {
          flush();
          run += this.blockText(c);
          flush();
        } else run += this.raw(c);
      }
    };
    walk(dd);
    flush();
  }

  /** All the text of a block, blocks inside included, as one line. */
  blockText(el: XmlElement): string {
    return this.inline(el, false);
  }

  /** A CALS table as lines: one per row, cells separated by ` | `. */
  tableRows(table: XmlElement): string[] {
    this.drop('tables', table);
    const rows: string[] = [];
    const walk = (e: XmlElement): void => {
      for (const c of e.children) {
        if (c.kind !== 'element') continue;
        if (c.name === 'row') {
          const cells = c.children.filter((x): x is XmlElement => x.kind === 'element' && x.name === 'entry').map((x) => this.inline(x, false));
          const line = cells.filter((x) => x !== '').join(' | ');
          if (line !== '') rows.push(line);
        } else walk(c);
      }
    };
    walk(table);
    return rows;
  }

  // ------------------------------------------------------------ paragraphs

  /**
   * The paragraphs of a `<Content>` (or `<TOC>`, a footnote): each `<P>` is read like a block of
   * the Markdown importer, lists become items of the paragraph before them, text after a list a
   * new paragraph. `classify` is true inside an article (paragraph numbers and typed item markers).
   */
  paragraphs(content: XmlElement, classify: boolean, repealed: boolean): Paragraph[] {
    const out: Paragraph[] = [];
    /** The item levels of typed markers (`1.`, `a)`), nested by style as the Markdown importer does. */
    let styles: { style: string; item: Item }[] = [];
    const addText = (raw: string): void => {
      const text = collapse(raw);
      if (text === '') return;
      if (repealed && (REPEALED.test(text) || text === '-')) return;
      if (classify) {
        const pn = PARA_NUM.exec(text);
        if (pn) {
          styles = [];
          out.push(para(pn[2]!.trim(), pn[1]!));
          return;
        }
        for (const [re, style] of ITEMS) {
          const m = re.exec(text);
          if (!m) continue;
          const item: Item = { num: m[1]!, text: m[2]!.trim(), items: [] };
          const depth = styles.findIndex((s) => s.style === style);
          if (depth >= 0) styles.length = depth;
          const parent = styles[styles.length - 1];
          if (parent) parent.item.items.push(item);
          else lastParagraph().items.push(item);
          styles.push({ style, item });
          return;
        }
      }
      styles = [];
      out.push(para(text));
    };
    const lastParagraph = (): Paragraph => {
      let last = out[out.length - 1];
      if (!last) {
        last = para('');
        out.push(last);
      }
      return last;
    };
    const addItems = (items: Item[]): void => {
      styles = [];
      if (items.length > 0) lastParagraph().items.push(...items);
    };
    const block = (el: XmlElement): void => {
      let run = '';
      const flush = (): void => {
        addText(run);
        run = '';
      };
      for (const c of el.children) {
        if (c.kind === 'text') {
          run += c.text;
          continue;
        }
        switch (c.name) {
          case 'DL':
            flush();
            addItems(this.listItems(c));
            break;
          case 'table':
            flush();
            for (const row of this.tableRows(c)) addText(row);
            break;
          case 'pre':
            flush();
            for (const line of this.preLines(c)) addText(line);
            break;
          case 'Footnotes':
          case 'Footnote':
            break; // read by footnotes()
          case 'P':
          case 'Content':
          case 'LA':
          case 'DD':
          case 'kommentar':
          case 'Revision':
            flush();
            block(c);
            break;
          case 'Title':
          case 'Subtitle':
          case 'Ident':
          case 'DT':
            flush();
            addText(this.blockText(c));
            break;
          case 'TOC':
            flush();
            this.tocLines(c).forEach(addText);
            break;
          default:
            if (BLOCKS.has(c.name)) {
              flush();
              addText(this.blockText(c));
            } else run += this.raw(c);
        }
      }
      flush();
    };
    if (content.name === 'TOC') this.tocLines(content).forEach(addText);
    else block(content);
    return out;
  }

  /** `<pre>` keeps its lines (`<BR/>` and line ends). */
  preLines(pre: XmlElement): string[] {
    let out = '';
    const walk = (e: XmlElement): void => {
      for (const c of e.children) {
        if (c.kind === 'text') out += c.text;
        else if (c.name === 'BR') out += '\n';
        else walk(c);
      }
    };
    walk(pre);
    return out.split(/\r\n|\r|\n/u).map((l) => collapse(l)).filter((l) => l !== '');
  }

  /** A table of contents: `<Ident>` and the `<Title>` after it on one line. */
  tocLines(toc: XmlElement): string[] {
    const out: string[] = [];
    let ident = '';
    for (const c of toc.children) {
      if (c.kind !== 'element') continue;
      if (c.name === 'Ident') {
        if (ident) out.push(ident);
        ident = this.blockText(c);
      } else if (c.name === 'Title') {
        out.push(collapse(`${ident} ${this.blockText(c)}`));
        ident = '';
      } else {
        if (ident) out.push(ident);
        ident = '';
        out.push(this.blockText(c));
      }
    }
    if (ident) out.push(ident);
    return out;
  }

  /** Footnotes of a norm: `<Footnotes><Footnote>` in its text and the `<fussnoten>` block; `Amtlicher Hinweis:` in bold is the label. */
  footnotes(norm: XmlElement): { label: string; text: string }[] {
    const out: { label: string; text: string }[] = [];
    const textdaten = firstChild(norm, 'textdaten');
    if (!textdaten) return out;
    const one = (el: XmlElement, fallback: string): void => {
      const first = el.children.find((c) => c.kind === 'element' || c.text.trim() !== '');
      let label = fallback;
      let skip: XmlElement | undefined;
      if (first?.kind === 'element' && (first.name === 'B' || first.name === 'b')) {
        const l = this.inline(first, false).replace(/:$/u, '').trim();
        if (l !== '' && l.length <= 60) {
          label = l;
          skip = first;
        }
      }
      const lines = this.paragraphs({ ...el, children: el.children.filter((c) => c !== skip) }, false, false).flatMap((p) => [p.text, ...p.items.map(itemText)]);
      const text = lines.filter((l) => l !== '').join('\n');
      if (text !== '') out.push({ label, text });
    };
    const text = firstChild(textdaten, 'text');
    // Beside the <Content>, as the site writes them, or inside it.
    const content = text && firstChild(text, 'Content');
    for (const holder of [text, content]) {
      for (const c of holder?.children ?? []) {
        if (c.kind === 'element' && c.name === 'Footnotes') {
          for (const f of c.children) if (f.kind === 'element' && f.name === 'Footnote') one(f, 'Fußnote');
        }
      }
    }
    const fussnoten = firstChild(textdaten, 'fussnoten');
    const notes = fussnoten && (firstChild(fussnoten, 'Content') ?? fussnoten);
    if (notes) one(notes, 'Fußnote');
    return out;
  }

  /** The `<Content>` (or `<TOC>`) of a norm's text, if any. */
  content(norm: XmlElement): XmlElement | undefined {
    const text = firstChild(firstChild(norm, 'textdaten') ?? norm, 'text');
    if (!text) return undefined;
    return firstChild(text, 'Content') ?? firstChild(text, 'TOC') ?? (text.children.some((c) => c.kind === 'text' && c.text.trim() !== '') ? text : undefined);
  }

  // ------------------------------------------------------------ norms

  /** The first norm: the law's title and metadata; text in it goes to the preamble. */
  lawNorm(norm: XmlElement, meta: XmlElement): void {
    const doc = this.b.doc;
    const get = (name: string): string => this.inline(firstChild(meta, name) ?? { ...meta, children: [] }, false);
    const langue = get('langue');
    const jurabk = get('jurabk');
    if (jurabk) doc.metadata.jurabk = jurabk;
    const amtabk = get('amtabk');
    if (amtabk) doc.metadata.amtabk = amtabk;
    const kurzue = get('kurzue');
    if (kurzue) doc.metadata.kurzue = kurzue;
    const date = get('ausfertigung-datum');
    if (date) doc.metadata.Ausfertigungsdatum = date;
    // Titled as the gesetze-im-internet Markdown conversions title it: `Langer Titel (Abk.)`.
    const title = langue || kurzue;
    doc.title = title && jurabk && !title.endsWith(`(${jurabk})`) ? `${title} (${jurabk})` : title || jurabk;
    for (const c of meta.children) {
      if (c.kind !== 'element') continue;
      if (c.name === 'fundstelle') {
        const p = this.inline(firstChild(c, 'periodikum') ?? { ...c, children: [] }, false);
        const z = this.inline(firstChild(c, 'zitstelle') ?? { ...c, children: [] }, false);
        add(doc.metadata, 'Fundstelle', p && z ? `${p}: ${z}` : p || z);
      } else if (c.name === 'standangabe') {
        const typ = this.inline(firstChild(c, 'standtyp') ?? { ...c, children: [] }, false) || 'Stand';
        const kommentar = this.inline(firstChild(c, 'standkommentar') ?? { ...c, children: [] }, false);
        // `Zuletzt geändert durch Art. 15 G v. …` is keyed by its phrase, as the Markdown conversions key it.
        const phrase = /^([A-ZÄÖÜ][a-zäöüß]+(?: [a-zäöüß]+)? durch)\s+(.+)$/su.exec(kommentar);
        if (phrase) add(doc.metadata, phrase[1]!, phrase[2]!);
        else add(doc.metadata, typ, kommentar);
      }
    }
    const content = this.content(norm);
    if (content) doc.preamble.push(...this.paragraphs(content, false, false));
    for (const f of this.footnotes(norm)) add(doc.metadata, f.label, f.text);
  }

  division(norm: XmlElement, unit: XmlElement): void {
    const kennzahl = this.inline(firstChild(unit, 'gliederungskennzahl') ?? { ...unit, children: [] }, false);
    const bez = this.inline(firstChild(unit, 'gliederungsbez') ?? { ...unit, children: [] }, false);
    const titel = this.inline(firstChild(unit, 'gliederungstitel') ?? { ...unit, children: [] }, false);
    if (kennzahl !== '') this.divisions.add(kennzahl);
    const m = DIVISION_BEZ.exec(bez);
    const word = m?.[1] ?? /\b(Buch|Teil|Kapitel|Abschnitt|Unterabschnitt|Titel|Untertitel|Unterkapitel)\b/u.exec(bez)?.[1];
    const number = m?.[2] ?? /^([0-9]+[a-z]?|[IVXLC]+)\.?$/u.exec(bez)?.[1] ?? '';
    // Three digits per level; without a Kennzahl, the division word's place in the usual order.
    const rank = /^\d+$/u.test(kennzahl) ? [Math.ceil(kennzahl.length / 3)] : [word !== undefined ? (WORD_RANK[word] ?? 0) + 1 : 1];
    const label = bez === '-' ? '' : bez;
    this.b.openDivision({ type: word ? DIVISION_TYPE[word]! : 'division', label, num: number ? normalizeDivisionNum(number) : '', heading: titel, line: norm.line }, rank);
    const content = this.content(norm);
    if (content) for (const p of this.paragraphs(content, false, false)) this.b.addParagraph(p);
    if (this.footnotes(norm).length > 0) this.drop('divisionFootnotes', norm);
  }

  norm(norm: XmlElement, meta: XmlElement, enbez: string): void {
    const b = this.b;
    const titelEl = firstChild(meta, 'titel');
    const titel = titelEl ? this.inline(titelEl, false) : '';
    const content = this.content(norm);
    const art = ARTICLE.exec(enbez);
    if (art) {
      // A norm inside a division it names itself (not opened before): open it first.
      const unit = firstChild(meta, 'gliederungseinheit');
      const k = unit && this.inline(firstChild(unit, 'gliederungskennzahl') ?? { ...unit, children: [] }, false);
      if (unit && k && !this.divisions.has(k)) this.division({ ...norm, children: [] }, unit);
      let heading = titel;
      const repealed = /\(weggefallen\)\s*$/u.test(heading) || REPEALED.test(heading);
      if (repealed) heading = heading.replace(/\(?weggefallen\)?\s*$/u, '').trim();
      const label = `${art[1] === '§' ? '§' : 'Art.'} ${art[2]!}`;
      const a = b.openArticle(label, art[2]!, heading, norm.line, `${enbez} ${titel}`);
      if (repealed) {
        a.repealed = true;
        a.paragraphs.push(para('(weggefallen)'));
      }
      if (content) a.paragraphs.push(...this.paragraphs(content, true, repealed));
      for (const f of this.footnotes(norm)) b.annotate('note', f.text, f.label);
      return;
    }
    const range = /^(§§|Art|Artikel)/u.test(enbez) ? RANGE.exec(enbez) : null;
    if (range) {
      b.addRepealedRange(collapse(`${enbez} ${titel}`), range[2]!, range[3] ?? range[2]!, norm.line);
      if (content && this.paragraphs(content, false, true).length > 0) this.drop('repealedText', norm);
      return;
    }
    if (/^(§|Art\b|Art\.|Artikel)/u.test(enbez)) {
      this.report('error', firstChild(meta, 'enbez') ?? norm, 'gii.normWithoutNumber', { enbez: enbez.slice(0, 40) });
      return;
    }
    const paragraphs = content ? this.paragraphs(content, false, false) : [];
    if (PREAMBLE.test(enbez)) {
      b.toPreamble();
      for (const p of paragraphs) b.addParagraph(p);
      return;
    }
    if (!ANNEX.test(enbez)) this.report('warning', firstChild(meta, 'enbez') ?? norm, 'gii.normNotArticle', { enbez: enbez.slice(0, 40) });
    const annex = b.openAnnex(collapse(`${enbez} ${titel}`), norm.line);
    annex.paragraphs.push(...paragraphs);
    for (const f of this.footnotes(norm)) annex.paragraphs.push(para(`${f.label}: ${f.text}`));
  }

  read(root: XmlElement): void {
    let first = true;
    for (const norm of root.children) {
      if (norm.kind !== 'element') continue;
      if (norm.name !== 'norm') {
        this.drop('otherElement', norm, norm.name);
        continue;
      }
      const meta = firstChild(norm, 'metadaten') ?? { ...norm, children: [] };
      const enbez = this.inline(firstChild(meta, 'enbez') ?? { ...meta, children: [] }, false);
      const unit = firstChild(meta, 'gliederungseinheit');
      const isFirst = first;
      first = false;
      if (enbez !== '') this.norm(norm, meta, enbez);
      else if (unit) this.division(norm, unit);
      else if (isFirst || firstChild(meta, 'langue')) this.lawNorm(norm, meta);
      else {
        const content = this.content(norm);
        const paragraphs = content ? this.paragraphs(content, false, false) : [];
        if (paragraphs.length === 0) continue;
        this.report('warning', norm, 'gii.normWithoutEnbez', {});
        const titel = firstChild(meta, 'titel');
        this.b.openAnnex(titel ? this.inline(titel, false) : '', norm.line).paragraphs.push(...paragraphs);
      }
    }
  }
}

function add(metadata: Record<string, string>, key: string, value: string): void {
  if (value === '') return;
  metadata[key] = metadata[key] ? `${metadata[key]}\n${value}` : value;
}

function itemText(i: Item): string {
  return [i.num, i.text, ...i.items.map(itemText)].filter((t) => t !== '').join(' ');
}

/** Imports a gesetze-im-internet.de XML file; `progress` gets the fraction of the XML read (every 64 KB). */
export function importGii(text: string, progress?: ProgressCallback): { doc: VersionDoc; problems: Problem[] } {
  const reader = new GiiReader(text);
  const parsed = parseXml(text, { externalDoctype: 'dokumente' }, progress);
  if (!parsed.root) return { doc: reader.b.doc, problems: parsed.problems };
  const root = parsed.root;
  if (root.name !== 'dokumente') {
    reader.report('error', root, 'gii.notGii', { root: `${root.prefix ? `${root.prefix}:` : ''}${root.name}` });
    return { doc: reader.b.doc, problems: reader.problems };
  }
  reader.read(root);
  reader.finishDropped();
  if (reader.b.beforeFirstArticle) reader.report('error', root, 'gii.noNorm', {});
  return { doc: reader.b.doc, problems: reader.problems };
}
