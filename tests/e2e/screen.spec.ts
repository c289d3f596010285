/**
 * What the reader sees at a desktop width (1280 px) and on a phone (390 px),
 * in light and dark: every reading on a law's timeline is on screen, none
 * clipped (TKG 2004 has seven, the sample law a gap for its unpublished
 * reading), and the stacked old and new blocks of a comparison on a phone
 * say which reading each one is. Screenshots go to shots/ (not committed), to
 * be looked at.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORPUS_PORT } from '../helpers/ports.js';
import { openComparison, zh } from '../helpers/sample-page.js';

const corpus = `http://127.0.0.1:${CORPUS_PORT}/`;
const shots = resolve('shots');
const collectionDir = resolve(process.env.LAWDIFF_COLLECTION ?? 'versions');
const hasSample = existsSync(resolve(collectionDir, 'fictional-open-data-law-zh', 'law.json'));

const widths = [1280, 390] as const;
const schemes = ['light', 'dark'] as const;

async function at(page: Page, width: number, scheme: 'light' | 'dark'): Promise<void> {
  await page.setViewportSize({ width, height: 860 });
  await page.emulateMedia({ colorScheme: scheme });
}

type Box = { x: number; y: number; width: number; height: number };

/** The box of `locator`, failing when it has none. */
async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  expect(b, `${locator.toString()} has no box`).not.toBeNull();
  return b!;
}

/**
 * Every stop and label of the timeline lies inside the viewport's width and
 * inside the timeline itself, which does not scroll sideways: nothing clipped,
 * nothing to scroll to.
 */
async function expectAllReadingsShown(page: Page, count: number): Promise<void> {
  const timeline = page.locator('lawdiff-timeline');
  const items = timeline.locator('li');
  await expect(items).toHaveCount(count);
  const list = await box(timeline.locator('ol'));
  const width = page.viewportSize()!.width;
  const scroll = await timeline.locator('ol').evaluate((ol) => ({ client: ol.clientWidth, scroll: ol.scrollWidth }));
  expect(scroll.scroll, 'the timeline scrolls sideways').toBeLessThanOrEqual(scroll.client);
  for (let i = 0; i < count; i++) {
    for (const part of ['.stop', '.label', '.detail']) {
      const b = await box(items.nth(i).locator(part).first());
      const what = `reading ${i + 1}'s ${part}`;
      expect(b.x, `${what} starts left of the screen`).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width, `${what} ends right of the screen`).toBeLessThanOrEqual(width);
      // (4 px: the current reading's highlight reaches a little beyond its label)
      expect(b.x, `${what} starts left of the timeline`).toBeGreaterThanOrEqual(list.x - 4);
      expect(b.x + b.width, `${what} ends right of the timeline`).toBeLessThanOrEqual(list.x + list.width + 4);
    }
  }
}

test.describe('the timeline shows every reading', () => {
  for (const width of widths) {
    test(`TKG 2004, seven readings, at ${width} px`, async ({ page }) => {
      await at(page, width, 'light');
      await page.goto(`${corpus}#/law/de-tkg-2004/2012-12-30`);
      await expect(page.locator('lawdiff-version-reader')).toBeVisible({ timeout: 30_000 });
      await expectAllReadingsShown(page, 7);
      const current = page.locator('lawdiff-timeline li[data-version="2012-12-30"] a[aria-current="page"]');
      await expect(current).toBeInViewport();
      for (const scheme of schemes) {
        await at(page, width, scheme);
        await page.locator('lawdiff-timeline').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${shots}/timeline-tkg-${width}-${scheme}.png` });
      }
    });

    test(`the sample law and its unpublished reading at ${width} px`, async ({ page }) => {
      test.skip(!hasSample, `the sample law is not in ${collectionDir}`);
      await at(page, width, 'light');
      await page.goto('./#/law/fictional-open-data-law-zh');
      await expectAllReadingsShown(page, 4);
      const gap = page.locator('lawdiff-timeline li.gap');
      await expect(gap).toHaveAttribute('data-version', 'third-reading');
      await expect(gap.locator('.gap-note')).toHaveText('not published');
      await expect(gap.locator('a')).toHaveCount(0);
      // The line into and out of the gap is dashed, the others solid.
      const lines = await page.locator('lawdiff-timeline li').evaluateAll((items) =>
        items.map((li) => {
          const line = getComputedStyle(li, '::before');
          return [line.borderTopStyle, line.borderLeftStyle].includes('dashed') ? 'dashed' : 'solid';
        }),
      );
      expect(lines.slice(0, 3)).toEqual(['solid', 'dashed', 'dashed']);
      for (const scheme of schemes) {
        await at(page, width, scheme);
        await page.screenshot({ path: `${shots}/timeline-sample-${width}-${scheme}.png` });
      }
    });
  }
});

test.describe('stacked blocks on a phone', () => {
  test.skip(!hasSample, `the sample law is not in ${collectionDir}`);

  /** The label shown above a block (generated from its data-reading, so copying the text leaves it out): its text, or "" when none shows. */
  const shownLabel = (block: Locator): Promise<string> =>
    block.evaluate((el) => {
      const before = getComputedStyle(el, '::before');
      if (before.display === 'none' || before.content === 'none' || before.content === 'normal') return '';
      return before.content === 'attr(data-reading)' ? (el.getAttribute('data-reading') ?? '') : before.content.replace(/^"|"$/g, '');
    });

  test('at 390 px each block is labelled with its reading; at 1280 px only the column heads say it', async ({ page }) => {
    await at(page, 390, 'light');
    const view = await openComparison(page, zh);
    const article = view.locator('section.article-row[id="row-first-draft~1"]');
    const oldBlock = article.locator('.col.old');
    const newBlock = article.locator('.col.new');
    expect(await shownLabel(oldBlock)).toBe('First draft');
    expect(await shownLabel(newBlock)).toBe('Second reading draft');
    // Above its own text: the old block's text starts below its top by the label's height, and the new block comes after it.
    const [o, oldText, n, newText] = await Promise.all([box(oldBlock), box(oldBlock.locator('.line').first()), box(newBlock), box(newBlock.locator('.line').first())]);
    expect(oldText.y - o.y).toBeGreaterThan(12);
    expect(newText.y - n.y).toBeGreaterThan(12);
    expect(o.y + o.height).toBeLessThanOrEqual(n.y + 1);
    // The blocks keep their accessible names, and the label is not part of the law text.
    await expect(oldBlock).toHaveAttribute('aria-label', 'Older reading');
    await expect(newBlock).toHaveAttribute('aria-label', 'Newer reading');
    await expect(oldBlock).not.toContainText('First draft');
    // An inserted article: its empty old block is labelled too.
    const inserted = view.locator('section.article-row.kind-inserted').first();
    await inserted.scrollIntoViewIfNeeded();
    expect(await shownLabel(inserted.locator('.col.old'))).toBe('First draft');
    await expect(inserted.locator('.col.old')).toHaveText('Not in the older reading');

    for (const scheme of schemes) {
      await at(page, 390, scheme);
      await article.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/stacked-390-${scheme}.png` });
    }

    // Side by side, the column heads name the readings once: no label on the blocks.
    await at(page, 1280, 'light');
    await expect(view.locator('.col-heads')).toBeVisible();
    await expect(view.locator('.col-heads')).toHaveText(/First draft\s*Second reading draft/);
    expect(await shownLabel(oldBlock)).toBe('');
    expect(await shownLabel(newBlock)).toBe('');
    await article.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/side-by-side-1280-light.png` });
    // Printed, the blocks stand side by side under the column heads again: no label either.
    await at(page, 390, 'light');
    await page.emulateMedia({ media: 'print' });
    expect(await shownLabel(oldBlock)).toBe('');
    await page.emulateMedia({ media: 'screen' });
    // Redline has one column: no labels.
    await page.goto(`${zh}?view=redline`);
    await expect(view.locator('.redline').first()).toBeVisible();
    await expect(view.locator('.col')).toHaveCount(0);
  });
});
