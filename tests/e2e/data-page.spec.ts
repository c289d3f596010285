/**
 * "Your data" keeps what the reader keeps (issue 12, points 1, 3 and 11): a
 * backup naming a law of the collection is restored under a new folder of
 * the reader's, never over that law; deleting a law first says exactly how
 * many versions and notes go, and never takes a shipped law's; a record that
 * cannot be read is listed (store, key, why) to download or delete while
 * everything else stays usable and backed up; a backup with a version id the
 * viewer reserves is refused. Uses the sample laws, so it is skipped on other
 * collections.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const collectionDir = resolve(process.env.LAWDIFF_COLLECTION ?? 'versions');
const EN = 'fictional-open-data-law-en';
const ZH = 'fictional-open-data-law-zh';
const ZH_TITLE = 'Open Government Data Law (Fictional Example), Chinese text';
const T1 = '2025-05-01T12:00:00.000Z';
const T2 = '2025-06-01T12:00:00.000Z';
const shots = resolve('shots');
const files = resolve('test-results', 'data-page-spec');

test.skip(!existsSync(resolve(collectionDir, ZH, 'law.json')), `the sample laws are not in ${collectionDir}`);
test.beforeAll(() => mkdirSync(files, { recursive: true }));

type Store = 'notes' | 'versions' | 'laws';

/** A version with one article. */
const doc = (title: string, text = `${title} text`) => ({
  format: 'lawdiff-version/1',
  title,
  language: 'en',
  metadata: {},
  preamble: [],
  body: [{ kind: 'article', label: 'Article 1', num: '1', heading: '', paragraphs: [{ num: '', text, items: [] }] }],
  annexes: [],
  annotations: [],
});

const note = (id: string, folder: string, key: string, text: string) => ({ id, folder, key, text, label: 'Article 1', created: T1, updated: T1 });

/** An imported version as the library stores it. */
const storedVersion = (folder: string, id: string, label: string) => ({
  collection: '~library',
  folder,
  versionId: id,
  info: { id, label, stage: 'draft', date: '2025-04-01', file: `~imported/${id}.json` },
  doc: doc(label),
  origin: 'imported',
  savedAt: T1,
});

/** Opens "Your data" afresh (the app reads the records put meanwhile) and waits until the app has made its database. */
async function openData(page: Page): Promise<void> {
  await page.goto('./#/data');
  await page.reload();
  await expect(page.locator('lawdiff-data-page .counts')).toBeVisible();
}

/** Stores records as they are, without any check (as a damaged or foreign build would), in the app's database. */
async function putRaw(page: Page, store: Store, records: unknown[]): Promise<void> {
  await page.evaluate(
    async ({ store, records }) => {
      const db = await new Promise<IDBDatabase>((resolveDb, reject) => {
        const r = indexedDB.open('lawdiff');
        r.onsuccess = () => resolveDb(r.result);
        r.onerror = () => reject(r.error);
      });
      await new Promise<void>((done, reject) => {
        const tx = db.transaction(store, 'readwrite');
        for (const v of records) tx.objectStore(store).put(v);
        tx.oncomplete = () => done();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { store, records },
  );
}

/** Every record of a store. */
async function stored(page: Page, store: Store): Promise<Record<string, any>[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolveDb, reject) => {
      const r = indexedDB.open('lawdiff');
      r.onsuccess = () => resolveDb(r.result);
      r.onerror = () => reject(r.error);
    });
    const all = await new Promise<Record<string, any>[]>((done, reject) => {
      const get = db.transaction(name).objectStore(name).getAll();
      get.onsuccess = () => done(get.result as Record<string, any>[]);
      get.onerror = () => reject(get.error);
    });
    db.close();
    return all;
  }, store);
}

function writeBackup(name: string, backup: unknown): string {
  const path = resolve(files, name);
  writeFileSync(path, JSON.stringify(backup, null, 2));
  return path;
}

/** A crafted backup that names the folder of the shipped Chinese law for a law of its own. */
const takeover = {
  format: 'lawdiff-backup/1',
  exported: T2,
  notes: [note('evil-note', ZH, 'evil-v1~1', 'A note on the takeover’s own version')],
  laws: [{ folder: ZH, law: { id: ZH, title: { en: 'Evil takeover' }, jurisdiction: '', language: 'en' }, savedAt: T2 }],
  versions: [{ folder: ZH, info: { id: 'evil-v1', label: 'Evil version', stage: 'draft', date: '2025-01-01' }, doc: doc('Evil version'), savedAt: T2 }],
};

test('a backup naming a law of the collection is restored under a new folder; deleting it asks with exact counts and leaves the shipped law’s own', async ({ page }) => {
  await openData(page);
  // The reader's own data on the shipped law: a note and an imported version.
  await putRaw(page, 'notes', [note('mine', ZH, 'first-draft~1', 'My note on the shipped law')]);
  await putRaw(page, 'versions', [storedVersion(ZH, 'my-copy-k3f9a', 'My copy')]);
  await openData(page);
  const data = page.locator('lawdiff-data-page');
  await expect(data.locator('.counts')).toHaveText('1 note, 0 laws of your own, 1 imported version');

  await page.getByLabel('Restore from a backup file').setInputFiles(writeBackup('takeover.json', takeover));
  const message = data.locator('.backup-message');
  await expect(message).toContainText('Restored: 1 note, 1 law and 1 version added or updated.');
  await expect(message).toContainText(/“Evil takeover” was restored as a law of your own under the new folder user-evil-takeover-[0-9a-z]{5}: its folder in the file, fictional-open-data-law-zh, is a law of this collection, which stays as it is\./);
  await expect(data.locator('.counts')).toHaveText('2 notes, 1 law of your own, 2 imported versions');
  const law = data.locator('.user-laws li');
  await expect(law).toHaveCount(1);
  await expect(law.locator('a')).toHaveText('Evil takeover');
  const folder = (await law.getAttribute('data-folder'))!;
  expect(folder).toMatch(/^user-evil-takeover-[0-9a-z]{5}$/);
  await expect(law.locator('.meta')).toHaveText('1 version');
  await page.screenshot({ path: `${shots}/data-restore-renamed-1280-light.png`, fullPage: true });
  const versions = data.locator('.imported-versions li');
  await expect(versions.filter({ hasText: 'My copy' })).toContainText(`in ${ZH_TITLE}`);
  await expect(versions.filter({ hasText: 'Evil version' })).toContainText('in Evil takeover');
  expect((await stored(page, 'laws')).map((l) => [l.folder, l.law.id])).toEqual([[folder, folder]]);

  // The shipped law is as it was: its title, its timeline without the file's version.
  await page.goto(`./#/law/${ZH}`);
  await expect(page.locator('h1')).toContainText(ZH_TITLE);
  await expect(page.locator('lawdiff-timeline li[data-version="my-copy-k3f9a"]')).toHaveCount(1);
  await expect(page.locator('lawdiff-timeline li[data-version="evil-v1"]')).toHaveCount(0);
  await page.goto(`./#/law/${folder}`);
  await expect(page.locator('h1')).toContainText('Evil takeover');
  await expect(page.locator('lawdiff-timeline li[data-version="evil-v1"]')).toHaveCount(1);

  // Deleting the restored law says exactly what goes, and takes nothing of the shipped law's.
  await openData(page);
  await law.getByRole('button', { name: 'Delete this law' }).click();
  await expect(law.locator('.confirm .question')).toHaveText('Delete “Evil takeover”, its 1 version and your 1 note on it from this browser? This cannot be undone.');
  await page.setViewportSize({ width: 390, height: 860 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await law.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/data-delete-law-390-dark.png` });
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.emulateMedia({ colorScheme: 'light' });
  await law.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(data.locator('.counts')).toHaveText('1 note, 0 laws of your own, 1 imported version');
  expect((await stored(page, 'notes')).map((n) => n.id)).toEqual(['mine']);
  expect((await stored(page, 'versions')).filter((v) => v.origin === 'imported').map((v) => `${v.folder}/${v.versionId}`)).toEqual([`${ZH}/my-copy-k3f9a`]);
});

test('a record of the reader’s in a shipped folder (restored by an earlier release) is deleted alone; the counts follow another tab’s changes', async ({ page }) => {
  await openData(page);
  await putRaw(page, 'laws', [{ folder: ZH, law: { id: ZH, title: { en: 'Evil takeover' }, jurisdiction: '', language: 'en', versions: [] }, savedAt: T1 }]);
  await putRaw(page, 'notes', [note('mine', ZH, 'first-draft~1', 'My note on the shipped law')]);
  await putRaw(page, 'versions', [storedVersion(ZH, 'my-copy-k3f9a', 'My copy')]);
  await openData(page);
  const data = page.locator('lawdiff-data-page');
  const law = data.locator('.user-laws li');
  await expect(law).toContainText('Evil takeover');
  await expect(law.locator('.meta')).toHaveText('Its folder is a law of this collection: the versions and notes there belong to that law, not to this record.');
  await expect(data.locator('.imported-versions li')).toContainText(`My copy in ${ZH_TITLE}`);
  await law.getByRole('button', { name: 'Delete this law' }).click();
  await expect(law.locator('.confirm .question')).toContainText('Delete the record “Evil takeover”? Its folder fictional-open-data-law-zh is a law of this collection: that law, the versions imported into it and your notes on it stay.');
  await law.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(data.locator('.counts')).toHaveText('1 note, 0 laws of your own, 1 imported version');
  expect(await stored(page, 'laws')).toEqual([]);
  expect((await stored(page, 'notes')).map((n) => n.id)).toEqual(['mine']);

  // A law of the reader's gains a note in another tab while the question is shown: nothing is deleted, the question is asked again.
  await putRaw(page, 'laws', [{ folder: 'user-mine-x1y2z', law: { id: 'user-mine-x1y2z', title: { en: 'Mine' }, jurisdiction: '', language: 'en', versions: [] }, savedAt: T1 }]);
  await putRaw(page, 'versions', [storedVersion('user-mine-x1y2z', 'v1', 'V1')]);
  await openData(page);
  const mine = data.locator('.user-laws li[data-folder="user-mine-x1y2z"]');
  await mine.getByRole('button', { name: 'Delete this law' }).click();
  await expect(mine.locator('.question')).toHaveText('Delete “Mine”, its 1 version and your 0 notes on it from this browser? This cannot be undone.');
  await putRaw(page, 'notes', [note('late', 'user-mine-x1y2z', 'v1~1', 'Written in another tab')]);
  await mine.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(data.locator('.laws-message')).toHaveText('This changed meanwhile (in another tab?): nothing was deleted. Check what would go now and confirm again.');
  await expect(mine.locator('.question')).toHaveText('Delete “Mine”, its 1 version and your 1 note on it from this browser? This cannot be undone.');
  await mine.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(data.locator('.user-laws li')).toHaveCount(0);
  expect((await stored(page, 'notes')).map((n) => n.id)).toEqual(['mine']);
});

test('records that cannot be read are listed to download or delete; everything else stays usable, backed up and restorable', async ({ page }) => {
  await openData(page);
  const noLabel = { id: 'no-label', folder: EN, key: 'first-draft~1', text: 'A note without its label', created: T1, updated: T1 };
  const noInfo = { collection: '~library', folder: EN, versionId: 'broken', origin: 'imported', savedAt: T1, doc: doc('broken') };
  await putRaw(page, 'notes', [note('good', EN, 'first-draft~1', 'A good note on article 1'), noLabel]);
  // (The good version goes to the other law: one dated between two readings would change the lineage keys the notes use.)
  await putRaw(page, 'versions', [storedVersion(ZH, 'my-copy-k3f9a', 'My copy'), noInfo]);
  await openData(page);
  const data = page.locator('lawdiff-data-page');
  await expect(data.locator('.counts')).toHaveText('1 note, 0 laws of your own, 1 imported version');
  await expect(data.locator('.unreadable-counts')).toHaveText('2 records cannot be read (see “Records that cannot be read”).');
  const records = data.locator('.unreadable-records li');
  await expect(records).toHaveCount(2);
  await expect(records.nth(0)).toContainText(`Imported version ${EN} / broken info: expected an object, found nothing`);
  await expect(records.nth(1)).toContainText('Note no-label label: expected a string, found nothing');
  await expect(data.locator('.imported-versions li')).toContainText('My copy');
  await expect(page.getByLabel('Restore from a backup file')).toBeEnabled();

  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [1280, 390]) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await data.locator('.unreadable').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/data-unreadable-${width}-${scheme}.png`, fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 860 });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // The raw record, as stored.
  const [raw] = await Promise.all([page.waitForEvent('download'), records.nth(1).getByRole('button', { name: 'Download as JSON' }).click()]);
  expect(raw.suggestedFilename()).toBe('lawdiff-unreadable-notes-no-label.json');
  expect(JSON.parse(readFileSync(await raw.path(), 'utf8'))).toEqual(noLabel);

  // The backup holds everything else, says what it leaves out, and restores.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup' }).click()]);
  const backupPath = resolve(files, 'with-unreadable.json');
  writeFileSync(backupPath, readFileSync(await download.path()));
  const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as { notes: { id: string }[]; versions: { info: { id: string } }[] };
  expect(backup.notes.map((n) => n.id)).toEqual(['good']);
  expect(backup.versions.map((v) => v.info.id)).toEqual(['my-copy-k3f9a']);
  await expect(data.locator('.backup-message')).toHaveText('The backup holds everything except 2 records that cannot be read (see “Records that cannot be read”).');
  await page.getByLabel('Restore from a backup file').setInputFiles(backupPath);
  await expect(data.locator('.backup-message')).toContainText('Restored: 0 notes, 0 laws and 0 versions added or updated; 2 already here as new or newer were kept.');

  // The good note shows in the comparison; the one without a label hides nothing.
  await page.goto(`./#/law/${EN}/compare/first-draft/second-reading`);
  const notes = page.locator('lawdiff-compare-view section.article-row[id="row-first-draft~1"] lawdiff-article-notes');
  await expect(notes.locator('li .text')).toHaveText(['A good note on article 1']);

  // Deleting a record: asked first, then gone; the other stays listed.
  await openData(page);
  const broken = records.filter({ hasText: 'broken' });
  await broken.getByRole('button', { name: 'Delete this record' }).click();
  await expect(broken.locator('.question')).toHaveText('Delete this record from this browser? Download it first to keep what it holds. This cannot be undone.');
  await broken.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(records).toHaveCount(1);
  await expect(data.locator('.unreadable-counts')).toHaveText('1 record cannot be read (see “Records that cannot be read”).');
  await records.getByRole('button', { name: 'Delete this record' }).click();
  await records.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(data.locator('.unreadable')).toHaveCount(0);
  await expect(data.locator('.unreadable-message')).toHaveText('Deleted.');
  expect((await stored(page, 'notes')).map((n) => n.id)).toEqual(['good']);
});

test('a backup with a version id the viewer reserves is refused, naming it, and changes nothing', async ({ page }) => {
  await openData(page);
  const reserved = { ...takeover, laws: [], notes: [], versions: [{ ...takeover.versions[0]!, folder: EN, info: { ...takeover.versions[0]!.info, id: 'compare' } }] };
  await page.getByLabel('Restore from a backup file').setInputFiles(writeBackup('reserved-id.json', reserved));
  const message = page.locator('lawdiff-data-page .backup-message');
  await expect(message).toContainText('This file was not restored, and nothing was changed: $.versions[0].info.id: expected an id other than "add" or "compare", without "~", found "compare"');
  expect((await stored(page, 'versions')).filter((v) => v.origin === 'imported')).toEqual([]);
});
