/**
 * The diff unit of Chinese, Japanese and Korean laws: words (segmented) or
 * characters, the way Chinese comparison tables mark changes. In the sample
 * law's second reading, Article 4 (was Article 15) says 本法 where the first
 * draft said 本章: by words that is 本章 → 本法, by characters 章 → 法.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';
import { en, openComparison, zh } from '../helpers/sample-page.js';

/** The text of each `<del>` or `<ins>` in a row's redline, without its hidden screen-reader label. */
function marks(row: Locator, tag: 'del' | 'ins'): Promise<string[]> {
  return row.locator(`.redline ${tag}`).evaluateAll((els) =>
    els.map((el) =>
      [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE || (n instanceof Element && !n.classList.contains('sr')))
        .map((n) => n.textContent)
        .join(''),
    ),
  );
}

test('a Chinese comparison by characters marks single characters, and the URL keeps the unit', async ({ page }) => {
  const view = await openComparison(page, `${zh}?view=redline&a=second-reading~4`);
  const unit = view.getByRole('group', { name: 'Diff by' });
  const words = unit.getByRole('radio', { name: 'Words' });
  const chars = unit.getByRole('radio', { name: 'Characters' });
  await expect(words).toBeChecked();
  // The link names it by its number in the second reading; the row's key is its lineage's.
  const article4 = view.locator('.article-row.focused');
  await expect(article4.locator('.row-title')).toContainText('第四条');
  await expect(article4.locator('.row-head')).toContainText('(was 第十五条)');
  const key = (await article4.getAttribute('data-key'))!;
  await expect.poll(() => marks(article4, 'del')).toEqual(['本章', '本章']);
  expect(await marks(article4, 'ins')).toEqual(expect.arrayContaining(['本法']));
  await expect(view.locator('lawdiff-change-summary .words')).toContainText('words added');

  await chars.check();
  await expect(page).toHaveURL(/[?&]unit=char(&|$)/);
  await expect.poll(() => marks(article4, 'del')).toEqual(['章', '章']);
  const inserted = await marks(article4, 'ins');
  expect(inserted).toEqual(expect.arrayContaining(['法']));
  expect(inserted).not.toContain('本法');
  await expect(view.locator('lawdiff-change-summary .words')).toContainText('characters added');
  // The same view, in the same place: the control keeps the keyboard focus, the focused article stays on screen.
  await expect(chars).toBeChecked();
  await expect(chars).toBeFocused();
  await expect(view).not.toHaveAttribute('pending');
  await expect(article4).toHaveAttribute('data-key', key);
  await expect(article4).toBeInViewport();

  // A link keeps it, and a result by characters is never served for words (the cache keys them apart).
  await page.reload();
  await expect(view.getByRole('radio', { name: 'Characters' })).toBeChecked();
  await expect.poll(() => marks(article4, 'del')).toEqual(['章', '章']);
  await page.goBack();
  await expect(page).not.toHaveURL(/unit=/);
  await expect(view.getByRole('radio', { name: 'Words' })).toBeChecked();
  await expect.poll(() => marks(article4, 'del')).toEqual(['本章', '本章']);
});

test('the diff unit is offered for Chinese, not for English, and passes axe', async ({ page }) => {
  const zhView = await openComparison(page, `${zh}?unit=char`);
  await expect(zhView.getByRole('group', { name: 'Diff by' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  const enView = await openComparison(page, en);
  await expect(enView.getByRole('radio', { name: 'Side by side' })).toBeVisible();
  await expect(enView.getByRole('group', { name: 'Diff by' })).toHaveCount(0);
  await expect(enView.getByRole('radio', { name: 'Characters' })).toHaveCount(0);
});

test('picking another pair of readings keeps the diff unit', async ({ page }) => {
  await openComparison(page, `${zh}?unit=char&view=redline`);
  const picker = page.locator('lawdiff-version-picker');
  // The one-click pairs link by characters too.
  for (const href of await picker.locator('.quick a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/[?&]unit=char(&|$)/);
  await picker.locator('select[name="new"]').selectOption('final');
  await picker.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare\/first-draft\/final\?unit=char$/);
  await expect(page.locator('lawdiff-compare-view').getByRole('radio', { name: 'Characters' })).toBeChecked();
});
