import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, backupFileName, makeBackup, parseBackup } from '../../../src/app/backup.js';
import type { Note } from '../../../src/store/notes.js';
import type { VersionDoc } from '../../../src/model/types.js';
import { putValue, type LawdiffDb } from '../../../src/store/db.js';
import { addVersion, createLaw, mergeContent, readContent } from '../../../src/store/library.js';
import { oneArticleDoc, openDb, value } from '../../helpers/store.js';

const doc = (title: string): VersionDoc => oneArticleDoc(title, { language: 'zh-Hans', label: '第一条', text: `${title}的正文` });

const note = (id: string, updated: string, text = `note ${id}`): Note => ({ id, folder: 'user-a', key: 'v1~1', text, label: '第一条', created: '2025-01-01T00:00:00.000Z', updated });
const T1 = '2025-02-01T00:00:00.000Z';
const T2 = '2025-03-01T00:00:00.000Z';

async function fill(db: LawdiffDb): Promise<void> {
  value(await createLaw(db, 'user-a', { id: 'user-a', title: { zh: '我的法' }, jurisdiction: 'CN', language: 'zh-Hans' }, { info: { id: 'v1', label: '草案', stage: 'draft', date: '2025-01-01' }, doc: doc('草案') }, new Date(T1)));
  value(await addVersion(db, 'shipped', { info: { id: 'mine', label: 'Mine', stage: '', date: '', source: 'https://example.test/x.md' }, doc: doc('mine') }, new Date(T1)));
  value(await putValue(db, 'notes', note('n1', T1)));
}

describe('backup files', () => {
  it('round-trip: export, parse, merge into an empty library gives the same content', async () => {
    const a = await openDb();
    await fill(a);
    const content = value(await readContent(a));
    const backup = makeBackup(content, new Date(T2));
    expect(backup.format).toBe(BACKUP_FORMAT);
    expect(backup.exported).toBe(T2);
    expect(backup.laws).toEqual([{ folder: 'user-a', law: { id: 'user-a', title: { zh: '我的法' }, jurisdiction: 'CN', language: 'zh-Hans' }, savedAt: T1 }]);
    expect(backup.versions.map((v) => v.info)).toEqual([
      { id: 'mine', label: 'Mine', stage: '', date: '', source: 'https://example.test/x.md' },
      { id: 'v1', label: '草案', stage: 'draft', date: '2025-01-01' },
    ]);
    const parsed = parseBackup(JSON.stringify(backup));
    if (!parsed.ok) throw new Error(parsed.message);
    const b = await openDb();
    expect(value(await mergeContent(b, parsed.content))).toEqual({
      notes: { added: 1, replaced: 0, kept: 0 },
      reports: { added: 0, replaced: 0, kept: 0 },
      laws: { added: 1, replaced: 0, kept: 0 },
      versions: { added: 2, replaced: 0, kept: 0 },
      renamed: [],
      skipped: [],
    });
    expect(value(await readContent(b))).toEqual(content);
    // Merging the same file again changes nothing.
    expect(value(await mergeContent(b, parsed.content)).versions).toEqual({ added: 0, replaced: 0, kept: 2 });
    a.close();
    b.close();
  });

  it('names the file by date', () => {
    expect(backupFileName(new Date(T2))).toBe('lawdiff-backup-2025-03-01.json');
  });

  it('accepts a notes export of an earlier release', () => {
    const parsed = parseBackup(JSON.stringify({ format: 'lawdiff-notes-export/1', notes: [note('n', T1)] }));
    expect(parsed).toEqual({ ok: true, content: { notes: [note('n', T1)], laws: [], versions: [], reports: [] } });
  });

  const good = () => makeBackup({ notes: [note('n1', T1)], laws: [], reports: [], versions: [{ collection: '~library', folder: 'shipped', versionId: 'v', info: { id: 'v', label: 'V', stage: '', date: '', file: '~imported/v.json' }, doc: doc('v'), origin: 'imported', savedAt: T1 }] });
  type Edit = (b: Record<string, any>) => void;

  it.each<[string, Edit | string, string, RegExp]>([
    ['not JSON', '{"format": ', '$', /not a JSON file/],
    ['a list', '[]', '$', /\$: expected an object, found \[\]/],
    ['another format', (b) => (b.format = 'lawdiff-collection/1'), '$.format', /expected "lawdiff-backup\/1", found "lawdiff-collection\/1"/],
    ['no notes', (b) => delete b.notes, '$.notes', /expected an array, found nothing/],
    ['a note without text', (b) => (b.notes[0].text = '  '), '$.notes[0].text', /expected some text/],
    ['a note with a bad time', (b) => (b.notes[0].updated = 'yesterday'), '$.notes[0].updated', /expected an ISO time, found "yesterday"/],
    ['a note twice', (b) => b.notes.push(b.notes[0]), '$.notes[1]', /note id "n1" appears twice/],
    ['a law without a title', (b) => b.laws.push({ folder: 'user-x', law: { id: 'user-x', title: {}, language: 'en' }, savedAt: T1 }), '$.laws[0].law.title', /at least one entry/],
    ['a law folder with a slash', (b) => b.laws.push({ folder: '../x', law: { id: 'x', title: { en: 'X' }, language: 'en' }, savedAt: T1 }), '$.laws[0].folder', /a name of letters/],
    ['a version id with a tilde', (b) => (b.versions[0].info.id = 'a~1'), '$.versions[0].info.id', /a name of letters/],
    // The id rules of law.json (issue 12, point 11): `add` and `compare` name pages of a law.
    ['the version id "add"', (b) => (b.versions[0].info.id = 'add'), '$.versions[0].info.id', /expected an id other than "add" or "compare", without "~", found "add"/],
    ['the version id "compare"', (b) => (b.versions[0].info.id = 'compare'), '$.versions[0].info.id', /expected an id other than "add" or "compare", without "~", found "compare"/],
    ['a version with a bad date', (b) => (b.versions[0].info.date = 'March'), '$.versions[0].info.date', /ISO date/],
    ['a version whose article has no number', (b) => (b.versions[0].doc.body[0].num = ''), '$.versions[0].doc.body[0].num', /non-empty normalized article number/],
    ['a version that is not a version', (b) => (b.versions[0].doc = { format: 'x' }), '$.versions[0].doc', /\$\.versions\[0\]\.doc\.format: expected "lawdiff-version\/1"/],
  ])('rejects %s, naming the JSON path', (_, edit, path, message) => {
    let text: string;
    if (typeof edit === 'string') text = edit;
    else {
      const b = JSON.parse(JSON.stringify(good())) as Record<string, any>;
      edit(b);
      text = JSON.stringify(b);
    }
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.path.startsWith(path)).toBe(true);
    expect(parsed.message).toMatch(message);
  });

  it('applies the same version id rules as law.json', async () => {
    const { parseLaw } = await import('../../../src/model/validate.js');
    for (const id of ['add', 'compare', 'a~1', 'final', 'second-draft-k3f9a']) {
      const inLaw = parseLaw(JSON.stringify({ id: 'x', title: { en: 'X' }, language: 'en', versions: [{ id, label: 'L', file: 'f.json' }] })).law !== undefined;
      const b = JSON.parse(JSON.stringify(good())) as Record<string, any>;
      b.versions[0].info.id = id;
      expect(parseBackup(JSON.stringify(b)).ok, id).toBe(inLaw);
    }
  });
});
