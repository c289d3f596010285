/**
 * What a check lets the reader do with a text (saveVerdict), and that a version saved anyway
 * keeps the check's problems in the library (the first KEPT_PROBLEMS of them, with the counts).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { saveVerdict } from '../../../src/app/import-protocol.js';
import { problem } from '../../../src/model/problems.js';
import { KEPT_PROBLEMS } from '../../../src/store/db.js';
import { addVersion, createLaw, readLawVersions } from '../../../src/store/library.js';
import { oneArticleDoc, openDb, value } from '../../helpers/store.js';

describe('saveVerdict', () => {
  it.each([
    [{ articles: 3, errors: 0, warnings: 0 }, 'clean'],
    [{ articles: 3, errors: 0, warnings: 2 }, 'warnings'],
    [{ articles: 3, errors: 1, warnings: 2 }, 'errors'],
    [{ articles: 0, errors: 1, warnings: 0 }, 'unreadable'],
    // No article is nothing to save, whatever else was found.
    [{ articles: 0, errors: 0, warnings: 4 }, 'unreadable'],
  ] as const)('%o → %s', (report, verdict) => {
    expect(saveVerdict(report)).toBe(verdict);
  });
});

describe('a version saved with problems', () => {
  const info = (id: string) => ({ id, label: id, stage: '', date: '' });

  it('keeps the counts and the first problems; a clean one keeps nothing', async () => {
    const db = await openDb();
    const many = [problem('error', 3, '第十X条', 'cn.articleUnreadable', { heading: '第十X条' }), ...Array.from({ length: KEPT_PROBLEMS + 5 }, (_, i) => problem('warning', i + 10, '##', 'cn.emptyHeading', {}))];
    value(await createLaw(db, 'mine', { id: 'mine', title: { en: 'Mine' }, jurisdiction: '', language: 'en' }, { info: info('first'), doc: oneArticleDoc('first'), problems: many }));
    value(await addVersion(db, 'mine', { info: info('clean'), doc: oneArticleDoc('clean'), problems: [] }));
    const [clean, first] = value(await readLawVersions(db, 'mine')).sort((a, b) => a.versionId.localeCompare(b.versionId));
    expect(clean!.checkProblems).toBeUndefined();
    expect(first!.checkProblems).toMatchObject({ errors: 1, warnings: KEPT_PROBLEMS + 5 });
    expect(first!.checkProblems!.problems).toHaveLength(KEPT_PROBLEMS);
    expect(first!.checkProblems!.problems[0]!.message).toContain('unreadable number');
  });
});
