/**
 * The UI text in German (Deutsch), for readers in Germany: same keys as
 * en.ts ({@link Strings}). Vocabulary after German Synopsen and the
 * Handbuch der Rechtsförmlichkeit: a norm is „aufgehoben“, text „gestrichen“,
 * „eingefügt“, „geändert“, „verschoben“, „umnummeriert“ („bisher § 15“);
 * version/reading = „Fassung“; article (any numbered unit: §, Art., 条) =
 * „Vorschrift“; redline = „Markierte Fassung“; history = „Entwicklung“.
 * Formal address („Sie“). Law text never comes from here.
 */
import { bidi, formatCount, iso, plural } from '../i18n.js';
import { currentLanguage } from '../language-state.js';
import type { TranslatedStrings } from '../strings.js';
import { deProblems } from './problems/index.js';
import { dePlace } from './problems/place.js';
import { deFormatNames } from './format-names.js';
import { readingsDe } from './readings/de.js';

export const de: TranslatedStrings = {
  appName: 'lawdiff',
  appTagline: 'Aufeinanderfolgende Fassungen von Gesetzen, Vorschrift für Vorschrift',
  breadcrumb: 'Pfadnavigation',
  skipToComparison: 'Zum Vergleich springen',
  skipToContent: 'Zum Inhalt springen',
  home: 'Gesetze',

  lawsHeading: 'Gesetze',
  databaseBlocked:
    'lawdiff ist in einem anderen Tab in einer älteren Version geöffnet. Dadurch kann diese Seite nicht öffnen, was Sie in diesem Browser gespeichert haben (Ihre eigenen Gesetze, importierten Fassungen und Notizen). Schließen Sie den anderen Tab oder laden Sie ihn neu: Diese Seite lädt dann von selbst weiter.',
  loadingCollection: 'Sammlung wird geladen…',
  collectionFailed: 'Die Sammlung konnte nicht geladen werden.',
  collectionEmpty: 'Diese Sammlung enthält noch keine Gesetze.',
  collectionEmptyHint: 'Legen Sie Gesetzesordner (jeweils mit einer law.json) im Ordner der Sammlung ab oder führen Sie sie in deren index.json auf.',
  retry: 'Erneut versuchen',

  problemsHeading: (n: number): string =>
    plural(n, { '=1': 'Eine Datei konnte nicht geladen werden', one: '# Problem beim Laden der Sammlung', other: '# Probleme beim Laden der Sammlung' }),
  problemsHint: 'Die übrigen Gesetze sind unten aufgeführt.',
  problemAt: 'bei',

  fictional: 'Fiktives Beispiel',
  fictionalHint: 'Ein erfundenes Gesetz zur Veranschaulichung; nicht der Text eines tatsächlichen Gesetzes.',
  jurisdiction: 'Rechtsordnung',
  language: 'Sprache',
  versionCount: (n: number): string => plural(n, { one: '# Fassung', other: '# Fassungen' }),
  articleCount: (n: number): string => plural(n, { one: '# Vorschrift', other: '# Vorschriften' }),

  lawNotFound: (folder: string): string => `Diese Sammlung enthält kein Gesetz „${bidi(folder)}“.`,
  linkLawElsewhere: 'Dieser Link führt zu einem Gesetz, das in einem anderen Browser importiert wurde',
  linkVersionElsewhere: 'Dieser Link führt zu einer Fassung, die in einem anderen Browser importiert wurde',
  linkKeptLocally:
    'Gesetze und Fassungen, die Sie in lawdiff importieren, werden nur in dem Browser gespeichert, in dem sie importiert wurden. Deshalb ist diese hier nicht vorhanden.',
  linkAskSender:
    'Bitten Sie die Person, die Ihnen den Link geschickt hat, um den Text (oder um eine Sicherungskopie aus „Ihre Daten“) und importieren Sie ihn dann mit „Neues Gesetz“ oder „Fassung hinzufügen“.',
  linkOriginList: (n: number): string =>
    plural(n, { '=1': 'Sie wurde von dieser öffentlichen Adresse importiert:', other: 'Sie wurden von diesen # öffentlichen Adressen importiert:' }),
  linkSomeUnreachable:
    'Andere Fassungen dieses Vergleichs wurden eingefügt oder hochgeladen, nicht von einer Adresse abgerufen: Bitten Sie die absendende Person um diese.',
  linkImportOffer: (n: number): string => plural(n, { '=1': 'Von dieser Adresse importieren…', other: 'Von diesen Adressen importieren…' }),
  linkImportConfirm: (n: number): string =>
    plural(n, {
      '=1': 'lawdiff ruft diesen Text von der oben genannten Adresse ab, prüft ihn und speichert ihn in diesem Browser. Sonst wird nichts an irgendjemanden gesendet.',
      other: 'lawdiff ruft diese # Texte von den oben genannten Adressen ab, prüft sie und speichert sie in diesem Browser. Sonst wird nichts an irgendjemanden gesendet.',
    }),
  linkImportYes: 'Abrufen und importieren',
  linkImporting: (label: string): string => `${iso(label)} wird abgerufen und geprüft…`,
  linkFetchFailed: (url: string, why: string): string => `${iso(url)} konnte nicht abgerufen werden (${why}). Es wurde nichts gespeichert.`,
  linkUnreadable: (url: string, why: string): string =>
    `Der Text unter ${iso(url)} enthält keine Vorschriften, die lawdiff lesen kann${why ? ` (${why})` : ''}. Es wurde nichts gespeichert.`,
  versionNotFound: (id: string): string => `Dieses Gesetz hat keine Fassung „${bidi(id)}“.`,
  pageNotFound: 'Unter dieser Adresse gibt es keine Seite.',
  backToLaws: 'Zurück zur Liste der Gesetze',

  versionsHeading: 'Fassungen',
  timelineLabel: 'Fassungen in zeitlicher Reihenfolge',
  notPublished: 'nicht veröffentlicht',
  undated: 'ohne Datum',
  chooseVersion: 'Wählen Sie oben eine Fassung, um ihren Text zu lesen.',
  versionNotPublished: 'Diese Fassung existiert, ihr Text wurde aber nie veröffentlicht.',

  loadingVersion: 'Text wird geladen…',
  versionFailed: 'Der Text dieser Fassung konnte nicht geladen werden.',
  versionEmpty: 'Diese Fassung enthält keine Vorschriften.',
  importWarnings: (n: number): string => plural(n, { one: '# Importwarnung', other: '# Importwarnungen' }),
  contents: 'Inhaltsübersicht',
  documentInfo: 'Angaben zum Dokument',
  preamble: 'Präambel',
  annexes: 'Anlagen',
  repealed: 'Aufgehoben',
  unnumbered: 'Abschnitt ohne Nummer',
  linkToArticle: 'Link zu dieser Vorschrift',
  annotation: { explanation: 'Begründung', note: 'Anmerkung' },
  source: 'Quelle',

  reports: {
    button: (n: number): string => (n === 0 ? 'Begründungen' : plural(n, { one: 'Begründungen (#)', other: 'Begründungen (#)' })),
    heading: 'Begründungen',
    intro: 'Die eigenen Berichte und Begründungen des Gesetzgebers (说明, 汇报, Begründung): Jeder Absatz wird bei den Änderungen angezeigt, die er nennt.',
    official: 'Amtlich',
    add: 'Begründung hinzufügen',
    title: 'Titel',
    titlePlaceholder: '关于《…（草案）》修改情况的汇报',
    explains: 'Erläutert den Schritt',
    from: 'von',
    to: 'zu',
    paste: 'Text einfügen',
    file: 'oder eine Datei wählen (Text, Word, PDF, Webseite)',
    address: 'oder ihre Adresse',
    fetch: 'Abrufen',
    save: 'Hinzufügen',
    cancel: 'Abbrechen',
    reading: 'Wird gelesen…',
    empty: 'Fügen Sie zuerst den Text des Berichts ein, wählen Sie eine Datei oder geben Sie seine Adresse an.',
    sameReading: 'Wählen Sie zwei verschiedene Fassungen: Eine Begründung erläutert den Schritt von der einen zur anderen.',
    added: (title: string): string => `„${bidi(title)}“ hinzugefügt.`,
    failed: (why: string): string => `Die Begründung konnte nicht gespeichert werden: ${why}.`,
    readFailed: (why: string): string => `Das Dokument konnte nicht gelesen werden: ${why}`,
    none: 'Diesem Gesetz ist noch keine Begründung beigefügt.',
    outside: (a: string, b: string): string => `Erläutert ${bidi(a)} → ${bidi(b)}; dieser Schritt ist nicht Teil dieses Vergleichs.`,
    noText: 'Die Texte ihrer Fassungen sind hier nicht geladen: Öffnen Sie den Vergleich ihrer beiden eigenen Fassungen, um ihre Zuordnungen zu sehen.',
    step: (a: string, b: string): string => `${bidi(a)} → ${bidi(b)}`,
    paragraphs: (n: number, linked: number): string =>
      `${plural(n, { one: '# Absatz', other: '# Absätze' })}, ${plural(linked, { one: 'davon # mit Vorschriften verknüpft', other: 'davon # mit Vorschriften verknüpft' })}`,
    generalRemarks: 'Allgemeine Ausführungen (ohne Nennung einer Vorschrift)',
    unresolvedHeading: 'Verweise, die keine Vorschrift nennen',
    unresolved: (ref: string): string => `„${bidi(ref)}“ bezeichnet keine Vorschrift dieser Fassung`,
    linkedTo: 'Zu',
    noRow: 'nicht in diesem Vergleich',
    corrected: 'von Ihnen korrigiert',
    undo: 'Korrektur rückgängig machen',
    remove: 'Entfernen',
    removeConfirm: (title: string): string => `„${bidi(title)}“ und Ihre Korrekturen daran aus diesem Browser entfernen?`,
    move: 'Verschieben nach…',
    moveTo: 'Diesen Absatz verschieben nach',
    moveGo: 'Verschieben',
    detach: 'Lösen',
    detached: 'Von dieser Vorschrift gelöst.',
    moved: 'Verschoben.',
    paragraph: (n: number): string => `¶ ${formatCount(n)}`,
  problems: (list: string): string => `Einige Begründungen konnten nicht gelesen werden: ${list}`,
  storedUnreadable: 'Die in diesem Browser gespeicherten Begründungen konnten nicht gelesen werden.',
  },

  compare: 'Vergleichen',
  compareHeading: 'Fassungen vergleichen',
  compareOld: 'Ältere Fassung',
  compareNew: 'Neuere Fassung',
  compareGo: 'Vergleichen',
  compareFirstFinal: (a: string, b: string): string => `${bidi(a)} → ${bidi(b)}`,
  compareLastTwo: (a: string, b: string): string => `${bidi(a)} → ${bidi(b)}`,
  compareNeedsTwo: 'Von diesem Gesetz sind weniger als zwei Fassungen veröffentlicht: Es gibt noch nichts zu vergleichen.',
  compareSame: 'Wählen Sie zwei verschiedene Fassungen.',
  comparing: (phase: string): string =>
    phase === 'loading' ? 'Fassungen werden geladen…' : phase === 'history' ? 'Jede Vorschrift wird durch alle Fassungen verfolgt…' : 'Wird verglichen…',
  compareFailed: 'Der Vergleich konnte nicht erstellt werden.',
  compareTitle: (a: string, b: string): string => `${bidi(a)} → ${bidi(b)}`,

  summaryHeading: 'Was sich geändert hat',
  kinds: {
    inserted: 'Eingefügt',
    deleted: 'Aufgehoben',
    reworded: 'Geändert',
    references: 'Nur Verweisungen geändert',
    moved: 'Verschoben',
    renumbered: 'Nur umnummeriert',
    split: 'Aufgeteilt',
    merged: 'Zusammengeführt',
    unchanged: 'Unverändert',
  } as Record<string, string>,
  wordsChanged: (plus: number, minus: number): string =>
    `${plural(plus, { one: '# Wort eingefügt', other: '# Wörter eingefügt' })}, ${formatCount(minus)} gestrichen`,
  charactersChanged: (plus: number, minus: number): string =>
    `${plural(plus, { one: '# Zeichen eingefügt', other: '# Zeichen eingefügt' })}, ${formatCount(minus)} gestrichen`,
  mapHeading: 'Wo sich etwas geändert hat',
  mapEntry: (title: string, changes: number, articles: number): string =>
    `${bidi(title)}: ${formatCount(changes)} von ${plural(articles, { one: '# Vorschrift geändert', other: '# Vorschriften geändert' })}`,
  divisionsChanged: 'Gliederung',
  divisionStatus: {
    inserted: 'neue Gliederungseinheit',
    deleted: 'aufgehobene Gliederungseinheit',
    renamed: 'umbenannt',
    renumbered: 'umnummeriert',
    unchanged: '',
  } as Record<string, string>,

  view: 'Ansicht',
  synopsis: 'Synopse',
  redline: 'Markierte Fassung',
  unit: 'Vergleich nach',
  units: { word: 'Wörtern', char: 'Zeichen' },
  unitHint: 'Änderungen in ganzen Wörtern markieren oder Zeichen für Zeichen, wie es chinesische Gegenüberstellungen tun',
  diffByCharacters: 'Zeichenweise vergleichen',
  recomparing: 'Wird erneut verglichen…',
  filter: 'Anzeigen',
  filters: {
    all: 'Alle Vorschriften',
    changed: 'Nur geänderte',
    inserted: 'Eingefügt',
    deleted: 'Aufgehoben',
    reworded: 'Geändert',
    moved: 'Verschoben',
    renumbered: 'Nur umnummeriert',
  } as Record<string, string>,
  previousChange: 'Vorherige Änderung',
  nextChange: 'Nächste Änderung',
  changeCounter: (i: number, n: number): string =>
    i < 0 || n === 0 ? plural(n, { '=0': 'keine Änderungen', one: '# Änderung', other: '# Änderungen' }) : `${formatCount(i + 1)} / ${formatCount(n)}`,
  keyboardHint: 'Tasten: n / j nächste Änderung, p / k vorherige',
  search: 'In beiden Fassungen suchen',
  searchPlaceholder: 'Suchen…',
  previousMatch: 'Vorheriger Treffer',
  nextMatch: 'Nächster Treffer',
  matchCounter: (i: number, n: number): string =>
    i < 0 || n === 0 ? plural(n, { '=0': 'keine Treffer', one: '# Treffer', other: '# Treffer' }) : `${formatCount(i + 1)} / ${formatCount(n)}`,
  noRows: 'Keine Vorschrift entspricht diesem Filter.',

  oldColumn: 'Ältere Fassung',
  newColumn: 'Neuere Fassung',
  was: (label: string): string => `bisher ${bidi(label)}`,
  movedFrom: (label: string, where: string): string => (where ? `verschoben aus ${bidi(label)}, ${bidi(where)}` : `verschoben aus ${bidi(label)}`),
  splitFrom: (label: string): string => `abgetrennt aus ${bidi(label)}`,
  mergedFrom: (labels: string): string => `zusammengeführt aus ${bidi(labels)}`,
  onlyRenumbered: 'Nur die Nummer hat sich geändert',
  otherDivision: 'jetzt in einer anderen Gliederungseinheit',
  partNewText: 'neuer Text',
  partMostlyDeleted: 'größtenteils gestrichen',
  movedTo: (label: string, line: number): string => `verschoben nach ${bidi(label)} (${formatCount(line)})`,
  movedFromLine: (label: string, line: number): string => `verschoben aus ${bidi(label)} (${formatCount(line)})`,
  movedStart: '[verschobener Text: ',
  movedPassages: 'Verschobene Textstellen',

  showText: 'Text anzeigen',
  hideText: 'Text ausblenden',
  notInOld: 'Nicht in der älteren Fassung',
  notInNew: 'Nicht in der neueren Fassung',
  deletedMark: 'gestrichen',
  insertedMark: 'eingefügt',
  deletionStart: '[gestrichen: ',
  insertionStart: '[eingefügt: ',
  markEnd: ']',
  legend: 'Gestrichener Text ist durchgestrichen, eingefügter Text unterstrichen.',
  legendMoved: 'In eine andere Vorschrift verschobener Text: doppelt durchgestrichen, am neuen Ort doppelt unterstrichen.',
  sentenceGranularity: 'Diese Vorschrift ist lang: Die Änderungen werden Satz für Satz angezeigt.',
  history: 'Entwicklung',
  historyOf: (label: string): string => `Entwicklung von ${bidi(label)}`,
  closeHistory: 'Entwicklung schließen',
  concordance: 'Konkordanz',
  concordanceHeading: 'Nummern der Vorschriften in allen Fassungen',
  backToComparison: 'Zurück zum Vergleich',
  copyLink: 'Link kopieren',
  linkCopied: 'Link kopiert',
  notes: 'Meine Notizen',
  addNote: 'Notiz hinzufügen',
  editNote: 'Bearbeiten',
  deleteNote: 'Löschen',
  saveNote: 'Speichern',
  cancel: 'Abbrechen',
  print: 'Drucken',
  downloadHtml: 'Als HTML herunterladen',
  exportFormats: {
    more: 'Word, Excel …',
    docxTable: 'Word: Synopse als Tabelle (.docx)',
    docxTracked: 'Word: Änderungen nachverfolgt (.docx)',
    xlsx: 'Excel: Liste der Änderungen (.xlsx)',
    csv: 'CSV: Liste der Änderungen (.csv)',
    preparing: 'Die Datei wird erstellt …',
    failed: (detail: string): string => `Die Datei konnte nicht erstellt werden: ${detail}`,
    historyDocx: 'Als Word herunterladen',
  },
  focusNotFound: (key: string): string => `Die Vorschrift „${bidi(key)}“ ist nicht Teil dieses Vergleichs.`,
  absentDeleted: (label: string, lastIn: string, goneIn: string): string => `${iso(label)} der Fassung „${iso(lastIn)}“ wurde in „${iso(goneIn)}“ aufgehoben.`,
  absentMerged: (label: string, lastIn: string, goneIn: string, into: string): string =>
    `${iso(label)} der Fassung „${iso(lastIn)}“ ist in „${iso(goneIn)}“ in ${iso(into)} aufgegangen.`,
  absentLater: (label: string, firstIn: string): string => `${iso(label)} wurde in „${iso(firstIn)}“ eingefügt, also nach den hier verglichenen Fassungen.`,
  absentCompare: (a: string, b: string): string => `„${iso(a)}“ → „${iso(b)}“ an dieser Vorschrift vergleichen`,
  absentGoTo: (label: string): string => `Zu ${iso(label)}`,
  absentLastText: 'Letzter Text:',
  absentText: 'Text:',

  // Article history
  historyNotFound: (key: string): string => `Dieses Gesetz hat in keiner Fassung eine Vorschrift „${bidi(key)}“.`,
  historyNumbers: 'Nummer in jeder Fassung',
  historyAbsent: 'nicht in dieser Fassung',
  entryStatus: {
    first: 'Früheste Fassung',
    inserted: 'Eingefügt',
    unchanged: 'Unverändert',
    renumbered: 'Nur umnummeriert',
    references: 'Nur Verweisungen geändert',
    reworded: 'Geändert',
    split: 'Aufgeteilt',
    merged: 'Zusammengeführt',
    deleted: 'Aufgehoben',
    'merged-away': 'In einer anderen Vorschrift aufgegangen',
    absent: 'Nicht in dieser Fassung',
    unpublished: 'Nicht veröffentlicht',
    unavailable: 'Text nicht verfügbar',
  } as Record<string, string>,
  entryMoved: 'verschoben',
  changesSince: (label: string): string => `Verglichen mit ${bidi(label)}:`,
  sameTextAs: (label: string): string => `Gleicher Text wie in ${bidi(label)}`,
  textInReading: 'Text in dieser Fassung',
  notYetPresent: 'Noch nicht in dieser Fassung.',
  noLongerPresent: 'Nicht mehr in dieser Fassung.',
  deletedIn: 'Die Vorschrift wurde in dieser Fassung aufgehoben.',
  unpublishedEntry: 'Der Text dieser Fassung wurde nicht veröffentlicht.',
  changesAcrossGap: (before: string, after: string): string =>
    `Was sich zwischen ${bidi(before)} und ${bidi(after)} geändert hat, steht unter ${bidi(after)}.`,
  skippedReadings: (labels: readonly string[], unpublished: boolean): string =>
    `Verglichen über ${new Intl.ListFormat(currentLanguage(), { type: 'conjunction' }).format(labels.map(bidi))} hinweg (${unpublished ? 'nicht veröffentlicht' : 'nicht geladen'}).`,
  unavailableEntry: 'Der Text dieser Fassung konnte nicht geladen werden.',
  splitFromLabel: 'Abgetrennt aus',
  splitIntoLabel: 'Aufgeteilt in',
  mergedFromLabel: 'Aufgenommen',
  mergedIntoLabel: 'Aufgegangen in',
  compareTheseReadings: 'Diese beiden Fassungen vergleichen',
  showInComparison: 'Im Vergleich anzeigen',
  inDivision: 'In',

  // Concordance
  concordanceArticle: 'Vorschrift (Anfang ihres Textes)',
  concordanceHint: 'Jede Zeile ist eine Vorschrift, verfolgt durch alle Fassungen. Wählen Sie eine Vorschrift, um ihre Entwicklung zu sehen.',
  concordanceCount: (n: number): string => plural(n, { one: '# Vorschrift', other: '# Vorschriften' }),
  concordanceTags: {
    inserted: 'neu',
    renumbered: 'umnummeriert',
    references: 'Verweisungen',
    reworded: 'geändert',
    split: 'aufgeteilt',
    merged: 'zusammengeführt',
    moved: 'verschoben',
    deleted: 'aufgehoben',
  } as Record<string, string>,
  concordanceMergedInto: (label: string): string => `aufgegangen in ${bidi(label)}`,
  concordanceUntil: (label: string): string => `zuletzt in ${bidi(label)}`,
  concordanceSplitFrom: (label: string): string => `abgetrennt aus ${bidi(label)}`,
  concordanceOnlyChanged: 'Nur geänderte Vorschriften',
  concordanceGap: 'nicht veröffentlicht',
  concordanceUnavailable: 'nicht geladen',
  comparedReading: 'verglichen',
  concordanceLegend: 'Die Wörter in einer Zelle geben an, was sich in dieser Fassung geändert hat; ein Strich bedeutet, dass die Vorschrift darin nicht enthalten ist.',

  // Notes
  noteCount: (n: number): string => plural(n, { one: '# Notiz', other: '# Notizen' }),
  notesOn: (label: string): string => `Meine Notizen zu ${bidi(label)}`,
  noteText: 'Notiz',
  noteHint: 'Notizen bleiben in diesem Browser und folgen der Vorschrift durch alle Fassungen dieses Gesetzes.',
  noteEdited: 'bearbeitet',
  confirmDeleteNote: 'Diese Notiz löschen?',
  confirmDiscardNote: 'Ihre nicht gespeicherte Notiz verwerfen?',
  discardNote: 'Verwerfen',
  keepEditing: 'Weiter bearbeiten',
  noteProblems: {
    full: 'Die Notiz konnte nicht gespeichert werden: Der Speicher dieses Browsers für lawdiff ist voll. Ihre anderen Notizen bleiben erhalten; löschen Sie einige Notizen oder geben Sie Speicher frei und speichern Sie dann erneut.',
    unavailable:
      'Notizen können nicht gespeichert werden: Dieser Browser erlaubt lawdiff nicht, Daten zu speichern (privates Surfen oder blockierter Speicher). Kopieren Sie Ihren Text, bevor Sie die Seite verlassen.',
    corrupt: 'Ihre gespeicherten Notizen zu diesem Gesetz konnten nicht gelesen werden. lawdiff lässt sie deshalb unverändert und kann sie nicht ändern.',
    'not-found': 'Diese Notiz existiert nicht mehr (sie wurde möglicherweise in einem anderen Tab gelöscht).',
    empty: 'Eine Notiz braucht etwas Text.',
    conflict:
      'Diese Notiz wurde in einem anderen Tab geändert, nachdem Sie mit der Bearbeitung begonnen hatten, und deshalb nicht überschrieben. Ihr Text ist noch hier: Kopieren Sie ihn und öffnen Sie die Notiz dann erneut, um die andere Änderung zu sehen.',
    outdated:
      'lawdiff wurde in einem anderen Tab aktualisiert, daher kann diese Seite die Notizen in ihrer Datenbank nicht mehr ändern. Laden Sie diese Seite neu und versuchen Sie es erneut; Ihr Text ist noch hier.',
    blocked:
      'lawdiff ist in einem anderen Tab in einer älteren Version geöffnet, die dieser Seite den Zugriff auf ihre Datenbank versperrt. Schließen Sie den anderen Tab oder laden Sie ihn neu und versuchen Sie es erneut; Ihr Text ist noch hier.',
  } as Record<string, string>,
  noteHeldLocallyTag: 'nur auf diesem Gerät',
  notesHeldLocally: (n: number, why: string): string =>
    `${plural(n, { one: 'Eine Notiz hier ist', other: '# Notizen hier sind' })} nur auf diesem Gerät gespeichert, im lokalen Speicher dieses Browsers: ${why}. ${plural(n, { one: 'Sie wird', other: 'Sie werden' })} in die Datenbank von lawdiff übernommen, sobald diese geöffnet werden kann.`,
  notesHeldWhy: (problem: string, detail: string): string =>
    problem === 'outdated'
      ? 'lawdiff wurde in einem anderen Tab aktualisiert, daher kann diese Seite ihre Datenbank nicht mehr öffnen – laden Sie diese Seite neu'
      : problem === 'blocked'
        ? 'lawdiff ist in einem anderen Tab in einer älteren Version geöffnet, die dieser Seite das Öffnen ihrer Datenbank versperrt – schließen Sie den anderen Tab oder laden Sie ihn neu'
        : problem === 'full'
          ? 'die Datenbank ist voll – geben Sie Speicher frei'
          : `die Datenbank konnte nicht geöffnet werden (${bidi(detail)})`,
  notesShowEarlier: (n: number): string => plural(n, { one: '# frühere Notiz anzeigen', other: '# frühere Notizen anzeigen' }),

  // Print and export
  exportActions: 'Drucken und exportieren',
  exportFailed: 'Die HTML-Datei konnte nicht erstellt werden.',
  exportGenerated: (when: string): string => `Aus lawdiff exportiert am ${when}`,
  exportShowing: (view: string, filter: string): string => `${view} · ${filter}`,
  exportLink: 'Diesen Vergleich in lawdiff öffnen',
  exportIncludeNotes: 'Meine Notizen einschließen',
  exportWithNotes: 'Mit Ihren Notizen',
  yourNote: (date: string): string => `Ihre Notiz, ${date}:`,
  printShowing: (view: string, filter: string): string => `${view} · ${filter}`,
  printPageOf: (page: string, pages: string): string => `Seite ${page} von ${pages}`,

  cachesHeading: 'Für schnelleren Zugriff und Offline-Nutzung gespeichert',
  cachesIntro:
    'Bereits berechnete Vergleiche und die Texte von Gesetzen, die Sie gelesen oder offline verfügbar gemacht haben. Es sind Kopien dessen, was die Sammlung bereitstellt: Beim Löschen geht nichts verloren, sie werden bei Bedarf erneut abgerufen und berechnet. Ihre Notizen, Gesetze und importierten Fassungen bleiben unberührt.',
  cachesCounts: (comparisons: number, comparisonSize: string, files: number, fileSize: string): string =>
    `${plural(comparisons, { one: '# gespeicherter Vergleich', other: '# gespeicherte Vergleiche' })} (etwa ${comparisonSize}) · ${plural(files, { one: '# Text offline verfügbar', other: '# Texte offline verfügbar' })} (${fileSize}).`,
  cachesClear: 'Gespeicherte Vergleiche und Offline-Texte löschen',
  cachesCleared: 'Gespeicherte Vergleiche und Offline-Texte gelöscht.',

  // Offline use
  offline: 'Offline',
  notOnDevice: (title: string): string =>
    `${bidi(title)} ist nicht auf diesem Gerät gespeichert, und Sie sind offline. Stellen Sie einmal eine Verbindung her, um es zu lesen, oder verwenden Sie bei bestehender Verbindung „Offline verfügbar machen“ auf der Seite des Gesetzes.`,
  offlineHint: 'Kein Netz: In diesem Browser gespeicherte Gesetze und Vergleiche lassen sich weiterhin öffnen.',
  updateReady: 'Eine neue Version von lawdiff und seinen Gesetzen ist bereit.',
  updateReload: 'Zum Aktualisieren neu laden',
  offlineHeading: 'Offline',
  offlineAvailable: (files: number, size: string): string => `Offline verfügbar: ${plural(files, { one: '# Datei', other: '# Dateien' })}, ${size}.`,
  offlinePartly: (cached: number, total: number): string => `${formatCount(cached)} von ${plural(total, { one: '# Datei', other: '# Dateien' })} offline verfügbar.`,
  offlineNone: 'Noch nicht offline verfügbar; Fassungen, die Sie öffnen, werden beim Lesen gespeichert.',
  offlineMake: 'Offline verfügbar machen',
  offlineRemove: 'Offline-Kopie entfernen',
  offlineDownloading: (done: number, total: number): string => `${formatCount(done)} von ${formatCount(total)} werden heruntergeladen…`,
  offlineFailed: (why: string): string => `Dieses Gesetz konnte nicht offline verfügbar gemacht werden: ${why}. Die bereits gespeicherten Dateien bleiben erhalten.`,
  offlineUnsupported: 'Dieser Browser speichert für diese Seite keine Offline-Kopien (dafür sind HTTPS oder localhost nötig).',
  offlineBadge: 'Offline verfügbar',
  cacheStale: (when: string): string => `Offline: Angezeigt wird der am ${when} gespeicherte Vergleich; die aktuellen Texte konnten nicht gelesen werden.`,
  cacheFromStore: (when: string): string => `Aus der Kopie in diesem Browser geöffnet (berechnet ${when}).`,
  cacheProblem: {
    full: 'Dieser Vergleich konnte nicht für die Offline-Nutzung gespeichert werden: Der Browserspeicher für lawdiff ist voll.',
    blocked:
      'Dieser Vergleich konnte nicht für die Offline-Nutzung gespeichert werden: lawdiff ist in einem anderen Tab in einer älteren Version geöffnet. Schließen Sie den anderen Tab oder laden Sie ihn neu.',
    outdated:
      'Dieser Vergleich konnte nicht für die Offline-Nutzung gespeichert werden: lawdiff wurde in einem anderen Tab aktualisiert, daher kann diese Seite ihre gespeicherten Daten nicht mehr verwenden. Laden Sie diese Seite neu.',
    corrupt: 'Dieser Vergleich konnte nicht für die Offline-Nutzung gespeichert werden: Die gespeicherten Daten konnten nicht gelesen werden.',
    unavailable: 'Dieser Vergleich konnte nicht für die Offline-Nutzung gespeichert werden: Der Browser erlaubt lawdiff nicht, Daten zu speichern.',
  } as Record<string, string>,

  // The reader's own laws and versions
  yourData: 'Ihre Daten',
  newLaw: 'Neues Gesetz',
  addVersion: 'Fassung hinzufügen',
  imported: 'Importiert',
  importedHint: 'In diesem Browser importiert und nur hier gespeichert.',
  yourLaw: 'Ihr Gesetz',
  yourLawHint: 'Ein Gesetz, das Sie in diesem Browser angelegt haben; es wird nur hier gespeichert.',
  importNewLawHeading: 'Neues Gesetz aus einem Text',
  importAddHeading: 'Fassung hinzufügen',
  importIntro:
    'Fügen Sie den Text ein, wählen Sie eine Datei oder geben Sie die Adresse eines veröffentlichten Textes an. lawdiff liest ihn hier in Ihrem Browser und listet alles auf, was es nicht lesen konnte, bevor etwas gespeichert wird. Was Sie speichern, bleibt nur in diesem Browser.',
  importLawHeading: 'Das Gesetz',
  importSourceHeading: 'Der Text',
  importVersionHeading: 'Die Fassung',
  sourcePaste: 'Einfügen',
  sourceFile: 'Datei hochladen',
  sourceUrl: 'Von einer Adresse',
  sourceKind: 'Herkunft des Textes',
  pasteLabel: 'Text der Fassung',
  fileLabel: 'Datei (.txt, .md, .xml, .json, .docx, .pdf, .html)',
  documentChosen: (kind: 'docx' | 'pdf' | 'html', name: string, size: string): string =>
    `${{ docx: 'Word-Dokument', pdf: 'PDF', html: 'Webseite' }[kind]} ${bidi(name)} (${size})`,
  documentHint: (kind: 'docx' | 'pdf' | 'html'): string =>
    ({
      docx: 'Text, Nummerierung, Überschriften, Tabellen und Fußnoten werden bei der Prüfung aus dem Dokument gelesen; nachverfolgte Änderungen werden als angenommen gelesen.',
      pdf: 'Der Text wird bei der Prüfung aus der PDF-Datei (höchstens 100 MB) gelesen: Kopfzeilen, Fußzeilen, Seiten- und Zeilennummern werden weggelassen (die Prüfung listet sie auf), getrennte Wörter zusammengefügt. Eine gescannte PDF-Datei ohne Text oder eine zweispaltige Synopse kann nicht gelesen werden.',
      html: 'Der Haupttext wird aus der Seite gelesen: Navigation, Banner, Fußzeilen, Skripte und verborgene Teile werden weggelassen (die Prüfung listet sie auf).',
    })[kind],
  pastedPage: (blocks: number): string =>
    plural(blocks, {
      one: 'Aus einer Webseite eingefügt: # Absatz; Überschriften beginnen mit Rautezeichen.',
      other: 'Aus einer Webseite eingefügt: # Absätze; Überschriften beginnen mit Rautezeichen.',
    }),
  fileChosen: (name: string, size: string): string => `${bidi(name)} (${size})`,
  fileFailed: (why: string): string => `Die Datei konnte nicht gelesen werden: ${why}`,
  urlLabel: 'Adresse (URL) eines veröffentlichten Textes',
  urlHint: (limit: string, seconds: number): string =>
    `Eine reine Textdatei, z. B. in einem öffentlichen Repositorium von Gesetzen, von höchstens ${limit}, übertragen innerhalb von ${plural(seconds, { one: '# Sekunde', other: '# Sekunden' })}. Die Website muss anderen Websites das Lesen erlauben (CORS).`,
  urlFetch: 'Abrufen',
  urlFetching: 'Wird abgerufen…',
  urlProgress: (read: string, limit: string): string => `${read} von höchstens ${limit}`,
  urlCancel: 'Abbrechen',
  urlCancelled: 'Abruf abgebrochen. Es wurde nichts geändert.',
  urlTooLarge: (limit: string): string =>
    `Der Text unter dieser Adresse ist größer als ${limit} (nach dem Entpacken gezählt), das Maximum, das lawdiff liest; er wurde daher nicht abgerufen. Die Website hat geantwortet: Laden Sie die Datei herunter und teilen Sie sie auf.`,
  urlTimeout: (seconds: number): string =>
    `Die Website hat den Text nicht innerhalb von ${plural(seconds, { one: '# Sekunde', other: '# Sekunden' })} vollständig übertragen, der längsten Wartezeit von lawdiff. Versuchen Sie es später erneut oder laden Sie die Datei herunter und dann hoch.`,
  readAs: (encoding: string): string => `Gelesen als ${encoding}.`,
  sentence: (s: string): string => `${s}.`,
  fetchWhy: {
    tooLarge: (limit: string): string => `größer als ${limit}, das Maximum, das lawdiff liest`,
    timeout: (seconds: number): string => `nicht innerhalb von ${plural(seconds, { one: '# Sekunde', other: '# Sekunden' })} vollständig übertragen`,
    http: (status: number, text: string): string => `die Website antwortete mit ${status}${text ? ` ${text}` : ''}`,
    network: 'keine Antwort, oder die Website erlaubt anderen Websites nicht, sie zu lesen (CORS)',
    cancelled: 'abgebrochen',
  },
  urlFetched: (chars: number): string => plural(chars, { one: '# Zeichen abgerufen.', other: '# Zeichen abgerufen.' }),
  urlInvalid: 'Dies ist keine Webadresse (sie muss mit https:// oder http:// beginnen).',
  urlNetwork:
    'Der Text konnte nicht abgerufen werden: Die Website hat nicht geantwortet, sie erlaubt anderen Websites nicht, ihre Dateien zu lesen (CORS), oder diese Seite darf keine Verbindung zu ihr herstellen. Laden Sie die Datei stattdessen herunter und dann hoch.',
  urlHttp: (status: number, text: string): string => `Die Website antwortete mit ${status}${text ? ` ${text}` : ''}: Unter dieser Adresse gibt es keinen Text.`,
  urlHtml: 'Die Adresse führt zu einer Webseite, nicht zu einer Textdatei. Verwenden Sie die Adresse der reinen Datei.',
  pastedText: 'eingefügter Text',
  labelField: 'Bezeichnung',
  labelHint: 'Wie in der Zeitleiste angezeigt, z. B. „Entwurf zur zweiten Lesung“.',
  stageField: 'Stadium',
  dateField: 'Datum',
  languageField: 'Sprache',
  languageHint: 'BCP 47, z. B. zh-Hans, zh-Hant, en, de. Leer lassen, damit das Format entscheidet.',
  badLanguage: (tag: string): string =>
    `„${bidi(tag)}“ ist kein Sprachkennzeichen, das lawdiff verwenden kann. Wählen Sie eines aus der Liste oder geben Sie ein BCP-47-Kennzeichen wie zh-Hans, zh-Hant, de oder en ein.`,
  formatField: 'Format',
  formatDetect: 'Aus dem Text erkennen',
  formatDetected: (name: string): string => `Erkannt: ${name}`,
  formatUnknown: 'Das Format konnte nicht erkannt werden: Wählen Sie eines aus.',
  titleField: 'Titel',
  jurisdictionField: 'Rechtsordnung',
  jurisdictionHint: 'Ein Ländercode wie CN, TW, DE, US; darf leer sein.',
  checkText: 'Text prüfen',
  checkHint: 'Gespeichert wird erst, wenn Sie „Speichern“ wählen.',
  checkStale: 'Der Text oder seine Einstellungen haben sich seit der Prüfung geändert: Prüfen Sie ihn vor dem Speichern erneut.',
  needText: 'Es gibt noch keinen Text.',
  needLabel: 'Geben Sie der Fassung eine Bezeichnung.',
  needTitle: 'Geben Sie dem Gesetz einen Titel.',
  badDate: 'Das Datum muss die Form JJJJ-MM-TT haben oder leer sein.',
  importProblems: (errors: number, warnings: number): string =>
    errors > 0
      ? `${plural(errors, { one: '# Fehler', other: '# Fehler' })}${warnings > 0 ? ` und ${plural(warnings, { one: '# Warnung', other: '# Warnungen' })}` : ''}: was lawdiff nicht lesen konnte`
      : `${plural(warnings, { one: '# Warnung', other: '# Warnungen' })}: Der Text kann gespeichert werden; prüfen Sie diese Stellen`,
  previewHeading: 'Vorschau',
  previewSummary: (articles: number, format: string): string => `${plural(articles, { one: '# Vorschrift', other: '# Vorschriften' })}, gelesen als ${format}.`,
  previewNoArticles: 'In diesem Text wurden keine Vorschriften gefunden.',
  previewMore: (n: number): string => `… und ${plural(n, { one: '# weitere Vorschrift', other: '# weitere Vorschriften' })}`,
  save: 'In diesem Browser speichern',
  saving: 'Wird gespeichert…',
  saveBlocked: 'Beheben Sie vor dem Speichern die Fehler oben.',
  saveWith: (errors: number, warnings: number): string =>
    errors > 0
      ? `Mit ${plural(errors, { one: '# Fehler', other: '# Fehlern' })} speichern`
      : `Mit ${plural(warnings, { one: '# Warnung', other: '# Warnungen' })} speichern`,
  warningsKept: 'Die Warnungen werden mit der Fassung gespeichert.',
  unreadable:
    'Es kann nichts gespeichert werden: lawdiff hat in diesem Text keine Vorschrift gefunden. Korrigieren Sie den Text oder wählen Sie ein anderes Format und prüfen Sie ihn erneut.',
  errorsExplain:
    'Wird sie so gespeichert, enthält die Fassung, was lawdiff lesen konnte: Eine Zeile mit einem Fehler wird weggelassen (der Text darunter wird der vorhergehenden Vorschrift zugeschlagen), und eine doppelt vergebene Nummer bleibt doppelt. Korrigieren Sie den Text und prüfen Sie ihn erneut, oder speichern Sie ihn so, wie er ist.',
  acceptErrors: (n: number): string =>
    plural(n, {
      one: 'Ich habe den Fehler gesehen und möchte den Text so speichern, wie er ist',
      other: 'Ich habe die # Fehler gesehen und möchte den Text so speichern, wie er ist',
    }),
  checking: 'Text wird geprüft…',
  checkingProgress: (percent: number): string => `Text wird geprüft… ${percent} %`,
  cancelCheck: 'Abbrechen',
  checkCancelled: 'Prüfung abgebrochen. Es wurde nichts geändert.',
  checkFailed: (why: string): string => `Der Text konnte nicht geprüft werden: ${why}`,
  textLarge: (size: string): string => `Dieser Text ist ${size} groß – größer als jedes uns bekannte Gesetz; die Prüfung kann eine Weile dauern.`,
  textLoaded: (name: string, size: string, lines: number): string => `${bidi(name)}: ${size}, ${plural(lines, { one: '# Zeile', other: '# Zeilen' })}`,
  textNotShown:
    'Zu lang, um ihn hier zur Bearbeitung anzuzeigen: Er wird so geprüft, wie er ist. Bearbeiten Sie ihn in einem Texteditor und laden Sie ihn erneut, oder:',
  textShow: 'Hier anzeigen (langsam)',
  textClear: 'Text leeren',
  problemsShown: (shown: number, total: number): string => `Die ersten ${formatCount(shown)} von ${formatCount(total)} werden angezeigt.`,
  problemsMore: (n: number): string => plural(n, { one: '# weiteren anzeigen', other: '# weitere anzeigen' }),
  cannotSave: {
    unavailable:
      'Dieser Browser erlaubt lawdiff nicht, Daten zu speichern (privates Surfen oder deaktivierter Speicher), daher können importierte Texte nicht gespeichert werden. Sie können einen Text hier trotzdem prüfen.',
    blocked:
      'lawdiff ist in einem anderen Tab in einer älteren Version geöffnet, daher kann jetzt nichts gespeichert werden. Schließen Sie den anderen Tab oder laden Sie ihn neu und versuchen Sie es dann erneut.',
    outdated: 'lawdiff wurde in einem anderen Tab aktualisiert, daher kann diese Seite nichts mehr speichern. Laden Sie diese Seite neu und versuchen Sie es dann erneut.',
    full: 'Der Browserspeicher für lawdiff ist voll: Es wurde nichts gespeichert. Löschen Sie importierte Fassungen unter „Ihre Daten“ oder geben Sie Speicher frei und versuchen Sie es dann erneut.',
    corrupt: 'Die Daten, die lawdiff in diesem Browser speichert, konnten nicht gelesen werden, daher wurde nichts gespeichert.',
    exists: 'Eine Fassung oder ein Gesetz mit dieser Kennung wurde inzwischen gespeichert (in einem anderen Tab?): Es wurde nichts gespeichert. Versuchen Sie es erneut.',
    'not-found': 'Es existiert nicht mehr (es wurde möglicherweise in einem anderen Tab gelöscht).',
    changed: 'Es wurde inzwischen geändert (in einem anderen Tab?): Hier wurde nichts geändert. Prüfen Sie es und versuchen Sie es erneut.',
  } as Record<string, string>,
  exportVersionJson: 'Als JSON herunterladen',
  exportVersionAkn: 'Als Akoma Ntoso herunterladen',
  exportVersionLabel: 'Diese Fassung herunterladen',
  deleteVersion: 'Diese Fassung löschen',
  confirmDeleteVersion: (label: string): string =>
    `Die importierte Fassung „${bidi(label)}“ aus diesem Browser löschen? Dies kann nicht rückgängig gemacht werden.`,
  confirmDelete: 'Löschen',
  deleted: 'Gelöscht.',
  dataIntro:
    'Alles, was lawdiff in diesem Browser für Sie speichert: Ihre Notizen, die von Ihnen angelegten Gesetze und die von Ihnen importierten Fassungen. Eine Sicherungskopie enthält all das; beim Wiederherstellen wird sie mit dem Vorhandenen zusammengeführt, und es wird nie etwas gelöscht.',
  dataCounts: (notes: number, laws: number, versions: number, reports = 0): string =>
    `${plural(notes, { one: '# Notiz', other: '# Notizen' })}, ${plural(laws, { one: '# eigenes Gesetz', other: '# eigene Gesetze' })}, ${plural(versions, { one: '# importierte Fassung', other: '# importierte Fassungen' })}${reports > 0 ? `, ${plural(reports, { one: '# Begründung', other: '# Begründungen' })}` : ''}`,
  storageUsage: (used: string, quota: string): string => `Diese Website belegt ${used} der ${quota}, die der Browser ihr zugesteht.`,
  backupHeading: 'Sicherungskopie',
  backupExport: 'Sicherungskopie herunterladen',
  backupImport: 'Aus einer Sicherungskopie wiederherstellen',
  backupImportHint: 'Eine Datei im Format lawdiff-backup/1 (oder ein früherer Export von Notizen). Notizen, die hier später bearbeitet wurden als in der Datei, bleiben erhalten.',
  backupRejected: (message: string): string => `Diese Datei wurde nicht wiederhergestellt, und es wurde nichts geändert: ${message}`,
  backupMerged: (notes: number, laws: number, versions: number, kept: number, reports = 0): string =>
    `Wiederhergestellt (hinzugefügt oder aktualisiert): ${plural(notes, { one: '# Notiz', other: '# Notizen' })}, ${plural(laws, { one: '# Gesetz', other: '# Gesetze' })}${reports > 0 ? `, ${plural(versions, { one: '# Fassung', other: '# Fassungen' })} und ${plural(reports, { one: '# Begründung', other: '# Begründungen' })}` : ` und ${plural(versions, { one: '# Fassung', other: '# Fassungen' })}`}${kept > 0 ? `; ${plural(kept, { one: '# hier bereits gleich aktueller oder neuerer Eintrag wurde beibehalten', other: '# hier bereits gleich aktuelle oder neuere Einträge wurden beibehalten' })}` : ''}.`,
  yourLawsHeading: 'Ihre Gesetze',
  noUserLaws: 'Sie haben noch keine Gesetze angelegt.',
  importedHeading: 'Importierte Fassungen',
  noImported: 'Sie haben noch keine Fassungen importiert.',
  inLaw: (title: string): string => `in ${bidi(title)}`,
  lawMissing: 'ein Gesetz, das nicht in dieser Sammlung ist',
  deleteLaw: 'Dieses Gesetz löschen',
  confirmDeleteLaw: (title: string, versions: number, notes: number, reports = 0): string =>
    `„${bidi(title)}“, ${plural(versions, { one: 'seine # Fassung', other: 'seine # Fassungen' })}${reports > 0 ? `, ${plural(reports, { one: 'seine # Begründung', other: 'seine # Begründungen' })}` : ''} und ${plural(notes, { one: 'Ihre # Notiz dazu', other: 'Ihre # Notizen dazu' })} aus diesem Browser löschen? Dies kann nicht rückgängig gemacht werden.`,
  confirmDeleteLawRecord: (title: string, folder: string): string =>
    `Den Eintrag „${bidi(title)}“ löschen? Sein Ordner ${bidi(folder)} ist ein Gesetz dieser Sammlung: Dieses Gesetz, die darin importierten Fassungen und Ihre Notizen dazu bleiben erhalten. Dies kann nicht rückgängig gemacht werden.`,
  lawRecordShadowed: 'Sein Ordner ist ein Gesetz dieser Sammlung: Die dortigen Fassungen und Notizen gehören zu diesem Gesetz, nicht zu diesem Eintrag.',
  deleteChanged:
    'Dies wurde inzwischen geändert (in einem anderen Tab?): Es wurde nichts gelöscht. Prüfen Sie, was jetzt gelöscht würde, und bestätigen Sie erneut.',
  unreadableHeading: 'Nicht lesbare Einträge',
  unreadableIntro: (n: number): string =>
    plural(n, {
      one: 'lawdiff kann diesen Eintrag nicht lesen und lässt ihn deshalb weg – aus den Listen, den Vergleichen und der Sicherungskopie –; alles andere funktioniert wie gewohnt. Laden Sie ihn herunter, um seinen Inhalt zu behalten (oder um ihn mit einer Fehlermeldung zu senden), oder löschen Sie ihn.',
      other: 'lawdiff kann diese # Einträge nicht lesen und lässt sie deshalb weg – aus den Listen, den Vergleichen und der Sicherungskopie –; alles andere funktioniert wie gewohnt. Laden Sie einen herunter, um seinen Inhalt zu behalten (oder um ihn mit einer Fehlermeldung zu senden), oder löschen Sie ihn.',
    }),
  unreadableCounts: (n: number): string =>
    plural(n, {
      one: '# Eintrag kann nicht gelesen werden (siehe „Nicht lesbare Einträge“).',
      other: '# Einträge können nicht gelesen werden (siehe „Nicht lesbare Einträge“).',
    }),
  unreadableStore: { notes: 'Notiz', versions: 'Importierte Fassung', laws: 'Eigenes Gesetz' } as Record<string, string>,
  unreadableDownload: 'Als JSON herunterladen',
  unreadableDelete: 'Diesen Eintrag löschen',
  confirmDeleteRecord:
    'Diesen Eintrag aus diesem Browser löschen? Laden Sie ihn zuerst herunter, um seinen Inhalt zu behalten. Dies kann nicht rückgängig gemacht werden.',
  backupLeftOut: (n: number): string =>
    plural(n, {
      one: 'Die Sicherungskopie enthält alles außer # Eintrag, der nicht gelesen werden kann (siehe „Nicht lesbare Einträge“).',
      other: 'Die Sicherungskopie enthält alles außer # Einträgen, die nicht gelesen werden können (siehe „Nicht lesbare Einträge“).',
    }),
  backupRenamed: (title: string, from: string, to: string, reason: 'shipped' | 'taken'): string =>
    reason === 'shipped'
      ? `„${bidi(title)}“ wurde als eigenes Gesetz unter dem neuen Ordner ${bidi(to)} wiederhergestellt: Sein Ordner in der Datei, ${bidi(from)}, ist ein Gesetz dieser Sammlung, das unverändert bleibt.`
      : `„${bidi(title)}“ wurde unter dem neuen Ordner ${bidi(to)} wiederhergestellt: Sein Ordner in der Datei, ${bidi(from)}, enthält hier bereits ein anderes Gesetz von Ihnen, das unverändert bleibt.`,
  backupSkipped: (n: number, reason: 'unreadable' | 'id-taken'): string =>
    reason === 'unreadable'
      ? plural(n, {
          one: '# Eintrag der Datei wurde nicht wiederhergestellt: Der Eintrag mit seinem Schlüssel ist hier nicht lesbar und bleibt unverändert (siehe „Nicht lesbare Einträge“).',
          other: '# Einträge der Datei wurden nicht wiederhergestellt: Die Einträge mit ihren Schlüsseln sind hier nicht lesbar und bleiben unverändert (siehe „Nicht lesbare Einträge“).',
        })
      : plural(n, {
          one: '# Notiz der Datei wurde nicht wiederhergestellt: Eine andere Notiz hier hat ihre Kennung.',
          other: '# Notizen der Datei wurden nicht wiederhergestellt: Andere Notizen hier haben jeweils deren Kennung.',
        }),

  formatNames: deFormatNames as Record<string, string>,
  stage: {
    draft: 'Entwurf',
    'second-reading': 'Zweite Lesung',
    'third-reading': 'Dritte Lesung',
    adopted: 'Beschlossen',
    final: 'Endfassung',
    amended: 'Geändert',
    revised: 'Neufassung',
    consolidated: 'Konsolidierte Fassung',
    introduced: 'Eingebracht',
    engrossed: 'Vom Repräsentantenhaus beschlossen',
    enrolled: 'Von beiden Kammern beschlossen',
  } as Record<string, string>,
  docx: {
    tableTitle: 'Synopse',
    explanations: 'Begründung',
    pageOf: (page: string, pages: string): string => `Seite ${page} von ${pages}`,
    historyTitle: 'Entwicklung der Vorschrift',
  },
  sheet: {
    name: 'Änderungen',
    kind: 'Änderung',
    oldNumber: 'Bisherige Nummer',
    newNumber: 'Neue Nummer',
    division: 'Gliederung',
    wordsAdded: 'Wörter eingefügt',
    wordsRemoved: 'Wörter gestrichen',
    charsAdded: 'Zeichen eingefügt',
    charsRemoved: 'Zeichen gestrichen',
    similarity: 'Ähnlichkeit',
    explained: 'Begründung',
    link: 'Verweis',
    yes: 'ja',
    no: 'nein',
  },
  tracked: {
    header: (older: string, newer: string): string => `Nachverfolgte Änderungen von ${older} zu ${newer}`,
  },
  readings: readingsDe,
  place: dePlace,
  problems: deProblems,
};
