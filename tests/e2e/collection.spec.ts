/**
 * The viewer on the collection it was built with (`versions/`, or
 * `$LAWDIFF_COLLECTION`): what it lists is read from that folder, not
 * hard-coded. Broken and hostile files are injected with `page.route`.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { lawTitle } from '../../src/present/titles.js';
import type { Law, VersionDoc } from '../../src/model/types.js';
import { uiLanguage } from '../../src/present/strings.js';

const collectionDir = resolve(process.env.LAWDIFF_COLLECTION ?? 'versions');
const shots = resolve('test-results/screens');

function readJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(resolve(collectionDir, ...parts), 'utf8')) as T;
}

/** The law folders the app should list, as the build plugin finds them. */
function expectedFolders(): string[] {
  if (existsSync(resolve(collectionDir, 'index.json'))) return readJson<{ laws: string[] }>('index.json').laws;
  return readdirSync(collectionDir)
    .filter((name) => existsSync(resolve(collectionDir, name, 'law.json')))
    .sort();
}

const laws = expectedFolders().map((folder) => ({ folder, law: readJson<Law>(folder, 'law.json') }));
const firstLaw = laws[0];
const publishedOf = (law: Law) => law.versions.filter((v) => v.published !== false && (v.file ?? v.structured));

/** The first article of a version stored as lawdiff-version JSON, if it is one. */
function firstArticle(folder: string, file: string): { label: string; text: string } | undefined {
  if (!file.endsWith('.json')) return undefined;
  const doc = readJson<VersionDoc>(folder, file);
  if (doc.format !== 'lawdiff-version/1') return undefined;
  const stack = [...doc.body];
  while (stack.length > 0) {
    const node = stack.shift()!;
    if (node.kind === 'article') return { label: node.label, text: node.paragraphs[0]?.text ?? '' };
    if (node.kind === 'division') stack.unshift(...node.children);
  }
  return undefined;
}

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage });
}

test.beforeAll(() => {
  expect(laws.length, `the collection at ${collectionDir} should hold at least one law`).toBeGreaterThan(0);
});

// Several tests fake the network with page.route, which a service worker would answer first.
test.use({ serviceWorkers: 'block' });

test('lists every law of the collection with its title, metadata and version count', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Laws' })).toBeVisible();
  const rows = page.locator('lawdiff-law-list li');
  await expect(rows).toHaveCount(laws.length);
  for (const [i, { folder, law }] of laws.entries()) {
    const row = rows.nth(i);
    await expect(row).toHaveAttribute('data-folder', folder);
    const title = lawTitle(law, uiLanguage);
    const link = row.getByRole('link', { name: title.text });
    await expect(link).toHaveAttribute('href', `#/law/${folder}`);
    await expect(link).toHaveAttribute('lang', title.lang);
    await expect(row).toContainText(law.versions.length === 1 ? '1 version' : `${law.versions.length} versions`);
    await expect(row.getByText('Fictional example', { exact: true })).toHaveCount(law.fictional ? 1 : 0);
  }
  await shot(page, 'laws');
});

test('opens a law, shows its timeline, and reads a version with numbered articles', async ({ page }) => {
  const { folder, law } = firstLaw!;
  const title = lawTitle(law, uiLanguage);
  await page.goto('./');
  await page.locator(`lawdiff-law-list a[href="#/law/${folder}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#/law/${folder}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title.text);
  const timeline = page.locator('lawdiff-timeline');
  for (const v of law.versions) {
    const stop = timeline.locator(`li[data-version="${v.id}"]`);
    await expect(stop).toContainText(v.label);
    if (v.published === false) {
      await expect(stop).toContainText('not published');
      await expect(stop.getByRole('link')).toHaveCount(0);
    }
  }
  await expect(page.getByText('Choose a version above')).toBeVisible();
  await shot(page, 'law');

  const version = publishedOf(law)[0]!;
  await timeline.getByRole('link', { name: version.label }).click();
  await expect(page).toHaveURL(new RegExp(`#/law/${folder}/${version.id}$`));
  await expect(page.getByRole('heading', { level: 2, name: version.label })).toBeVisible();
  const articles = page.locator('lawdiff-version-reader article');
  await expect(articles.first()).toBeVisible();
  expect(await articles.count()).toBeGreaterThan(1);
  await expect(page.locator('lawdiff-version-reader .text')).toHaveAttribute('lang', /^[a-z]{2}/);
  const first = firstArticle(folder, version.file ?? '');
  if (first) {
    await expect(articles.first().locator('.article-label')).toHaveText(first.label);
    await expect(articles.first()).toContainText(first.text.slice(0, 40));
  }
  await expect(timeline.getByRole('link', { name: version.label })).toHaveAttribute('aria-current', 'page');
  await shot(page, 'version');
});

test('shows every law in its own language, with nested items and annotations as structure', async ({ page }) => {
  for (const { folder, law } of laws) {
    const version = publishedOf(law).at(-1);
    if (!version) continue;
    await page.goto(`./#/law/${folder}/${version.id}`);
    const text = page.locator('lawdiff-version-reader .text');
    await expect(text).toHaveAttribute('lang', new RegExp(`^${law.language.split('-')[0]}`));
    await expect(text.locator('article').first()).toBeVisible();
    await shot(page, `version-${folder}`);
    const nested = text.locator('.para > ol.items > li');
    if ((await nested.count()) > 0) await expect(nested.first()).toBeVisible();
    const note = text.locator('details.annotation').first();
    if ((await note.count()) > 0) {
      await note.scrollIntoViewIfNeeded();
      await note.locator('summary').click();
      await expect(note.locator('.annotation-text')).toBeVisible();
      await shot(page, `annotation-${folder}`);
    }
  }
});

test('a deep link to an article scrolls to it and focuses it', async ({ page }) => {
  const { folder, law } = firstLaw!;
  const version = publishedOf(law).at(-1)!;
  await page.goto(`./#/law/${folder}/${version.id}`);
  const articles = page.locator('lawdiff-version-reader article');
  await expect(articles.first()).toBeVisible();
  const last = articles.last();
  const id = (await last.getAttribute('id'))!;
  await page.goto(`./#/law/${folder}/${version.id}/${id}`);
  await expect(last).toBeInViewport();
  await expect(last).toBeFocused();
});

test('unknown laws, versions and unpublished readings have explicit messages', async ({ page }) => {
  await page.goto('./#/law/no-such-law');
  await expect(page.getByRole('alert')).toContainText('no law “no-such-law”');
  await expect(page.getByRole('link', { name: 'Back to the list of laws' })).toBeVisible();
  const { folder, law } = firstLaw!;
  await page.goto(`./#/law/${folder}/no-such-version`);
  await expect(page.getByRole('alert')).toContainText('no version “no-such-version”');
  const unpublished = law.versions.find((v) => v.published === false);
  if (unpublished) {
    await page.goto(`./#/law/${folder}/${unpublished.id}`);
    await expect(page.getByText('its text was never published')).toBeVisible();
  }
});

test('a malformed law.json is reported with its file and JSON path; the other laws still list', async ({ page }) => {
  await page.route('**/collection/index.json', async (route) => {
    const index = { format: 'lawdiff-collection/1', title: 'Test', laws: ['broken-law', ...laws.map((l) => l.folder)] };
    await route.fulfill({ json: index });
  });
  await page.route('**/collection/broken-law/law.json', (route) =>
    route.fulfill({ json: { id: 'broken-law', title: { en: 'Broken' }, language: 'en', versions: [{ id: 7, label: 'x', file: 'a.md' }] } }),
  );
  await page.goto('./');
  const alert = page.locator('lawdiff-problem-list [role="alert"]');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('broken-law/law.json');
  await expect(alert).toContainText('$.versions[0].id');
  await expect(page.locator('lawdiff-law-list li')).toHaveCount(laws.length);
  await shot(page, 'malformed');

  await page.route('**/collection/broken-law/law.json', (route) => route.fulfill({ body: '{ "id": "broken-law", ', contentType: 'application/json' }));
  await page.reload();
  await expect(alert).toContainText('broken-law/law.json');
  await expect(page.locator('lawdiff-law-list li')).toHaveCount(laws.length);
});

test('an unreadable collection is an error with a retry; an empty one says so', async ({ page }) => {
  let fail = true;
  await page.route('**/collection/index.json', (route) => (fail ? route.fulfill({ status: 500, body: 'down' }) : route.fallback()));
  await page.goto('./');
  await expect(page.getByText('The collection could not be loaded.')).toBeVisible();
  await expect(page.locator('lawdiff-problem-list')).toContainText('index.json');
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('lawdiff-law-list li')).toHaveCount(laws.length);

  await page.route('**/collection/index.json', (route) => route.fulfill({ json: { format: 'lawdiff-collection/1', laws: [] } }));
  await page.reload();
  await expect(page.getByText('This collection has no laws yet.')).toBeVisible();
});

test('law text is shown as text, never as markup', async ({ page }) => {
  const hostile = '<img src=x onerror="window.__pwned=1"><b>bold</b> & "quotes"';
  const doc: VersionDoc = {
    format: 'lawdiff-version/1',
    title: hostile,
    language: 'en',
    metadata: {},
    preamble: [],
    body: [{ kind: 'article', label: 'Article <i>1</i>', num: '1', heading: hostile, paragraphs: [{ num: '(1)', text: hostile, items: [{ num: '1.', text: hostile, items: [] }] }] }],
    annexes: [],
    annotations: [{ article: '1', kind: 'explanation', text: hostile, source: hostile }],
  };
  await page.route('**/collection/index.json', (route) => route.fulfill({ json: { format: 'lawdiff-collection/1', laws: ['hostile'] } }));
  await page.route('**/collection/hostile/law.json', (route) =>
    route.fulfill({
      json: { id: 'hostile', title: { en: hostile }, jurisdiction: hostile, language: 'en', notes: hostile, versions: [{ id: 'v1', label: hostile, stage: hostile, date: '', file: 'v1.json' }] },
    }),
  );
  await page.route('**/collection/hostile/v1.json', (route) => route.fulfill({ json: doc }));
  await page.goto('./');
  await expect(page.locator('lawdiff-law-list li a').first()).toHaveText(hostile);
  await page.goto('./#/law/hostile/v1');
  const text = page.locator('lawdiff-version-reader .text');
  await expect(text.locator('article .article-label')).toHaveText('Article <i>1</i>');
  await expect(text.locator('.para p')).toHaveText(`(1) ${hostile}`);
  await expect(page.locator('img, b, i')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('is usable with the keyboard, with a visible focus ring', async ({ page }) => {
  const { folder } = firstLaw!;
  await page.goto('./');
  const link = page.locator(`lawdiff-law-list a[href="#/law/${folder}"]`);
  await expect(link).toBeVisible();
  for (let i = 0; i < 10 && !(await link.evaluate((el) => el.matches(':focus'))); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  const outline = await link.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await shot(page, 'focus');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/law/${folder}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});
