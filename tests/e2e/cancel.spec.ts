/**
 * A superseded comparison stops in the worker (issue 13). On the German Civil
 * Code (~2,400 §§ in each of three readings, several seconds of work in a cold
 * browser) the reader switches readings twice in quick succession: only the
 * last comparison runs to its end; the two before it are cancelled (the
 * worker running them is stopped), and the page shows the last one. Before,
 * every comparison ran to its end and only its result was thrown away.
 */
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORPUS_PORT } from '../helpers/ports.js';
import { withoutShippedComparisons } from '../helpers/shipped.js';

const corpusDir = resolve(process.env.LAWDIFF_CORPUS ?? '../shared/corpus');
const built = `http://127.0.0.1:${CORPUS_PORT}/`;

test.skip(!existsSync(resolve(corpusDir, 'de-bgb', 'law.json')), `the corpus is not at ${corpusDir}`);

const marks = (name: string) => `performance.getEntriesByName(${JSON.stringify(name)}).length`;

test('switching readings twice quickly on the BGB runs only the last comparison to its end', async ({ page, context }) => {
  test.setTimeout(90_000);
  // The build ships these comparisons (nothing to cancel then): refused, they are computed in the worker, as the reader's own are.
  await withoutShippedComparisons(context);
  const pairs = ['2012-07-02/2013-01-11', '2013-01-11/2022-03-03', '2012-07-02/2022-03-03'];
  await page.goto(`${built}#/law/de-bgb/compare/${pairs[0]}`);
  // The first comparison is under way in the worker (its progress is on screen) before the reader moves on.
  await expect(page.locator('lawdiff-app progress')).toBeVisible();
  for (const pair of pairs.slice(1)) {
    await page.evaluate((hash) => (window.location.hash = hash), `#/law/de-bgb/compare/${pair}`);
    await page.waitForTimeout(150);
  }
  const view = page.locator('lawdiff-compare-view');
  // The rows start below the summary (and, on a comparison that skips a reading, the note saying so): the list renders what is on screen.
  await expect(view.locator('section.rows')).toBeAttached({ timeout: 60_000 });
  await view.locator('section.rows').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect(view.locator('.article-row').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('lawdiff-app h2.version-title')).toContainText('2022');
  await expect(view).toHaveAttribute('data-from', 'fresh');
  // Give a superseded comparison, had it gone on running, the time to finish (it would mark its end too).
  await page.waitForTimeout(3_000);
  expect(await page.evaluate(marks('lawdiff:compare-ready'))).toBe(1);
  expect(await page.evaluate(marks('lawdiff:compare-cancelled'))).toBe(2);
  // The comparison shown is the last one asked for.
  expect(await view.evaluate((el) => [(el as unknown as { oldId: string }).oldId, (el as unknown as { newId: string }).newId])).toEqual(['2012-07-02', '2022-03-03']);
});
