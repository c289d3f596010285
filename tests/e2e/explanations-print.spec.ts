/**
 * Explanations shown only where they belong (Taiwan's PDPA in the app built
 * on ../shared/corpus, and the sample law across its readings), the
 * unpublished third reading of the sample law as a gap in an article's
 * history, printing without controls or visible text labels, and the HTML
 * download with and without the reader's notes.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORPUS_PORT } from '../helpers/ports.js';
import { openComparison } from '../helpers/sample-page.js';

const corpus = `http://127.0.0.1:${CORPUS_PORT}/`;
const shots = resolve('test-results/screens');
const ZH = 'fictional-open-data-law-zh';
const EN = 'fictional-open-data-law-en';
const compare = (folder: string, oldId: string, newId: string, query = ''): string => `./#/law/${folder}/compare/${oldId}/${newId}${query ? `?${query}` : ''}`;
/** A row by its stable key (`~` is not an identifier character, so no `#id` selector). */
const row = (page: Page, key: string): Locator => page.locator(`lawdiff-compare-view section.article-row[id="row-${key}"]`);

mkdirSync(shots, { recursive: true });

test.describe('explanations', () => {
  test('Taiwan PDPA 2010 → 2015: 第五十四條, rewritten in place, shows 2015’s reason and no “本條新增” (2010’s reason for inserting it)', async ({ page }) => {
    const view = await openComparison(page, `${corpus}#/law/tw-personal-data-protection-act/compare/2010/2015?filter=changed&a=2010~54`);
    const rows = view.locator('.article-row').filter({ has: page.locator('.row-title', { hasText: '第五十四條' }) });
    // One row, reworded (issue 14: it read as deleted + inserted before; the 2015 law_reasons list it as amended).
    await expect(rows).toHaveCount(1);
    await expect(rows.locator('.badge', { hasText: /^(Deleted|Inserted)$/u })).toHaveCount(0);
    await expect(rows.locator('del, ins').first()).toBeVisible();
    await expect(rows).not.toContainText('本條新增');
    await expect(rows.locator('.annotation')).toHaveCount(1);
    await expect(rows.locator('.annotation summary')).toContainText('照協商條文通過');
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 860 });
      await rows.scrollIntoViewIfNeeded();
      await rows.screenshot({ path: `${shots}/pdpa-54-reworded-${width}.png` });
    }
  });

  test('Taiwan PDPA 1995 → 2015 spans 2010: a row shows the reasons of both later readings, each labelled', async ({ page }) => {
    const view = await openComparison(page, `${corpus}#/law/tw-personal-data-protection-act/compare/1995/2015?filter=changed`);
    const six = view.locator('.article-row').filter({ has: page.locator('.row-title .label', { hasText: /^第六條$/u }) });
    await expect(six.locator('.annotation .reading')).toHaveText(['2010 revision (passed 2010-04-27)', '2015 amendment (passed 2015-12-15)']);
    await expect(six.locator('.annotation').first().locator('summary')).toContainText('本條新增');
  });

  test('the sample law, first draft → final: Article 4 shows the second reading’s explanation, labelled; first draft → second reading as before', async ({ page }) => {
    await openComparison(page, compare(ZH, 'first-draft', 'final'));
    const moved = row(page, 'first-draft~15');
    // The reading's own explanation (the law's annotations), and the report's paragraph (issue 16), both labelled with the second reading.
    const own = moved.locator('.annotation:not(.official)');
    await expect(own).toHaveCount(1);
    await expect(own.locator('.reading')).toHaveText('Second reading draft');
    await own.locator('summary').click();
    await expect(own.locator('.annotation-text')).toContainText('第十五条移至总则');
    await expect(moved.locator('.annotation.official .reading')).toHaveText(['Second reading draft']);

    await openComparison(page, compare(ZH, 'first-draft', 'second-reading'));
    await expect(row(page, 'first-draft~15').locator('.annotation:not(.official)')).toHaveCount(1);
    await expect(row(page, 'first-draft~15').locator('.annotation .reading')).toHaveCount(0);
    await expect(page.locator('lawdiff-compare-view .article-row .annotation:not(.official)')).toHaveCount(11);
  });
});

test.describe('the unpublished third reading in an article’s history', () => {
  test('is a gap in the numbers and between the entries, and the final text says it is compared across it', async ({ page }) => {
    await openComparison(page, compare(ZH, 'first-draft', 'second-reading', 'a=first-draft~15&history=first-draft~15'));
    const dialog = page.locator('lawdiff-article-history [role="dialog"]');
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('History of 第四条');
    const stops = dialog.locator('.chain li.stop');
    await expect(stops.locator('.reading')).toHaveText(['First draft', 'Second reading draft', 'Third reading draft', 'Final']);
    const gap = stops.nth(2);
    await expect(gap).toHaveClass(/\bgap\b/u);
    await expect(gap).toContainText('not published');
    await expect(gap.locator('.num')).toHaveCount(0);

    const third = dialog.locator('li.entry[data-version="third-reading"]');
    await expect(third.locator('.badge')).toHaveText('Not published');
    await expect(third).toContainText('What changed between Second reading draft and Final shows under Final.');
    const final = dialog.locator('li.entry[data-version="final"]');
    await expect(final.locator('.skipped')).toHaveText('Compared across Third reading draft (not published).');
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 860 });
      await third.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/history-gap-${width}.png` });
    }
  });
});

/** Controls (button, input, select, textarea) and text labels of marks that a person would see, in the page and every shadow root. */
async function seen(page: Page): Promise<{ controls: string[]; labels: string[] }> {
  return page.evaluate(() => {
    const controls: string[] = [];
    const labels: string[] = [];
    const shown = (el: Element): boolean => {
      const r = el.getBoundingClientRect();
      return el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && r.width > 1 && r.height > 1;
    };
    const walk = (root: Document | ShadowRoot): void => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot);
        if (['BUTTON', 'INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName) && shown(el)) controls.push(`${el.tagName}: ${el.textContent?.trim() || el.getAttribute('aria-label') || ''}`);
        const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('');
        if (/\[(deleted|inserted)/u.test(own) && shown(el)) labels.push(own);
      }
    };
    walk(document);
    return { controls, labels };
  });
}

test.describe('print', () => {
  test('shows no controls and no text labels of the marks (struck through and underlined already); the PDF neither', async ({ page }) => {
    await openComparison(page, compare(ZH, 'first-draft', 'second-reading'));
    // A note of the reader's, to be printed read-only, without its buttons.
    const notes = row(page, 'first-draft~1').locator('lawdiff-article-notes');
    await notes.getByRole('button', { name: 'Add a note' }).click();
    await notes.getByRole('textbox', { name: 'Note' }).fill('A note to print');
    await notes.getByRole('button', { name: 'Save' }).click();
    await expect(notes.locator('li .text')).toHaveText(['A note to print']);
    const before = await seen(page);
    expect(before.controls.length).toBeGreaterThan(5);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('lawdiff-compare-view section.article-row')).toHaveCount(51);
    const printed = await seen(page);
    expect(printed.controls).toEqual([]);
    expect(printed.labels).toEqual([]);
    // Still there for screen readers, and the marks still show.
    await expect(row(page, 'first-draft~15').locator('del .sr').first()).toHaveText('[deleted: ');
    await expect(row(page, 'first-draft~15').locator('del').first()).toHaveCSS('text-decoration-line', 'line-through');
    await expect(row(page, 'first-draft~15').locator('ins').first()).toHaveCSS('text-decoration-line', 'underline');
    await expect(notes.locator('li .text')).toBeVisible();

    const pdf = await page.pdf({ format: 'A4' });
    const file = resolve(shots, 'print-zh.pdf');
    writeFileSync(file, pdf);
    // The PDF's text, where poppler's pdftotext is installed (npm test does not need it).
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    if (!text.error && text.status === 0) {
      expect(text.stdout).toContain('第四条');
      expect(text.stdout).toContain('A note to print');
      expect(text.stdout).not.toMatch(/\[(deleted|inserted)/u);
      expect(text.stdout).not.toContain('Make available offline');
      expect(text.stdout).not.toContain('Add a note');
    }
    await page.emulateMedia({ media: 'screen' });
  });

  test('a reading’s text prints without its download buttons or the offline control', async ({ page }) => {
    await page.goto(`./#/law/${ZH}/second-reading`);
    await expect(page.getByRole('button', { name: 'Download as JSON' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Make available offline' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    expect((await seen(page)).controls).toEqual([]);
  });
});

test.describe('HTML download', () => {
  test('includes the reader’s notes, marked as theirs and escaped, only when the box is ticked', async ({ page }) => {
    const hostile = '<img src=x onerror="window.__pwned=1"> & my note on Article 1';
    await openComparison(page, compare(EN, 'first-draft', 'second-reading'));
    const notes = row(page, 'first-draft~1').locator('lawdiff-article-notes');
    await notes.getByRole('button', { name: 'Add a note' }).click();
    await notes.getByRole('textbox', { name: 'Note' }).fill(hostile);
    await notes.getByRole('button', { name: 'Save' }).click();
    await expect(notes.locator('li .text')).toHaveText([hostile]);

    const box = page.getByRole('checkbox', { name: 'Include my notes' });
    await expect(box).not.toBeChecked();
    const download = async (): Promise<string> => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as HTML' }).click()]);
      return readFileSync((await d.path())!, 'utf8');
    };
    const without = await download();
    expect(without).not.toContain('my note on Article 1');
    expect(without).not.toContain('Your note');

    await box.check();
    const withNotes = await download();
    expect(withNotes).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt; &amp; my note on Article 1');
    expect(withNotes).toMatch(/<p class="note-head">Your note, [A-Z][a-z]{2} \d{1,2}, \d{4}:<\/p>/u);
    expect(withNotes).not.toMatch(/<img|<script/iu);
    expect(withNotes).toContain('With your notes');

    // Opened on its own, the note reads as text.
    const file = await page.context().newPage();
    await file.setContent(withNotes);
    await expect(file.locator('.reader-note .note-text')).toHaveText(hostile);
    await expect(file.locator('img')).toHaveCount(0);
    await file.close();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
