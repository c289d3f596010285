/**
 * Passages moved between articles, and lines aligned inside an article (issue
 * 14), on a real law: the PRC Company Law 2018 → 2023 from the corpus (served
 * from the corpus build). Each test starts in a fresh browser context, so the
 * comparison is made cold.
 *
 * Moves used: 2018 第五条 (2) → 2023 第三条 (2), identical (old 第五条 is now
 * 第十九条); 2018 第一百五十条 (2) → 2023 第八十条 (2), edited (第八十条 is a new
 * article; old 第一百五十条 is now 第一百八十七条). Aligned article: 2018
 * 第四十六条 → 2023 第六十七条, whose old item (四) was deleted.
 */
import { expect, test, type Locator } from '@playwright/test';
import { CORPUS_PORT } from '../helpers/ports.js';
import { openComparison } from '../helpers/sample-page.js';

const company = `http://127.0.0.1:${CORPUS_PORT}/#/law/cn-company-law/compare/2018/2023`;

/** The row whose (new, or else old) article label is exactly `label`. */
function row(view: Locator, label: string): Locator {
  return view.locator('.article-row').filter({ has: view.page().locator('.row-title .label', { hasText: new RegExp(`^${label}$`) }) });
}

/**
 * The tops and bottoms of elements, measured at the same moment: between two separate measurements the page
 * may have been scrolled (a link's reveal keeps its row in place while the rows above are measured).
 */
async function rects(...ls: Locator[]): Promise<Array<{ top: number; bottom: number }>> {
  const handles = await Promise.all(ls.map((l) => l.elementHandle()));
  return ls[0]!.page().evaluate((els) => els.map((e) => ({ top: e!.getBoundingClientRect().top, bottom: e!.getBoundingClientRect().bottom })), handles);
}

/** How far below `a`'s top `b`'s top is. */
async function topDifference(a: Locator, b: Locator): Promise<number> {
  const [x, y] = await rects(a, b);
  return y!.top - x!.top;
}

for (const width of [1280, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('an identical move is marked at both ends, and each end links to the other', async ({ page }) => {
      const view = await openComparison(page, `${company}?a=2023~3`);
      const arrived = row(view, '第三条').locator('.col.new .line.moved');
      await expect(arrived).toHaveCount(1);
      await expect(arrived.locator('ins.moved')).toContainText('公司的合法权益受法律保护');
      // Not colour alone: a double underline, and words for a screen reader.
      expect(await arrived.locator('ins.moved').evaluate((el) => getComputedStyle(el).textDecorationStyle)).toBe('double');
      await expect(arrived.locator('ins.moved .sr').first()).toHaveText('[moved text: ');
      const link = arrived.getByRole('button', { name: 'moved from 第五条 (2)' });
      await link.click();
      // The old end: 2018 第五条, now 第十九条.
      const source = row(view, '第十九条');
      await expect(source).toHaveClass(/focused/);
      await expect(source).toBeInViewport();
      // The row's key is its lineage's: the article's first reading and number there.
      await expect(page).toHaveURL(/a=2018~5(&|$)/);
      const left = source.locator('.col.old .line.moved');
      await expect(left.locator('del.moved')).toContainText('公司的合法权益受法律保护');
      expect(await left.locator('del.moved').evaluate((el) => getComputedStyle(el).textDecorationStyle)).toBe('double');
      // Nothing faces it in the new column; the button goes back.
      await left.getByRole('button', { name: 'moved to 第三条 (2)' }).click();
      await expect(row(view, '第三条')).toHaveClass(/focused/);
      await expect(row(view, '第三条')).toBeInViewport();
    });

    test('an edited move shows its word diff where it arrived, in the synopsis and the redline', async ({ page }) => {
      for (const view of ['synopsis', 'redline'] as const) {
        const v = await openComparison(page, `${company}?view=${view}&a=2023~80`);
        const arrived = row(v, '第八十条').locator('.line.moved');
        await expect(arrived).toHaveCount(1);
        await expect(arrived.locator('ins.moved').first()).toBeVisible();
        await expect(arrived.locator('del:not(.moved)').first()).toBeVisible();
        await arrived.getByRole('button', { name: 'moved from 第一百五十条 (2)' }).click();
        const source = row(v, '第一百八十七条');
        await expect(source).toHaveClass(/focused/);
        await expect(source.locator('.line.moved del.moved')).toHaveCount(1);
        await expect(source.getByRole('button', { name: 'moved to 第八十条 (2)' })).toBeVisible();
      }
    });

    test('a long article’s items stand aligned: old (五) faces new (四)', async ({ page }) => {
      const view = await openComparison(page, `${company}?a=2023~67`);
      const r = row(view, '第六十七条');
      // (A changed line's text holds its marks' screen-reader words: "（[deleted: 五]…".)
      const oldItem = r.locator('.col.old .line', { hasText: '制订公司的利润分配方案' });
      const newItem = r.locator('.col.new .line', { hasText: '制订公司的利润分配方案' });
      await expect(oldItem).toContainText('五');
      await expect(newItem).toContainText('四');
      const oldDeleted = r.locator('.col.old .line.deleted', { hasText: '年度财务预算方案' });
      await expect(oldItem).toBeVisible();
      if (width > 800) {
        // Side by side: a line and its counterpart start at the same height; the deleted item (四) faces a blank.
        // Each pair is measured in one frame: the page may still be scrolled between two separate measurements.
        expect(Math.abs(await topDifference(oldItem, newItem))).toBeLessThan(1);
        const blanks = r.locator('.col.new .blank');
        expect(await blanks.count()).toBeGreaterThan(0);
        expect(Math.abs(await topDifference(oldDeleted, blanks.first()))).toBeLessThan(1);
      } else {
        // A phone: the older reading's lines, then the newer's, with no gaps where blanks stood.
        const [oldCol, newCol] = await rects(r.locator('.col.old'), r.locator('.col.new'));
        expect(newCol!.top).toBeGreaterThanOrEqual(oldCol!.bottom - 1);
        await expect(r.locator('.blank').first()).toBeHidden();
        const [a, b] = await rects(r.locator('.col.new .line').nth(2), r.locator('.col.new .line').nth(3));
        expect(b!.top - a!.bottom).toBeLessThan(12);
      }
      // No line wider than the page.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  });
}

test('the summary counts moved passages and the legend explains their marks', async ({ page }) => {
  const view = await openComparison(page, company);
  await expect(view.locator('lawdiff-change-summary .passages')).toHaveText(/^\s*1[89]\s*Passages moved\s*$/);
  await expect(view.locator('.legend')).toContainText('Text moved to another article: struck through twice, underlined twice where it arrived.');
});

test('the article history marks a passage that arrived and links to its source’s history', async ({ page }) => {
  const view = await openComparison(page, `${company}?a=2023~3&history=2023~3`);
  const history = view.locator('lawdiff-article-history');
  const link = history.locator('.line.moved a', { hasText: 'moved from 第五条 (2)' });
  await expect(link).toBeVisible();
  await link.click();
  await expect(history.locator('h2')).toContainText('第十九条');
});
