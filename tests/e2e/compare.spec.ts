/**
 * Comparing readings in the browser: the shipped sample law (whose changes are
 * known, tests/fixtures/sample-law-changes.md) and real laws from the corpus
 * (served from dist-corpus/, built by scripts/e2e.mjs).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';
import { resolve } from 'node:path';
import { CORPUS_PORT } from '../helpers/ports.js';
import { en, openComparison, zh } from '../helpers/sample-page.js';

const shots = resolve('test-results/screens');
const corpus = `http://127.0.0.1:${CORPUS_PORT}/`;

/** The row whose (new, or else old) article label is exactly `label`. */
function row(view: Locator, label: string): Locator {
  const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return view.locator('.article-row').filter({ has: view.page().locator('.row-title .label', { hasText: exact }) });
}

test('the summary counts what the second reading changed and the map jumps to a chapter', async ({ page }) => {
  const view = await openComparison(page, zh);
  const summary = view.locator('lawdiff-change-summary');
  for (const [what, n] of [['Inserted', 7], ['Deleted', 2], ['Moved', 1], ['Cross-references only', 4], ['Renumbered only', 24], ['Split', 0]] as const) {
    await expect(summary.getByRole('button', { name: new RegExp(`^${n} ${what}$`) })).toBeVisible();
  }
  // Chapter 5 (数据安全) is new: the map block for it says all its articles changed.
  const block = summary.getByRole('button', { name: /第五章 数据安全: 5 of 5 articles changed/ });
  await block.click();
  await expect(page).toHaveURL(/a=second-reading~35/);
  await expect(row(view, '第三十五条')).toBeInViewport();
});

test('synopsis pairs articles by content across renumbering', async ({ page }) => {
  const view = await openComparison(page, zh);
  const moved = row(view, '第四条');
  await expect(moved.locator('.row-head')).toContainText('(was 第十五条)');
  await expect(moved.locator('.row-head')).toContainText('moved from 第十五条, 第三章 数据开放 · 第一节 一般规定');
  await expect(moved.locator('.badge')).toHaveText('Moved · reworded');
  await expect(moved.locator('.col.old del')).toContainText(['本章', '本章']);
  await expect(moved.locator('.col.new ins').first()).toHaveText(/本法/);
  const inserted = row(view, '第十三条');
  await expect(inserted.locator('.badge')).toHaveText('Inserted');
  await expect(inserted.locator('.col.old')).toHaveText('Not in the older reading');
  const deleted = view.locator('.article-row.kind-deleted').first();
  await expect(deleted.locator('.col.new')).toHaveText('Not in the newer reading');
  // Unchanged text under a new number is not shown as rewritten: collapsed, no marks.
  const renumbered = row(view, '第六条');
  await expect(renumbered.locator('.badge')).toHaveText('Renumbered only');
  await expect(renumbered).toContainText('Only the number changed');
  await renumbered.getByRole('button', { name: 'Show text' }).click();
  await expect(renumbered.locator('.col.new')).toContainText('国家数据主管部门');
  await expect(renumbered.locator('del, ins')).toHaveCount(0);
  // Only a cross-reference number changed.
  await expect(row(view, '第十二条').locator('.badge')).toHaveText('Cross-references only');
  await expect(row(view, '第十二条').locator('.col.new ins')).toHaveText(/第十七条/);
  await page.screenshot({ path: `${shots}/compare-synopsis-zh.png` });
});

test('redline marks deletions and insertions by element and text, not colour alone', async ({ page }) => {
  const view = await openComparison(page, `${en}?view=redline`);
  const merged = row(view, 'Article 30');
  await expect(merged.locator('.badge')).toHaveText('Merged');
  await expect(merged.locator('.row-head')).toContainText('merged from Article 29 + Article 30');
  const del = merged.locator('.redline del').first();
  await expect(del).toHaveCSS('text-decoration-line', 'line-through');
  await expect(del.locator('.sr').first()).toHaveText('[deleted: ');
  const ins = merged.locator('.redline ins').first();
  await expect(ins).toHaveCSS('text-decoration-line', 'underline');
  await expect(ins.locator('.sr').first()).toHaveText('[inserted: ');
  const split = row(view, 'Article 27 + Article 28');
  await expect(split.locator('.part-label')).toHaveText(['Article 27', 'Article 28']);
  await page.screenshot({ path: `${shots}/compare-redline-en.png` });
});

test('filters keep what was asked for, and the URL keeps the filter', async ({ page }) => {
  const view = await openComparison(page, zh);
  await view.getByRole('combobox', { name: 'Show' }).selectOption('inserted');
  await expect(page).toHaveURL(/filter=inserted/);
  await expect(view.locator('.article-row')).toHaveCount(7);
  await expect(view.locator('.article-row .badge')).toHaveText(Array(7).fill('Inserted'));
  await view.getByRole('combobox', { name: 'Show' }).selectOption('changed');
  await expect(view.locator('.article-row.kind-unchanged')).toHaveCount(0);
  await expect(view.locator('.article-row.kind-renumbered')).toHaveCount(24);
  await page.reload();
  await expect(view.getByRole('combobox', { name: 'Show' })).toHaveValue('changed');
});

test('next and previous change with buttons and keys, focus highlighted and in view', async ({ page }) => {
  const view = await openComparison(page, zh);
  const counter = view.locator('lawdiff-compare-toolbar .counter').first();
  await expect(counter).toHaveText('25 changes');
  await page.keyboard.press('n');
  await expect(counter).toHaveText('1 / 25');
  const focused = view.locator('.article-row.focused');
  await expect(focused).toHaveCount(1);
  await expect(focused.locator('.row-title')).toContainText('第一条');
  for (let i = 0; i < 4; i++) await page.keyboard.press('j');
  await expect(counter).toHaveText('5 / 25');
  await expect(focused).toBeInViewport();
  await expect(focused).toBeFocused();
  await page.keyboard.press('k');
  await expect(counter).toHaveText('4 / 25');
  await view.getByRole('button', { name: 'Next change' }).click();
  await expect(counter).toHaveText('5 / 25');
  const key = await focused.getAttribute('data-key');
  expect(page.url()).toContain(`a=${key}`);
  // The focused change survives a reload.
  await page.reload();
  await expect(view.locator('.article-row.focused')).toHaveAttribute('data-key', key!);
  await expect(view.locator('.article-row.focused')).toBeInViewport();
});

test('search finds text in both readings and steps through the matches', async ({ page }) => {
  const view = await openComparison(page, zh);
  const box = view.getByRole('searchbox', { name: 'Search in both readings' });
  await box.fill('工作日');
  await expect(page).toHaveURL(/q=%E5%B7%A5%E4%BD%9C%E6%97%A5/);
  const counter = view.locator('lawdiff-compare-toolbar .counter').nth(1);
  await expect(counter).toHaveText(/^\d+ matches$/);
  const total = Number((await counter.textContent())!.split(' ')[0]);
  expect(total).toBeGreaterThanOrEqual(3);
  await box.press('Enter');
  await expect(counter).toHaveText(`1 / ${total}`);
  await expect(view.locator('.article-row.focused mark').first()).toHaveText('工作日');
  await view.getByRole('button', { name: 'Next match' }).click();
  await expect(counter).toHaveText(`2 / ${total}`);
});

test('an unpublished reading is a gap: the picker skips it, a link to it says so', async ({ page }) => {
  await page.goto('#/law/fictional-open-data-law-en');
  const timeline = page.locator('lawdiff-timeline');
  await expect(timeline.locator('li.gap')).toContainText(['Third reading draft']);
  await expect(timeline.locator('li.gap')).toContainText(['not published']);
  const picker = page.locator('lawdiff-version-picker');
  await expect(picker.getByRole('combobox', { name: 'Older reading' }).locator('option')).toHaveText(['First draft', 'Second reading draft', 'Final']);
  // First draft → Final is one click.
  await picker.getByRole('link', { name: 'First draft → Final' }).click();
  await expect(page).toHaveURL(/compare\/first-draft\/final/);
  await expect(page.locator('lawdiff-compare-view .article-row').first()).toBeVisible();
  await page.goto('#/law/fictional-open-data-law-en/compare/second-reading/third-reading');
  await expect(page.locator('lawdiff-status')).toContainText('The comparison could not be made.');
  await expect(page.locator('lawdiff-status')).toContainText('was not published');
});

test('choosing two readings with the keyboard only', async ({ page }) => {
  await page.goto('#/law/fictional-open-data-law-zh');
  const picker = page.locator('lawdiff-version-picker');
  await picker.getByRole('combobox', { name: 'Older reading' }).focus();
  await page.keyboard.press('Home');
  await picker.getByRole('combobox', { name: 'Older reading' }).selectOption('first-draft');
  await page.keyboard.press('Tab');
  await page.keyboard.press('End');
  await picker.getByRole('combobox', { name: 'Newer reading' }).selectOption('final');
  await page.keyboard.press('Tab');
  await expect(picker.getByRole('button', { name: 'Compare' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/compare\/first-draft\/final/);
  const view = page.locator('lawdiff-compare-view');
  await expect(view.locator('.article-row').first()).toBeVisible();
  await page.keyboard.press('n');
  await expect(view.locator('.article-row.focused')).toBeFocused();
});

test('the main views have no serious or critical accessibility violations', async ({ page }) => {
  // Seven pages, each analysed by axe: more than the default 30 s on a busy 2-core machine.
  test.slow();
  for (const url of ['./', '#/law/fictional-open-data-law-zh', zh, `${en}?view=redline`, `${zh}?filter=changed&q=数据`, '#/import', '#/data']) {
    await page.goto(url);
    await page.waitForTimeout(300);
    if (url.includes('compare')) await expect(page.locator('lawdiff-compare-view .article-row').first()).toBeVisible({ timeout: 30_000 });
    if (url === '#/import') await expect(page.locator('lawdiff-import-page button').first()).toBeVisible();
    if (url === '#/data') await expect(page.locator('lawdiff-data-page h2').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${url}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test.describe('real laws from the corpus', () => {
  test('PRC Company Law 2018 → 2023: renumbered articles are not shown as rewritten', async ({ page }) => {
    const view = await openComparison(page, `${corpus}#/law/cn-company-law/compare/2018/2023?filter=renumbered`);
    const rows = view.locator('.article-row');
    await expect(rows.first()).toBeVisible();
    await expect(view.locator('.article-row del, .article-row ins')).toHaveCount(0);
    await page.screenshot({ path: `${shots}/corpus-company-law.png` });
  });

  test('Taiwan PDPA 2010 → 2015: the legislature’s reasons are shown with the changes they explain', async ({ page }) => {
    const view = await openComparison(page, `${corpus}#/law/tw-personal-data-protection-act/compare/2010/2015?filter=changed`);
    const rows = view.locator('.article-row');
    // 12 reworded — Art. 54, rewritten in place, among them (issue 14; it read as deleted + inserted before): the 12 articles the legislature lists as changed.
    await expect(rows).toHaveCount(12);
    await expect(rows.locator('.col.new .empty')).toHaveCount(0);
    const first = rows.first().locator('.annotation');
    await expect(first.locator('summary')).toContainText('立法院 異動條文及理由');
    await first.locator('summary').click();
    await expect(first.locator('.annotation-text')).toContainText('照協商條文通過');
  });

  test('Taiwan PDPA 1995 → 2010: a renumbered, reworded article carries the reason that says so', async ({ page }) => {
    const view = await openComparison(page, `${corpus}#/law/tw-personal-data-protection-act/compare/1995/2010?filter=changed`);
    // 1995's 第二條 was deleted; 2010's 第二條 is 1995's 第三條 moved up.
    const moved = row(view, '第二條').filter({ hasText: '(was 第三條)' });
    await expect(moved.locator('.badge')).toHaveText('Reworded');
    const note = moved.locator('.annotation').first();
    await note.locator('summary').click();
    await expect(note.locator('.annotation-text')).toContainText('條次變更，本條為原條文第三條移列');
  });

  test('German NetzDG 2021 → 2022 in redline, with German hyphenation and lang', async ({ page }) => {
    const view = await openComparison(page, `${corpus}#/law/de-netzdg/compare/2021a/2022?view=redline&filter=changed`);
    await expect(view.locator('.redline').first()).toHaveAttribute('lang', 'de');
    await expect(row(view, '§ 3a').locator('.badge')).toHaveText('Inserted');
    await expect(row(view, '§ 5a').locator('.badge')).toHaveText('Inserted');
    await expect(row(view, '§ 1').locator('.badge')).toHaveText('Reworded');
    await page.screenshot({ path: `${shots}/compare-redline-de.png` });
  });

  test('the German Civil Code (2,500 §§) opens, renders only what is on screen and jumps to any article', async ({ page }) => {
    const start = Date.now();
    const view = await openComparison(page, `${corpus}#/law/de-bgb/compare/2012-07-02/2022-03-03`);
    const opened = Date.now() - start;
    const nodes = await page.evaluate(() => {
      const count = (root: Document | ShadowRoot): number =>
        [...root.querySelectorAll('*')].reduce((n, el) => n + 1 + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
      return count(document);
    });
    test.info().annotations.push({ type: 'bgb', description: `opened in ${opened} ms, ${nodes} live DOM nodes` });
    console.log(`BGB 2012 → 2022: first rows after ${opened} ms; ${nodes} live DOM nodes`);
    expect(nodes).toBeLessThan(10_000);
    await page.goto(`${corpus}#/law/de-bgb/compare/2012-07-02/2022-03-03?a=2022-03-03~2385`);
    await expect(view.locator('.article-row.focused .row-title')).toContainText('§ 2385');
    await expect(view.locator('.article-row.focused')).toBeInViewport();
  });
});

test('the toolbar stays on screen on a wide window and scrolls away on a phone, where a focused article is not hidden under it', async ({ page }) => {
  const focusedTitle = (view: Locator) => view.locator('.article-row.focused');
  const toolbar = (view: Locator) => view.locator('.sticky');

  await page.setViewportSize({ width: 1280, height: 800 });
  let view = await openComparison(page, `${zh}?view=redline&a=second-reading~30`);
  await expect(focusedTitle(view)).toBeInViewport();
  expect((await toolbar(view).boundingBox())!.y, 'sticky at the top').toBeGreaterThanOrEqual(-1);

  await page.setViewportSize({ width: 390, height: 800 });
  view = await openComparison(page, `${zh}?view=redline&a=second-reading~31`);
  await expect(focusedTitle(view)).toBeInViewport();
  const bar = (await toolbar(view).boundingBox())!;
  expect(bar.y + bar.height, 'scrolled away with the page').toBeLessThan(0);
  // Wholly visible, and nothing over it.
  await expect(focusedTitle(view)).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: `${shots}/redline-zh-phone.png` });
});
