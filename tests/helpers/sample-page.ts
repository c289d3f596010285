/** What several browser specs share: comparisons of the shipped sample law, and opening one (./sample.ts is its Node side). */
import { expect, type Locator, type Page } from '@playwright/test';

/** The Chinese edition, first draft → second reading draft. */
export const zh = '#/law/fictional-open-data-law-zh/compare/first-draft/second-reading';
/** The English edition, second reading draft → final text. */
export const en = '#/law/fictional-open-data-law-en/compare/second-reading/final';

/** The comparison view, once the worker has answered. */
export async function openComparison(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  const view = page.locator('lawdiff-compare-view');
  // On a long law the rows may start below the fold (the summary, the note on readings skipped), where the list draws
  // none yet: only then is the page scrolled to them (a link's focused row is drawn, and left where it landed).
  await expect
    .poll(
      () =>
        view.evaluate((el) => {
          const root = el.shadowRoot!;
          if (root.querySelector('.article-row')) return true;
          root.querySelector('section.rows')?.scrollIntoView({ block: 'start' });
          return false;
        }),
      { timeout: 30_000 },
    )
    .toBe(true);
  await expect(view.locator('.article-row').first()).toBeVisible({ timeout: 30_000 });
  return view;
}
