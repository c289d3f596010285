/**
 * Explanation reports (issue 16), in the built app, each test in a fresh browser context:
 * - the sample law's own reports (law.json `reports`): a paragraph on the change it names,
 *   marked official with its source; the panel with links, general remarks and the
 *   misnumbered reference; at 1280 and 390 px, light and dark (screenshots);
 * - a report the reader adds by paste: its paragraph on the change it names; moved to another
 *   change; kept over a reload, offline, through a backup restored into another browser
 *   profile, and in the HTML download; a correction undone from the panel.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { openComparison } from '../helpers/sample-page.js';

const shots = resolve('test-results/screens');
mkdirSync(shots, { recursive: true });
const ZH = 'fictional-open-data-law-zh';
const EN = 'fictional-open-data-law-en';

const row = (page: Page, key: string): Locator => page.locator(`lawdiff-compare-view section.article-row[id="row-${key}"]`);
const official = (scope: Locator): Locator => scope.locator('details.annotation.official');

test('the sample law’s own report: paragraphs on the changes they name, the panel with general remarks and the misnumbered reference', async ({ page }) => {
  const view = await openComparison(page, `./#/law/${ZH}/compare/first-draft/second-reading?a=first-draft~15`);
  // 草案第十五条 moved to the General Principles as 第四条: the report's paragraph is on that row, official, with its source.
  const moved = row(page, 'first-draft~15');
  await expect(moved).toBeVisible();
  const note = official(moved).filter({ hasText: '草案第十五条' });
  await expect(note).toHaveCount(1);
  await expect(note.locator('summary')).toContainText('Official');
  await expect(note.locator('summary .source')).toContainText('修改情况的汇报');
  // Text, not markup.
  expect(await note.locator('.annotation-text').evaluate((el) => el.children.length)).toBe(0);

  const toggle = view.getByRole('button', { name: /Explanation documents/u });
  await expect(toggle).toHaveText('Explanation documents (2)');
  await toggle.click();
  const panel = view.locator('lawdiff-report-panel');
  const report = panel.locator('article.report[data-report="second-reading-report"]');
  await expect(report.locator('h3')).toContainText('关于《政府数据开放法（草案）》修改情况的汇报');
  await expect(report.locator('.unresolved')).toContainText('草案第四十六条');
  await expect(report.locator('details summary', { hasText: 'General remarks' })).toBeVisible();
  // The final report explains another step: listed, not on these rows.
  await expect(panel.locator('article.report[data-report="final-report"]')).toContainText('not part of this comparison');
  // The open panel and the official paragraphs with their controls: no serious or critical accessibility violation.
  await note.evaluate((el) => ((el as HTMLDetailsElement).open = true));
  await panel.locator('details.add summary').click();
  const axe = await new AxeBuilder({ page }).analyze();
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  // A link in the panel goes to its row.
  const paragraph = report.locator('li[data-paragraph]').filter({ hasText: '草案第十五条' }).first();
  await paragraph.locator('.links button').first().click();
  await expect(page).toHaveURL(/a=first-draft~15/u);

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await panel.scrollIntoViewIfNeeded();
      await panel.screenshot({ path: `${shots}/reports-panel-zh-${scheme}-${width}.png` });
      await note.evaluate((el) => ((el as HTMLDetailsElement).open = true));
      await moved.scrollIntoViewIfNeeded();
      await moved.screenshot({ path: `${shots}/reports-row-zh-${scheme}-${width}.png` });
    }
  }
});

test('a report added by paste: on the change it names, moved to another, kept over reload, offline, a backup restored elsewhere and the HTML download', async ({ page, browser }) => {
  await page.goto('./#/');
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, undefined, { timeout: 20_000 });
  const view = await openComparison(page, `./#/law/${EN}/compare/first-draft/second-reading`);
  await view.getByRole('button', { name: /Explanation documents/u }).click();
  const panel = view.locator('lawdiff-report-panel');
  await panel.locator('summary', { hasText: 'Add an explanation document' }).click();
  await panel.getByLabel('Title').fill('Test report on the draft');
  await panel.getByLabel('Paste its text').fill(
    'Report of the test committee\n\n1. The Committee recommends that Article 40 of the Draft on fines be revised to raise the amounts.\n\n2. In addition, some editorial changes have been made.',
  );
  await panel.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(panel.locator('.status')).toContainText('Added “Test report on the draft”');
  await expect(view.getByRole('button', { name: /Explanation documents/u })).toHaveText('Explanation documents (3)');

  // Article 40 of the Draft: its row carries the pasted paragraph.
  const mine = (scope: Locator): Locator => official(scope).filter({ hasText: 'raise the amounts' });
  const from = view.locator('section.article-row').filter({ has: page.locator('details.annotation.official', { hasText: 'raise the amounts' }) });
  await expect(from).toHaveCount(1);
  const fromKey = (await from.getAttribute('id'))!.slice('row-'.length);
  expect(fromKey).toBe('first-draft~40');
  const added = panel.locator('article.report').filter({ hasText: 'Test report on the draft' });
  await expect(added.locator('li[data-paragraph="2"]')).toBeVisible();
  await expect(added.locator('details summary', { hasText: /General remarks.*\(1\)/u })).toBeVisible();

  // Move it to the change to draft Article 15 (now Article 4).
  const note = mine(row(page, fromKey));
  await note.evaluate((el) => ((el as HTMLDetailsElement).open = true));
  await note.getByRole('button', { name: 'Move to…' }).click();
  const select = note.locator('select.move-target');
  const target = 'first-draft~15';
  await select.selectOption(target);
  await note.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(mine(row(page, target))).toHaveCount(1);
  await expect(mine(row(page, fromKey))).toHaveCount(0);
  await expect(added.locator('.corrected')).toHaveText('corrected by you');

  // Kept over a reload.
  await page.reload();
  await expect(mine(row(page, target))).toHaveCount(1, { timeout: 30_000 });
  await expect(mine(row(page, fromKey))).toHaveCount(0);

  // Kept offline (the report is in IndexedDB, the collection's own reports in the service worker's cache).
  await page.context().setOffline(true);
  await page.reload();
  await expect(mine(row(page, target))).toHaveCount(1, { timeout: 30_000 });
  await expect(official(row(page, target)).filter({ hasText: 'Article 15 of the Draft' }).first()).toBeVisible();
  await page.context().setOffline(false);

  // In the HTML download, marked official.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as HTML' }).click()]);
  const exported = readFileSync((await download.path())!, 'utf8');
  const targetSection = exported.slice(exported.indexOf(`id="row-${target}"`), exported.indexOf('</section>', exported.indexOf(`id="row-${target}"`)));
  expect(targetSection).toContain('raise the amounts');
  expect(targetSection).toContain('class="official"');

  // A backup, restored in another browser profile: the report and the correction come along.
  await page.goto('./#/data');
  const [backupFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup' }).click()]);
  const backupPath = resolve('test-results', 'reports-backup.json');
  writeFileSync(backupPath, readFileSync((await backupFile.path())!));
  const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as { reports?: { title: string; corrections: unknown[] }[] };
  expect(backup.reports?.map((r) => r.title)).toEqual(['Test report on the draft']);
  expect(backup.reports?.[0]?.corrections).toHaveLength(1);

  const other = await browser.newContext();
  try {
    const page2 = await other.newPage();
    await page2.goto('./#/data');
    await page2.getByLabel('Restore from a backup file').setInputFiles(backupPath);
    await expect(page2.locator('.backup-message')).toBeVisible();
    const view2 = await openComparison(page2, `./#/law/${EN}/compare/first-draft/second-reading`);
    await expect(mine(row(page2, target))).toHaveCount(1);
    await expect(mine(row(page2, fromKey))).toHaveCount(0);
    // Undo the correction from the panel: back on the article the text names.
    await view2.getByRole('button', { name: /Explanation documents/u }).click();
    const added2 = view2.locator('lawdiff-report-panel article.report').filter({ hasText: 'Test report on the draft' });
    await added2.getByRole('button', { name: 'Undo correction' }).click();
    await expect(mine(row(page2, fromKey))).toHaveCount(1);
    await expect(mine(row(page2, target))).toHaveCount(0);
  } finally {
    await other.close();
  }
});
