/**
 * The law model: a law, its versions (readings), and each version's content as
 * an ordered tree of divisions and articles. Everything here is plain,
 * JSON-serializable data; no classes, no DOM. See docs/format.md.
 */

/** Stages a reading can be at. Free text is allowed; these are the usual ones. */
export const Stage = {
  draft: 'draft',
  secondReading: 'second-reading',
  thirdReading: 'third-reading',
  adopted: 'adopted',
  final: 'final',
  amended: 'amended',
  revised: 'revised',
  consolidated: 'consolidated',
  introduced: 'introduced',
  engrossed: 'engrossed',
  enrolled: 'enrolled',
} as const;

/** A law and the list of its versions in chronological order (the collection's `law.json`). */
export interface Law {
  id: string;
  /** Title by language code (`en`, `zh`, `de`, …); at least one entry. */
  title: Record<string, string>;
  jurisdiction: string;
  /** BCP 47 language of the text (`zh-Hans`, `zh-Hant`, `de`, `en`). */
  language: string;
  versions: VersionInfo[];
  /** Free text about the law shown in the collection list. */
  notes?: string;
  /** True for invented example laws: the viewer labels them as fictional. */
  fictional?: boolean;
  /** Explanation reports the collection ships (the legislature's 说明, 汇报, Begründung), each explaining one step between two readings. */
  reports?: ReportInfo[];
}

/** An explanation report as listed in `law.json`: a document whose paragraphs name the articles they explain. */
export interface ReportInfo {
  /** Unique among the law's reports. */
  id: string;
  /** As printed: 关于《…（草案）》修改情况的汇报, Begründung zum Entwurf …. */
  title: string;
  /** The report's file, relative to the law folder: a text (.md, .txt) or a document lawdiff reads (.docx, .pdf, .html). */
  file: string;
  /** Id of the older reading the report explains changes from (`Article 11 of the Draft`). */
  old: string;
  /** Id of the newer reading: the one the report accompanies. */
  new: string;
  /** ISO date, or absent. */
  date?: string;
  /** Who issued it, or where it comes from. */
  source?: string;
}

/** One reading of a law as listed in `law.json`. */
export interface VersionInfo {
  id: string;
  /** As shown to readers: "First draft", "Second reading draft", "2023 revision". */
  label: string;
  /** One of {@link Stage} or any other short word. */
  stage: string;
  /** ISO date (YYYY-MM-DD), or "" when unknown. */
  date: string;
  /**
   * The content file, relative to the law folder: a version JSON
   * (`lawdiff-version/1`) or a source text the importers read (.md, .txt, .xml).
   * Absent for an unpublished reading.
   */
  file?: string;
  /** A structured companion file (Taiwan's JSON records); preferred over `file` when present. */
  structured?: string;
  /** Importer to use for a source file; detected from the content when absent. */
  format?: SourceFormat;
  /** False for a reading that exists but was never published (a gap on the timeline). */
  published?: boolean;
  /** Where the text comes from: a URL, a gazette citation, or a path inside the law folder (`source/final.md`). */
  source?: string;
}

/** The importers lawdiff has (`docx`: a Word document, read from its bytes by `importBytes`). */
export const SourceFormats = ['cn', 'tw', 'tw-json', 'de', 'en', 'uslm', 'akn', 'json', 'docx', 'pdf', 'html', 'gii', 'tw-moj'] as const;
export type SourceFormat = (typeof SourceFormats)[number];

/** Each format's name in English: the CLI's `--help` and messages, and the English UI catalogue. */
export const FORMAT_NAMES: Record<SourceFormat, string> = {
  cn: 'PRC Markdown/text (第X条)',
  tw: 'Taiwan Markdown (第X條)',
  'tw-json': 'Taiwan structured JSON (law_data)',
  de: 'German Markdown (§ N)',
  en: 'English text (Article N / Section N)',
  uslm: 'USLM XML (US bills)',
  akn: 'Akoma Ntoso XML',
  json: 'lawdiff version JSON',
  docx: 'Word document (.docx)',
  pdf: 'PDF with a text layer',
  html: 'web page (HTML)',
  gii: 'gesetze-im-internet.de XML (dokumente/norm)',
  'tw-moj': 'Taiwan law database XML/JSON (law.moj.gov.tw)',
};

/** The content of one version: the file format `lawdiff-version/1`. */
export interface VersionDoc {
  format: 'lawdiff-version/1';
  /** Title as printed at the top of this text. */
  title: string;
  /** BCP 47 language of this text. */
  language: string;
  /** Metadata lines of the source (dates of adoption, gazette reference, …) as key → value; unkeyed lines under `"text"` joined by "\n". */
  metadata: Record<string, string>;
  /** Text before the first article that is not metadata (enacting formula, preamble). */
  preamble: Paragraph[];
  /** Divisions and articles in document order. */
  body: BodyNode[];
  /** Annexes, schedules and other headed blocks that are not articles. */
  annexes: Annex[];
  /** Notes attached to articles of this version (official explanations and the like). */
  annotations: Annotation[];
}

export type BodyNode = Division | Article | RepealedRange;

/** A part, book, chapter, section, title … holding further divisions and articles. */
export interface Division {
  kind: 'division';
  /** Normalized type: `part`, `book`, `subbook`, `chapter`, `section`, `subsection`, `title`, `subtitle`, `subchapter`, `division`. */
  type: string;
  /** Designation as printed: `第一章`, `Buch 1`, `Chapter II`, `TITLE I`; may be "" (unnumbered). */
  label: string;
  /** Normalized number (`1`, `2`, `II` → `2`); "" when unnumbered. */
  num: string;
  heading: string;
  /** Text directly under the heading before the first child (US appropriations text, for example). */
  text: Paragraph[];
  children: BodyNode[];
  /** 1-based line of the heading in the source it was imported from. */
  line?: number;
}

/** An article (§, section, 条, 條): the unit lawdiff pairs across versions. */
export interface Article {
  kind: 'article';
  /** Number as printed: `第一百零六条`, `第七條之一`, `§ 12a`, `Article 7`, `Sec. 101.`; "" when unnumbered. */
  label: string;
  /** Normalized number for sorting and matching: `106`, `7-1`, `12a`, `101`; unnumbered sections get `u1`, `u2`, … */
  num: string;
  /** Caption, if the text has one (`Wohnsitz des Kindes`). */
  heading: string;
  paragraphs: Paragraph[];
  /** A repealed norm that keeps its place (`(weggefallen)`, `（删除）`). */
  repealed?: boolean;
  line?: number;
}

/** A range of repealed articles printed as one entry (`§§ 3 bis 6 (weggefallen)`); not an article. */
export interface RepealedRange {
  kind: 'repealed-range';
  label: string;
  /** Normalized numbers of the first and last article in the range. */
  from: string;
  to: string;
  line?: number;
}

/** A paragraph (Absatz, 款) of an article, possibly with numbered items. */
export interface Paragraph {
  /** Paragraph number as printed, e.g. `(1)`; "" when the paragraph is unnumbered. */
  num: string;
  text: string;
  /** Numbered items (项, Nummern) kept as structure. */
  items: Item[];
}

/** A numbered item inside a paragraph, possibly with sub-items. */
export interface Item {
  /** As printed: `（一）`, `(一)`, `一、`, `1.`, `(a)`, `a)`, `(1)`. */
  num: string;
  text: string;
  items: Item[];
}

/** A headed block that is not an article: an annex, schedule or enacting formula. */
export interface Annex {
  heading: string;
  paragraphs: Paragraph[];
  line?: number;
}

/** A note attached to one article of a version. */
export interface Annotation {
  /** Normalized number ({@link Article.num}) of the article in this version. */
  article: string;
  /** `explanation` for official reasons for a change; `note` for anything else. */
  kind: 'explanation' | 'note';
  text: string;
  /** Who said it: "Legislative Yuan, reasons for amendment", "Explanation of the draft", … */
  source: string;
}

/** A collection: a folder of laws. `versions/index.json`. */
export interface CollectionIndex {
  format: 'lawdiff-collection/1';
  title?: string;
  /** Law folder names, in display order. */
  laws: string[];
}
