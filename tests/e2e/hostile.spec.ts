/**
 * Hostile input: law texts, headings, annotations, law.json fields, reader
 * notes and URL parameters that try to run script (tests/fixtures/hostile).
 * The collection is served in place of the build's own (`page.route`), so
 * any build of the app can be tested. Every test fails when a payload runs —
 * the `window.__pwned` canary is set, a dialog opens, a Content Security
 * Policy violation is reported, or the page asks for an address a payload
 * names — and checks that the payload is still there to read, as text.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { BIG_LENGTH, hostileFile, MARKUP, SHORT, UNICODE } from '../fixtures/hostile/payloads.js';

// A service worker would answer requests before page.route sees them.
test.use({ serviceWorkers: 'block' });

/** What the page did that it should not have. */
interface Alarms {
  pwned: string[];
  dialogs: string[];
  violations: string[];
  errors: string[];
  requests: string[];
}

const TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/** Addresses only a payload would ask for: `src=x`, `http://127.0.0.1:9/…`, the entity targets of the XML files. */
const PAYLOAD_ADDRESS = /\/(x|css|xxe|secret\.txt)$|127\.0\.0\.1:9\//u;

/**
 * Serves the hostile collection (unless `hostile` is false: the build's own) and
 * starts listening for alarms. `index` replaces the collection's index.json.
 */
async function arm(page: Page, index?: string, hostile = true): Promise<Alarms> {
  const alarms: Alarms = { pwned: [], dialogs: [], violations: [], errors: [], requests: [] };
  await page.exposeBinding('__lawdiffAlarm', (_source, kind: 'pwned' | 'violation', detail: string) => {
    (kind === 'pwned' ? alarms.pwned : alarms.violations).push(detail);
  });
  await page.addInitScript(() => {
    const alarm = (window as unknown as { __lawdiffAlarm(kind: string, detail: string): void }).__lawdiffAlarm;
    Object.defineProperty(window, '__pwned', {
      configurable: false,
      get: () => undefined,
      set: (value: unknown) => void alarm('pwned', String(value)),
    });
    document.addEventListener('securitypolicyviolation', (e) => void alarm('violation', `${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  page.on('dialog', (dialog) => {
    alarms.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => alarms.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Trusted ?Type/iu.test(message.text())) alarms.violations.push(message.text());
  });
  page.on('request', (request) => {
    if (PAYLOAD_ADDRESS.test(request.url())) alarms.requests.push(request.url());
  });
  if (!hostile) return alarms;
  await page.route('**/collection/**', async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^.*?\/collection\//u, ''));
    const body = path === 'index.json' && index !== undefined ? index : hostileFile(path);
    if (body === undefined) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found\n' });
    return route.fulfill({ status: 200, contentType: TYPES[extname(path)] ?? 'application/octet-stream', body });
  });
  return alarms;
}

/** Fails when anything in `alarms` went off. */
function expectQuiet(alarms: Alarms): void {
  expect(alarms, 'no payload ran, nothing was blocked, nothing was fetched for a payload').toEqual({ pwned: [], dialogs: [], violations: [], errors: [], requests: [] });
}

/** Checks the alarms once more after the page had time to run anything a payload scheduled (autofocus, onload, meta refresh). */
async function settle(page: Page, alarms: Alarms): Promise<void> {
  const url = page.url();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))));
  expect(page.url(), 'no payload navigated away').toBe(url);
  expectQuiet(alarms);
}

/** Fails when the page holds an element or attribute a payload names: its markup was parsed, not shown. */
async function expectNoInjectedElements(page: Page): Promise<void> {
  const found = await page.evaluate(() => {
    const out: string[] = [];
    const foreign = new Set(['img', 'iframe', 'object', 'embed', 'math', 'svg', 'template', 'base', 'b', 'mglyph']);
    const visit = (root: Document | ShadowRoot): void => {
      for (const el of root.querySelectorAll('*')) {
        const tag = el.localName;
        const inHead = root === document && el.closest('head') !== null;
        if (foreign.has(tag) || (!inHead && ['script', 'style', 'link', 'meta'].includes(tag))) out.push(tag);
        for (const a of el.attributes) {
          if (/^on/iu.test(a.name)) out.push(`${tag}[${a.name}]`);
          if (/^\s*javascript:/iu.test(a.value)) out.push(`${tag}[${a.name}=javascript:]`);
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return out;
  });
  expect(found, 'no element or attribute from a payload').toEqual([]);
}

const LAWS = [
  { folder: 'hostile-cn', format: 'cn (Markdown)', old: 'first', new: 'second', key: 'first~1' },
  { folder: 'hostile-tw', format: 'tw (Markdown)', old: 'first', new: 'second', key: 'first~1' },
  { folder: 'hostile-de', format: 'de (Markdown)', old: 'first', new: 'second', key: 'first~1' },
  { folder: 'hostile-en', format: 'en (text)', old: 'first', new: 'second', key: 'first~1' },
  { folder: 'hostile-uslm', format: 'USLM XML', old: 'ih', new: 'eh', key: 'ih~101' },
  { folder: 'hostile-akn', format: 'Akoma Ntoso XML', old: 'v1', new: 'v2', key: 'v1~1' },
  { folder: 'hostile-json', format: 'lawdiff-version/1 JSON', old: `a"><img src=x onerror="window.__pwned='version-id'">`, new: 'b', key: 'b~1' },
] as const;

const seg = encodeURIComponent;
const lawUrl = (folder: string): string => `./#/law/${seg(folder)}`;
const versionUrl = (folder: string, version: string): string => `./#/law/${seg(folder)}/${seg(version)}`;
const compareUrl = (folder: string, oldId: string, newId: string, query = ''): string =>
  `./#/law/${seg(folder)}/compare/${seg(oldId)}/${seg(newId)}${query ? `?${query}` : ''}`;

const rows = (page: Page) => page.locator('lawdiff-compare-view section.article-row');

/** The part of the markup payload every format keeps verbatim in an article's text. */
const SCRIPT_TEXT = `<script>window.__pwned='script'</script>`;
const IMG_TEXT = `<img src=x onerror="window.__pwned='img'">`;

test('the built app declares a strict Content Security Policy with Trusted Types, and enforces it', async ({ page }) => {
  const alarms = await arm(page);
  await page.goto('./');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy, 'index.html carries the policy (build/csp.ts, wired into vite.config.ts)').toBeTruthy();
  const directives = new Map((policy ?? '').split(';').map((d) => d.trim().split(/\s+/u)).map(([name = '', ...values]) => [name, values]));
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  expect(directives.get('require-trusted-types-for')).toEqual(["'script'"]);
  expect(directives.get('trusted-types')).toContain('lit-html');
  expect(directives.get('style-src')).not.toContain("'unsafe-inline'");
  for (const name of ['default-src', 'script-src', 'script-src-elem', 'script-src-attr']) {
    expect(directives.get(name) ?? [], name).not.toEqual(expect.arrayContaining([expect.stringMatching(/unsafe|data:|blob:|\*|https?:/u)]));
  }
  // Nothing in the page itself needs more than the policy allows.
  await expect(page.locator('lawdiff-app')).toBeVisible();
  expect(await page.locator('script:not([src])').count(), 'no inline script in index.html').toBe(0);

  // The browser enforces it: a script string reaching an HTML or eval sink is refused. (Run from a
  // timer: code Playwright evaluates directly is exempt from the page's eval rules.)
  const refused = await page.evaluate(() => new Promise<Record<string, string>>((resolve) => setTimeout(() => {
    const tries: Record<string, () => unknown> = {
      innerHTML: () => (document.createElement('div').innerHTML = '<b>x</b>'),
      eval: () => eval('1 + 1'),
      Function: () => new Function('return 1')(),
      inlineScript: () => {
        const s = document.createElement('script');
        s.textContent = 'window.__pwned = "inline-script"';
        document.head.append(s);
      },
      foreignWorker: () => new Worker('http://127.0.0.1:9/w.js'),
    };
    const out: Record<string, string> = {};
    for (const [name, run] of Object.entries(tries)) {
      try {
        run();
        out[name] = 'allowed';
      } catch (e) {
        out[name] = e instanceof Error ? e.name : String(e);
      }
    }
    resolve(out);
  })));
  expect(refused).toEqual({ innerHTML: 'TypeError', eval: 'EvalError', Function: 'EvalError', inlineScript: 'TypeError', foreignWorker: 'TypeError' });
  // Those refusals were reported as violations; nothing else was.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  expect(alarms.pwned).toEqual([]);
  expect(alarms.violations.length).toBeGreaterThan(0);
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('registers under the policy (the Trusted Types default policy admits same-origin script URLs only)', async ({ page }) => {
    const alarms = await arm(page, undefined, false);
    await page.goto('./');
    await expect(page.locator('lawdiff-app')).toBeVisible();
    const registered = await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then((r) => r.active?.scriptURL ?? 'no active worker'),
        new Promise<string>((resolve) => setTimeout(() => resolve('not registered within 15 s'), 15_000)),
      ]),
    );
    expect(registered).toMatch(/\/sw\.js$/u);
    await settle(page, alarms);
  });
});

test('law titles, notes, labels and source links from law.json show as text on the law list and law pages', async ({ page }) => {
  const alarms = await arm(page);
  await page.goto('./');
  await expect(page.getByText('Hostile PRC text').first()).toBeVisible();
  await expect(page.getByText(`Hostile English Act ${SHORT}`).first()).toBeVisible();
  await expect(page.getByText(SCRIPT_TEXT).first()).toBeVisible();
  await page.screenshot({ path: '/tmp/hostile-law-list.png', fullPage: true });
  await expectNoInjectedElements(page);
  await settle(page, alarms);

  for (const folder of ['hostile-cn', 'hostile-json']) {
    await page.goto(lawUrl(folder));
    await expect(page.getByText(SHORT).first()).toBeVisible();
    await expectNoInjectedElements(page);
    await settle(page, alarms);
  }
  // The source of a reading is a link only when it is an http(s) URL; a `javascript:` source is text.
  await page.goto(versionUrl('hostile-cn', 'first'));
  await expect(page.getByText(`javascript:window.__pwned='source-js'`).first()).toBeVisible();
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await page.goto(versionUrl('hostile-cn', 'second'));
  const link = page.locator('a', { hasText: 'example.invalid' });
  await expect(link).toHaveAttribute('href', `https://example.invalid/law?"><img src=x onerror="window.__pwned='source-url'">`);
  await expect(link).toHaveAttribute('rel', /noopener/u);
  await expectNoInjectedElements(page);
  await settle(page, alarms);
});

for (const law of LAWS) {
  test(`${law.format}: law text, headings and annotations stay text in the reader, the comparison, the history and the concordance`, async ({ page }) => {
    const alarms = await arm(page);

    await page.goto(versionUrl(law.folder, law.new));
    await expect(page.getByText(SCRIPT_TEXT).first()).toBeVisible();
    await expect(page.getByText(IMG_TEXT).first()).toBeVisible();
    await expectNoInjectedElements(page);
    await settle(page, alarms);

    for (const view of ['synopsis', 'redline']) {
      await page.goto(compareUrl(law.folder, law.old, law.new, `view=${view}`));
      await expect(rows(page).first()).toBeVisible();
      await expect(rows(page).getByText(SCRIPT_TEXT).first()).toBeVisible();
      await expect(rows(page).getByText(IMG_TEXT).first()).toBeVisible();
      // The diff marks split the text into <del>/<ins>, still text.
      await expect(rows(page).locator('del, ins').first()).toBeVisible();
      if (view === 'synopsis') await page.screenshot({ path: `/tmp/hostile-${law.folder}.png` });
      await expectNoInjectedElements(page);
      await settle(page, alarms);
    }

    await page.goto(compareUrl(law.folder, law.old, law.new, `history=${seg(law.key)}`));
    const history = page.locator('lawdiff-article-history [role="dialog"]');
    await expect(history).toBeVisible();
    await expect(history.getByText(SCRIPT_TEXT).first()).toBeVisible();
    await expectNoInjectedElements(page);
    await settle(page, alarms);

    await page.goto(compareUrl(law.folder, law.old, law.new, 'table=concordance'));
    await expect(page.locator('lawdiff-concordance table')).toBeVisible();
    await expectNoInjectedElements(page);
    await settle(page, alarms);
  });
}

test('annotations (official explanations) with markup show as text', async ({ page }) => {
  const alarms = await arm(page);
  await page.goto(compareUrl('hostile-cn', 'first', 'second'));
  const annotation = page.locator('lawdiff-compare-view details.annotation').first();
  await expect(annotation).toBeAttached();
  await annotation.locator('summary').click();
  await expect(annotation.locator('.annotation-text')).toContainText(SCRIPT_TEXT);
  await expect(annotation.locator('.annotation-text')).toBeVisible();
  await page.goto(compareUrl('hostile-json', LAWS[6].old, 'b'));
  await expect(rows(page).first()).toBeVisible();
  await expect(page.locator('lawdiff-compare-view').getByText('Explanation <script>', { exact: false }).first()).toBeAttached();
  await expectNoInjectedElements(page);
  await settle(page, alarms);
});

test('bidi overrides, zero-width and combining characters are kept as written', async ({ page }) => {
  const alarms = await arm(page);
  await page.goto(versionUrl('hostile-json', 'b'));
  await expect(page.getByText('Odd number').first()).toBeVisible();
  const text = await page.locator('lawdiff-app').evaluate(() => {
    const all: string[] = [];
    const visit = (root: Document | ShadowRoot): void => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
      }
      all.push(root === document ? '' : (root as ShadowRoot).textContent ?? '');
    };
    visit(document);
    return all.join('\n');
  });
  // Shown exactly as written: the override, the isolates, the zero-width and combining characters.
  expect(text).toContain('RTL:\u202Egnp.exe\u202C');
  expect(text).toContain('combining:Z\u0337\u0322\u034E\u0330a');
  expect(text).toContain('zero-width:a\u200Bb\u200Cc\u200Dd');
  await page.screenshot({ path: '/tmp/hostile-unicode.png' });
  await settle(page, alarms);
});

test('an RTL override left open in one field does not reverse the text after it', async ({ page }) => {
  // KNOWN BUG (app): text from the collection is not bidi-isolated. The law page's line
  // "<jurisdiction> · English · 2 versions" (src/ui/shell/lawdiff-app.ts) showed as "snoisrev 2 · hsilgnE · …" when
  // law.json's jurisdiction held U+202E without U+202C; each part is now isolated in a <bdi>.
  const alarms = await arm(page);
  await page.goto(lawUrl('hostile-json'));
  await expect(page.getByText('unterminated override').first()).toBeVisible();
  const order = await page.evaluate(() => {
    const find = (root: Document | ShadowRoot): Text | undefined => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      // (Not the interface language menu's "English" option: the law page's line is what is measured.)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent?.includes('English') && n.parentElement?.tagName !== 'OPTION') return n as Text;
      for (const el of root.querySelectorAll('*')) {
        const found = el.shadowRoot ? find(el.shadowRoot) : undefined;
        if (found) return found;
      }
      return undefined;
    };
    const node = find(document);
    if (!node) return 'no "English" on the page';
    const at = node.textContent!.indexOf('English');
    const x = (i: number): number => {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getBoundingClientRect().left;
    };
    return x(at) < x(at + 6) ? 'left to right' : 'reversed';
  });
  await page.screenshot({ path: '/tmp/hostile-bidi.png' });
  expect(order, 'text after an unterminated RTL override keeps its direction').toBe('left to right');
  await settle(page, alarms);
});

test('a 1 MB single-line article is read and compared, as text', async ({ page }) => {
  // Slow, not stuck: with two busy cores the comparison of the 1 MB article took 30–50 s to its first rows.
  test.setTimeout(240_000);
  const alarms = await arm(page);
  await page.goto(versionUrl('hostile-big', 'first'));
  const big = page.getByText('word <b onmouseover', { exact: false }).first();
  await expect(big).toBeVisible({ timeout: 60_000 });
  const length = await big.evaluate((el) => el.textContent?.length ?? 0);
  expect(length).toBeGreaterThanOrEqual(BIG_LENGTH * 0.99);
  await page.goto(compareUrl('hostile-big', 'first', 'second'));
  await expect(rows(page).first()).toBeVisible({ timeout: 150_000 });
  const t = await page.evaluate(() => performance.getEntriesByName('lawdiff:first-rows')[0]?.startTime ?? NaN);
  test.info().annotations.push({ type: 'first rows of the 1 MB comparison', description: `${t.toFixed(0)} ms` });
  console.log(`hostile: first rows of the 1 MB comparison after ${t.toFixed(0)} ms`);
  await expect(rows(page).getByText('word <b onmouseover', { exact: false }).first()).toBeAttached();
  await expectNoInjectedElements(page);
  await settle(page, alarms);
});

test('an index.json naming a hostile folder is reported as text', async ({ page }) => {
  const folder = `<img src=x onerror="window.__pwned='index'">`;
  const alarms = await arm(page, JSON.stringify({ format: 'lawdiff-collection/1', title: SHORT, laws: ['hostile-cn', folder] }));
  await page.goto('./');
  // Reported with the value as JSON quotes it.
  await expect(page.getByText(`found "<img src=x onerror=`).first()).toBeVisible();
  await page.screenshot({ path: '/tmp/hostile-index.png' });
  await expectNoInjectedElements(page);
  await settle(page, alarms);
});

test('XML with a DTD (an external entity, a billion-laughs bomb) is refused without fetching anything', async ({ page }) => {
  const alarms = await arm(page);
  await page.goto(compareUrl('hostile-xxe', 'entity', 'laughs'));
  await expect(page.getByText('could not be loaded').first()).toBeVisible();
  await page.goto(versionUrl('hostile-xxe', 'laughs'));
  await expect(page.getByText('DOCTYPE declaration is not allowed').first()).toBeVisible();
  await settle(page, alarms);
});

test('URL parameters and route segments with markup are shown as text, never run', async ({ page }) => {
  const alarms = await arm(page);
  const q = `<img src=x onerror="window.__pwned='q'">`;
  const history = `<script>window.__pwned='history'</script>`;
  const focus = `"><svg onload="window.__pwned='a'">`;
  await page.goto(compareUrl('hostile-cn', 'first', 'second', `q=${seg(q)}&a=${seg(focus)}&history=${seg(history)}&view=${seg(SHORT)}&filter=${seg(SHORT)}`));
  await expect(rows(page).first()).toBeVisible();
  await expect(page.getByText(history).first()).toBeVisible();
  await expect(page.locator('lawdiff-compare-toolbar input[type="search"]')).toHaveValue(q);
  await expectNoInjectedElements(page);
  await settle(page, alarms);

  // A search for markup finds it in the text and marks it, as text.
  await page.goto(compareUrl('hostile-cn', 'first', 'second', `q=${seg('<script>')}`));
  await expect(rows(page).locator('mark').first()).toHaveText('<script>');

  // The same, raw (not percent-encoded) in the hash, and in the route's segments.
  for (const hash of [
    `#/law/hostile-cn/compare/first/second?q=<img src=x onerror=window.__pwned='raw'>&a=<svg/onload=window.__pwned='raw-a'>`,
    `#/law/${seg(q)}`,
    `#/law/hostile-cn/${seg(history)}`,
    `#/law/hostile-cn/first/${seg(focus)}`,
    `#/law/hostile-cn/compare/${seg(SHORT)}/second`,
    `#/${seg(SHORT)}`,
    `#/law/hostile-cn/compare/first/second?history=javascript:window.__pwned='js'`,
  ]) {
    await page.goto(`./${hash}`);
    await expect(page.locator('lawdiff-app')).toBeVisible();
    await page.waitForFunction(() => !document.querySelector('lawdiff-app')?.shadowRoot?.querySelector('[aria-busy="true"], lawdiff-status[kind="loading"]'));
    await expectNoInjectedElements(page);
    await settle(page, alarms);
  }
});

test('reader notes with markup stay text, after a reload, in the history panel', async ({ page }) => {
  const alarms = await arm(page);
  const note = `${MARKUP}\n${UNICODE}`;
  await page.goto(compareUrl('hostile-de', 'first', 'second'));
  const row = page.locator('lawdiff-compare-view section.article-row[id="row-first~1"]');
  const notes = row.locator('lawdiff-article-notes');
  await notes.getByRole('button', { name: 'Add a note' }).click();
  await notes.getByRole('textbox', { name: 'Note' }).fill(note);
  await notes.getByRole('button', { name: 'Save' }).click();
  await expect(notes.locator('li .text')).toHaveText([note]);
  await expectNoInjectedElements(page);
  await settle(page, alarms);

  await page.reload();
  await expect(row.locator('lawdiff-article-notes li .text')).toHaveText([note]);
  await page.goto(compareUrl('hostile-de', 'first', 'second', 'history=first~1'));
  await expect(page.locator('lawdiff-article-history lawdiff-article-notes li .text')).toContainText(SCRIPT_TEXT);
  await page.screenshot({ path: '/tmp/hostile-notes.png' });
  await expectNoInjectedElements(page);
  await settle(page, alarms);
});

test('the HTML download of a hostile comparison contains no live markup', async ({ page }) => {
  const alarms = await arm(page);
  for (const law of [LAWS[0], LAWS[6]]) {
    await page.goto(compareUrl(law.folder, law.old, law.new, 'view=redline'));
    await expect(rows(page).first()).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as HTML' }).click()]);
    const html = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toMatch(/^[\p{L}\p{N}._-]+\.html$/u);
    // Only the export's own markup: its one <style>, no script, no element a payload names.
    // Text arrives escaped, so every "<" + letter opens one of the export's own elements.
    const tags = html.match(/<[a-z][^>]*>/giu) ?? [];
    expect(tags.map((t) => /^<([a-z][\w-]*)/iu.exec(t)![1]!.toLowerCase()).filter((t) => !EXPORT_TAGS.has(t))).toEqual([]);
    expect(tags.map((t) => t.replace(/"[^"]*"/gu, '""')).filter((t) => /\son[a-z]+\s*=|javascript:/iu.test(t))).toEqual([]);
    expect(html).toContain('&lt;script&gt;window.__pwned=&#39;script&#39;&lt;/script&gt;');

    // Opened on its own, it shows the payloads as text and runs nothing.
    const standalone = await page.context().newPage();
    const alarmsAlone = await arm(standalone);
    await standalone.setContent(html);
    await expect(standalone.getByText(SCRIPT_TEXT).first()).toBeVisible();
    await expectNoInjectedElements(standalone);
    await settle(standalone, alarmsAlone);
    await standalone.close();
  }
  await settle(page, alarms);
});

/** The elements export-html.ts writes. */
const EXPORT_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'h3', 'h4', 'p', 'dl', 'dt', 'dd', 'main', 'footer', 'section',
  'div', 'span', 'bdi', 'del', 'ins', 'a', 'ul', 'ol', 'li', 'details', 'summary', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'em', 'small', 'blockquote', 'aside', 'nav',
]);
