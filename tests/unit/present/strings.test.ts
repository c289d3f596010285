/**
 * Every UI string that counts something, at 0, 1, 2 and 1,000: the plural
 * form chosen by the UI language's plural rules (`1 change`, `2 changes`) and
 * the number written as the UI language writes it (`1,000`). A guard makes a
 * new counting string fail here until it has a row in the table.
 */
import { describe, expect, it } from 'vitest';
import { formatCount, plural, strings } from '../../../src/present/strings.js';

type Row = [name: string, count: (n: number) => string, expected: [zero: string, one: string, two: string, thousand: string]];

/** One row per counting string; the count under test is `n`, other numbers fixed. */
const table: Row[] = [
  ['problemsHeading', (n) => strings.problemsHeading(n), ['0 problems loading the collection', 'A file could not be loaded', '2 problems loading the collection', '1,000 problems loading the collection']],
  ['versionCount', (n) => strings.versionCount(n), ['0 versions', '1 version', '2 versions', '1,000 versions']],
  ['articleCount', (n) => strings.articleCount(n), ['0 articles', '1 article', '2 articles', '1,000 articles']],
  ['importWarnings', (n) => strings.importWarnings(n), ['0 import warnings', '1 import warning', '2 import warnings', '1,000 import warnings']],
  ['wordsChanged (added)', (n) => strings.wordsChanged(n, 3), ['0 words added, 3 removed', '1 word added, 3 removed', '2 words added, 3 removed', '1,000 words added, 3 removed']],
  ['wordsChanged (removed)', (n) => strings.wordsChanged(2, n), ['2 words added, 0 removed', '2 words added, 1 removed', '2 words added, 2 removed', '2 words added, 1,000 removed']],
  ['charactersChanged (added)', (n) => strings.charactersChanged(n, 3), ['0 characters added, 3 removed', '1 character added, 3 removed', '2 characters added, 3 removed', '1,000 characters added, 3 removed']],
  ['charactersChanged (removed)', (n) => strings.charactersChanged(2, n), ['2 characters added, 0 removed', '2 characters added, 1 removed', '2 characters added, 2 removed', '2 characters added, 1,000 removed']],
  ['mapEntry (articles)', (n) => strings.mapEntry('Chapter I', 0, n), ['Chapter I: 0 of 0 articles changed', 'Chapter I: 0 of 1 article changed', 'Chapter I: 0 of 2 articles changed', 'Chapter I: 0 of 1,000 articles changed']],
  ['mapEntry (changes)', (n) => strings.mapEntry('Chapter I', n, 2000), ['Chapter I: 0 of 2,000 articles changed', 'Chapter I: 1 of 2,000 articles changed', 'Chapter I: 2 of 2,000 articles changed', 'Chapter I: 1,000 of 2,000 articles changed']],
  ['changeCounter (total)', (n) => strings.changeCounter(-1, n), ['no changes', '1 change', '2 changes', '1,000 changes']],
  ['changeCounter (position)', (n) => strings.changeCounter(n - 1, n * 2), ['no changes', '1 / 2', '2 / 4', '1,000 / 2,000']],
  ['matchCounter (total)', (n) => strings.matchCounter(-1, n), ['no matches', '1 match', '2 matches', '1,000 matches']],
  ['matchCounter (position)', (n) => strings.matchCounter(n - 1, n * 2), ['no matches', '1 / 2', '2 / 4', '1,000 / 2,000']],
  ['concordanceCount', (n) => strings.concordanceCount(n), ['0 articles', '1 article', '2 articles', '1,000 articles']],
  ['noteCount', (n) => strings.noteCount(n), ['0 notes', '1 note', '2 notes', '1,000 notes']],
  ['pastedPage', (n) => strings.pastedPage(n), ['Pasted from a web page: 0 paragraphs; headings start with hash marks.', 'Pasted from a web page: 1 paragraph; headings start with hash marks.', 'Pasted from a web page: 2 paragraphs; headings start with hash marks.', 'Pasted from a web page: 1,000 paragraphs; headings start with hash marks.']],
  [
    'cachesCounts (comparisons)',
    (n) => strings.cachesCounts(n, '1 KB', 2, '3 KB'),
    [
      '0 saved comparisons (about 1 KB) · 2 texts kept offline (3 KB).',
      '1 saved comparison (about 1 KB) · 2 texts kept offline (3 KB).',
      '2 saved comparisons (about 1 KB) · 2 texts kept offline (3 KB).',
      '1,000 saved comparisons (about 1 KB) · 2 texts kept offline (3 KB).',
    ],
  ],
  [
    'cachesCounts (files)',
    (n) => strings.cachesCounts(2, '1 KB', n, '3 KB'),
    [
      '2 saved comparisons (about 1 KB) · 0 texts kept offline (3 KB).',
      '2 saved comparisons (about 1 KB) · 1 text kept offline (3 KB).',
      '2 saved comparisons (about 1 KB) · 2 texts kept offline (3 KB).',
      '2 saved comparisons (about 1 KB) · 1,000 texts kept offline (3 KB).',
    ],
  ],
  ['offlineAvailable', (n) => strings.offlineAvailable(n, '5 KB'), ['Available offline: 0 files, 5 KB.', 'Available offline: 1 file, 5 KB.', 'Available offline: 2 files, 5 KB.', 'Available offline: 1,000 files, 5 KB.']],
  ['offlinePartly (total)', (n) => strings.offlinePartly(0, n), ['0 of 0 files available offline.', '0 of 1 file available offline.', '0 of 2 files available offline.', '0 of 1,000 files available offline.']],
  ['offlinePartly (cached)', (n) => strings.offlinePartly(n, 3000), ['0 of 3,000 files available offline.', '1 of 3,000 files available offline.', '2 of 3,000 files available offline.', '1,000 of 3,000 files available offline.']],
  ['offlineDownloading', (n) => strings.offlineDownloading(n, 2000), ['Downloading 0 of 2,000…', 'Downloading 1 of 2,000…', 'Downloading 2 of 2,000…', 'Downloading 1,000 of 2,000…']],
  ['urlFetched', (n) => strings.urlFetched(n), ['Fetched 0 characters.', 'Fetched 1 character.', 'Fetched 2 characters.', 'Fetched 1,000 characters.']],
  [
    'urlHint',
    (n) => strings.urlHint('32 MB', n),
    [
      'A raw text file, e.g. in a public repository of laws, of at most 32 MB, sent within 0 seconds. The site must allow other sites to read it (CORS).',
      'A raw text file, e.g. in a public repository of laws, of at most 32 MB, sent within 1 second. The site must allow other sites to read it (CORS).',
      'A raw text file, e.g. in a public repository of laws, of at most 32 MB, sent within 2 seconds. The site must allow other sites to read it (CORS).',
      'A raw text file, e.g. in a public repository of laws, of at most 32 MB, sent within 1,000 seconds. The site must allow other sites to read it (CORS).',
    ],
  ],
  [
    'urlTimeout',
    (n) => strings.urlTimeout(n),
    [
      'The site did not send the whole text within 0 seconds, the longest lawdiff waits. Try again later, or download the file and upload it.',
      'The site did not send the whole text within 1 second, the longest lawdiff waits. Try again later, or download the file and upload it.',
      'The site did not send the whole text within 2 seconds, the longest lawdiff waits. Try again later, or download the file and upload it.',
      'The site did not send the whole text within 1,000 seconds, the longest lawdiff waits. Try again later, or download the file and upload it.',
    ],
  ],
  [
    'fetchWhy (timeout)',
    (n) => strings.fetchWhy.timeout(n),
    ['not sent whole within 0 seconds', 'not sent whole within 1 second', 'not sent whole within 2 seconds', 'not sent whole within 1,000 seconds'],
  ],
  [
    'importProblems (errors)',
    (n) => strings.importProblems(Math.max(n, 1), n),
    ['1 error: what lawdiff could not read', '1 error and 1 warning: what lawdiff could not read', '2 errors and 2 warnings: what lawdiff could not read', '1,000 errors and 1,000 warnings: what lawdiff could not read'],
  ],
  ['saveWith (errors)', (n) => strings.saveWith(Math.max(n, 1), 5), ['Save with 1 error', 'Save with 1 error', 'Save with 2 errors', 'Save with 1,000 errors']],
  ['saveWith (warnings)', (n) => strings.saveWith(0, n), ['Save with 0 warnings', 'Save with 1 warning', 'Save with 2 warnings', 'Save with 1,000 warnings']],
  [
    'acceptErrors',
    (n) => strings.acceptErrors(n),
    [
      'I have seen the 0 errors and want to save the text as it is',
      'I have seen the error and want to save the text as it is',
      'I have seen the 2 errors and want to save the text as it is',
      'I have seen the 1,000 errors and want to save the text as it is',
    ],
  ],
  ['problemsShown', (n) => strings.problemsShown(n, 2000), ['The first 0 of 2,000 are shown.', 'The first 1 of 2,000 are shown.', 'The first 2 of 2,000 are shown.', 'The first 1,000 of 2,000 are shown.']],
  ['problemsMore', (n) => strings.problemsMore(n), ['Show 0 more', 'Show 1 more', 'Show 2 more', 'Show 1,000 more']],
  ['notesShowEarlier', (n) => strings.notesShowEarlier(n), ['Show 0 earlier notes', 'Show 1 earlier note', 'Show 2 earlier notes', 'Show 1,000 earlier notes']],
  [
    'notesHeldLocally',
    (n) => strings.notesHeldLocally(n, 'why').replace(/ saved on .*(They|It) will/u, ' … $1 will'),
    ['0 notes here are … They will be moved into lawdiff’s database as soon as it can be opened.', 'One note here is … It will be moved into lawdiff’s database as soon as it can be opened.', '2 notes here are … They will be moved into lawdiff’s database as soon as it can be opened.', '1,000 notes here are … They will be moved into lawdiff’s database as soon as it can be opened.'],
  ],
  ['textLoaded', (n) => strings.textLoaded('law.txt', '2 MB', n), ['law.txt: 2 MB, 0 lines', 'law.txt: 2 MB, 1 line', 'law.txt: 2 MB, 2 lines', 'law.txt: 2 MB, 1,000 lines']],
  [
    'importProblems (warnings only)',
    (n) => strings.importProblems(0, n),
    [
      '0 warnings: the text can be saved; check these places',
      '1 warning: the text can be saved; check these places',
      '2 warnings: the text can be saved; check these places',
      '1,000 warnings: the text can be saved; check these places',
    ],
  ],
  ['previewSummary', (n) => strings.previewSummary(n, 'English text'), ['0 articles, read as English text.', '1 article, read as English text.', '2 articles, read as English text.', '1,000 articles, read as English text.']],
  ['previewMore', (n) => strings.previewMore(n), ['… and 0 more articles', '… and 1 more article', '… and 2 more articles', '… and 1,000 more articles']],
  ['dataCounts (notes)', (n) => strings.dataCounts(n, 2, 2), ['0 notes, 2 laws of your own, 2 imported versions', '1 note, 2 laws of your own, 2 imported versions', '2 notes, 2 laws of your own, 2 imported versions', '1,000 notes, 2 laws of your own, 2 imported versions']],
  ['dataCounts (laws)', (n) => strings.dataCounts(2, n, 2), ['2 notes, 0 laws of your own, 2 imported versions', '2 notes, 1 law of your own, 2 imported versions', '2 notes, 2 laws of your own, 2 imported versions', '2 notes, 1,000 laws of your own, 2 imported versions']],
  ['dataCounts (reports)', (n) => strings.dataCounts(2, 2, 2, n), ['2 notes, 2 laws of your own, 2 imported versions', '2 notes, 2 laws of your own, 2 imported versions, 1 explanation document', '2 notes, 2 laws of your own, 2 imported versions, 2 explanation documents', '2 notes, 2 laws of your own, 2 imported versions, 1,000 explanation documents']],
  ['reports.button', (n) => strings.reports.button(n), ['Explanation documents', 'Explanation documents (1)', 'Explanation documents (2)', 'Explanation documents (1,000)']],
  ['dataCounts (versions)', (n) => strings.dataCounts(2, 2, n), ['2 notes, 2 laws of your own, 0 imported versions', '2 notes, 2 laws of your own, 1 imported version', '2 notes, 2 laws of your own, 2 imported versions', '2 notes, 2 laws of your own, 1,000 imported versions']],
  [
    'backupMerged (added)',
    (n) => strings.backupMerged(n, n, n, 0),
    ['Restored: 0 notes, 0 laws and 0 versions added or updated.', 'Restored: 1 note, 1 law and 1 version added or updated.', 'Restored: 2 notes, 2 laws and 2 versions added or updated.', 'Restored: 1,000 notes, 1,000 laws and 1,000 versions added or updated.'],
  ],
  [
    'backupMerged (kept)',
    (n) => strings.backupMerged(0, 0, 0, n),
    [
      'Restored: 0 notes, 0 laws and 0 versions added or updated.',
      'Restored: 0 notes, 0 laws and 0 versions added or updated; 1 already here as new or newer was kept.',
      'Restored: 0 notes, 0 laws and 0 versions added or updated; 2 already here as new or newer were kept.',
      'Restored: 0 notes, 0 laws and 0 versions added or updated; 1,000 already here as new or newer were kept.',
    ],
  ],
  ['linkOriginList', (n) => strings.linkOriginList(n), ['They were imported from these 0 public addresses:', 'It was imported from this public address:', 'They were imported from these 2 public addresses:', 'They were imported from these 1,000 public addresses:']],
  ['linkImportOffer', (n) => strings.linkImportOffer(n), ['Import them from these addresses…', 'Import it from this address…', 'Import them from these addresses…', 'Import them from these addresses…']],
  [
    'linkImportConfirm',
    (n) => strings.linkImportConfirm(n),
    [
      'lawdiff will fetch these 0 texts from the addresses above, check them and save them in this browser. Nothing else is sent to anyone.',
      'lawdiff will fetch this text from the address above, check it and save it in this browser. Nothing else is sent to anyone.',
      'lawdiff will fetch these 2 texts from the addresses above, check them and save them in this browser. Nothing else is sent to anyone.',
      'lawdiff will fetch these 1,000 texts from the addresses above, check them and save them in this browser. Nothing else is sent to anyone.',
    ],
  ],
  [
    'confirmDeleteLaw (versions)',
    (n) => strings.confirmDeleteLaw('My law', n, 2),
    [
      'Delete “My law”, its 0 versions and your 2 notes on it from this browser? This cannot be undone.',
      'Delete “My law”, its 1 version and your 2 notes on it from this browser? This cannot be undone.',
      'Delete “My law”, its 2 versions and your 2 notes on it from this browser? This cannot be undone.',
      'Delete “My law”, its 1,000 versions and your 2 notes on it from this browser? This cannot be undone.',
    ],
  ],
  [
    'confirmDeleteLaw (notes)',
    (n) => strings.confirmDeleteLaw('My law', 2, n),
    [
      'Delete “My law”, its 2 versions and your 0 notes on it from this browser? This cannot be undone.',
      'Delete “My law”, its 2 versions and your 1 note on it from this browser? This cannot be undone.',
      'Delete “My law”, its 2 versions and your 2 notes on it from this browser? This cannot be undone.',
      'Delete “My law”, its 2 versions and your 1,000 notes on it from this browser? This cannot be undone.',
    ],
  ],
  [
    'unreadableIntro',
    (n) => strings.unreadableIntro(n).split(',')[0]!,
    ['lawdiff cannot read these 0 records', 'lawdiff cannot read this record', 'lawdiff cannot read these 2 records', 'lawdiff cannot read these 1'],
  ],
  [
    'unreadableCounts',
    (n) => strings.unreadableCounts(n),
    [
      '0 records cannot be read (see “Records that cannot be read”).',
      '1 record cannot be read (see “Records that cannot be read”).',
      '2 records cannot be read (see “Records that cannot be read”).',
      '1,000 records cannot be read (see “Records that cannot be read”).',
    ],
  ],
  [
    'backupLeftOut',
    (n) => strings.backupLeftOut(n),
    [
      'The backup holds everything except 0 records that cannot be read (see “Records that cannot be read”).',
      'The backup holds everything except 1 record that cannot be read (see “Records that cannot be read”).',
      'The backup holds everything except 2 records that cannot be read (see “Records that cannot be read”).',
      'The backup holds everything except 1,000 records that cannot be read (see “Records that cannot be read”).',
    ],
  ],
  [
    'backupSkipped (unreadable)',
    (n) => strings.backupSkipped(n, 'unreadable').split(':')[0]!,
    ['0 records of the file were not restored', '1 record of the file was not restored', '2 records of the file were not restored', '1,000 records of the file were not restored'],
  ],
  [
    'backupSkipped (id-taken)',
    (n) => strings.backupSkipped(n, 'id-taken'),
    [
      '0 notes of the file were not restored: a different note here has each one’s id.',
      '1 note of the file was not restored: a different note here has its id.',
      '2 notes of the file were not restored: a different note here has each one’s id.',
      '1,000 notes of the file were not restored: a different note here has each one’s id.',
    ],
  ],
  [
    'movedTo',
    (n) => strings.movedTo('第五条', n),
    ['moved to 第五条 (0)', 'moved to 第五条 (1)', 'moved to 第五条 (2)', 'moved to 第五条 (1,000)'],
  ],
  [
    'movedFromLine',
    (n) => strings.movedFromLine('§ 2', n),
    ['moved from § 2 (0)', 'moved from § 2 (1)', 'moved from § 2 (2)', 'moved from § 2 (1,000)'],
  ],
];

/** Strings that take a number but count nothing (an HTTP status is not written `1,000`). */
const notCounts = new Set(['urlHttp']);

describe('counting strings', () => {
  it.each(table)('%s at 0, 1, 2 and 1,000', (_name, count, expected) => {
    expect([0, 1, 2, 1000].map(count)).toEqual(expected);
  });

  it('has a row for every string that formats a number', () => {
    const tested = new Set(table.map(([name]) => name.split(' ')[0]));
    const counting = Object.entries(strings)
      .filter(([name, value]) => typeof value === 'function' && !notCounts.has(name) && /plural\(|formatCount\(|toLocaleString\(/u.test(String(value)))
      .map(([name]) => name);
    expect(counting.filter((name) => !tested.has(name))).toEqual([]);
  });

  it('never writes a number by hand: every count goes through plural or formatCount', () => {
    const byHand = Object.entries(strings).filter(([name, value]) => typeof value === 'function' && !notCounts.has(name) && /toLocaleString\(/u.test(String(value)));
    expect(byHand.map(([name]) => name)).toEqual([]);
  });
});

describe('plural', () => {
  it('picks the exact form first, then the plural category, then other', () => {
    const forms = { '=0': 'none', one: '# item', other: '# items' };
    expect([0, 1, 2, 1000, 1.5].map((n) => plural(n, forms))).toEqual(['none', '1 item', '2 items', '1,000 items', '1.5 items']);
    expect(plural(1, { other: '# items' })).toBe('1 items');
  });

  it('follows the rules of the language it is given (ready for more UI languages)', () => {
    // German groups with a dot; Chinese has one form for every number.
    expect(plural(1000, { one: '# Änderung', other: '# Änderungen' }, 'de')).toBe('1.000 Änderungen');
    expect(plural(1, { one: '# Änderung', other: '# Änderungen' }, 'de')).toBe('1 Änderung');
    expect(plural(1, { other: '# 处修改' }, 'zh')).toBe('1 处修改');
    // Polish: 2 is "few", 5 is "many".
    const pl = { one: '# zmiana', few: '# zmiany', many: '# zmian', other: '# zmiany' };
    expect([1, 2, 5, 22].map((n) => plural(n, pl, 'pl'))).toEqual(['1 zmiana', '2 zmiany', '5 zmian', '22 zmiany']);
  });

  it('writes numbers in the UI language', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(1234567, 'de')).toBe('1.234.567');
  });
});
