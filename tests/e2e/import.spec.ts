/**
 * Import in the browser and the reader's data: a text with an error shows
 * its line and waits for a confirmation before saving (tests/e2e/import-check.spec.ts
 * saves one), a good one is saved in IndexedDB, shows on the
 * timeline (marked as imported) and compares with a shipped reading; texts
 * come pasted, uploaded or fetched from a (local) address; versions are
 * downloaded as JSON / Akoma Ntoso; a backup restores into a fresh browser by
 * merging, and a malformed one changes nothing. Uses the sample law's own
 * source texts (versions/*\/source), so it is skipped on other collections.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';

const collectionDir = resolve(process.env.LAWDIFF_COLLECTION ?? 'versions');
const EN = 'fictional-open-data-law-en';
const ZH = 'fictional-open-data-law-zh';
const source = (folder: string, file: string): string => resolve('versions', folder, 'source', file);
const secondReadingEn = readFileSync(source(EN, 'second-reading.txt'), 'utf8');

test.skip(!existsSync(resolve(collectionDir, EN, 'law.json')), `the sample law is not in ${collectionDir}`);

/** Every record of a store of the app's database (after the app has created it; never creates it). */
async function stored(page: Page, store: 'notes' | 'versions' | 'laws'): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (name) => {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === 'lawdiff')) return [];
    return new Promise<Record<string, unknown>[]>((resolveAll, reject) => {
      const req = indexedDB.open('lawdiff');
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const db = req.result;
        const get = db.transaction(name).objectStore(name).getAll();
        get.onsuccess = () => {
          db.close();
          resolveAll(get.result as Record<string, unknown>[]);
        };
        get.onerror = () => reject(get.error);
      };
    });
  }, store);
}

const importedVersions = async (page: Page) => (await stored(page, 'versions')).filter((v) => v.origin === 'imported');

/** The version id in the address of the page shown after saving (`#/law/<folder>/<id>`). */
async function savedVersionId(page: Page, folder: string): Promise<string> {
  await expect(page).toHaveURL(new RegExp(`#/law/${folder}/(?!add$)[a-z0-9-]+$`));
  await expect(page.locator('.version-head .badge.imported')).toBeVisible();
  return decodeURIComponent(new URL(page.url()).hash.split('/').pop()!);
}

/** A small server for "import from an address", as a public repository of raw law texts would be. */
let server: Server;
let origin = '';
test.beforeAll(async () => {
  server = createServer((req, res) => {
    const cors = { 'Access-Control-Allow-Origin': '*' };
    if (req.url === '/laws/second-reading.txt') res.writeHead(200, { ...cors, 'Content-Type': 'text/plain; charset=utf-8' }).end(secondReadingEn);
    else if (req.url === '/laws/final.md') res.writeHead(200, { ...cors, 'Content-Type': 'text/markdown; charset=utf-8' }).end(readFileSync(source(ZH, 'final.md')));
    else if (req.url === '/laws/page.html') res.writeHead(200, { ...cors, 'Content-Type': 'text/html' }).end('<!doctype html><title>x</title>');
    else if (req.url === '/laws/no-cors.txt') res.writeHead(200, { 'Content-Type': 'text/plain' }).end(secondReadingEn);
    else res.writeHead(404, cors).end('not here');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await new Promise((done) => server.close(done));
});

test('an import with an error shows its line and saves nothing unconfirmed; a good one appears in the timeline and compares with a shipped reading', async ({ page }) => {
  await page.goto(`./#/law/${EN}`);
  await page.locator('lawdiff-timeline').getByRole('link', { name: 'Add a version' }).click();
  await expect(page).toHaveURL(new RegExp(`#/law/${EN}/add$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a version');

  // The second reading with Article 2 printed twice.
  const lines = secondReadingEn.split('\n');
  const at = lines.findIndex((l) => l.startsWith('Article 3 '));
  lines.splice(at, 0, 'Article 2 A second article with the number 2.', '');
  const broken = lines.join('\n');
  await page.getByLabel('Text of the version').fill(broken);
  await page.getByLabel('Label', { exact: true }).fill('Committee draft');
  await page.getByLabel('Stage').fill('draft');
  await page.getByLabel('Date').fill('2025-06-01');
  await page.getByRole('button', { name: 'Check the text' }).click();

  const problems = page.locator('lawdiff-import-page lawdiff-problem-list');
  await expect(problems.getByRole('heading')).toContainText('1 error');
  await expect(problems.locator('li').first()).toContainText(`pasted text:${at + 1}`);
  await expect(problems.locator('li').first()).toContainText('Article 2 appears twice');
  const save = page.locator('lawdiff-import-page button.save');
  await expect(save).toHaveText('Save with 1 error');
  await expect(save).toBeDisabled();
  await expect(page.getByLabel('I have seen the error and want to save the text as it is')).not.toBeChecked();
  await page.screenshot({ path: '/tmp/import-problems.png', fullPage: true });
  expect(await importedVersions(page)).toEqual([]);

  // Fixed: the check is stale until it runs again, then the preview shows and saving works.
  await page.getByLabel('Text of the version').fill(secondReadingEn);
  await expect(page.getByRole('alert').filter({ hasText: 'check it again' })).toBeVisible();
  await expect(save).toBeDisabled();
  await page.getByRole('button', { name: 'Check the text' }).click();
  await expect(problems.locator('li')).toHaveCount(0);
  await expect(page.locator('lawdiff-import-page .preview .summary')).toHaveText(/^\d+ articles, read as English text/);
  await expect(page.locator('lawdiff-import-page .preview li').first()).toContainText('Article 1');
  await expect(save).toHaveText('Save in this browser');
  await expect(save).toBeEnabled();
  await save.click();

  const id = await savedVersionId(page, EN);
  const stop = page.locator(`lawdiff-timeline li[data-version="${id}"]`);
  await expect(stop).toContainText('Committee draft');
  await expect(stop.locator('.badge')).toHaveText('Imported');
  // By date: between the first draft (March) and the second reading draft (August).
  const order = await page.locator('lawdiff-timeline li').evaluateAll((items) => items.map((li) => li.getAttribute('data-version')));
  expect(order).toEqual(['first-draft', id, 'second-reading', 'third-reading', 'final']);
  await expect(page.locator('.version-head .badge.imported')).toHaveText('Imported');
  await expect(page.locator('lawdiff-version-reader')).toContainText('This Law is formulated in order to regulate');
  await page.screenshot({ path: '/tmp/import-saved.png' });
  expect((await importedVersions(page)).map((v) => v.versionId)).toEqual([id]);

  // It survives a reload (IndexedDB) and compares like any other reading.
  await page.goto(`./#/law/${EN}/compare/first-draft/${id}`);
  const moved = page.locator('lawdiff-compare-view section.article-row[id="row-first-draft~15"]');
  await expect(moved).toBeVisible();
  await expect(moved).toContainText('Article 4');
  await page.goto(`./#/law/${EN}/compare/${id}/final`);
  await expect(page.locator('lawdiff-compare-view section.article-row').first()).toBeVisible({ timeout: 30_000 });
});

test('a file is uploaded as a new law (Chinese), and a version is added to it from an address', async ({ page }) => {
  await page.goto('./#/');
  await page.getByRole('link', { name: 'New law' }).click();
  await expect(page).toHaveURL(/#\/import$/);
  await page.getByRole('radio', { name: 'Upload a file' }).check();
  await page.getByLabel('File (.txt, .md, .xml, .json, .docx, .pdf, .html)').setInputFiles(source(ZH, 'first-draft.md'));
  await expect(page.locator('lawdiff-import-page .file-message')).toContainText('first-draft.md');
  await page.getByLabel('Label', { exact: true }).fill('第一次审议稿');
  await page.getByLabel('Date').fill('2025-03-01');
  await page.getByLabel('Jurisdiction').fill('CN');
  await page.getByRole('button', { name: 'Check the text' }).click();
  await expect(page.locator('lawdiff-import-page .preview .summary')).toContainText('read as PRC Markdown');
  await expect(page.locator('lawdiff-import-page .preview ol')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('lawdiff-import-page .preview li').first()).toContainText('第一条');
  // The title comes from the text's own heading.
  await expect(page.getByLabel('Title')).toHaveValue('政府数据开放法（虚构示例）');
  await page.screenshot({ path: '/tmp/import-zh-preview.png', fullPage: true });
  await page.getByRole('button', { name: 'Save in this browser' }).click();

  await expect(page).toHaveURL(/#\/law\/user-law-[a-z0-9]+\/[a-z0-9-]+$/);
  const folder = decodeURIComponent(new URL(page.url()).hash.split('/')[2]!);
  await expect(page.locator('.law-head h1')).toContainText('政府数据开放法（虚构示例）');
  await expect(page.locator('lawdiff-timeline li .badge')).toHaveText(['Imported']);
  await expect(page.locator('lawdiff-version-reader')).toContainText('第一条');
  await page.screenshot({ path: '/tmp/import-zh-saved.png' });

  // From an address: errors first (HTTP, a web page, CORS), then the text.
  await page.locator('lawdiff-timeline').getByRole('link', { name: 'Add a version' }).click();
  await page.getByRole('radio', { name: 'From an address' }).check();
  const url = page.getByLabel('Address (URL) of a published text');
  const fetchButton = page.getByRole('button', { name: 'Fetch' });
  const urlError = page.locator('lawdiff-import-page .url-error');
  await url.fill(`${origin}/laws/missing.txt`);
  await fetchButton.click();
  await expect(urlError).toContainText('answered 404');
  await url.fill(`${origin}/laws/page.html`);
  await fetchButton.click();
  await expect(urlError).toContainText('leads to a web page');
  await url.fill(`${origin}/laws/no-cors.txt`);
  await fetchButton.click();
  await expect(urlError).toContainText('could not be fetched');
  await url.fill('ftp://example.test/x.txt');
  await fetchButton.click();
  await expect(urlError).toContainText('not a web address');
  await url.fill(`${origin}/laws/final.md`);
  await fetchButton.click();
  await expect(page.locator('lawdiff-import-page .url-message')).toContainText('Fetched');
  await page.getByLabel('Label', { exact: true }).fill('通过稿');
  await page.getByLabel('Date').fill('2025-12-27');
  await page.getByRole('button', { name: 'Check the text' }).click();
  await page.getByRole('button', { name: 'Save in this browser' }).click();
  const finalId = await savedVersionId(page, folder);
  await expect(page.locator('.version-head .source a')).toHaveAttribute('href', `${origin}/laws/final.md`);

  const firstId = (await importedVersions(page)).find((v) => v.folder === folder && v.versionId !== finalId)!.versionId as string;
  await page.goto(`./#/law/${folder}/compare/${firstId}/${finalId}`);
  await expect(page.locator(`lawdiff-compare-view section.article-row[id="row-${firstId}~15"]`)).toContainText('第四条');
  await page.screenshot({ path: '/tmp/import-zh-compare.png' });

  // The law list marks it as the reader's own.
  await page.goto('./#/');
  await expect(page.locator(`lawdiff-law-list li[data-folder="${folder}"] .badge.mine`)).toHaveText('Your law');
});

test('a version downloads as lawdiff JSON that reads back, and as Akoma Ntoso', async ({ page }) => {
  await page.goto(`./#/law/${EN}/first-draft`);
  await expect(page.locator('lawdiff-version-reader')).toBeVisible();
  const actions = page.locator('lawdiff-version-actions');
  await expect(actions.getByRole('button', { name: 'Delete this version' })).toHaveCount(0);
  const [json] = await Promise.all([page.waitForEvent('download'), actions.getByRole('button', { name: 'Download as JSON' }).click()]);
  expect(json.suggestedFilename()).toBe(`${EN}-first-draft.json`);
  const doc = JSON.parse(readFileSync(await json.path(), 'utf8')) as { format: string; body: unknown[] };
  const shipped = JSON.parse(readFileSync(resolve(collectionDir, EN, 'first-draft.json'), 'utf8')) as unknown;
  expect(doc).toEqual(shipped);

  const [akn] = await Promise.all([page.waitForEvent('download'), actions.getByRole('button', { name: 'Download as Akoma Ntoso' }).click()]);
  expect(akn.suggestedFilename()).toBe(`${EN}-first-draft.akn.xml`);
  const xml = readFileSync(await akn.path(), 'utf8');
  expect(xml).toContain('<akomaNtoso');
  expect(xml).toContain('Article 15');

  // The JSON of a downloaded version imports again (format "lawdiff version JSON").
  const path = resolve('test-results', 'first-draft-download.json');
  writeFileSync(path, readFileSync(await json.path()));
  await page.goto(`./#/law/${EN}/add`);
  await page.getByRole('radio', { name: 'Upload a file' }).check();
  await page.getByLabel('File (.txt, .md, .xml, .json, .docx, .pdf, .html)').setInputFiles(path);
  await page.getByLabel('Label', { exact: true }).fill('Round trip');
  await page.getByRole('button', { name: 'Check the text' }).click();
  await expect(page.locator('lawdiff-import-page .preview .summary')).toContainText('read as lawdiff version JSON');
  await page.getByRole('button', { name: 'Save in this browser' }).click();
  const id = await savedVersionId(page, EN);

  // An imported version can be deleted, after a confirmation.
  await page.locator('lawdiff-version-actions').getByRole('button', { name: 'Delete this version' }).click();
  await page.locator('lawdiff-version-actions').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/law/${EN}$`));
  await expect(page.locator(`lawdiff-timeline li[data-version="${id}"]`)).toHaveCount(0);
  expect(await importedVersions(page)).toEqual([]);
});

async function addNote(page: Page, folder: string, oldId: string, newId: string, key: string, text: string): Promise<void> {
  await page.goto(`./#/law/${folder}/compare/${oldId}/${newId}`);
  const notes = page.locator(`lawdiff-compare-view section.article-row[id="row-${key}"] lawdiff-article-notes`);
  await notes.getByRole('button', { name: 'Add a note' }).click();
  await notes.getByRole('textbox', { name: 'Note' }).fill(text);
  await notes.getByRole('button', { name: 'Save' }).click();
  await expect(notes.locator('li .text')).toHaveText([text]);
}

async function pasteVersion(page: Page, folder: string, label: string, text: string): Promise<string> {
  await page.goto(`./#/law/${folder}/add`);
  await page.getByLabel('Text of the version').fill(text);
  await page.getByLabel('Label', { exact: true }).fill(label);
  await page.getByRole('button', { name: 'Check the text' }).click();
  await page.getByRole('button', { name: 'Save in this browser' }).click();
  return savedVersionId(page, folder);
}

test('a backup restores into a fresh browser by merging; a malformed one is refused and changes nothing', async ({ page, browser }) => {
  // Browser A: a note and an imported version.
  await addNote(page, EN, 'first-draft', 'second-reading', 'first-draft~1', 'Note written in browser A');
  const id = await pasteVersion(page, EN, 'From browser A', secondReadingEn);
  await page.getByRole('link', { name: 'Your data' }).click();
  await expect(page).toHaveURL(/#\/data$/);
  await expect(page.locator('lawdiff-data-page .counts')).toHaveText('1 note, 0 laws of your own, 1 imported version');
  await expect(page.locator('lawdiff-data-page .usage')).toContainText('This site uses');
  await expect(page.locator('lawdiff-data-page .imported-versions li')).toContainText(['From browser A']);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^lawdiff-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backupPath = resolve('test-results', 'import-spec-backup.json');
  writeFileSync(backupPath, readFileSync(await download.path()));
  const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as { format: string; notes: unknown[]; versions: { info: { id: string } }[] };
  expect(backup.format).toBe('lawdiff-backup/1');
  expect(backup.notes).toHaveLength(1);
  expect(backup.versions.map((v) => v.info.id)).toEqual([id]);

  // Browser B: its own note; the backup merges in.
  const context = await browser.newContext();
  const b = await context.newPage();
  await addNote(b, EN, 'first-draft', 'second-reading', 'first-draft~2', 'Note written in browser B');
  await b.goto('./#/data');
  await expect(b.locator('lawdiff-data-page .counts')).toHaveText('1 note, 0 laws of your own, 0 imported versions');

  // A malformed file: the message names the JSON path; nothing changes.
  const broken = JSON.parse(readFileSync(backupPath, 'utf8')) as { notes: { updated: string }[] };
  broken.notes[0]!.updated = 'yesterday';
  const brokenPath = resolve('test-results', 'import-spec-broken-backup.json');
  writeFileSync(brokenPath, JSON.stringify(broken));
  const notesBefore = await stored(b, 'notes');
  await b.getByLabel('Restore from a backup file').setInputFiles(brokenPath);
  const message = b.locator('lawdiff-data-page .backup-message');
  await expect(message).toContainText('nothing was changed');
  await expect(message).toContainText('$.notes[0].updated: expected an ISO time, found "yesterday"');
  expect(await stored(b, 'notes')).toEqual(notesBefore);
  expect(await importedVersions(b)).toEqual([]);
  await b.screenshot({ path: '/tmp/data-rejected.png', fullPage: true });

  await b.getByLabel('Restore from a backup file').setInputFiles(backupPath);
  await expect(message).toContainText('Restored: 1 note, 0 laws and 1 version added or updated');
  await expect(b.locator('lawdiff-data-page .counts')).toHaveText('2 notes, 0 laws of your own, 1 imported version');
  expect((await stored(b, 'notes')).map((n) => n.text).sort()).toEqual(['Note written in browser A', 'Note written in browser B']);
  await b.screenshot({ path: '/tmp/data-merged.png', fullPage: true });

  // Restoring the same file again changes nothing.
  await b.getByLabel('Restore from a backup file').setInputFiles(backupPath);
  await expect(message).toContainText('Restored: 0 notes, 0 laws and 0 versions added or updated; 2 already here');
  await b.goto(`./#/law/${EN}`);
  await expect(b.locator(`lawdiff-timeline li[data-version="${id}"] .badge`)).toHaveText('Imported');
  await b.goto(`./#/law/${EN}/compare/first-draft/second-reading`);
  await expect(b.locator('lawdiff-compare-view section.article-row[id="row-first-draft~1"] lawdiff-article-notes li .text')).toHaveText(['Note written in browser A']);
  await context.close();
});

test('without IndexedDB the shipped collection still works and the import page says why it cannot save', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('./#/');
  await expect(page.locator('lawdiff-law-list li')).toHaveCount(2);
  await page.getByRole('link', { name: 'New law' }).click();
  await expect(page.locator('lawdiff-import-page .storage')).toContainText('does not let lawdiff store data');
  // A text can still be checked, but not saved.
  await page.getByLabel('Text of the version').fill(secondReadingEn);
  await page.getByRole('button', { name: 'Check the text' }).click();
  await expect(page.locator('lawdiff-import-page .preview .summary')).toContainText('read as English text');
  await expect(page.getByRole('button', { name: 'Save in this browser' })).toBeDisabled();
  await page.goto(`./#/law/${EN}/first-draft`);
  await expect(page.locator('lawdiff-version-reader')).toContainText('Article 1');
  await page.goto('./#/data');
  await expect(page.locator('lawdiff-data-page .storage')).toContainText('does not let lawdiff store data');
  await expect(page.getByRole('button', { name: 'Download a backup' })).toBeDisabled();
});
