/**
 * Every piece of UI text, in English. A translation is a second object of the
 * same shape; law text never comes from here.
 */

/** The language of the UI (BCP 47). Titles are shown in it when the law has one. */
export const uiLanguage = 'en';

const plural = (n: number, one: string, many: string): string => (n === 1 ? `1 ${one}` : `${n.toLocaleString(uiLanguage)} ${many}`);

/** The UI text; functions where a number or a name goes into the sentence. */
export const strings = {
  appName: 'lawdiff',
  appTagline: 'Successive readings of laws, article by article',
  breadcrumb: 'Breadcrumb',
  home: 'Laws',

  lawsHeading: 'Laws',
  loadingCollection: 'Loading the collection…',
  collectionFailed: 'The collection could not be loaded.',
  collectionEmpty: 'This collection has no laws yet.',
  collectionEmptyHint: 'Add law folders (each with a law.json) to the collection folder, or list them in its index.json.',
  retry: 'Try again',

  problemsHeading: (n: number): string => (n === 1 ? 'A file could not be loaded' : `${n.toLocaleString(uiLanguage)} problems loading the collection`),
  problemsHint: 'The other laws are listed below.',
  problemAt: 'at',

  fictional: 'Fictional example',
  fictionalHint: 'An invented law for demonstration; not the text of any real law.',
  jurisdiction: 'Jurisdiction',
  language: 'Language',
  versionCount: (n: number): string => plural(n, 'version', 'versions'),
  articleCount: (n: number): string => plural(n, 'article', 'articles'),

  lawNotFound: (folder: string): string => `This collection has no law “${folder}”.`,
  versionNotFound: (id: string): string => `This law has no version “${id}”.`,
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
  importWarnings: (n: number): string => plural(n, 'import warning', 'import warnings'),
  contents: 'Contents',
  documentInfo: 'Document information',
  preamble: 'Preamble',
  annexes: 'Annexes',
  repealed: 'Repealed',
  unnumbered: 'Unnumbered section',
  linkToArticle: 'Link to this article',
  annotation: { explanation: 'Explanation', note: 'Note' },
  source: 'Source',

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
} as const;
