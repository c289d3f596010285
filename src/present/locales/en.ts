/**
 * The UI text in English: the reference catalogue. Every other locale is an
 * object of the same shape ({@link Strings}): a key missing there is a type
 * error. Law text never comes from here.
 */
import { bidi, formatCount, iso, plural } from '../i18n.js';
import { currentLanguage } from '../language-state.js';
import { FORMAT_NAMES } from '../../model/types.js';
import { placeText } from '../../model/messages/index.js';
import { readingsEn } from './readings/en.js';

/** The UI text; functions where a number or a name goes into the sentence. */
export const en = {
  appName: 'lawdiff',
  appTagline: 'Successive readings of laws, article by article',
  breadcrumb: 'Breadcrumb',
  skipToComparison: 'Skip to the comparison',
  skipToContent: 'Skip to the content',
  home: 'Laws',

  lawsHeading: 'Laws',
  /** Shown while the database waits for another tab (src/ui/shell/lawdiff-app.ts). */
  databaseBlocked:
    'lawdiff is open in another tab with an older version, which keeps this page from opening what you saved in this browser (your own laws, imported versions and notes). Close or reload that tab: this page goes on by itself when it does.',
  loadingCollection: 'Loading the collection…',
  collectionFailed: 'The collection could not be loaded.',
  collectionEmpty: 'This collection has no laws yet.',
  collectionEmptyHint: 'Add law folders (each with a law.json) to the collection folder, or list them in its index.json.',
  retry: 'Try again',

  problemsHeading: (n: number): string => plural(n, { '=1': 'A file could not be loaded', one: '# problem loading the collection', other: '# problems loading the collection' }),
  problemsHint: 'The other laws are listed below.',
  problemAt: 'at',

  fictional: 'Fictional example',
  fictionalHint: 'An invented law for demonstration; not the text of any real law.',
  jurisdiction: 'Jurisdiction',
  language: 'Language',
  versionCount: (n: number): string => plural(n, { one: '# version', other: '# versions' }),
  articleCount: (n: number): string => plural(n, { one: '# article', other: '# articles' }),

  lawNotFound: (folder: string): string => `This collection has no law “${bidi(folder)}”.`,
  /** A link to a law or version imported in another browser. */
  linkLawElsewhere: 'This link is to a law that was imported in another browser',
  linkVersionElsewhere: 'This link is to a reading that was imported in another browser',
  linkKeptLocally: 'Laws and readings you import into lawdiff are kept only in the browser they were imported in, so this one is not here.',
  linkAskSender: 'Ask whoever sent the link for the text (or for a backup file from “Your data”), then import it with “New law” or “Add a version”.',
  linkOriginList: (n: number): string => plural(n, { '=1': 'It was imported from this public address:', other: 'They were imported from these # public addresses:' }),
  linkSomeUnreachable: 'Other readings it compares were pasted or uploaded, not fetched from an address: ask the sender for those.',
  linkImportOffer: (n: number): string => plural(n, { '=1': 'Import it from this address…', other: 'Import them from these addresses…' }),
  linkImportConfirm: (n: number): string =>
    plural(n, {
      '=1': 'lawdiff will fetch this text from the address above, check it and save it in this browser. Nothing else is sent to anyone.',
      other: 'lawdiff will fetch these # texts from the addresses above, check them and save them in this browser. Nothing else is sent to anyone.',
    }),
  linkImportYes: 'Fetch and import',
  linkImporting: (label: string): string => `Fetching and checking ${iso(label)}…`,
  linkFetchFailed: (url: string, why: string): string => `${iso(url)} could not be fetched (${why}). Nothing was saved.`,
  linkUnreadable: (url: string, why: string): string => `The text at ${iso(url)} has no articles lawdiff can read${why ? ` (${why})` : ''}. Nothing was saved.`,
  versionNotFound: (id: string): string => `This law has no version “${bidi(id)}”.`,
  pageNotFound: 'There is no page at this address.',
  backToLaws: 'Back to the list of laws',

  versionsHeading: 'Versions',
  timelineLabel: 'Versions in chronological order',
  notPublished: 'not published',
  undated: 'undated',
  chooseVersion: 'Choose a version above to read its text.',
  versionNotPublished: 'This reading exists but its text was never published.',

  loadingVersion: 'Loading the text…',
  versionFailed: 'The text of this version could not be loaded.',
  versionEmpty: 'This version has no articles.',
  importWarnings: (n: number): string => plural(n, { one: '# import warning', other: '# import warnings' }),
  contents: 'Contents',
  documentInfo: 'Document information',
  preamble: 'Preamble',
  annexes: 'Annexes',
  repealed: 'Repealed',
  unnumbered: 'Unnumbered section',
  linkToArticle: 'Link to this article',
  annotation: { explanation: 'Explanation', note: 'Note' },
  source: 'Source',

  reports: {
    button: (n: number): string => (n === 0 ? 'Explanation documents' : plural(n, { one: 'Explanation documents (#)', other: 'Explanation documents (#)' })),
    heading: 'Explanation documents',
    intro: 'The legislature’s own reports (说明, 汇报, Begründung): each paragraph is shown on the changes it names.',
    official: 'Official',
    add: 'Add an explanation document',
    title: 'Title',
    titlePlaceholder: '关于《…（草案）》修改情况的汇报',
    explains: 'Explains the step',
    from: 'from',
    to: 'to',
    paste: 'Paste its text',
    file: 'or choose a file (text, Word, PDF, web page)',
    address: 'or its address',
    fetch: 'Fetch',
    save: 'Add',
    cancel: 'Cancel',
    reading: 'Reading…',
    empty: 'Paste the report’s text, choose a file or give its address first.',
    sameReading: 'Choose two different readings: a report explains the step from one to the other.',
    added: (title: string): string => `Added “${bidi(title)}”.`,
    failed: (why: string): string => `The report could not be kept: ${why}.`,
    readFailed: (why: string): string => `The document could not be read: ${why}`,
    none: 'No explanation document is attached to this law yet.',
    outside: (a: string, b: string): string => `Explains ${bidi(a)} → ${bidi(b)}, which is not part of this comparison.`,
    noText: 'Its readings’ texts are not loaded here: open the comparison of its own two readings to see its links.',
    step: (a: string, b: string): string => `${bidi(a)} → ${bidi(b)}`,
    paragraphs: (n: number, linked: number): string => `${plural(n, { one: '# paragraph', other: '# paragraphs' })}, ${plural(linked, { one: '# linked to articles', other: '# linked to articles' })}`,
    generalRemarks: 'General remarks (naming no article)',
    unresolvedHeading: 'References that name no article',
    unresolved: (ref: string): string => `“${bidi(ref)}” names no article of that reading`,
    linkedTo: 'On',
    noRow: 'not in this comparison',
    corrected: 'corrected by you',
    undo: 'Undo correction',
    remove: 'Remove',
    removeConfirm: (title: string): string => `Remove “${bidi(title)}” and your corrections of it from this browser?`,
    move: 'Move to…',
    moveTo: 'Move this paragraph to',
    moveGo: 'Move',
    detach: 'Detach',
    detached: 'Detached from this article.',
    moved: 'Moved.',
    paragraph: (n: number): string => `¶ ${n}`,
    problems: (list: string): string => `Some explanation documents could not be read: ${list}`,
    /** The reader's stored explanation documents could not be read at all (the database failed). */
    storedUnreadable: 'The explanation documents kept in this browser could not be read.',
  },

  compare: 'Compare',
  compareHeading: 'Compare readings',
  compareOld: 'Older reading',
  compareNew: 'Newer reading',
  compareGo: 'Compare',
  compareFirstFinal: (a: string, b: string): string => `${bidi(a)} → ${bidi(b)}`,
  compareLastTwo: (a: string, b: string): string => `${bidi(a)} → ${bidi(b)}`,
  compareNeedsTwo: 'This law has fewer than two published readings: there is nothing to compare yet.',
  compareSame: 'Choose two different readings.',
  comparing: (phase: string): string => (phase === 'loading' ? 'Loading the readings…' : phase === 'history' ? 'Following each article through all readings…' : 'Comparing…'),
  compareFailed: 'The comparison could not be made.',
  compareTitle: (a: string, b: string): string => `${bidi(a)} → ${bidi(b)}`,

  summaryHeading: 'What changed',
  kinds: {
    inserted: 'Inserted',
    deleted: 'Deleted',
    reworded: 'Reworded',
    references: 'Cross-references only',
    moved: 'Moved',
    renumbered: 'Renumbered only',
    split: 'Split',
    merged: 'Merged',
    unchanged: 'Unchanged',
  } as Record<string, string>,
  wordsChanged: (plus: number, minus: number): string => `${plural(plus, { one: '# word added', other: '# words added' })}, ${formatCount(minus)} removed`,
  /** The same counts when CJK text was diffed by characters (then the engine counts characters, numbers and Latin words whole). */
  charactersChanged: (plus: number, minus: number): string => `${plural(plus, { one: '# character added', other: '# characters added' })}, ${formatCount(minus)} removed`,
  mapHeading: 'Where the changes are',
  mapEntry: (title: string, changes: number, articles: number): string => `${bidi(title)}: ${formatCount(changes)} of ${plural(articles, { one: '# article changed', other: '# articles changed' })}`,
  divisionsChanged: 'Divisions',
  divisionStatus: { inserted: 'new division', deleted: 'deleted division', renamed: 'renamed', renumbered: 'renumbered', unchanged: '' } as Record<string, string>,

  view: 'View',
  synopsis: 'Side by side',
  redline: 'Redline',
  /** The diff unit, offered only for Chinese, Japanese and Korean laws. */
  unit: 'Diff by',
  units: { word: 'Words', char: 'Characters' },
  unitHint: 'Mark changes in whole words, or character by character as Chinese comparison tables do',
  diffByCharacters: 'Diff by characters',
  recomparing: 'Comparing again…',
  filter: 'Show',
  filters: {
    all: 'All articles',
    changed: 'Changed only',
    inserted: 'Inserted',
    deleted: 'Deleted',
    reworded: 'Reworded',
    moved: 'Moved',
    renumbered: 'Renumbered only',
  } as Record<string, string>,
  previousChange: 'Previous change',
  nextChange: 'Next change',
  changeCounter: (i: number, n: number): string =>
    i < 0 || n === 0 ? plural(n, { '=0': 'no changes', one: '# change', other: '# changes' }) : `${formatCount(i + 1)} / ${formatCount(n)}`,
  keyboardHint: 'Keys: n / j next change, p / k previous',
  search: 'Search in both readings',
  searchPlaceholder: 'Search…',
  previousMatch: 'Previous match',
  nextMatch: 'Next match',
  matchCounter: (i: number, n: number): string =>
    i < 0 || n === 0 ? plural(n, { '=0': 'no matches', one: '# match', other: '# matches' }) : `${formatCount(i + 1)} / ${formatCount(n)}`,
  noRows: 'No article matches this filter.',

  oldColumn: 'Older reading',
  newColumn: 'Newer reading',
  was: (label: string): string => `was ${bidi(label)}`,
  movedFrom: (label: string, where: string): string => (where ? `moved from ${bidi(label)}, ${bidi(where)}` : `moved from ${bidi(label)}`),
  splitFrom: (label: string): string => `split from ${bidi(label)}`,
  mergedFrom: (labels: string): string => `merged from ${bidi(labels)}`,
  onlyRenumbered: 'Only the number changed',
  otherDivision: 'now in another division',
  /** The note on a part of a split that is mostly new text, not text of the article split. */
  partNewText: 'new text',
  /** The note on a part of a merge that was mostly dropped, not merged. */
  partMostlyDeleted: 'mostly deleted',
  /** The mark at the old place of a passage moved to another article: `moved to 第五条 (2)` (the article and the line's position in it). */
  movedTo: (label: string, line: number): string => `moved to ${bidi(label)} (${formatCount(line)})`,
  /** The mark at the new place of a passage moved from another article. */
  movedFromLine: (label: string, line: number): string => `moved from ${bidi(label)} (${formatCount(line)})`,
  /** Screen-reader text around a moved passage (at either end). */
  movedStart: '[moved text: ',
  /** The summary's count of passages moved between articles. */
  movedPassages: 'Passages moved',

  showText: 'Show text',
  hideText: 'Hide text',
  notInOld: 'Not in the older reading',
  notInNew: 'Not in the newer reading',
  deletedMark: 'deleted',
  insertedMark: 'inserted',
  deletionStart: '[deleted: ',
  insertionStart: '[inserted: ',
  markEnd: ']',
  legend: 'Deletions are struck through, insertions underlined.',
  /** The legend's sentence when the comparison has moved passages. */
  legendMoved: 'Text moved to another article: struck through twice, underlined twice where it arrived.',
  sentenceGranularity: 'This article is long: its changes are shown sentence by sentence.',
  history: 'History',
  historyOf: (label: string): string => `History of ${bidi(label)}`,
  closeHistory: 'Close history',
  concordance: 'Concordance',
  concordanceHeading: 'Article numbers across all readings',
  backToComparison: 'Back to the comparison',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  notes: 'My notes',
  addNote: 'Add a note',
  editNote: 'Edit',
  deleteNote: 'Delete',
  saveNote: 'Save',
  cancel: 'Cancel',
  print: 'Print',
  downloadHtml: 'Download as HTML',
  /** The other formats of a comparison, behind "More formats" next to "Download as HTML". */
  exportFormats: {
    more: 'Word, Excel…',
    docxTable: 'Word: comparison table (.docx)',
    docxTracked: 'Word: tracked changes (.docx)',
    xlsx: 'Excel: list of changes (.xlsx)',
    csv: 'CSV: list of changes (.csv)',
    preparing: 'Preparing the file…',
    failed: (detail: string): string => `The file could not be created: ${detail}`,
    historyDocx: 'Download as Word',
  },
  focusNotFound: (key: string): string => `The article “${bidi(key)}” is not part of this comparison.`,
  /** A link's article that this comparison does not hold (labels isolated: they come from the law). */
  absentDeleted: (label: string, lastIn: string, goneIn: string): string => `${iso(label)} of “${iso(lastIn)}” was deleted in “${iso(goneIn)}”.`,
  absentMerged: (label: string, lastIn: string, goneIn: string, into: string): string => `${iso(label)} of “${iso(lastIn)}” was merged into ${iso(into)} in “${iso(goneIn)}”.`,
  absentLater: (label: string, firstIn: string): string => `${iso(label)} was inserted in “${iso(firstIn)}”, after the readings compared here.`,
  absentCompare: (a: string, b: string): string => `Compare “${iso(a)}” → “${iso(b)}” at this article`,
  absentGoTo: (label: string): string => `Go to ${iso(label)}`,
  absentLastText: 'Its last text:',
  absentText: 'Its text:',

  // Article history
  historyNotFound: (key: string): string => `This law has no article “${bidi(key)}” in any reading.`,
  historyNumbers: 'Number in each reading',
  historyAbsent: 'not in this reading',
  entryStatus: {
    first: 'Earliest version',
    inserted: 'Inserted',
    unchanged: 'Unchanged',
    renumbered: 'Renumbered only',
    references: 'Cross-references only',
    reworded: 'Reworded',
    split: 'Split',
    merged: 'Merged',
    deleted: 'Deleted',
    'merged-away': 'Merged into another article',
    absent: 'Not in this reading',
    unpublished: 'Not published',
    unavailable: 'Text not available',
  } as Record<string, string>,
  entryMoved: 'moved',
  changesSince: (label: string): string => `Compared with ${bidi(label)}:`,
  sameTextAs: (label: string): string => `Same text as in ${bidi(label)}`,
  textInReading: 'Text in this reading',
  notYetPresent: 'Not yet in this reading.',
  noLongerPresent: 'No longer in this reading.',
  deletedIn: 'The article was deleted in this reading.',
  unpublishedEntry: 'The text of this reading was not published.',
  changesAcrossGap: (before: string, after: string): string => `What changed between ${bidi(before)} and ${bidi(after)} shows under ${bidi(after)}.`,
  /** The readings without a text between an entry and the one it is compared with. */
  skippedReadings: (labels: readonly string[], unpublished: boolean): string =>
    `Compared across ${new Intl.ListFormat(currentLanguage(), { type: 'conjunction' }).format(labels.map(bidi))} (${unpublished ? 'not published' : 'not loaded'}).`,
  unavailableEntry: 'The text of this reading could not be loaded.',
  splitFromLabel: 'Split from',
  splitIntoLabel: 'Split into',
  mergedFromLabel: 'Absorbed',
  mergedIntoLabel: 'Merged into',
  compareTheseReadings: 'Compare these two readings',
  showInComparison: 'Show in the comparison',
  inDivision: 'In',

  // Concordance
  concordanceArticle: 'Article (start of its text)',
  concordanceHint: 'Each row is one article followed through the readings. Select an article to see its history.',
  concordanceCount: (n: number): string => plural(n, { one: '# article', other: '# articles' }),
  concordanceTags: {
    inserted: 'new',
    renumbered: 'renumbered',
    references: 'references',
    reworded: 'reworded',
    split: 'split',
    merged: 'merged',
    moved: 'moved',
    deleted: 'deleted',
  } as Record<string, string>,
  concordanceMergedInto: (label: string): string => `merged into ${bidi(label)}`,
  concordanceUntil: (label: string): string => `last in ${bidi(label)}`,
  concordanceSplitFrom: (label: string): string => `split from ${bidi(label)}`,
  concordanceOnlyChanged: 'Only articles that changed',
  concordanceGap: 'not published',
  concordanceUnavailable: 'not loaded',
  comparedReading: 'compared',
  concordanceLegend: 'Words in a cell say what changed in that reading; a dash means the article is not in it.',

  // Notes
  noteCount: (n: number): string => plural(n, { one: '# note', other: '# notes' }),
  notesOn: (label: string): string => `My notes on ${bidi(label)}`,
  noteText: 'Note',
  noteHint: 'Notes stay in this browser and follow the article through all readings of this law.',
  noteEdited: 'edited',
  confirmDeleteNote: 'Delete this note?',
  /** Asked when Escape would close a note editor holding text that is not saved. */
  confirmDiscardNote: 'Discard your unsaved note?',
  discardNote: 'Discard',
  keepEditing: 'Keep editing',
  noteProblems: {
    full: 'The note could not be saved: this browser’s storage for lawdiff is full. Your other notes are kept; delete some notes or free storage, then save again.',
    unavailable: 'Notes cannot be saved: this browser does not let lawdiff store data (private browsing or blocked storage). Copy your text before leaving the page.',
    corrupt: 'Your saved notes on this law could not be read, so lawdiff leaves them untouched and cannot change them.',
    'not-found': 'This note no longer exists (it may have been deleted in another tab).',
    empty: 'A note needs some text.',
    conflict: 'This note was changed in another tab after you began editing it, so it was not overwritten. Your text is still here: copy it, then reopen the note to see the other change.',
    outdated: 'lawdiff was updated in another tab, so this page can no longer change the notes in its database. Reload this page, then try again; your text is still here.',
    blocked: 'lawdiff is open in another tab with an older version, which keeps this page from its database. Close or reload that tab, then try again; your text is still here.',
  } as Record<string, string>,
  /** A note kept in localStorage because the database could not take it (src/app/browser-notes.ts). */
  noteHeldLocallyTag: 'on this device only',
  notesHeldLocally: (n: number, why: string): string =>
    `${plural(n, { one: 'One note here is', other: '# notes here are' })} saved on this device only, in this browser’s local storage: ${why}. ${plural(n, { one: 'It', other: 'They' })} will be moved into lawdiff’s database as soon as it can be opened.`,
  /** Why the database could not take a note, by problem; `detail` is the browser's message. */
  notesHeldWhy: (problem: string, detail: string): string =>
    problem === 'outdated'
      ? 'lawdiff was updated in another tab, so this page can no longer open its database — reload this page'
      : problem === 'blocked'
        ? 'lawdiff is open in another tab with an older version, which keeps this page from opening its database — close or reload that tab'
        : problem === 'full'
          ? 'the database is full — free some storage'
          : `the database could not be opened (${bidi(detail)})`,
  notesShowEarlier: (n: number): string => plural(n, { one: 'Show # earlier note', other: 'Show # earlier notes' }),

  // Print and export
  exportActions: 'Print and export',
  exportFailed: 'The HTML file could not be created.',
  exportGenerated: (when: string): string => `Exported from lawdiff on ${when}`,
  exportShowing: (view: string, filter: string): string => `${view} · ${filter}`,
  exportLink: 'Open this comparison in lawdiff',
  /** The box next to "Download as HTML": the reader's own notes go into the file too. */
  exportIncludeNotes: 'Include my notes',
  exportWithNotes: 'With your notes',
  /** A note of the reader's in the downloaded file, with the day it was last written. */
  yourNote: (date: string): string => `Your note, ${date}:`,
  printShowing: (view: string, filter: string): string => `${view} · ${filter}`,
  /** The footer of a printed page; `page` and `pages` stand for the numbers (filled in by the browser). */
  printPageOf: (page: string, pages: string): string => `Page ${page} of ${pages}`,

  cachesHeading: 'Saved for speed and offline use',
  cachesIntro:
    'Comparisons already computed and the texts of laws you read or made available offline. They are copies of what the collection serves: clearing them loses nothing, they are fetched and computed again when needed. Your notes, laws and imported versions are not touched.',
  cachesCounts: (comparisons: number, comparisonSize: string, files: number, fileSize: string): string =>
    `${plural(comparisons, { one: '# saved comparison', other: '# saved comparisons' })} (about ${comparisonSize}) · ${plural(files, { one: '# text kept offline', other: '# texts kept offline' })} (${fileSize}).`,
  cachesClear: 'Clear saved comparisons and offline texts',
  cachesCleared: 'Saved comparisons and offline texts cleared.',

  // Offline use (src/app/offline.ts, src/ui/law/offline-control.ts)
  offline: 'Offline',
  notOnDevice: (title: string): string =>
    `${bidi(title)} is not saved on this device, and you are offline. Connect once to read it, or, while connected, use “Make available offline” on the law’s page.`,
  offlineHint: 'No network: laws and comparisons saved in this browser still open.',
  updateReady: 'A new version of lawdiff and its laws is ready.',
  updateReload: 'Reload to update',
  offlineHeading: 'Offline',
  offlineAvailable: (files: number, size: string): string => `Available offline: ${plural(files, { one: '# file', other: '# files' })}, ${size}.`,
  offlinePartly: (cached: number, total: number): string => `${formatCount(cached)} of ${plural(total, { one: '# file', other: '# files' })} available offline.`,
  offlineNone: 'Not available offline yet; versions you open are kept as you read them.',
  offlineMake: 'Make available offline',
  offlineRemove: 'Remove offline copy',
  offlineDownloading: (done: number, total: number): string => `Downloading ${formatCount(done)} of ${formatCount(total)}…`,
  offlineFailed: (why: string): string => `Could not make this law available offline: ${why}. The files already saved stay.`,
  offlineUnsupported: 'This browser keeps no offline copies for this page (it needs HTTPS or localhost).',
  offlineBadge: 'Available offline',
  cacheStale: (when: string): string => `Offline: showing the comparison saved on ${when}; the current texts could not be read.`,
  cacheFromStore: (when: string): string => `Opened from this browser’s copy (computed ${when}).`,
  cacheProblem: {
    full: 'This comparison could not be kept for offline use: the browser storage for lawdiff is full.',
    blocked: 'This comparison could not be kept for offline use: lawdiff is open in another tab with an older version. Close or reload the other tab.',
    outdated: 'This comparison could not be kept for offline use: lawdiff was updated in another tab, so this page can no longer use its saved data. Reload this page.',
    corrupt: 'This comparison could not be kept for offline use: the saved data could not be read.',
    unavailable: 'This comparison could not be kept for offline use: the browser does not let lawdiff store data.',
  } as Record<string, string>,

  // The reader's own laws and versions (src/ui/library/import-page.ts, src/ui/data/data-page.ts, src/ui/library/version-actions.ts)
  yourData: 'Your data',
  newLaw: 'New law',
  addVersion: 'Add a version',
  imported: 'Imported',
  importedHint: 'Imported in this browser and kept only here.',
  yourLaw: 'Your law',
  yourLawHint: 'A law you created in this browser; it is kept only here.',
  importNewLawHeading: 'New law from a text',
  importAddHeading: 'Add a version',
  importIntro:
    'Paste the text, choose a file or give the address of a published text. lawdiff reads it here, in your browser, and lists anything it could not read before anything is saved. What you save stays in this browser only.',
  importLawHeading: 'The law',
  importSourceHeading: 'The text',
  importVersionHeading: 'The version',
  sourcePaste: 'Paste',
  sourceFile: 'Upload a file',
  sourceUrl: 'From an address',
  sourceKind: 'Where the text comes from',
  pasteLabel: 'Text of the version',
  fileLabel: 'File (.txt, .md, .xml, .json, .docx, .pdf, .html)',
  /** A document chosen in place of a text: a Word document, a PDF, a web page. */
  documentChosen: (kind: 'docx' | 'pdf' | 'html', name: string, size: string): string =>
    `${{ docx: 'Word document', pdf: 'PDF', html: 'Web page' }[kind]} ${bidi(name)} (${size})`,
  documentHint: (kind: 'docx' | 'pdf' | 'html'): string =>
    ({
      docx: 'Its text, numbering, headings, tables and footnotes are read from the document when you check it; tracked changes are read as accepted.',
      pdf: 'Its text is read from the PDF (at most 100 MB) when you check it: running headers, footers, page and line numbers are left out (the check lists them), hyphenated words joined. A scanned PDF without text, or a synopsis in two columns, cannot be read.',
      html: 'Its main text is read from the page: navigation, banners, footers, scripts and hidden parts are left out (the check lists them).',
    })[kind],
  /** Rich text pasted from a web page, read as its paragraphs and headings. */
  pastedPage: (blocks: number): string => plural(blocks, { one: 'Pasted from a web page: # paragraph; headings start with hash marks.', other: 'Pasted from a web page: # paragraphs; headings start with hash marks.' }),
  fileChosen: (name: string, size: string): string => `${bidi(name)} (${size})`,
  fileFailed: (why: string): string => `The file could not be read: ${why}`,
  urlLabel: 'Address (URL) of a published text',
  urlHint: (limit: string, seconds: number): string =>
    `A raw text file, e.g. in a public repository of laws, of at most ${limit}, sent within ${plural(seconds, { one: '# second', other: '# seconds' })}. The site must allow other sites to read it (CORS).`,
  urlFetch: 'Fetch',
  urlFetching: 'Fetching…',
  /** Bytes fetched so far, against the most lawdiff reads (both from formatBytes). */
  urlProgress: (read: string, limit: string): string => `${read} of at most ${limit}`,
  urlCancel: 'Cancel',
  urlCancelled: 'Fetching cancelled. Nothing was changed.',
  urlTooLarge: (limit: string): string =>
    `The text at this address is larger than ${limit} (counted after decompression), the most lawdiff reads, so it was not fetched. The site did answer: download the file and split it.`,
  urlTimeout: (seconds: number): string =>
    `The site did not send the whole text within ${plural(seconds, { one: '# second', other: '# seconds' })}, the longest lawdiff waits. Try again later, or download the file and upload it.`,
  /** A fetched or uploaded text was not UTF-8: which encoding it was read in. */
  readAs: (encoding: string): string => `Read as ${encoding}.`,
  /** A problem's sentence ended as a sentence (the messages have no final stop). */
  sentence: (s: string): string => `${s}.`,
  /** Why a text could not be fetched, as a clause (for the link-import offer), by kind of failure. */
  fetchWhy: {
    tooLarge: (limit: string): string => `larger than ${limit}, the most lawdiff reads`,
    timeout: (seconds: number): string => `not sent whole within ${plural(seconds, { one: '# second', other: '# seconds' })}`,
    http: (status: number, text: string): string => `the site answered ${status}${text ? ` ${text}` : ''}`,
    network: 'no answer, or the site does not let other sites read it (CORS)',
    cancelled: 'cancelled',
  },
  urlFetched: (chars: number): string => plural(chars, { one: 'Fetched # character.', other: 'Fetched # characters.' }),
  urlInvalid: 'This is not a web address (it must start with https:// or http://).',
  urlNetwork:
    'The text could not be fetched: the site did not answer, or it does not let other sites read its files (CORS), or this page may not connect to it. Download the file and upload it instead.',
  urlHttp: (status: number, text: string): string => `The site answered ${status}${text ? ` ${text}` : ''}: there is no text at this address.`,
  urlHtml: 'The address leads to a web page, not to a text file. Use the address of the raw file.',
  pastedText: 'pasted text',
  labelField: 'Label',
  labelHint: 'As shown on the timeline, e.g. “Second reading draft”.',
  stageField: 'Stage',
  dateField: 'Date',
  languageField: 'Language',
  languageHint: 'BCP 47, e.g. zh-Hans, zh-Hant, en, de. Leave empty to let the format decide.',
  badLanguage: (tag: string): string => `“${bidi(tag)}” is not a language tag lawdiff can use. Pick one from the list or type a BCP 47 tag such as zh-Hans, zh-Hant, de or en.`,
  formatField: 'Format',
  formatDetect: 'Detect from the text',
  formatDetected: (name: string): string => `Detected: ${name}`,
  formatUnknown: 'The format could not be detected: choose one.',
  titleField: 'Title',
  jurisdictionField: 'Jurisdiction',
  jurisdictionHint: 'A country code such as CN, TW, DE, US; may be empty.',
  checkText: 'Check the text',
  checkHint: 'Nothing is saved until you choose Save.',
  checkStale: 'The text or its settings changed since the check: check it again before saving.',
  needText: 'There is no text yet.',
  needLabel: 'Give the version a label.',
  needTitle: 'Give the law a title.',
  badDate: 'The date must be YYYY-MM-DD, or empty.',
  importProblems: (errors: number, warnings: number): string =>
    errors > 0
      ? `${plural(errors, { one: '# error', other: '# errors' })}${warnings > 0 ? ` and ${plural(warnings, { one: '# warning', other: '# warnings' })}` : ''}: what lawdiff could not read`
      : `${plural(warnings, { one: '# warning', other: '# warnings' })}: the text can be saved; check these places`,
  previewHeading: 'Preview',
  previewSummary: (articles: number, format: string): string => `${plural(articles, { one: '# article', other: '# articles' })}, read as ${format}.`,
  previewNoArticles: 'No articles were found in this text.',
  previewMore: (n: number): string => `… and ${plural(n, { one: '# more article', other: '# more articles' })}`,
  save: 'Save in this browser',
  saving: 'Saving…',
  saveBlocked: 'Fix the errors above before saving.',
  // Saving with problems, and large texts (src/ui/library/import-page.ts)
  saveWith: (errors: number, warnings: number): string =>
    errors > 0
      ? `Save with ${plural(errors, { one: '# error', other: '# errors' })}`
      : `Save with ${plural(warnings, { one: '# warning', other: '# warnings' })}`,
  warningsKept: 'The warnings are kept with the version.',
  unreadable: 'Nothing can be saved: lawdiff found no article in this text. Fix the text, or choose another format, and check it again.',
  errorsExplain:
    'Saved as it is, the version keeps what lawdiff could read: a line with an error is left out (the text under it joins the article before), and an article number printed twice stays twice. Fix the text and check it again, or save it as it is.',
  acceptErrors: (n: number): string =>
    plural(n, { one: 'I have seen the error and want to save the text as it is', other: 'I have seen the # errors and want to save the text as it is' }),
  checking: 'Checking the text…',
  checkingProgress: (percent: number): string => `Checking the text… ${percent}%`,
  cancelCheck: 'Cancel',
  checkCancelled: 'Check cancelled. Nothing was changed.',
  checkFailed: (why: string): string => `The text could not be checked: ${why}`,
  textLarge: (size: string): string => `This text is ${size} — larger than any law we know; checking it may take a while.`,
  textLoaded: (name: string, size: string, lines: number): string => `${bidi(name)}: ${size}, ${plural(lines, { one: '# line', other: '# lines' })}`,
  textNotShown: 'Too long to show here for editing: it is checked as it is. Edit it in a text editor and load it again, or:',
  textShow: 'Show it here (slow)',
  textClear: 'Clear the text',
  problemsShown: (shown: number, total: number): string => `The first ${formatCount(shown)} of ${formatCount(total)} are shown.`,
  problemsMore: (n: number): string => plural(n, { one: 'Show # more', other: 'Show # more' }),
  cannotSave: {
    unavailable: 'This browser does not let lawdiff store data (private browsing, or storage switched off), so imported texts cannot be saved. You can still check a text here.',
    blocked: 'lawdiff is open in another tab with an older version, so nothing can be saved now. Close or reload the other tab, then try again.',
    outdated: 'lawdiff was updated in another tab, so this page can no longer save anything. Reload this page, then try again.',
    full: 'The browser storage for lawdiff is full: nothing was saved. Delete imported versions on “Your data”, or free storage, then try again.',
    corrupt: 'The data lawdiff keeps in this browser could not be read, so nothing was saved.',
    exists: 'A version or law with this id was saved meanwhile (in another tab?): nothing was saved. Try again.',
    'not-found': 'It no longer exists (it may have been deleted in another tab).',
    changed: 'It changed meanwhile (in another tab?): nothing was changed here. Check it and try again.',
  } as Record<string, string>,
  exportVersionJson: 'Download as JSON',
  exportVersionAkn: 'Download as Akoma Ntoso',
  exportVersionLabel: 'Download this version',
  deleteVersion: 'Delete this version',
  confirmDeleteVersion: (label: string): string => `Delete the imported version “${bidi(label)}” from this browser? This cannot be undone.`,
  confirmDelete: 'Delete',
  deleted: 'Deleted.',
  dataIntro: 'Everything lawdiff keeps in this browser for you: your notes, the laws you created and the versions you imported. A backup file holds all of them; restoring one merges it with what is here and never deletes anything.',
  dataCounts: (notes: number, laws: number, versions: number, reports = 0): string =>
    `${plural(notes, { one: '# note', other: '# notes' })}, ${plural(laws, { one: '# law of your own', other: '# laws of your own' })}, ${plural(versions, { one: '# imported version', other: '# imported versions' })}${reports > 0 ? `, ${plural(reports, { one: '# explanation document', other: '# explanation documents' })}` : ''}`,
  storageUsage: (used: string, quota: string): string => `This site uses ${used} of the ${quota} the browser allows it.`,
  backupHeading: 'Backup',
  backupExport: 'Download a backup',
  backupImport: 'Restore from a backup file',
  backupImportHint: 'A lawdiff-backup/1 file (or an earlier notes export). Notes edited here later than in the file are kept.',
  backupRejected: (message: string): string => `This file was not restored, and nothing was changed: ${message}`,
  backupMerged: (notes: number, laws: number, versions: number, kept: number, reports = 0): string =>
    `Restored: ${plural(notes, { one: '# note', other: '# notes' })}, ${plural(laws, { one: '# law', other: '# laws' })}${reports > 0 ? `, ${plural(versions, { one: '# version', other: '# versions' })} and ${plural(reports, { one: '# explanation document', other: '# explanation documents' })}` : ` and ${plural(versions, { one: '# version', other: '# versions' })}`} added or updated${kept > 0 ? `; ${plural(kept, { one: '# already here as new or newer was kept', other: '# already here as new or newer were kept' })}` : ''}.`,
  yourLawsHeading: 'Your laws',
  noUserLaws: 'You have not created any laws yet.',
  importedHeading: 'Imported versions',
  noImported: 'You have not imported any versions yet.',
  inLaw: (title: string): string => `in ${bidi(title)}`,
  lawMissing: 'a law not in this collection',
  deleteLaw: 'Delete this law',
  confirmDeleteLaw: (title: string, versions: number, notes: number, reports = 0): string =>
    `Delete “${bidi(title)}”, its ${plural(versions, { one: '# version', other: '# versions' })}${reports > 0 ? `, ${plural(reports, { one: 'its # explanation document', other: 'its # explanation documents' })}` : ''} and ${plural(notes, { one: 'your # note on it', other: 'your # notes on it' })} from this browser? This cannot be undone.`,
  confirmDeleteLawRecord: (title: string, folder: string): string =>
    `Delete the record “${bidi(title)}”? Its folder ${bidi(folder)} is a law of this collection: that law, the versions imported into it and your notes on it stay. This cannot be undone.`,
  lawRecordShadowed: 'Its folder is a law of this collection: the versions and notes there belong to that law, not to this record.',
  deleteChanged: 'This changed meanwhile (in another tab?): nothing was deleted. Check what would go now and confirm again.',
  unreadableHeading: 'Records that cannot be read',
  unreadableIntro: (n: number): string =>
    plural(n, {
      one: 'lawdiff cannot read this record, so it leaves it out — of the lists, the comparisons and the backup — and everything else works as usual. Download it to keep what it holds (or to send it with a bug report), or delete it.',
      other: 'lawdiff cannot read these # records, so it leaves them out — of the lists, the comparisons and the backup — and everything else works as usual. Download one to keep what it holds (or to send it with a bug report), or delete it.',
    }),
  unreadableCounts: (n: number): string => plural(n, { one: '# record cannot be read (see “Records that cannot be read”).', other: '# records cannot be read (see “Records that cannot be read”).' }),
  unreadableStore: { notes: 'Note', versions: 'Imported version', laws: 'Law of your own' } as Record<string, string>,
  unreadableDownload: 'Download as JSON',
  unreadableDelete: 'Delete this record',
  confirmDeleteRecord: 'Delete this record from this browser? Download it first to keep what it holds. This cannot be undone.',
  backupLeftOut: (n: number): string =>
    plural(n, {
      one: 'The backup holds everything except # record that cannot be read (see “Records that cannot be read”).',
      other: 'The backup holds everything except # records that cannot be read (see “Records that cannot be read”).',
    }),
  backupRenamed: (title: string, from: string, to: string, reason: 'shipped' | 'taken'): string =>
    reason === 'shipped'
      ? `“${bidi(title)}” was restored as a law of your own under the new folder ${bidi(to)}: its folder in the file, ${bidi(from)}, is a law of this collection, which stays as it is.`
      : `“${bidi(title)}” was restored under the new folder ${bidi(to)}: its folder in the file, ${bidi(from)}, holds another law of yours here, which stays as it is.`,
  backupSkipped: (n: number, reason: 'unreadable' | 'id-taken'): string =>
    reason === 'unreadable'
      ? plural(n, {
          one: '# record of the file was not restored: the record with its key here cannot be read, and is kept as it is (see “Records that cannot be read”).',
          other: '# records of the file were not restored: the records with their keys here cannot be read, and are kept as they are (see “Records that cannot be read”).',
        })
      : plural(n, { one: '# note of the file was not restored: a different note here has its id.', other: '# notes of the file were not restored: a different note here has each one’s id.' }),

  formatNames: FORMAT_NAMES as Record<string, string>,
  stage: {
    draft: 'Draft',
    'second-reading': 'Second reading',
    'third-reading': 'Third reading',
    adopted: 'Adopted',
    final: 'Final',
    amended: 'Amended',
    revised: 'Revised',
    consolidated: 'Consolidated',
    introduced: 'Introduced',
    engrossed: 'Engrossed',
    enrolled: 'Enrolled',
  } as Record<string, string>,

  /** Word documents (.docx): the comparison table and an article's history. */
  docx: {
    /** The table document's kind, above the law's title. */
    tableTitle: 'Comparison table',
    /** The third column's heading: the official explanations of each change. */
    explanations: 'Explanations',
    /** The footer's page number; `page` and `pages` are fields Word fills in. */
    pageOf: (page: string, pages: string): string => `Page ${page} of ${pages}`,
    /** The history document's kind, above the law's title. */
    historyTitle: 'Article history',
  },
  /** The spreadsheet of changes (.xlsx, .csv): its sheet's name, column headings and cell words. */
  sheet: {
    name: 'Changes',
    kind: 'Change',
    oldNumber: 'Old number',
    newNumber: 'New number',
    division: 'Division',
    wordsAdded: 'Words added',
    wordsRemoved: 'Words removed',
    /** At `unit=char` the counts are of characters. */
    charsAdded: 'Characters added',
    charsRemoved: 'Characters removed',
    similarity: 'Similarity',
    explained: 'Explanation',
    link: 'Link',
    yes: 'yes',
    no: 'no',
  },
  /** The tracked-changes Word document (.docx): the newer reading with the changes from the older one as revisions. */
  tracked: {
    /** The running header after the law's title, and the file's description: which readings it compares. */
    header: (older: string, newer: string): string => `Tracked changes from ${older} to ${newer}`,
  },
  /** The synopsis of three readings and more (src/ui/readings). */
  readings: readingsEn,
  /** A place in a source: `line 12`, `paragraph 12`, `page 3, line 14`. */
  place: placeText,
} as const;
