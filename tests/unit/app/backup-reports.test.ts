import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { backupRecordProblem, makeBackup, parseBackup } from '../../../src/app/backup.js';
import { reportKey, type StoredReport } from '../../../src/store/db.js';
import { mergeContent, readContent, type LibraryContent } from '../../../src/store/library.js';
import { correctReport, listReports, putReport } from '../../../src/store/reports.js';
import { openDb, value } from '../../helpers/store.js';

const T1 = '2025-02-01T00:00:00.000Z';
const T2 = '2025-03-01T00:00:00.000Z';

const report = (folder: string, reportId: string, over: Partial<StoredReport> = {}): StoredReport => ({
  id: reportKey(folder, reportId),
  folder,
  reportId,
  title: `Report ${reportId}`,
  source: '',
  old: 'v1',
  new: 'v2',
  text: '关于草案的说明\n\n第三条修改为……',
  origin: 'imported',
  corrections: [],
  savedAt: T1,
  ...over,
});

const empty: LibraryContent = { notes: [], laws: [], versions: [], reports: [] };

describe('reports in backup files', () => {
  it('round-trip with corrections: make, JSON, parse, merge into an empty library lists the same reports', async () => {
    const a = await openDb();
    const mine = report('law', 'mine');
    const theirs = report('law', 'npc', { origin: 'collection', source: 'reports/npc.txt' });
    const elsewhere = report('other-law', 'x');
    for (const r of [mine, theirs, elsewhere]) value(await putReport(a, r));
    value(await correctReport(a, theirs.id, 2, [{ version: 'v2', article: '3' }], new Date(T2)));
    value(await correctReport(a, theirs.id, 1, [], new Date(T2)));
    const before = value(await listReports(a, 'law')).reports;
    const content = value(await readContent(a, { check: backupRecordProblem }));
    expect(content.unreadable).toEqual([]);
    expect(content.reports).toHaveLength(3);

    const backup = makeBackup(content, new Date(T2));
    expect(backup.reports.map((r) => r.reportId).sort()).toEqual(['mine', 'npc', 'x']);
    expect(backup.reports.every((r) => !('id' in r))).toBe(true);
    const parsed = parseBackup(JSON.stringify(backup, null, 2));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.content.reports).toEqual(content.reports);

    const b = await openDb();
    expect(value(await mergeContent(b, parsed.content)).reports).toEqual({ added: 3, replaced: 0, kept: 0 });
    expect(value(await listReports(b, 'law'))).toEqual({ reports: before, unreadable: [] });
    expect(value(await listReports(b, 'other-law')).reports).toEqual([elsewhere]);
    // Again: nothing newer, nothing changes.
    expect(value(await mergeContent(b, parsed.content)).reports).toEqual({ added: 0, replaced: 0, kept: 3 });
    a.close();
    b.close();
  });

  it('merges by savedAt: a newer report of the file replaces the stored one, an older one is kept out', async () => {
    const db = await openDb();
    value(await putReport(db, report('law', 'a', { title: 'stored', savedAt: T2 })));
    value(await putReport(db, report('law', 'b', { title: 'stored', savedAt: T1 })));
    const file = { ...empty, reports: [report('law', 'a', { title: 'file', savedAt: T1 }), report('law', 'b', { title: 'file', savedAt: T2 })] };
    expect(value(await mergeContent(db, file)).reports).toEqual({ added: 0, replaced: 1, kept: 1 });
    expect(value(await listReports(db, 'law')).reports.map((r) => `${r.reportId}:${r.title}`)).toEqual(['a:stored', 'b:file']);
    db.close();
  });

  it('moves the reports of a law restored under a new folder', async () => {
    const db = await openDb();
    const law = { folder: 'shipped', law: { id: 'shipped', title: { en: 'Evil' }, jurisdiction: '', language: 'en', versions: [] }, savedAt: T1 };
    const file: LibraryContent = {
      ...empty,
      laws: [law],
      versions: [
        {
          collection: '~library',
          folder: 'shipped',
          versionId: 'mine',
          info: { id: 'mine', label: 'Mine', stage: '', date: '', file: '~imported/mine.json' },
          doc: { title: 'x', language: 'en', articles: [], sections: [] } as never,
          origin: 'imported',
          savedAt: T1,
        },
      ],
      reports: [report('shipped', 'on-mine', { new: 'mine' }), report('shipped', 'on-shipped', { origin: 'collection' })],
    };
    const summary = value(await mergeContent(db, file, { shipped: ['shipped'], random: () => 'r4nd0' }));
    expect(summary.renamed.map((r) => r.to)).toEqual(['user-evil-r4nd0']);
    expect(value(await listReports(db, 'user-evil-r4nd0')).reports.map((r) => r.id)).toEqual(['user-evil-r4nd0|on-mine']);
    expect(value(await listReports(db, 'shipped')).reports.map((r) => r.id)).toEqual(['shipped|on-shipped']);
    db.close();
  });

  it('parses a backup of the previous build, without reports, as having none', () => {
    const old = { format: 'lawdiff-backup/1', exported: T1, notes: [], laws: [], versions: [] };
    expect(parseBackup(JSON.stringify(old))).toEqual({ ok: true, content: empty });
  });

  it('names the JSON path of a bad report', () => {
    const good = makeBackup({ ...empty, reports: [report('law', 'a'), report('law', 'b')] });
    const bad = (edit: (r: Record<string, unknown>) => void, i = 1): ReturnType<typeof parseBackup> => {
      const file = JSON.parse(JSON.stringify(good)) as { reports: Record<string, unknown>[] };
      edit(file.reports[i]!);
      return parseBackup(JSON.stringify(file));
    };
    expect(parseBackup(JSON.stringify(good))).toMatchObject({ ok: true });
    expect(bad((r) => delete r.text)).toEqual({ ok: false, path: '$.reports[1].text', code: 'json.expected', args: { path: '$.reports[1].text', expectedKind: 'string', found: undefined }, message: '$.reports[1].text: expected a string, found nothing' });
    expect(bad((r) => (r.origin = 'mine'))).toMatchObject({ ok: false, path: '$.reports[1].origin' });
    expect(bad((r) => (r.folder = 'a/b'))).toMatchObject({ ok: false, path: '$.reports[1].folder' });
    expect(bad((r) => (r.savedAt = 'yesterday'))).toMatchObject({ ok: false, path: '$.reports[1].savedAt' });
    expect(bad((r) => (r.corrections = [{ paragraph: 0, links: [] }]))).toMatchObject({ ok: false, path: '$.reports[1].corrections[0].paragraph' });
    expect(bad((r) => (r.corrections = [{ paragraph: 2, links: [{ version: 'v1' }] }]))).toMatchObject({ ok: false, path: '$.reports[1].corrections[0].links[0].article' });
    expect(
      bad(
        (r) =>
          (r.corrections = [
            { paragraph: 2, links: [] },
            { paragraph: 2, links: [] },
          ]),
      ),
    ).toMatchObject({ ok: false, path: '$.reports[1].corrections[1]' });
    expect(bad((r) => (r.reportId = 'a'))).toMatchObject({ ok: false, path: '$.reports[1]', message: expect.stringContaining('appears twice') as string });
    expect(parseBackup(JSON.stringify({ ...good, reports: {} }))).toMatchObject({ ok: false, path: '$.reports' });
  });

  it('backupRecordProblem names what a stored report lacks', () => {
    expect(backupRecordProblem('reports', report('law', 'a'))).toBeUndefined();
    expect(backupRecordProblem('reports', { ...report('law', 'a'), id: 'law|b' })?.message).toMatch(/^id: expected/u);
    expect(backupRecordProblem('reports', { ...report('law', 'a'), old: 3 })?.message).toBe('old: expected a string, found 3');
  });
});
