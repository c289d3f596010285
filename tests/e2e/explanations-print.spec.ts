/**
 * Explanations shown only where they belong (Taiwan's PDPA in the app built
 * on ../shared/corpus, and the sample law across its readings), the
 * unpublished third reading of the sample law as a gap in an article's
 * history, printing without controls or visible text labels, and the HTML
 * download with and without the reader's notes.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORPUS_PORT } from './ports.js';
import { openComparison } from './sample.js';

const corpus = `http://127.0.0.1:${CORPUS_PORT}/`;
const shots = resolve(process.env.LAWDIFF_E2E_OUT ?? 'test-results', 'screens');
const ZH = 'fictional-open-data-law-zh';
const compare = (folder: string, oldId: string, newId: string, query = ''): string => `./#/law/${folder}/compare/${oldId}/${newId}${query ? `?${query}` : ''}`;
/** A row by its stable key (`~` is not an identifier character, so no `#id` selector). */
const row = (page: Page, key: string): Locator => page.locator(`lawdiff-compare-view section.article-row[id="row-${key}"]`);

mkdirSync(shots, { recursive: true });

test.describe('explanations', () => {
  test('Taiwan PDPA 2010 → 2015: the deleted 第五十四條 shows no “本條新增” (2010’s reason for inserting it)', async ({ page }) => {
    const view = await openComparison(page, `${corpus}#/law/tw-personal-data-protection-act/compare/2010/2015?filter=changed&a=2010~54`);
    const rows = view.locator('.article-row').filter({ has: page.locator('.row-title', { hasText: '第五十四條' }) });
    const deleted = rows.filter({ has: page.locator('.badge', { hasText: /^Deleted$/u }) });
    const inserted = rows.filter({ has: page.locator('.badge', { hasText: /^Inserted$/u }) });
    await expect(deleted).toHaveCount(1);
    await expect(deleted.locator('.annotation')).toHaveCount(0);
    await expect(deleted).not.toContainText('本條新增');
    // The new 第五十四條 keeps 2015's reason.
    await expect(inserted.locator('.annotation')).toHaveCount(1);
    await expect(inserted.locator('.annotation summary')).toContainText('照協商條文通過');
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 860 });
      await deleted.scrollIntoViewIfNeeded();
      await deleted.screenshot({ path: `${shots}/pdpa-54-deleted-${width}.png` });
    }
  });

  test('Taiwan PDPA 1995 → 2015 spans 2010: a row shows the reasons of both later readings, each labelled', async ({ page }) => {
    const view = await openComparison(page, `${corpus}#/law/tw-personal-data-protection-act/compare/1995/2015?filter=changed`);
    const six = view.locator('.article-row').filter({ has: page.locator('.row-title .label', { hasText: /^第六條$/u }) });
    await expect(six.locator('.annotation .reading')).toHaveText(['2010 revision (passed 2010-04-27)', '2015 amendment (passed 2015-12-15)']);
    await expect(six.locator('.annotation').first().locator('summary')).toContainText('本條新增');
  });

  test('the sample law, first draft → final: Article 4 shows the second reading’s explanation, labelled; first draft → second reading as before', async ({ page }) => {
    await openComparison(page, compare(ZH, 'first-draft', 'final'));
    const moved = row(page, 'first-draft~15');
    await expect(moved.locator('.annotation')).toHaveCount(1);
    await expect(moved.locator('.annotation .reading')).toHaveText('Second reading draft');
    await moved.locator('.annotation summary').click();
    await expect(moved.locator('.annotation-text')).toContainText('第十五条移至总则');

    await openComparison(page, compare(ZH, 'first-draft', 'second-reading'));
    await expect(row(page, 'first-draft~15').locator('.annotation')).toHaveCount(1);
    await expect(row(page, 'first-draft~15').locator('.annotation .reading')).toHaveCount(0);
    await expect(page.locator('lawdiff-compare-view .article-row .annotation')).toHaveCount(11);
  });
});

test.describe('the unpublished third reading in an article’s history', () => {
  test('is a gap in the numbers and between the entries, and the final text says it is compared across it', async ({ page }) => {
    await openComparison(page, compare(ZH, 'first-draft', 'second-reading', 'a=first-draft~15&history=first-draft~15'));
    const dialog = page.locator('lawdiff-article-history [role="dialog"]');
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('History of 第四条');
    const stops = dialog.locator('.chain li.stop');
    await expect(stops.locator('.reading')).toHaveText(['First draft', 'Second reading draft', 'Third reading draft', 'Final']);
    const gap = stops.nth(2);
    await expect(gap).toHaveClass(/\bgap\b/u);
    await expect(gap).toContainText('not published');
    await expect(gap.locator('.num')).toHaveCount(0);

    const third = dialog.locator('li.entry[data-version="third-reading"]');
    await expect(third.locator('.badge')).toHaveText('Not published');
    await expect(third).toContainText('What changed between Second reading draft and Final shows under Final.');
    const final = dialog.locator('li.entry[data-version="final"]');
    await expect(final.locator('.skipped')).toHaveText('Compared across Third reading draft (not published).');
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 860 });
      await third.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/history-gap-${width}.png` });
    }
  });
});
