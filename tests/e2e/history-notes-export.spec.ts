/**
 * The article history panel, the concordance, the reader's notes, printing
 * and the HTML download, on the shipped sample law (whose changes are listed
 * in tests/fixtures/sample-law-changes.md). Skipped when the app was built
 * with another collection.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const collectionDir = resolve(process.env.LAWDIFF_COLLECTION ?? 'versions');
const ZH = 'fictional-open-data-law-zh';
const EN = 'fictional-open-data-law-en';
const shots = resolve('test-results/screens');

test.skip(!existsSync(resolve(collectionDir, ZH, 'law.json')), `the sample law is not in ${collectionDir}`);

const compare = (folder: string, oldId: string, newId: string, query = ''): string => `./#/law/${folder}/compare/${oldId}/${newId}${query ? `?${query}` : ''}`;
/** A row by its stable key (`~` is not an identifier character, so no `#id` selector). */
const row = (page: Page, key: string): Locator => page.locator(`lawdiff-compare-view section.article-row[id="row-${key}"]`);
const panel = (page: Page): Locator => page.locator('lawdiff-article-history [role="dialog"]');
const keyInUrl = (key: string): RegExp => new RegExp(`history=${key.replace('~', '(~|%7E)')}(&|$)`);

/** Fails with axe's findings when an element of the comparison view (`selector`, in its shadow root) has accessibility violations. */
async function expectAccessible(page: Page, selector: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).include({ fromShadowDom: ['lawdiff-app', 'lawdiff-compare-view', selector] }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function openComparison(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('lawdiff-compare-view section.article-row').first()).toBeVisible({ timeout: 30_000 });
}

test.describe('article history', () => {
  test('opens from a row with every reading’s number and the diff; Escape closes it and gives the focus back', async ({ page }) => {
    await openComparison(page, compare(ZH, 'first-draft', 'second-reading'));
    const moved = row(page, 'first-draft~15');
    await moved.getByRole('button', { name: 'History' }).click();
    await expect(page).toHaveURL(keyInUrl('first-draft~15'));
    const dialog = panel(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('History of 第四条');
    await expect(dialog.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(dialog.locator('.chain .num')).toHaveText(['第十五条', '第四条', '第四条']);
    await expect(dialog.locator('.chain .reading')).toHaveText(['First draft', 'Second reading draft', 'Third reading draft', 'Final']);

    const entries = dialog.locator('li.entry');
    await expect(entries).toHaveCount(4);
    const second = entries.filter({ has: page.locator('h3', { hasText: 'Second reading draft' }) });
    await expect(second.locator('.badge')).toHaveText('Reworded · moved');
    await expect(second.locator('del').first()).toContainText('本章');
    await expect(second.locator('ins').first()).toContainText('本法');
    await expect(second.locator('ins', { hasText: '在约定的范围和条件下' })).toHaveCount(1);
    await expect(second.locator('.annotation-text')).toContainText('第十五条移至总则');
    await expect(second.locator('.text')).toHaveAttribute('lang', 'zh-Hans');
    await expect(entries.nth(2)).toContainText('Third reading draft');
    await expect(entries.nth(2)).toContainText('not published');
    await expect(entries.nth(3).locator('.badge')).toHaveText('Unchanged');
    await page.screenshot({ path: `${shots}/history-zh.png` });
    await expectAccessible(page, 'lawdiff-article-history');

    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page).not.toHaveURL(/history=/);
    await expect(moved).toBeFocused();
  });

  test('a deep link with any reading’s number opens the history; splits link to their parts', async ({ page }) => {
    await openComparison(page, compare(ZH, 'second-reading', 'final', 'history=first-draft~15'));
    const dialog = panel(page);
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('History of 第四条');
    await expect(dialog.locator('.chain .num')).toHaveText(['第十五条', '第四条', '第四条']);

    await page.goto(compare(ZH, 'second-reading', 'final', 'history=second-reading~27'));
    const final = dialog.locator('li.entry[data-version="final"]');
    await expect(final.locator('.badge')).toHaveText('Split');
    await expect(final.locator('.part-label')).toHaveText(['第二十七条', '第二十八条']);
    await final.getByRole('link', { name: '第二十八条' }).click();
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('History of 第二十八条');
    await expect(dialog.locator('li.entry[data-version="final"] .relation')).toContainText('Split from 第二十七条');
    await expect(dialog.locator('.chain .num')).toHaveText(['—not in this reading', '—not in this reading', '第二十八条']);

    await page.goto(compare(ZH, 'second-reading', 'final', 'history=final~999'));
    await expect(dialog.getByRole('alert')).toContainText('no article “final~999”');
    await dialog.getByRole('button', { name: 'Close history' }).click();
    await expect(dialog).toHaveCount(0);
  });

  test('is the full width on a narrow screen', async ({ page }) => {
    await page.setViewportSize({ width: 420, height: 800 });
    await openComparison(page, compare(EN, 'first-draft', 'final', 'history=first-draft~15'));
    const box = await panel(page).boundingBox();
    expect(box?.width).toBe(420);
    await expect(panel(page).locator('.chain .num')).toHaveText(['Article 15', 'Article 4', 'Article 4']);
    await page.screenshot({ path: `${shots}/history-en-narrow.png` });
  });
});

test('the concordance shows each article’s number in every reading and opens its history', async ({ page }) => {
  await openComparison(page, compare(ZH, 'first-draft', 'second-reading'));
  await page.getByRole('button', { name: 'Concordance' }).click();
  await expect(page).toHaveURL(/table=concordance/);
  const table = page.locator('lawdiff-concordance table');
  await expect(table).toBeVisible();
  await expect(table.locator('thead th[scope="col"]')).toHaveText([
    'Article (start of its text)',
    /First draft/,
    /Second reading draft/,
    /Third reading draft[\s\S]*not published/,
    /Final/,
  ]);
  const cells = (key: string) => table.locator(`tr[data-key="${key}"] td`);
  // Fixture: first draft 15 → second reading 4 (moved, reworded) → final 4.
  await expect(cells('first-draft~15')).toHaveText(['第十五条', '第四条reworded · moved', 'not published', '第四条']);
  // 11 → 12 (cross-references only) → 12; 32 deleted in the second reading; 13 inserted in the second reading.
  await expect(cells('first-draft~11')).toHaveText(['第十一条', '第十二条references', 'not published', '第十二条']);
  await expect(cells('first-draft~32')).toHaveText(['第三十二条', 'deleted', 'not published', '—not in this reading']);
  await expect(cells('second-reading~13')).toHaveText(['—not in this reading', '第十三条new', 'not published', '第十三条']);
  await expect(table.locator('tbody tr')).toHaveCount(53);
  await expect(table.locator('tbody th[scope="row"]').first()).toContainText('第一条');
  await page.screenshot({ path: `${shots}/concordance-zh.png` });
  await expectAccessible(page, 'lawdiff-concordance');

  const button = table.locator('tr[data-key="first-draft~15"] button.article');
  await button.click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('History of 第四条');
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(button).toBeFocused();

  await page.getByRole('button', { name: 'Back to the comparison' }).click();
  await expect(page).not.toHaveURL(/table=concordance/);
  await expect(row(page, 'first-draft~15')).toBeVisible();
});

test('notes: add, edit and delete; they persist and follow the article into other comparisons', async ({ page }) => {
  const hostile = '<img src=x onerror="window.__pwned=1"> & "quoted" — compare PIPL Art. 1';
  await openComparison(page, compare(ZH, 'first-draft', 'second-reading'));
  const first = row(page, 'first-draft~1');
  const notes = first.locator('lawdiff-article-notes');
  await notes.getByRole('button', { name: 'Add a note' }).click();
  await expect(notes.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await notes.getByRole('textbox', { name: 'Note' }).fill(hostile);
  await notes.getByRole('button', { name: 'Save' }).click();
  await expect(notes.locator('li .text')).toHaveText([hostile]);
  await expect(first.locator('.notes-count')).toHaveText('1 note');
  await expect(page.locator('img')).toHaveCount(0);

  await notes.getByRole('button', { name: 'Edit' }).click();
  await notes.getByRole('textbox', { name: 'Note' }).fill('Purpose clause: “data security” added.\nSee the explanation.');
  await notes.getByRole('button', { name: 'Save' }).click();
  await expect(notes.locator('li .text')).toHaveText(['Purpose clause: “data security” added.\nSee the explanation.']);
  await page.screenshot({ path: `${shots}/notes-zh.png` });
  await expectAccessible(page, 'lawdiff-article-notes');

  await page.reload();
  await expect(row(page, 'first-draft~1').locator('lawdiff-article-notes li .text')).toHaveText(['Purpose clause: “data security” added.\nSee the explanation.']);
  // The same article in another comparison of the law, and in its history.
  await openComparison(page, compare(ZH, 'second-reading', 'final', 'history=final~1'));
  await expect(row(page, 'first-draft~1').locator('.notes-count')).toHaveText('1 note');
  await expect(panel(page).locator('lawdiff-article-notes li .text')).toContainText('Purpose clause');
  await page.keyboard.press('Escape');

  const again = row(page, 'first-draft~1').locator('lawdiff-article-notes');
  await again.getByRole('button', { name: 'Delete' }).click();
  await again.getByRole('button', { name: 'Delete' }).click();
  await expect(again.locator('li')).toHaveCount(0);
  await expect(again.getByRole('button', { name: 'Add a note' })).toBeVisible();
  await page.reload();
  await expect(row(page, 'first-draft~1').locator('lawdiff-article-notes li')).toHaveCount(0);
  await expect(row(page, 'first-draft~1').locator('.notes-count')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a full storage is reported and the text being written is kept', async ({ page }) => {
  await page.addInitScript(() => {
    // Notes live in IndexedDB (localStorage where it is missing): both are full.
    const full = function (): never {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    Storage.prototype.setItem = full;
    IDBObjectStore.prototype.put = full;
    IDBObjectStore.prototype.add = full;
  });
  await openComparison(page, compare(EN, 'first-draft', 'second-reading'));
  const notes = row(page, 'first-draft~1').locator('lawdiff-article-notes');
  await notes.getByRole('button', { name: 'Add a note' }).click();
  await notes.getByRole('textbox', { name: 'Note' }).fill('Do not lose me');
  await notes.getByRole('button', { name: 'Save' }).click();
  await expect(notes.getByRole('alert')).toContainText('storage for lawdiff is full');
  await expect(notes.getByRole('textbox', { name: 'Note' })).toHaveValue('Do not lose me');
});

test('downloads the comparison as one standalone HTML file, as shown', async ({ page }) => {
  await openComparison(page, compare(EN, 'first-draft', 'second-reading', 'view=redline&filter=changed'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as HTML' }).click()]);
  expect(download.suggestedFilename()).toBe(`${EN}_first-draft_second-reading.html`);
  const html = readFileSync((await download.path())!, 'utf8');
  expect(html.startsWith('<!doctype html>')).toBe(true);
  expect(html).toContain('<h1 lang="en" translate="no">Open Government Data Law (Fictional Example), English translation</h1>');
  expect(html).toContain('<del><span class="sr">[deleted: </span>');
  expect(html).toContain('<ins><span class="sr">[inserted: </span>');
  expect(html).toContain('<div class="redline" lang="en">');
  expect(html).toContain('<p class="meta">Redline · Changed only</p>');
  expect(html).not.toContain('kind-unchanged');
  // Quotes in the law's text arrive escaped.
  expect(html).toContain('replacing &quot;for the purposes of this Chapter&quot; with &quot;for the purposes of this Law&quot;');
  expect(html).not.toMatch(/<script|<link|<img/iu);

  // The file opens on its own (in a blank page: the app's own page forbids writing HTML) and shows the marks.
  const file = await page.context().newPage();
  await file.setContent(html);
  await expect(file.locator('section.article').first()).toBeVisible();
  await expect(file.locator('del').first()).toHaveCSS('text-decoration-line', 'line-through');
  await file.close();
});

test('print: no controls, every row, a header with the law and readings, labelled marks', async ({ page }) => {
  await openComparison(page, compare(ZH, 'first-draft', 'second-reading'));
  const toolbar = page.locator('lawdiff-compare-toolbar');
  await expect(toolbar).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(toolbar).toBeHidden();
  await expect(page.locator('lawdiff-change-summary')).toBeHidden();
  await expect(page.locator('lawdiff-compare-view .print-head')).toBeVisible();
  await expect(page.locator('lawdiff-compare-view .print-head')).toContainText('Older reading');
  await expect(page.locator('lawdiff-compare-view .print-head')).toContainText('First draft · Draft · 2025-03-01');
  await expect(page.locator('lawdiff-compare-view section.article-row')).toHaveCount(51);
  await expect(page.locator('lawdiff-compare-view .actions').first()).toBeHidden();
  const label = row(page, 'first-draft~15').locator('del .sr').first();
  await expect(label).toBeVisible();
  await expect(label).toHaveText('[deleted: ');
  await expect(row(page, 'first-draft~15').locator('details.annotation:not(.official)')).toHaveAttribute('open', '');
  await page.emulateMedia({ media: 'screen' });
  await expect(toolbar).toBeVisible();
});

test('notes live in IndexedDB; notes written to localStorage before are moved over once', async ({ page }) => {
  // A note kept by an earlier version of lawdiff, in localStorage.
  await page.addInitScript((folder) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    const note = { id: 'old-1', folder, key: 'first-draft~2', text: 'Written before IndexedDB', label: 'Article 2', created: '2025-01-01T00:00:00.000Z', updated: '2025-01-01T00:00:00.000Z' };
    localStorage.setItem(`lawdiff:notes:${folder}`, JSON.stringify({ format: 'lawdiff-notes/1', notes: [note] }));
  }, EN);
  await openComparison(page, compare(EN, 'first-draft', 'second-reading'));
  await expect(row(page, 'first-draft~2').locator('lawdiff-article-notes li')).toContainText(['Written before IndexedDB']);
  const stored = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const req = indexedDB.open('lawdiff');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const get = req.result.transaction('notes').objectStore('notes').getAll();
          get.onsuccess = () => resolve((get.result as { text: string }[]).map((n) => n.text));
        };
      }),
  );
  expect(stored).toEqual(['Written before IndexedDB']);
  await page.reload();
  await expect(row(page, 'first-draft~2').locator('lawdiff-article-notes li')).toHaveCount(1);
});

test('two tabs editing one note: the later save is refused, not silently lost, and both texts survive', async ({ page, context }) => {
  await openComparison(page, compare(EN, 'first-draft', 'second-reading'));
  const other = await context.newPage();
  await openComparison(other, compare(EN, 'first-draft', 'second-reading'));
  const here = row(page, 'first-draft~3').locator('lawdiff-article-notes');
  const there = row(other, 'first-draft~3').locator('lawdiff-article-notes');

  await here.getByRole('button', { name: 'Add a note' }).click();
  await here.getByRole('textbox', { name: 'Note' }).fill('First version');
  await here.getByRole('button', { name: 'Save' }).click();
  // The other tab hears of it.
  await expect(there.locator('li .text')).toHaveText(['First version']);

  // Both start editing the same note; this tab saves first.
  await there.getByRole('button', { name: 'Edit' }).click();
  await there.getByRole('textbox', { name: 'Note' }).fill('Edited in the other tab');
  await here.getByRole('button', { name: 'Edit' }).click();
  await here.getByRole('textbox', { name: 'Note' }).fill('Edited here');
  await here.getByRole('button', { name: 'Save' }).click();
  await expect(here.locator('li .text')).toHaveText(['Edited here']);

  // The other tab's save would overwrite a change it never saw: refused, its text kept in the editor.
  await there.getByRole('button', { name: 'Save' }).click();
  await expect(there.getByRole('alert')).toContainText('changed in another tab');
  await expect(there.getByRole('textbox', { name: 'Note' })).toHaveValue('Edited in the other tab');
  await page.reload();
  await expect(row(page, 'first-draft~3').locator('lawdiff-article-notes li .text')).toHaveText(['Edited here']);
  await other.close();
});
