/**
 * Escape in a note editor: with nothing typed (or the note's text unchanged)
 * it closes the editor; with unsaved text it asks in the page, "Discard your
 * unsaved note?", and the question is answered by keyboard: Escape or "Keep
 * editing" goes back to the text, "Discard" closes. Never a browser dialog.
 * On the shipped sample law.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const collectionDir = resolve(process.env.LAWDIFF_COLLECTION ?? 'versions');
const ZH = 'fictional-open-data-law-zh';
const shots = resolve('shots');

test.skip(!existsSync(resolve(collectionDir, ZH, 'law.json')), `the sample law is not in ${collectionDir}`);

const row = (page: Page, key: string): Locator => page.locator(`lawdiff-compare-view section.article-row[id="row-${key}"]`);

test.beforeEach(async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a browser dialog was opened: ${dialog.message()}`);
  });
  await page.goto(`./#/law/${ZH}/compare/first-draft/second-reading`);
  await expect(row(page, 'first-draft~1')).toBeVisible({ timeout: 30_000 });
});

test('Escape with nothing typed closes the editor; with text it asks, and the answer is given by keyboard', async ({ page }) => {
  const notes = row(page, 'first-draft~1').locator('lawdiff-article-notes');
  const add = notes.getByRole('button', { name: 'Add a note' });
  const textbox = notes.getByRole('textbox', { name: 'Note' });
  const question = notes.getByRole('alertdialog', { name: 'Discard your unsaved note?' });

  // Nothing typed: Escape closes at once.
  await add.click();
  await expect(textbox).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(textbox).toHaveCount(0);
  await expect(question).toHaveCount(0);
  await expect(add).toBeFocused();

  // Text typed: Escape asks; the focus is on the answer that loses nothing.
  await add.click();
  await page.keyboard.type('Half a thought about Article 1');
  await page.keyboard.press('Escape');
  await expect(question).toBeVisible();
  await expect(question).toContainText('Discard your unsaved note?');
  const keep = question.getByRole('button', { name: 'Keep editing' });
  const discard = question.getByRole('button', { name: 'Discard' });
  await expect(keep).toBeFocused();
  await expect(textbox).toHaveValue('Half a thought about Article 1');
  await page.screenshot({ path: `${shots}/note-discard-1280.png` });
  const { violations } = await new AxeBuilder({ page }).include({ fromShadowDom: ['lawdiff-app', 'lawdiff-compare-view', 'lawdiff-article-notes'] }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Escape on the question: back to the text, nothing lost.
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(textbox).toBeFocused();
  await expect(textbox).toHaveValue('Half a thought about Article 1');

  // Keep editing (Enter on the focused button): the same.
  await page.keyboard.press('Escape');
  await expect(keep).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(textbox).toBeFocused();
  await page.keyboard.type('.');
  await expect(textbox).toHaveValue('Half a thought about Article 1.');

  // Discard (Shift+Tab to it, Enter): the editor closes, nothing is saved, the focus goes back to "Add a note".
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  await expect(discard).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(textbox).toHaveCount(0);
  await expect(notes.locator('li')).toHaveCount(0);
  await expect(add).toBeFocused();
  // The draft is gone: a new note starts empty.
  await add.click();
  await expect(textbox).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(textbox).toHaveCount(0);
});

test('editing a saved note: Escape closes when the text is unchanged, asks when it changed; the history panel stays open under the question', async ({ page }) => {
  const notes = row(page, 'first-draft~2').locator('lawdiff-article-notes');
  await notes.getByRole('button', { name: 'Add a note' }).click();
  await notes.getByRole('textbox', { name: 'Note' }).fill('Saved text');
  await notes.getByRole('button', { name: 'Save' }).click();
  await expect(notes.locator('li .text')).toHaveText(['Saved text']);

  const edit = notes.getByRole('button', { name: 'Edit' });
  await edit.click();
  await page.keyboard.press('Escape');
  await expect(notes.getByRole('textbox')).toHaveCount(0);
  await expect(edit).toBeFocused();

  await edit.click();
  await page.keyboard.type(' and more');
  await page.keyboard.press('Escape');
  const question = notes.getByRole('alertdialog', { name: 'Discard your unsaved note?' });
  await expect(question).toBeVisible();
  // Typing again instead of answering: the question goes, the text stays.
  await notes.getByRole('textbox', { name: 'Note' }).focus();
  await page.keyboard.type('!');
  await expect(question).toHaveCount(0);
  await notes.getByRole('button', { name: 'Save' }).click();
  await expect(notes.locator('li .text')).toHaveText(['Saved text and more!']);

  // In the history panel (a dialog that Escape closes), the question's Escape does not close the panel.
  await row(page, 'first-draft~2').getByRole('button', { name: 'History' }).click();
  const panel = page.locator('lawdiff-article-history [role="dialog"]');
  const inPanel = panel.locator('lawdiff-article-notes');
  await inPanel.getByRole('button', { name: 'Add a note' }).click();
  await page.keyboard.type('Draft in the panel');
  await page.keyboard.press('Escape');
  await expect(inPanel.getByRole('alertdialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeVisible();
  await expect(inPanel.getByRole('textbox', { name: 'Note' })).toHaveValue('Draft in the panel');
  await page.setViewportSize({ width: 390, height: 860 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.keyboard.press('Escape');
  await expect(inPanel.getByRole('alertdialog')).toBeVisible();
  await page.screenshot({ path: `${shots}/note-discard-390-dark.png` });
  await inPanel.getByRole('button', { name: 'Discard' }).click();
  await expect(inPanel.getByRole('textbox')).toHaveCount(0);
  await expect(panel).toBeVisible();
});
