/**
 * Every view in the pseudo-locale `en-XA` (issue 17), where every sentence of the catalogue is
 * shown between ⟦ and ⟧: any visible text with a letter outside the brackets did not come from
 * the catalogue — a sentence written into a template or built elsewhere — and would stay English
 * in 简体中文, 繁體中文 and Deutsch. Data is not UI text: the templates mark the elements that show
 * it (law titles, version labels, article labels, dates, file names, notes, report paragraphs)
 * with `translate="no"`, and the law's text carries the law's own `lang`; the walker skips both.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const law = 'fictional-open-data-law-zh';
const compare = `#/law/${law}/compare/first-draft/second-reading`;

/** A visible text the catalogue did not give: its text and where it is. */
interface Stray {
  text: string;
  path: string;
}

/**
 * Texts shown by elements that are known to show text not from the catalogue: the element
 * showing the text (or an ancestor) matches `selector` inside the shadow root of a `host`. None
 * today: the importers' and validators' problems are catalogue sentences too (src/model/messages).
 */
const allowed: { host: string; selector: string; why: string }[] = [];

/** Language and region codes whose names `Intl.DisplayNames` gives in the interface's language (present/format.ts): localised by the browser, not by the catalogue. */
const displayNameCodes = {
  language: ['zh', 'zh-Hans', 'zh-Hant', 'en', 'de', 'fr', 'ja', 'ko', 'es', 'ru', 'ar'],
  region: ['CN', 'TW', 'HK', 'MO', 'DE', 'AT', 'CH', 'US', 'GB', 'FR', 'EU'],
};

/**
 * Every visible text node in the composed tree (open shadow roots walked) with a letter outside
 * ⟦ ⟧, skipping <script>/<style>, hidden elements, text inside `translate="no"` and text whose
 * nearest `lang` is not the interface's; the same for the `aria-label`, `title`, `placeholder`,
 * `alt` and `aria-description` of visible elements, and for the page's title.
 */
async function strays(page: Page): Promise<Stray[]> {
  return page.evaluate(({ allowedSelectors, codes }) => {
    const ui = document.documentElement.lang;
    /** Names `Intl.DisplayNames` gives in the interface's language (not the catalogue's, and localised all the same). */
    const intlNames = new Set(
      (['language', 'region'] as const).flatMap((type) => codes[type].map((c) => new Intl.DisplayNames([ui], { type, fallback: 'code' }).of(c) ?? c)),
    );
    const knownCodes = new Set([...codes.language, ...codes.region]);
    /** A <time> showing its moment as Intl.DateTimeFormat writes it in the interface's language: localised by the browser. */
    const moments = new Intl.DateTimeFormat(ui, { dateStyle: 'medium', timeStyle: 'short' });
    const intlMoment = (el: Element, text: string): boolean => {
      const iso = el.localName === 'time' ? el.getAttribute('datetime') : null;
      return iso !== null && moments.format(new Date(iso)) === text.trim();
    };
    const found: { text: string; path: string }[] = [];
    const letter = /\p{L}/u;
    /** The composed parent: the light-DOM parent, or the shadow root's host. */
    const up = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null);
    const describe = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.documentElement && parts.length < 6; e = up(e)) {
        const cls = [...e.classList].slice(0, 2).map((c) => `.${c}`).join('');
        parts.unshift(`${e.localName}${e.id ? `#${e.id}` : ''}${cls}`);
        if (e.localName.includes('-')) break; // the component is enough context
      }
      return parts.join(' > ');
    };
    const excluded = (el: Element): boolean => {
      let lang: string | undefined;
      for (let e: Element | null = el; e; e = up(e)) {
        if (e.getAttribute('translate') === 'no') return true;
        if (lang === undefined && e.hasAttribute('lang')) lang = e.getAttribute('lang') ?? '';
        const host = (e.getRootNode() as ShadowRoot).host;
        if (host && allowedSelectors.some((a) => host.matches(a.host) && e!.matches(a.selector))) return true;
      }
      return lang !== undefined && lang !== ui;
    };
    /** The letters of a text outside ⟦ ⟧ (nested brackets: a catalogue sentence given another). */
    const outside = (text: string): string => {
      let depth = 0;
      let out = '';
      for (const ch of text) {
        if (ch === '⟦') depth++;
        else if (ch === '⟧') depth = Math.max(0, depth - 1);
        else if (depth === 0) out += ch;
      }
      return out;
    };
    const visible = (node: Text): boolean => {
      const el = node.parentElement;
      if (!el || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      const range = document.createRange();
      range.selectNodeContents(node);
      return [...range.getClientRects()].some((r) => r.width > 0 && r.height > 0);
    };
    const walk = (node: Node): void => {
      if (node instanceof Element) {
        if (['script', 'style', 'template', 'noscript'].includes(node.localName)) return;
        if (node.shadowRoot) walk(node.shadowRoot);
      }
      for (const child of node.childNodes) {
        if (child instanceof Text) {
          const text = child.data;
          if (!letter.test(outside(text)) || intlNames.has(text.trim()) || intlMoment(child.parentElement!, text) || !visible(child) || excluded(child.parentElement!)) continue;
          found.push({ text: text.trim().replace(/\s+/gu, ' ').slice(0, 120), path: describe(child.parentElement!) });
        } else walk(child);
      }
      if (node instanceof Element && node.checkVisibility() && !excluded(node)) {
        for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
          const value = node.getAttribute(name);
          // A language or region code as a hint (`title="zh-Hans"` on its name) is data.
          if (value && letter.test(outside(value)) && !intlNames.has(value.trim()) && !knownCodes.has(value.trim())) found.push({ text: `[${name}] ${value.slice(0, 120)}`, path: describe(node) });
        }
      }
    };
    walk(document.body);
    // The page's title: the catalogue's words around data (a law's title, a version's label), which
    // count as data when some element marked translate="no" shows them.
    const data = new Set<string>();
    const collect = (root: Document | ShadowRoot): void => {
      for (const el of root.querySelectorAll('[translate="no"]')) data.add((el.textContent ?? '').replace(/[\u2066-\u2069]/gu, '').trim());
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) collect(el.shadowRoot);
    };
    collect(document);
    for (const part of document.title.split(' — ')) {
      const bare = part.replace(/[\u2066-\u2069]/gu, '').trim();
      if (letter.test(outside(bare)) && !data.has(bare)) found.push({ text: part, path: 'title' });
    }
    return found;
  }, { allowedSelectors: allowed.map(({ host, selector }) => ({ host, selector })), codes: displayNameCodes });
}

/** A few lines of the sample's source, one article number garbled (第十X条) and an empty heading: an error and a warning. */
const sampleLines = [
  '# 政府数据开放法（虚构示例）',
  '',
  '## 第一章 总则',
  '',
  '第一条 为了规范政府数据开放活动，促进政府数据依法有序开放和合理利用，制定本法。',
  '',
  '第二条 政府数据的开放以及对开放的政府数据的利用，适用本法。',
  '',
  '##',
  '',
  '第十X条 本法所称主动开放，是指数据开放主体通过统一的政府数据开放平台提供数据的行为。',
  '',
  '第四条 政府数据开放应当遵循依法开放、统筹规划、分类分级、需求导向、安全可控的原则。',
];

/** Opens a route in the pseudo-locale on a fresh start of the app. */
async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`./${hash}${hash.includes('?') ? '&' : '?'}lang=en-XA`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
}

/** Waits for the comparison rows. */
async function comparison(page: Page, hash: string): Promise<void> {
  await open(page, hash);
  await expect(page.locator('lawdiff-compare-view .article-row').first()).toBeVisible({ timeout: 30_000 });
}

/** The strays of the page now, checked as one list so a failure shows them all. */
async function expectNoStrays(page: Page, view: string): Promise<void> {
  // The app settles (status lines, counts) before the walk.
  await page.waitForTimeout(300);
  expect(await strays(page), `visible text not from the catalogue in ${view}`).toEqual([]);
}

test('the law list shows only catalogue text', async ({ page }) => {
  await open(page, '#/');
  await expect(page.locator('lawdiff-law-list')).toContainText('政府数据开放法', { timeout: 30_000 });
  await expectNoStrays(page, 'the law list');
});

test('a law page shows only catalogue text', async ({ page }) => {
  await open(page, `#/law/${law}`);
  await expect(page.locator('.law-head h1')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('lawdiff-timeline li').first()).toBeVisible();
  await expectNoStrays(page, 'the law page');
});

test('a version shows only catalogue text', async ({ page }) => {
  await open(page, `#/law/${law}/first-draft`);
  await expect(page.locator('lawdiff-version-reader')).toContainText('第十五条', { timeout: 30_000 });
  await expectNoStrays(page, 'the version');
});

test('a comparison side by side shows only catalogue text', async ({ page }) => {
  await comparison(page, compare);
  await expectNoStrays(page, 'the comparison side by side');
});

test('a comparison in redline shows only catalogue text', async ({ page }) => {
  await comparison(page, `${compare}?view=redline`);
  await expectNoStrays(page, 'the redline');
});

test('the history panel shows only catalogue text', async ({ page }) => {
  await comparison(page, `${compare}?history=first-draft~15`);
  await expect(page.locator('lawdiff-article-history').getByRole('heading').first()).toBeVisible({ timeout: 30_000 });
  await expectNoStrays(page, 'the history panel');
});

test('the concordance shows only catalogue text', async ({ page }) => {
  await open(page, `${compare}?table=concordance`);
  await expect(page.locator('lawdiff-concordance table')).toBeVisible({ timeout: 30_000 });
  await expectNoStrays(page, 'the concordance');
});

test('the synopsis of several readings and the passage picture show only catalogue text, at 1280 and 390 px', async ({ page }) => {
  const several = `#/law/${law}/compare/first-draft/second-reading/third-reading/final`;
  await open(page, `${several}?filter=changed`);
  await expect(page.locator('lawdiff-readings-view .article-row').first()).toBeVisible({ timeout: 30_000 });
  await expectNoStrays(page, 'the synopsis of several readings');
  await page.setViewportSize({ width: 390, height: 800 });
  await expect(page.locator('lawdiff-readings-view .step-switcher')).toBeVisible();
  await expectNoStrays(page, 'the synopsis on a phone');
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.locator('lawdiff-readings-view .tabs .tab').nth(1).click();
  await expect(page.locator('lawdiff-passage-picture svg').first()).toBeVisible();
  await expect(page.locator('lawdiff-step-stats table')).toBeVisible();
  await page.locator('lawdiff-passage-picture .picture').focus();
  await page.keyboard.press('ArrowRight');
  await expectNoStrays(page, 'the passage picture, a cell named');
});

test('the explanation documents panel shows only catalogue text', async ({ page }) => {
  await comparison(page, compare);
  await page.getByRole('button', { name: '⟦Explanation documents (2)⟧' }).click();
  await expect(page.locator('lawdiff-report-panel article.report').first()).toBeVisible();
  await expectNoStrays(page, 'the explanation documents panel');
});

test('the import page after a check shows only catalogue text, the importers’ problems too', async ({ page }) => {
  await open(page, '#/import');
  const text = sampleLines.join('\n');
  await page.getByLabel('⟦Text of the version⟧').fill(text);
  await page.getByRole('button', { name: '⟦Check the text⟧' }).click();
  await expect(page.locator('lawdiff-import-page lawdiff-problem-list li').first()).toBeVisible({ timeout: 30_000 });
  // The garbled number (an error) and the empty heading (a warning), each a sentence of the catalogue.
  const messages = await page.locator('lawdiff-import-page lawdiff-problem-list li .message').allInnerTexts();
  expect(messages).toEqual(expect.arrayContaining(['⟦article heading "第十X条" has an unreadable number⟧', '⟦empty heading ignored⟧']));
  await expectNoStrays(page, 'the import page after a check');
});

test('“Your data” shows only catalogue text, empty and with an imported law', async ({ page }) => {
  await open(page, '#/data');
  await expect(page.locator('lawdiff-data-page').getByRole('heading').first()).toBeVisible({ timeout: 30_000 });
  await expectNoStrays(page, '“Your data” (empty)');

  // A clean text imported: the check's preview, the saved version, and “Your data” listing it.
  await page.goto('./#/import?lang=en-XA');
  await page.getByLabel('⟦Text of the version⟧').fill(sampleLines.filter((l) => !l.includes('X') && l !== '##').join('\n'));
  await page.getByLabel('⟦Label⟧', { exact: true }).fill('Committee draft');
  await page.getByLabel('⟦Date⟧').fill('2025-06-01');
  await page.getByRole('button', { name: '⟦Check the text⟧' }).click();
  await expect(page.locator('lawdiff-import-page .preview li').first()).toContainText('第一条');
  await expectNoStrays(page, 'the import page after a clean check');
  await page.getByRole('button', { name: /^⟦Save/u }).click();
  await expect(page).toHaveURL(/#\/law\/user-law-[a-z0-9]+\/[a-z0-9-]+$/);
  await expect(page.locator('lawdiff-version-reader')).toContainText('第一条', { timeout: 30_000 });
  await expectNoStrays(page, 'the imported version');
  await page.goto('./#/data?lang=en-XA');
  await expect(page.locator('lawdiff-data-page')).toContainText('Committee draft', { timeout: 30_000 });
  await expectNoStrays(page, '“Your data” with an imported law');
});

test('the note editor, a saved note, the printed comparison and the HTML download show only catalogue text', async ({ page, browser }) => {
  test.setTimeout(60_000);
  await comparison(page, compare);
  const notes = page.locator('lawdiff-compare-view section.article-row lawdiff-article-notes').first();
  await notes.getByRole('button', { name: '⟦Add a note⟧' }).click();
  await expect(notes.getByRole('textbox', { name: '⟦Note⟧' })).toBeVisible();
  await expectNoStrays(page, 'the note editor');
  await notes.getByRole('textbox', { name: '⟦Note⟧' }).fill('My own note on this article');
  await notes.getByRole('button', { name: '⟦Save⟧' }).click();
  await expect(notes.locator('li .text')).toHaveCount(1);
  await expectNoStrays(page, 'a saved note');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('lawdiff-compare-view .print-head')).toBeVisible();
  await expectNoStrays(page, 'the printed comparison');
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('checkbox', { name: '⟦Include my notes⟧' }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '⟦Download as HTML⟧' }).click()]);
  const html = readFileSync((await download.path())!, 'utf8');
  expect(html).toContain('My own note on this article');
  const file = await browser.newPage();
  try {
    await file.setContent(html);
    await expect(file.locator('html')).toHaveAttribute('lang', 'en-XA');
    await expectNoStrays(file, 'the HTML download');
  } finally {
    await file.close();
  }
});

for (const [lang, paste, check, unreadable, empty] of [
  ['zh-Hans', '该版本的文本', '检查文本', '条文标题“第十X条”中的序号无法识别', '已忽略空标题'],
  ['de', 'Text der Fassung', 'Text prüfen', 'Die Überschrift „第十X条“ hat eine unlesbare Nummer', 'Leere Überschrift ignoriert'],
] as const) {
  test(`the import check says the importers’ problems in ${lang}, with the line and the text quoted as written`, async ({ page }) => {
    await page.goto(`./#/import?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.getByLabel(paste, { exact: true }).fill(sampleLines.join('\n'));
    await page.getByRole('button', { name: check }).click();
    const items = page.locator('lawdiff-import-page lawdiff-problem-list li');
    await expect(items.first()).toBeVisible({ timeout: 30_000 });
    await expect(items.filter({ hasText: unreadable })).toHaveCount(1);
    await expect(items.filter({ hasText: unreadable })).toContainText(':11');
    await expect(items.filter({ hasText: empty })).toContainText(':9');
  });
}
