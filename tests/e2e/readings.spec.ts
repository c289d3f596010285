/**
 * The synopsis of several readings and the picture of the law's passage
 * (issue 19), in the built app: the sample law (four readings, the third
 * unpublished), the Telecommunications Act 2004 (seven readings) and the Civil
 * Code (three readings of ~2,500 §§) from ../shared/corpus. Every test opens
 * its page cold (a fresh browser context). What the page shows is checked
 * against the engine run here in Node on the same files (`buildHistory`,
 * `concordanceRows`), not against the page's own model.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORPUS_PORT } from '../helpers/ports.js';
import { corpusDir, importCorpus } from '../helpers/corpus.js';
import { sample, type Edition } from '../helpers/sample.js';
import { buildHistory, Tokenizer, type History } from '../../src/diff/index.js';
import { concordanceRows, type ConcordanceCell } from '../../src/present/history-model.js';
import { isStepChange, readingsModel, visibleRows, type ReadingsArticleRow } from '../../src/present/readings-model.js';
import type { Law, VersionDoc, VersionInfo } from '../../src/model/types.js';

const corpus = `http://127.0.0.1:${CORPUS_PORT}/`;
const hasCorpus = existsSync(resolve(corpusDir, 'de-bgb', 'law.json')) && existsSync(resolve(corpusDir, 'de-tkg-2004', 'law.json'));

const SAMPLE_IDS = ['first-draft', 'second-reading', 'third-reading', 'final'];
const TKG_IDS = ['2012-07-02', '2012-08-06', '2012-09-16', '2012-10-16', '2012-12-02', '2012-12-30', '2021'];
const BGB_IDS = ['2012-07-02', '2013-01-11', '2022-03-03'];

const sampleUrl = (edition: Edition, query = ''): string => `#/law/fictional-open-data-law-${edition}/compare/${SAMPLE_IDS.join('/')}${query}`;
const tkgUrl = (query = ''): string => `${corpus}#/law/de-tkg-2004/compare/${TKG_IDS.join('/')}${query}`;
const bgbUrl = (query = ''): string => `${corpus}#/law/de-bgb/compare/${BGB_IDS.join('/')}${query}`;

// ------------------------------------------------------------------ the engine, in Node

interface Engine {
  history: History;
  docs: Record<string, VersionDoc>;
  /** The readings shown, in order (gaps included). */
  versions: VersionInfo[];
}

const engines = new Map<string, Engine>();

function sampleEngine(edition: Edition): Engine {
  const s = sample(edition);
  return { history: s.history, docs: s.docs, versions: SAMPLE_IDS.map((id) => s.law.versions.find((v) => v.id === id)!) };
}

/** A law of the corpus over the chosen readings, as the app's worker builds it (word granularity). */
function corpusEngine(folder: string, ids: readonly string[]): Engine {
  const key = `${folder}:${ids.join('/')}`;
  const hit = engines.get(key);
  if (hit) return hit;
  const law = JSON.parse(readFileSync(resolve(corpusDir, folder, 'law.json'), 'utf8')) as Law;
  const versions = ids.map((id) => law.versions.find((v) => v.id === id)!);
  const chain = versions.map((v) => ({ id: v.id, doc: importCorpus(`${folder}/${v.file}`) }));
  const history = buildHistory(chain, { tokenizer: new Tokenizer(chain[0]!.doc.language || law.language, 'word') });
  const e = { history, docs: Object.fromEntries(chain.map((c) => [c.id, c.doc])), versions };
  engines.set(key, e);
  return e;
}

/** The picture's kind of a concordance cell: its status, except that a matched article out of order is "moved". */
function kindOf(c: ConcordanceCell): string {
  switch (c.kind) {
    case 'gap':
    case 'absent':
      return c.kind;
    case 'ended':
      return c.how === 'merged' ? 'merged-away' : 'deleted';
    case 'present':
      return c.moved && ['unchanged', 'renumbered', 'references', 'reworded'].includes(c.status) ? 'moved' : c.status;
  }
}

/** Cells of each kind over every article and reading, from the history model. */
function engineKindCounts(e: Engine): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of concordanceRows(e.history, e.docs, e.versions)) for (const cell of row.cells) counts[kindOf(cell)] = (counts[kindOf(cell)] ?? 0) + 1;
  return counts;
}

// ------------------------------------------------------------------ the page

function view(page: Page): Locator {
  return page.locator('lawdiff-readings-view');
}

function rowOf(page: Page, key: string): Locator {
  return view(page).locator(`section.article-row[id="row-${key}"]`);
}

/** Text without the invisible bidi isolates the interface puts around names. */
const plain = (s: string | null): string => (s ?? '').replace(/[\u2066-\u2069]/gu, '').replace(/\s+/gu, ' ').trim();

/**
 * Opens a synopsis cold and waits for its first rows. The law's page head is above the synopsis, so
 * on a long law (virtualized: only the rows in view are rendered) the rows appear once scrolled to.
 */
async function openReadings(page: Page, url: string, timeout = 60_000): Promise<Locator> {
  await page.goto(url);
  const v = view(page);
  // (The column heads are hidden on a phone, where each cell names its reading.)
  await expect(v.locator('.col-heads')).toBeAttached({ timeout });
  await v.locator('section.rows').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect(v.locator('section.article-row').first()).toBeVisible();
  return v;
}

async function openPicture(page: Page): Promise<Locator> {
  await view(page).locator('.tabs .tab').nth(1).click();
  await expect(page).toHaveURL(/show=picture/);
  const picture = view(page).locator('lawdiff-passage-picture');
  await expect(picture.locator('svg.grid')).toBeVisible({ timeout: 30_000 });
  return picture;
}

/** The focused element, through shadow roots: tag and classes. */
async function deepActive(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}` : '';
  });
}

/** Where the toolbar ends (0 when it scrolls with the page, as on a phone). */
async function toolbarBottom(page: Page): Promise<number> {
  return view(page)
    .locator('.sticky')
    .evaluate((el) => (getComputedStyle(el).position === 'sticky' ? el.getBoundingClientRect().bottom : 0));
}

/** Opens a deep link cold and checks that the row lands just below the toolbar (at the top on a phone), stays there, and has the focus. */
async function expectLanded(page: Page, url: string, key: string, label: string): Promise<void> {
  await page.goto(url);
  const row = rowOf(page, key);
  await expect(row).toBeAttached({ timeout: 60_000 });
  await expect(row.locator('.row-title .label')).toHaveText(label);
  const top = async () => row.evaluate((el) => el.getBoundingClientRect().top);
  await expect
    .poll(
      async () => {
        const bar = await toolbarBottom(page);
        const t = await top();
        return t >= bar && t <= bar + 24;
      },
      { timeout: 20_000, message: `${key}: the row's heading is just below the toolbar` },
    )
    .toBe(true);
  const before = await top();
  // Rows measured late must not push it away: it is still there a moment later.
  await expect.poll(async () => Math.abs((await top()) - before), { intervals: [1500], timeout: 5_000 }).toBeLessThanOrEqual(2);
  await expect(row).toBeFocused();
  await expect(row).toHaveClass(/focused/);
}

/** The picture's count per kind (its one path per kind carries it), without the links. */
async function pictureCounts(picture: Locator): Promise<Record<string, number>> {
  return picture.locator('svg.grid path[data-kind][data-count]').evaluateAll((paths) =>
    Object.fromEntries(
      paths.filter((p) => !p.getAttribute('data-kind')!.startsWith('link-')).map((p) => [p.getAttribute('data-kind')!, Number(p.getAttribute('data-count'))]),
    ),
  );
}

/** The picture's counts per kind equal the history model's, and the statistics table has the engine's numbers per step. */
async function expectPictureMatchesEngine(page: Page, e: Engine): Promise<void> {
  const picture = view(page).locator('lawdiff-passage-picture');
  const expected = engineKindCounts(e);
  const shown = await pictureCounts(picture);
  const kinds = [...new Set([...Object.keys(expected), ...Object.keys(shown)])].sort();
  const nonzero = (r: Record<string, number>) => Object.fromEntries(kinds.map((k) => [k, r[k] ?? 0]).filter(([, n]) => n !== 0));
  expect(nonzero(shown), 'cells per kind in the picture = the history model').toEqual(nonzero(expected));
  // Every cell drawn once: articles × readings.
  const rows = concordanceRows(e.history, e.docs, e.versions).length;
  expect(Object.values(shown).reduce((a, b) => a + b, 0)).toBe(rows * e.versions.length);

  const stats = view(page).locator('lawdiff-step-stats');
  const trs = stats.locator('tbody tr');
  await expect(trs).toHaveCount(e.history.comparisons.length);
  const number = (s: string | null) => Number((s ?? '').replace(/\D/gu, ''));
  for (let i = 0; i < e.history.comparisons.length; i++) {
    const s = e.history.comparisons[i]!.stats;
    const from = e.versions.find((v) => v.id === e.history.versionIds[i])!.label;
    const to = e.versions.find((v) => v.id === e.history.versionIds[i + 1])!.label;
    const tr = trs.nth(i);
    expect(plain(await tr.locator('th').textContent())).toContain(`${from} → ${to}`);
    const tds = tr.locator('td');
    expect(number(await tds.nth(0).textContent()), `step ${from} → ${to}: inserted`).toBe(s.inserted);
    expect(number(await tds.nth(1).textContent()), `step ${from} → ${to}: deleted`).toBe(s.deleted);
  }
}

// ------------------------------------------------------------------ 1. the sample law

test.describe('the sample law, four readings (one unpublished)', () => {
  test('columns, marks, filters by step, base, next change, search and history (zh)', async ({ page }) => {
    const e = sampleEngine('zh');
    const v = await openReadings(page, sampleUrl('zh'));
    const heads = v.locator('.col-heads .head');
    await expect(heads).toHaveCount(4);
    await expect(heads.nth(2)).toHaveClass(/\bgap\b/);
    for (const i of [0, 1, 3]) await expect(heads.nth(i)).not.toHaveClass(/\bgap\b/);

    const row = rowOf(page, 'first-draft~15');
    await expect(row.locator('.row-title .label')).toHaveText('第四条');
    const cells = row.locator('.cell');
    await expect(cells).toHaveCount(4);
    expect(await cells.evaluateAll((els) => els.map((el) => el.getAttribute('data-status')))).toEqual(['first', 'reworded', 'unpublished', 'unchanged']);
    await expect(cells.nth(1)).toHaveClass(/\bmoved\b/);
    await expect(cells.nth(2)).toHaveClass(/\bgap\b/);
    await expect(row.locator('.cell[data-column="1"] del').first()).toContainText('本章');
    await expect(row.locator('.cell[data-column="1"] ins').first()).toContainText('本法');

    // Changed in the last step only: that row is not; in the second reading it is.
    await v.locator('select.filter').selectOption('changed');
    await v.locator('select.step').selectOption('final');
    await expect(page).toHaveURL(/filter=changed/);
    await expect(page).toHaveURL(/step=final/);
    await expect(row).toHaveCount(0);
    const model = readingsModel(e.history, e.docs, e.versions);
    const inFinal = visibleRows(model, 'changed', 3).filter((r) => r.type === 'article');
    await expect(v.locator('section.article-row')).toHaveCount(inFinal.length);
    // Each row kept changed in that step.
    const finalStatuses = await v.locator('section.article-row .cell[data-column="3"]').evaluateAll((els) => els.map((el) => `${el.getAttribute('data-status')}${el.classList.contains('moved') ? '+moved' : ''}`));
    for (const s of finalStatuses) expect(['first', 'unchanged', 'absent', 'unpublished', 'renumbered']).not.toContain(s);
    await v.locator('select.step').selectOption('second-reading');
    await expect(page).toHaveURL(/step=second-reading/);
    await expect(row).toBeVisible();

    // Against the first draft: the final text differs from it.
    await v.locator('select.base').selectOption('first-draft');
    await expect(page).toHaveURL(/base=first-draft/);
    await expect(row.locator('.cell[data-column="3"]')).toHaveAttribute('data-status', 'reworded');
    await expect(heads.nth(0)).toHaveClass(/\bbase\b/);
    await v.locator('select.base').selectOption('');
    await v.locator('select.filter').selectOption('all');
    await expect(page).not.toHaveURL(/base=/);
    await expect(page).not.toHaveURL(/filter=/);
    await expect(row.locator('.cell[data-column="3"]')).toHaveAttribute('data-status', 'unchanged');

    // Next change: the button, then the n key.
    const changes = visibleRows(model, 'all', undefined).filter((r): r is ReadingsArticleRow => isStepChange(r, undefined));
    expect(changes.length).toBeGreaterThan(2);
    await v.locator('.next-change').click();
    await expect(page).toHaveURL(new RegExp(`a=${changes[0]!.key}(&|$)`));
    await expect(rowOf(page, changes[0]!.key)).toHaveClass(/focused/);
    await page.keyboard.press('n');
    await expect(page).toHaveURL(new RegExp(`a=${changes[1]!.key}(&|$)`));
    await expect(rowOf(page, changes[1]!.key)).toBeFocused();
    await expect(rowOf(page, changes[1]!.key)).toBeInViewport();

    // Search: a counter of the rows that have the term in any reading.
    const n = model.rows.filter((r) => r.type === 'article' && r.haystack().includes('本法')).length;
    expect(n).toBeGreaterThan(0);
    await v.locator('input[type=search]').fill('本法');
    await expect(page).toHaveURL(/q=/);
    await expect(v.locator('.search .counter')).toHaveText(new RegExp(`^(${n} matches|\\d+ / ${n})$`));

    // The history of a row.
    await row.getByRole('button', { name: 'History', exact: true }).click();
    await expect(page).toHaveURL(/history=first-draft~15/);
    const history = v.locator('lawdiff-article-history [role="dialog"]');
    await expect(history).toBeVisible();
    await expect(history.locator('h2')).toContainText('第四条');
  });

  test('the English edition: the same columns and marks', async ({ page }) => {
    const v = await openReadings(page, sampleUrl('en'));
    await expect(v.locator('.col-heads .head')).toHaveCount(4);
    await expect(v.locator('.col-heads .head').nth(2)).toHaveClass(/\bgap\b/);
    const row = rowOf(page, 'first-draft~15');
    expect(await row.locator('.cell').evaluateAll((els) => els.map((el) => el.getAttribute('data-status')))).toEqual(['first', 'reworded', 'unpublished', 'unchanged']);
    await expect(row.locator('.cell[data-column="1"] del').first()).toContainText('Chapter');
    await expect(row.locator('.cell[data-column="1"] ins').first()).toContainText('Law');
  });
});

test('the picker: every reading side by side, or a chosen set of three', async ({ page }) => {
  await page.goto('#/law/fictional-open-data-law-zh');
  const picker = page.locator('lawdiff-version-picker');
  const all = picker.locator('a.all-readings');
  await expect(all).toHaveText('All 4 readings side by side');
  await all.click();
  await expect(page).toHaveURL(/compare\/first-draft\/second-reading\/third-reading\/final$/);
  await expect(view(page).locator('.col-heads .head')).toHaveCount(4);

  await page.goto('#/law/fictional-open-data-law-zh');
  const several = picker.locator('details.several');
  await several.locator('summary').click();
  await several.locator('input[type=checkbox][value="first-draft"]').uncheck();
  await several.locator('input[type=checkbox][value="second-reading"]').uncheck();
  await several.getByRole('button', { name: 'Show side by side' }).click();
  await expect(several.getByRole('alert')).toHaveText('Tick at least three readings.');
  await several.locator('input[type=checkbox][value="second-reading"]').check();
  await several.getByRole('button', { name: 'Show side by side' }).click();
  await expect(page).toHaveURL(/compare\/second-reading\/third-reading\/final$/);
  const heads = view(page).locator('.col-heads .head');
  await expect(heads).toHaveCount(3);
  await expect(heads.nth(1)).toHaveClass(/\bgap\b/);
});

// ------------------------------------------------------------------ 2. deep links

for (const width of [1280, 390]) {
  test.describe(`deep links at ${width} px`, () => {
    test.use({ viewport: { width, height: width > 600 ? 860 : 844 } });

    test('the sample law: a key by the final text’s number lands on its row', async ({ page }) => {
      await expectLanded(page, sampleUrl('zh', '?a=final~4'), 'first-draft~15', '第四条');
    });

    test('the TKG, seven readings: a § in the last third lands', async ({ page }) => {
      test.skip(!hasCorpus, `the corpus is not at ${corpusDir}`);
      test.setTimeout(90_000);
      // 1280: by its key; 390: by its number in the last reading (§ 113b, § 113a in 2012).
      if (width > 600) await expectLanded(page, tkgUrl('?a=2012-07-02~140'), '2012-07-02~140', '§ 140');
      else await expectLanded(page, tkgUrl('?a=2021~113b'), '2012-07-02~113a', '§ 113b');
    });

    test('the BGB, three readings: § 2000 lands', async ({ page }) => {
      test.skip(!hasCorpus, `the corpus is not at ${corpusDir}`);
      test.setTimeout(90_000);
      await expectLanded(page, bgbUrl('?a=2012-07-02~2000'), '2012-07-02~2000', '§ 2000');
      if (width > 600) {
        // The picture of the same comparison (no second cold open of the BGB).
        await openPicture(page);
        await expectPictureMatchesEngine(page, corpusEngine('de-bgb', BGB_IDS));
      }
    });
  });
}

// ------------------------------------------------------------------ 3. the TKG's seven readings

test('the TKG, seven readings: seven columns, and the rows inserted and deleted in each step are the engine’s', async ({ page }) => {
  test.skip(!hasCorpus, `the corpus is not at ${corpusDir}`);
  test.setTimeout(90_000);
  const e = corpusEngine('de-tkg-2004', TKG_IDS);
  const v = await openReadings(page, tkgUrl());
  await expect(v.locator('.col-heads .head')).toHaveCount(7);
  await expect(v.locator('.col-heads .head.gap')).toHaveCount(0);
  for (const filter of ['inserted', 'deleted'] as const) {
    await v.locator('select.filter').selectOption(filter);
    await expect(page).toHaveURL(new RegExp(`filter=${filter}`));
    for (let i = 1; i < TKG_IDS.length; i++) {
      const id = TKG_IDS[i]!;
      await v.locator('select.step').selectOption(id);
      await expect(page).toHaveURL(new RegExp(`step=${id}(&|$)`));
      const n = e.history.comparisons[i - 1]!.stats[filter];
      await expect(v.locator('section.article-row'), `${filter} in the step into ${id}`).toHaveCount(n);
      if (n === 0) await expect(v.locator('.empty-rows')).toBeVisible();
      else {
        const statuses = await v.locator(`section.article-row .cell[data-column="${i}"]`).evaluateAll((els) => els.map((el) => el.getAttribute('data-status')));
        for (const s of statuses) expect(filter === 'inserted' ? ['inserted'] : ['deleted', 'merged-away']).toContain(s);
      }
    }
  }
  // The picture of the seven readings.
  await openPicture(page);
  await expectPictureMatchesEngine(page, e);
});

// ------------------------------------------------------------------ 4. the picture on the sample law

test('the picture of the sample law: counts per kind, statistics per step, a cell opens its article’s history', async ({ page }) => {
  const e = sampleEngine('zh');
  await openReadings(page, sampleUrl('zh'));
  const picture = await openPicture(page);
  await expectPictureMatchesEngine(page, e);
  const rows = concordanceRows(e.history, e.docs, e.versions);

  // Keyboard: focus the picture (the last reading's line, first article), two articles right, Enter.
  const grid = picture.locator('.picture');
  await grid.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(picture.locator('.caption')).toContainText(rows[2]!.latestLabel);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`history=${rows[2]!.key}(&|$)`));
  const history = view(page).locator('lawdiff-article-history [role="dialog"]');
  await expect(history).toBeVisible();
  await expect(history.locator('h2')).toContainText(rows[2]!.latestLabel);
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/history=/);
  await expect(history).toHaveCount(0);

  // Pointer: the cell of the 6th article in the first reading's line.
  const svg = picture.locator('svg.grid');
  const box = (await svg.boundingBox())!;
  const zoom = box.width / Number(await svg.getAttribute('width'));
  const at = 5;
  // 20 units of reading numbers, 10 per article; the chapter band (14) above the first line.
  await page.mouse.click(box.x + (20 + at * 10 + 5) * zoom, box.y + (14 + 0 * 10 + 5) * zoom);
  await expect(page).toHaveURL(new RegExp(`history=${rows[at]!.key}(&|$)`));
  await expect(history.locator('h2')).toContainText(rows[at]!.latestLabel);
});

// ------------------------------------------------------------------ 5. keyboard only

test('keyboard only: Tab reaches the toolbar, n and p move between changes, Escape closes the history', async ({ page }) => {
  const e = sampleEngine('zh');
  const changes = visibleRows(readingsModel(e.history, e.docs, e.versions), 'all', undefined).filter((r): r is ReadingsArticleRow => isStepChange(r, undefined));
  await page.goto(sampleUrl('zh'));
  await expect(view(page).locator('section.article-row').first()).toBeVisible({ timeout: 30_000 });
  // The first Tab: the skip link, past the law's page to the synopsis's toolbar.
  await page.keyboard.press('Tab');
  await expect.poll(() => deepActive(page)).toBe('button.skip');
  await page.keyboard.press('Enter');
  await expect.poll(() => deepActive(page)).toBe('select.filter');
  await page.keyboard.press('Tab');
  await expect.poll(() => deepActive(page)).toBe('select.step');
  await page.keyboard.press('Tab');
  await expect.poll(() => deepActive(page)).toBe('select.base');
  await page.keyboard.press('Tab');
  await expect.poll(() => deepActive(page)).toBe('button.prev-change');
  await page.keyboard.press('Tab');
  await expect.poll(() => deepActive(page)).toBe('button.next-change');

  await page.keyboard.press('n');
  await expect(page).toHaveURL(new RegExp(`a=${changes[0]!.key}(&|$)`));
  await expect(rowOf(page, changes[0]!.key)).toBeFocused();
  await page.keyboard.press('n');
  await expect(page).toHaveURL(new RegExp(`a=${changes[1]!.key}(&|$)`));
  await expect(rowOf(page, changes[1]!.key)).toBeFocused();
  await page.keyboard.press('p');
  await expect(page).toHaveURL(new RegExp(`a=${changes[0]!.key}(&|$)`));
  await expect(rowOf(page, changes[0]!.key)).toBeFocused();

  // From the focused row, Tab to its History button, Enter; Escape closes the panel.
  await page.keyboard.press('Tab');
  await expect.poll(() => deepActive(page)).toBe('button.link');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`history=${changes[0]!.key}(&|$)`));
  await expect(view(page).locator('lawdiff-article-history [role="dialog"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/history=/);
  await expect(view(page).locator('lawdiff-article-history [role="dialog"]')).toHaveCount(0);
});

// ------------------------------------------------------------------ 6. phone

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('one pair of readings at a time, with a step switcher', async ({ page }) => {
    const v = await openReadings(page, sampleUrl('zh', '?step=second-reading'));
    const switcher = v.locator('.step-switcher');
    await expect(switcher).toBeVisible();
    await expect.poll(async () => plain(await switcher.locator('.step-name').textContent())).toBe('First draft → Second reading draft');
    await expect(switcher.locator('.step-count')).toHaveText('1 / 2');
    await expect(v.locator('.col-heads .head')).toHaveCount(2);
    const columnsShown = async () =>
      v.locator('section.article-row').evaluateAll((rows) => [...new Set(rows.map((r) => [...r.querySelectorAll('.cell')].map((c) => c.getAttribute('data-column')).join(',')))]);
    expect(await columnsShown()).toEqual(['0,1']);

    await switcher.getByRole('button', { name: 'Next step' }).click();
    await expect(page).toHaveURL(/step=final/);
    await expect.poll(async () => plain(await switcher.locator('.step-name').textContent())).toBe('Second reading draft → Final');
    await expect(switcher.locator('.step-count')).toHaveText('2 / 2');
    await expect(switcher.getByRole('button', { name: 'Next step' })).toBeDisabled();
    // The unpublished third reading between them is not shown.
    await expect(v.locator('.cell.gap')).toHaveCount(0);
    await expect(v.locator('.col-heads .head')).toHaveCount(2);
    await expect(v.locator('.col-heads .head.gap')).toHaveCount(0);
    await expect.poll(columnsShown).toEqual(['1,3']);
  });
});

// ------------------------------------------------------------------ 7. axe

test('axe: the synopsis and the picture of the sample law (zh) have no serious or critical violations', async ({ page }) => {
  await openReadings(page, sampleUrl('zh'));
  const check = async (what: string) => {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const bad = results.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical');
    expect(bad.map((x) => `${what}: ${x.id} (${x.impact}) ${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };
  await check('synopsis');
  await openPicture(page);
  await check('picture');
});

// ------------------------------------------------------------------ 8. print and download

test('the TKG prints every row, and the HTML download has one article per row shown', async ({ page }) => {
  test.skip(!hasCorpus, `the corpus is not at ${corpusDir}`);
  test.setTimeout(90_000);
  const e = corpusEngine('de-tkg-2004', TKG_IDS);
  const articles = concordanceRows(e.history, e.docs, e.versions).length;
  const v = await openReadings(page, tkgUrl());
  // On screen: only the rows in view.
  await expect(v.locator('lit-virtualizer')).toHaveCount(1);
  expect(await v.locator('section.article-row').count()).toBeLessThan(articles);

  await page.emulateMedia({ media: 'print' });
  await expect(v.locator('lit-virtualizer')).toHaveCount(0);
  await expect(v.locator('section.article-row')).toHaveCount(articles);
  await page.emulateMedia({ media: 'screen' });
  await expect(v.locator('lit-virtualizer')).toHaveCount(1);

  const download = async (): Promise<string> => {
    const [d] = await Promise.all([page.waitForEvent('download'), v.locator('.download').click()]);
    return readFileSync(await d.path(), 'utf8');
  };
  const all = await download();
  expect(all.startsWith('<!doctype html>')).toBe(true);
  expect(all).not.toMatch(/<script/iu);
  expect(all).not.toMatch(/<link\b/iu);
  expect(all.match(/<section class="article"/gu)?.length ?? 0).toBe(articles);

  // Filtered: only the rows shown.
  await v.locator('select.filter').selectOption('inserted');
  await v.locator('select.step').selectOption('2021');
  const inserted = e.history.comparisons[TKG_IDS.length - 2]!.stats.inserted;
  await expect(v.locator('section.article-row')).toHaveCount(inserted);
  const some = await download();
  expect(some).not.toMatch(/<script/iu);
  expect(some.match(/<section class="article"/gu)?.length ?? 0).toBe(inserted);
});
