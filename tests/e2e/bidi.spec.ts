/**
 * Bidi isolation (issue 12): every string that comes from a law, a collection
 * or the reader — titles, labels, stages, headings, law text, explanations,
 * notes, imported versions — can end in an unterminated RTL override
 * (U+202E). Shown without isolation it reverses the text the app puts after
 * it ("evil · 3 versions" read as "snoisrev 3 · live"). Each page is checked
 * as the Unicode bidi algorithm works: an override left open by a text node
 * runs on until its paragraph or the nearest isolating element ends, so no
 * visible text of the page may follow it there.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

// A service worker would answer requests before page.route sees them.
test.use({ serviceWorkers: 'block' });

const RLO = '\u202E';
const FOLDER = 'bidi-law';

/** Every field of a small law, each ending in an unterminated override. */
function collection(): Record<string, string> {
  const law = {
    id: FOLDER,
    title: { en: `Evil law${RLO}` },
    jurisdiction: `Somewhere${RLO}`,
    language: 'en',
    notes: `Collection note${RLO}`,
    versions: [
      { id: 'a', label: `First reading${RLO}`, stage: `draft${RLO}`, date: '2030-01-01', file: 'a.json', source: `source${RLO}` },
      { id: 'b', label: `Second reading${RLO}`, stage: `adopted${RLO}`, date: '2030-06-01', file: 'b.json' },
    ],
  };
  const version = (title: string, text: string, extra: object[]) => ({
    format: 'lawdiff-version/1',
    title,
    language: 'en',
    body: [
      {
        kind: 'division',
        type: 'chapter',
        label: `Chapter 1${RLO}`,
        num: '1',
        heading: `General${RLO}`,
        children: [
          { kind: 'article', label: 'Article 1', num: '1', heading: `Purpose${RLO}`, paragraphs: [{ num: '', text, items: [] }] },
          { kind: 'article', label: 'Article 2', num: '2', heading: `Scope${RLO}`, paragraphs: [{ num: '', text: `This law applies to evil${RLO}`, items: [] }] },
          ...extra,
        ],
      },
    ],
    annotations: [{ article: '1', kind: 'explanation', text: `Explained${RLO}`, source: `Report${RLO}` }],
  });
  return {
    'index.json': JSON.stringify({ format: 'lawdiff-collection/1', title: `Shelf${RLO}`, laws: [FOLDER] }),
    [`${FOLDER}/law.json`]: JSON.stringify(law),
    [`${FOLDER}/a.json`]: JSON.stringify(version(`Evil law first${RLO}`, `The purpose is old${RLO}`, [])),
    [`${FOLDER}/b.json`]: JSON.stringify(
      version(`Evil law second${RLO}`, `The purpose is new${RLO}`, [
        { kind: 'article', label: 'Article 3', num: '3', heading: `Added${RLO}`, paragraphs: [{ num: '', text: `Inserted text${RLO}`, items: [] }] },
      ]),
    ),
  };
}

async function serve(page: Page): Promise<void> {
  const files = collection();
  await page.route('**/collection/**', async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^.*?\/collection\//u, ''));
    const body = files[path];
    if (body === undefined) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found\n' });
    return route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body });
  });
}

/**
 * The places where text from an unterminated override reaches text after it:
 * each names the overriding string and the text it reverses. Walks the
 * flattened tree (shadow roots, slots) in order; a text node's override is
 * closed by a PDF or by the end of an isolate it sits in (FSI/LRI/RLI … PDI,
 * `<bdi>`, `dir`, `unicode-bidi: isolate|plaintext`) or of a block.
 */
function spills(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const OPEN_EMBED = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
    const OPEN_ISOLATE = new Set(['\u2066', '\u2067', '\u2068']);
    const visible = (c: string): boolean => !/[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u.test(c);
    const texts: Text[] = [];
    const walk = (node: Node): void => {
      if (node instanceof Text) {
        texts.push(node);
        return;
      }
      if (node instanceof Element) {
        if (node instanceof HTMLSlotElement) {
          const assigned = node.assignedNodes({ flatten: true });
          if (assigned.length > 0) {
            assigned.forEach(walk);
            return;
          }
        }
        if (['STYLE', 'SCRIPT', 'TEMPLATE', 'TITLE'].includes(node.tagName)) return;
        const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
        children.forEach(walk);
      }
    };
    walk(document.body);
    const parentOf = (node: Node): Element | null => {
      const slot = (node as Element | Text).assignedSlot;
      if (slot) return slot;
      if (node.parentElement) return node.parentElement;
      const root = node.getRootNode();
      return root instanceof ShadowRoot ? root.host : null;
    };
    /** The nearest ancestor where an open override ends: a block, an isolate, a `dir` or `<bdi>`. */
    const boundary = (node: Node): Element | null => {
      for (let el = parentOf(node); el; el = parentOf(el)) {
        const style = getComputedStyle(el);
        if (['isolate', 'isolate-override', 'plaintext'].includes(style.unicodeBidi)) return el;
        if (!style.display.startsWith('inline') && style.display !== 'contents') return el;
      }
      return null;
    };
    const inside = (node: Node, container: Element): boolean => {
      for (let el = parentOf(node); el; el = parentOf(el)) if (el === container) return true;
      return false;
    };
    const shown = (node: Text): boolean => {
      const el = node.parentElement;
      return !!el && el.checkVisibility() && (node.textContent ?? '').trim() !== '';
    };
    const found: string[] = [];
    texts.forEach((node, i) => {
      const text = node.textContent ?? '';
      if (![...OPEN_EMBED].some((c) => text.includes(c))) return;
      if (!shown(node)) return;
      const stack: string[] = [];
      let opened = -1;
      for (let k = 0; k < text.length; k++) {
        const c = text[k]!;
        if (OPEN_ISOLATE.has(c)) stack.push('i');
        else if (c === '\u2069') {
          const at = stack.lastIndexOf('i');
          if (at >= 0) stack.length = at;
        } else if (OPEN_EMBED.has(c)) {
          if (!stack.includes('e')) opened = k;
          stack.push('e');
        } else if (c === '\u202C') {
          if (stack.at(-1) === 'e') stack.pop();
        } else if (stack.includes('e') && visible(c)) {
          found.push(`${JSON.stringify(text.slice(Math.max(0, opened - 20), opened + 1))} reverses ${JSON.stringify(text.slice(k, k + 30))} in the same text`);
          return;
        }
      }
      if (!stack.includes('e')) return;
      const end = boundary(node);
      if (!end) return;
      for (const next of texts.slice(i + 1)) {
        if (!inside(next, end)) break;
        // Text in a block or an out-of-flow box inside (a visually hidden marker) is a paragraph of its own.
        if (boundary(next) !== end) continue;
        if (shown(next) && [...(next.textContent ?? '')].some(visible)) {
          found.push(`${JSON.stringify(text.slice(Math.max(0, opened - 20), opened + 1))} reverses ${JSON.stringify((next.textContent ?? '').trim().slice(0, 30))} after it (in <${end.localName}>)`);
          return;
        }
      }
    });
    return found;
  });
}

const seg = encodeURIComponent;
const pages = [
  { name: 'the law list', url: './#/', ready: 'Evil law' },
  { name: 'the law page', url: `./#/law/${FOLDER}`, ready: 'Second reading' },
  { name: 'a reading', url: `./#/law/${FOLDER}/b`, ready: 'This law applies' },
  { name: 'the comparison (synopsis)', url: `./#/law/${FOLDER}/compare/a/b`, ready: 'Inserted text' },
  { name: 'the comparison (redline)', url: `./#/law/${FOLDER}/compare/a/b?view=redline`, ready: 'Inserted text' },
  { name: 'the history of an article', url: `./#/law/${FOLDER}/compare/a/b?history=${seg('b~1')}`, ready: 'Compared with' },
] as const;

// Every page wide; on a phone, the pages whose lines are laid out differently there (phone labels, the stacked rows).
const PHONE = new Set(['the law page', 'the comparison (synopsis)', 'the history of an article']);
for (const width of [1280, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 860 } });
    for (const p of pages.filter((x) => width > 600 || PHONE.has(x.name))) {
      test(`${p.name}: no user string's open override reverses the text after it`, async ({ page }) => {
        await serve(page);
        await page.goto(p.url);
        await expect(page.getByText(p.ready).first()).toBeVisible({ timeout: 20_000 });
        expect(await spills(page)).toEqual([]);
      });
    }
  });
}

test('the concordance: no open override reverses the text after it', async ({ page }) => {
  await serve(page);
  await page.goto(`./#/law/${FOLDER}/compare/a/b?table=concordance`);
  await expect(page.getByText('Purpose').first()).toBeVisible({ timeout: 20_000 });
  expect(await spills(page)).toEqual([]);
});

test('a note, the printed comparison, the HTML download, an import and "Your data": no open override reverses the text after it', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await serve(page);
  await page.goto(`./#/law/${FOLDER}/compare/a/b`);
  const notes = page.locator('lawdiff-compare-view section.article-row[data-key="a~1"] lawdiff-article-notes');
  await notes.getByRole('button', { name: 'Add a note' }).click();
  await notes.getByRole('textbox', { name: 'Note' }).fill(`My note${RLO}`);
  await notes.getByRole('button', { name: 'Save' }).click();
  await expect(notes.locator('li .text')).toHaveCount(1);
  expect(await spills(page)).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('lawdiff-compare-view .print-head')).toBeVisible();
  expect(await spills(page)).toEqual([]);
  await page.emulateMedia({ media: 'screen' });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as HTML' }).click()]);
  const html = readFileSync((await download.path())!, 'utf8');
  expect(html).toContain('First reading');
  const file = await browser.newPage();
  await file.setContent(html);
  expect(await spills(file)).toEqual([]);
  await file.close();

  // A version imported under an open override; the import page's check, then "Your data" lists it.
  await page.goto(`./#/law/${FOLDER}/add`);
  await page.getByLabel('Text of the version').fill(`Article 1 Purpose${RLO}\nThe purpose is newer${RLO}\n\nArticle 2\nText${RLO}\n`);
  await page.getByLabel('Label', { exact: true }).fill(`Imported reading${RLO}`);
  await page.getByLabel('Date').fill('2030-09-01');
  await page.getByRole('button', { name: 'Check the text' }).click();
  await expect(page.locator('lawdiff-import-page .preview li').first()).toBeVisible({ timeout: 20_000 });
  expect(await spills(page)).toEqual([]);
  await page.getByRole('button', { name: /^Save/u }).click();
  await expect(page).toHaveURL(/#\/law\/bidi-law\/(?!add$)[^/]+$/u);
  await page.goto('./#/data');
  await expect(page.locator('lawdiff-data-page').getByText('Imported reading').first()).toBeVisible({ timeout: 20_000 });
  expect(await spills(page)).toEqual([]);
});
