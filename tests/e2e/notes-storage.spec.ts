/**
 * Where a note goes when the database cannot take it (issue 12, points 2, 4
 * and 15; issue 13): two pages of one browser, one of them upgrading the
 * database or holding an older version of it open. The page says what is
 * happening and what to do, keeps the note in localStorage (and says so),
 * opens the database again without a reload when it can, and then moves the
 * note into it. An article with hundreds of notes shows the latest first.
 * On the shipped sample law.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const collectionDir = resolve(process.env.LAWDIFF_COLLECTION ?? 'versions');
const ZH = 'fictional-open-data-law-zh';
const COMPARE = `./#/law/${ZH}/compare/first-draft/second-reading`;

test.skip(!existsSync(resolve(collectionDir, ZH, 'law.json')), `the sample law is not in ${collectionDir}`);

const row = (page: Page, key: string): Locator => page.locator(`lawdiff-compare-view section.article-row[id="row-${key}"]`);
const notesOf = (page: Page, key = 'first-draft~1'): Locator => row(page, key).locator('lawdiff-article-notes');

// Two pages, a comparison in each, on a machine that may be busy.
test.setTimeout(90_000);

/** Opens the comparison and waits for its first article. */
async function openComparison(page: Page): Promise<void> {
  await page.goto(COMPARE);
  await expect(row(page, 'first-draft~1')).toBeVisible({ timeout: 45_000 });
}

async function addNote(notes: Locator, text: string): Promise<void> {
  await notes.getByRole('button', { name: 'Add a note' }).click();
  await notes.getByRole('textbox', { name: 'Note' }).fill(text);
  await notes.getByRole('button', { name: 'Save' }).click();
}

/** The texts of the notes in the database, read in `page`; undefined when it cannot be opened at its current version. */
const storedNotes = (page: Page): Promise<string[]> =>
  page.evaluate(
    () =>
      new Promise<string[]>((done, fail) => {
        const open = indexedDB.open('lawdiff');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('notes').objectStore('notes').getAll();
          get.onsuccess = () => {
            open.result.close();
            done((get.result as { text: string }[]).map((n) => n.text).sort());
          };
        };
      }),
  );

test('another tab upgrades the database: saving says so (reload), keeps the note here, and the page opens the database again when it can', async ({ page, context }) => {
  await openComparison(page);
  const notes = notesOf(page);
  await addNote(notes, 'In the database');
  await expect(notes.locator('li')).toHaveText([/In the database/]);

  // Another tab runs a newer lawdiff: it upgrades the database (one version up), and this page's connection closes.
  const other = await context.newPage();
  await other.goto('./collection/index.json');
  await other.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const current = indexedDB.open('lawdiff');
        current.onerror = () => fail(current.error);
        current.onsuccess = () => {
          const version = current.result.version;
          current.result.close();
          const newer = indexedDB.open('lawdiff', version + 1);
          newer.onerror = () => fail(newer.error);
          newer.onsuccess = () => {
            newer.result.close();
            done();
          };
        };
      }),
  );

  // Changing a note in the database: the real reason and what to do, not "private browsing".
  await notes.getByRole('button', { name: 'Edit' }).click();
  await notes.getByRole('textbox', { name: 'Note' }).fill('Changed');
  await notes.getByRole('button', { name: 'Save' }).click();
  await expect(notes.getByRole('alert')).toContainText('lawdiff was updated in another tab');
  await expect(notes.getByRole('alert')).toContainText('Reload this page');
  await expect(notes.getByRole('alert')).not.toContainText('private browsing');
  await notes.getByRole('button', { name: 'Cancel' }).click();

  // A new note is kept in this browser's localStorage, and the page says so.
  await addNote(notes, 'Kept on this device');
  await expect(notes.locator('li', { hasText: 'Kept on this device' })).toContainText('on this device only');
  await expect(notes.getByRole('status')).toContainText('saved on this device only, in this browser’s local storage');
  await expect(notes.getByRole('status')).toContainText('reload this page');
  expect(await page.evaluate((folder) => localStorage.getItem(`lawdiff:notes:${folder}`), ZH)).toContain('Kept on this device');

  // The database can be opened again (here: the other tab's database is gone). No reload: the next save opens it and moves the kept note in.
  await other.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const del = indexedDB.deleteDatabase('lawdiff');
        del.onsuccess = () => done();
        del.onerror = () => fail(del.error);
      }),
  );
  await addNote(notes, 'In the database again');
  await expect(notes.locator('li', { hasText: 'In the database again' })).toBeVisible();
  await expect(notes.locator('li', { hasText: 'Kept on this device' })).not.toContainText('on this device only');
  await expect(notes.getByRole('status')).toHaveText('');
  expect(await storedNotes(page)).toEqual(['In the database again', 'Kept on this device']);
  expect(await page.evaluate((folder) => localStorage.getItem(`lawdiff:notes:${folder}`), ZH)).toBeNull();
});

test('a tab holding an older version open: the page loads, says what to do, keeps notes here, and moves them in once that tab lets go', async ({ page, context }) => {
  // An old tab (its lawdiff never closes for an upgrade) holds version 1 of the database open. A page without the app: same origin.
  const old = await context.newPage();
  await old.goto('./collection/index.json');
  await old.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('lawdiff', 1);
        open.onupgradeneeded = () => {
          const notes = open.result.createObjectStore('notes', { keyPath: 'id' });
          notes.createIndex('byArticle', ['folder', 'key']);
          notes.createIndex('byLaw', 'folder');
        };
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          (window as unknown as { oldDb: IDBDatabase }).oldDb = open.result;
          done();
        };
      }),
  );

  // Before: the page stayed on "Loading the collection…" until the old tab closed.
  await openComparison(page);
  const banner = page.locator('lawdiff-app .database-status');
  await expect(banner).toContainText('lawdiff is open in another tab with an older version');
  await expect(banner).toContainText('Close or reload that tab');
  const notes = notesOf(page);
  await addNote(notes, 'Written while blocked');
  await expect(notes.locator('li', { hasText: 'Written while blocked' })).toContainText('on this device only');
  await expect(notes.getByRole('status')).toContainText('close or reload that tab');

  // The old tab lets go: the upgrade runs, the banner goes, the note is moved into the database (and so into the backup).
  await old.evaluate(() => (window as unknown as { oldDb: IDBDatabase }).oldDb.close());
  await expect(banner).toHaveText('');
  await expect(notes.locator('li', { hasText: 'Written while blocked' })).not.toContainText('on this device only');
  await expect(notes.getByRole('status')).toHaveText('');
  expect(await storedNotes(page)).toEqual(['Written while blocked']);
  expect(await page.evaluate((folder) => localStorage.getItem(`lawdiff:notes:${folder}`), ZH)).toBeNull();
});

test('an article with hundreds of notes shows the latest twenty, and the earlier ones on request', async ({ page }) => {
  await page.goto('./#/');
  await expect(page.locator('lawdiff-app h1')).toBeVisible();
  // The app creates its database once the page is idle (opening it here first would create an empty one).
  await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'lawdiff' && (d.version ?? 0) > 0)), { timeout: 15_000 }).toBe(true);
  await page.evaluate(
    (folder) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('lawdiff');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('notes', 'readwrite');
          for (let i = 0; i < 300; i++) {
            const at = new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString();
            tx.objectStore('notes').put({ id: `bulk-${i}`, folder, key: 'first-draft~1', text: `Note number ${i}`, label: '第一条', created: at, updated: at });
          }
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    ZH,
  );
  await openComparison(page);
  const notes = notesOf(page);
  await expect(notes.locator('li')).toHaveCount(20);
  await expect(notes.locator('li').first()).toContainText('Note number 280');
  await expect(notes.locator('li').last()).toContainText('Note number 299');
  await notes.getByRole('button', { name: 'Show 280 earlier notes' }).click();
  await expect(notes.locator('li')).toHaveCount(300);
  await expect(notes.locator('li').first()).toContainText('Note number 0');
});
