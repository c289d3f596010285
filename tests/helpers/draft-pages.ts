/**
 * Web pages and PDFs made by the tests from corpus texts (never copied files), the way a
 * legislature publishes a draft: a web page with navigation, a banner, a footer, scripts, styles
 * and hidden text around the law; a PDF printed by Chromium with a running header, page numbers,
 * line numbers in the margin (German Drucksachen), German words hyphenated at line ends (soft
 * hyphens in long words, justified text) and a CJK font. Used by the unit tests, the fuzz
 * target and the benchmark.
 */
import { chromium, type Browser } from '@playwright/test';
import { blocks, type Block, type Convention } from './docx-fixtures.js';

const escape = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** Soft hyphens in long words (every six letters after the fourth), so a justified line may break inside them. */
function hyphenate(text: string): string {
  return text.replace(/\p{L}{14,}/gu, (w) => {
    let out = w.slice(0, 4);
    for (let i = 4; i < w.length - 3; i += 6) out += w.slice(i, Math.min(i + 6, w.length - 3)) + (i + 6 < w.length - 3 ? '\u00ad' : '');
    return `${out}\u00ad${w.slice(-3)}`.replace(/\u00ad\u00ad/gu, '\u00ad');
  });
}

export interface DraftOptions {
  /** Navigation, banner, footer, scripts, styles, hidden text and a menu of links around the law. */
  chrome?: boolean;
  /** Soft hyphens in long words. */
  hyphens?: boolean;
  /** Two columns side by side (a synopsis): the law's blocks beside themselves. */
  twoColumns?: boolean;
}

const FONTS: Record<Convention, string> = {
  cn: '"Noto Serif CJK SC", "Noto Sans CJK SC", serif',
  tw: '"Noto Serif CJK TC", "Noto Sans CJK TC", serif',
  de: '"DejaVu Serif", "Liberation Serif", serif',
  en: '"DejaVu Serif", "Liberation Serif", serif',
};

function blockHtml(b: Block, convention: Convention, hyphens: boolean): string {
  const t = (s: string): string => escape(hyphens ? hyphenate(s) : s);
  switch (b.kind) {
    case 'title':
      return `<h1>${t(b.text)}</h1>`;
    case 'heading':
      return `<h${Math.min(6, b.level + 1)}>${t(b.text)}</h${Math.min(6, b.level + 1)}>`;
    case 'article':
      // Taiwan prints the article number on a line of its own; a paragraph that begins by citing one (`第十五條第二款…`) is text.
      if (convention === 'tw') return b.rest ? `<p>${t(b.label + b.rest)}</p>` : `<p class="art"><b>${t(b.label)}</b></p>`;
      return `<p><b>${t(b.label)}</b>${convention === 'cn' ? '　' : ' '}${t(b.rest)}</p>`;
    case 'item':
      return `<p class="item">${t(b.label)}${convention === 'cn' || convention === 'tw' ? '' : ' '}${t(b.rest)}</p>`;
    case 'para':
      return `<p>${t(b.text)}</p>`;
    case 'meta':
      return `<p class="meta">${t(b.key)}: ${t(b.value)}</p>`;
    default: {
      const never: never = b;
      return never;
    }
  }
}

/** A web page (or the page a PDF is printed from) holding the law of `text`. */
export function draftHtml(text: string, convention: Convention, options: DraftOptions = {}): string {
  // Markdown footnotes (`[^id]` and their `[^id]: …` lines, as the German corpus files have them) are not printed: a draft has real footnotes, not this syntax.
  const plain = text.replace(/^\[\^[^\]\s]+\]:.*(?:\n {4}.*)*$/gmu, '').replace(/\[\^[^\]\s]+\]/gu, '');
  const law = blocks(plain, convention).filter((b) => b.kind !== 'meta');
  const lang = { cn: 'zh-Hans', tw: 'zh-Hant', de: 'de', en: 'en' }[convention];
  const body = law.map((b) => blockHtml(b, convention, options.hyphens ?? false)).join('\n');
  const style = `
    body { font-family: ${FONTS[convention]}; font-size: 12pt; line-height: 18pt; margin: 0; width: 16.5cm; padding-left: 1.3cm; position: relative; }
    h1 { font-size: 18pt; line-height: 27pt; text-align: center; margin: 0 0 18pt; }
    h2, h3, h4, h5, h6 { font-size: 14pt; line-height: 18pt; text-align: center; margin: 18pt 0 0; }
    p { margin: 0; text-align: justify; ${convention === 'cn' || convention === 'tw' ? 'text-indent: 2em;' : ''} }
    p.item { padding-left: ${convention === 'cn' || convention === 'tw' ? '0' : '1.5em'}; }
    p.art { text-indent: 0; margin-top: 9pt; }
    .cols { display: grid; grid-template-columns: 1fr 1fr; column-gap: 1cm; }`;
  const main = options.twoColumns ? `<div class="cols"><div>${body}</div><div>${body}</div></div>` : body;
  if (!options.chrome) return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><style>${style}</style></head><body>${main}</body></html>`;
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escape(law.find((b) => b.kind === 'title')?.text ?? 'Law')}</title>
<style>${style}</style><script>document.title = "<p>injected</p>"; alert(1);</script></head>
<body onload="alert(2)">
<header role="banner"><a href="/">Home</a> · <a href="/laws">Laws</a><p>Site banner: not law text</p></header>
<nav><ul><li><a href="/a">Menu one</a></li><li><a href="/b">Menu two</a></li></ul></nav>
<div class="breadcrumbs"><a href="/">Start</a> › <a href="/laws">Gesetze</a> › <a href="/x">Draft</a></div>
<main>
${main}
<p hidden>Hidden text that is not part of the law</p>
<img src="x" onerror="alert(3)" alt="picture">
</main>
<aside>Related: another law</aside>
<footer>© Site footer, not law text</footer>
<script>alert(4)</script>
</body></html>`;
}

let browser: Promise<Browser> | undefined;

/** Chromium (the same one the browser tests use), launched once for the test file. */
function launch(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  return browser;
}

/** Closes the browser {@link printPdf} launched. */
export async function closePrinter(): Promise<void> {
  const b = browser;
  browser = undefined;
  if (b) await (await b).close();
}

export interface PdfDraftOptions extends DraftOptions {
  /** The running header's text. */
  header?: string;
  /** Line numbers in the left margin, every fifth line. */
  lineNumbers?: boolean;
  /** The footer's page number: `- 3 -` (German), `第 3 页` (Chinese), `3` (else). */
  pageNumber?: 'dash' | 'cn' | 'plain';
}

/** The law of `text` printed to PDF by Chromium, as a draft would be (by `browser` when given: a browser test's own). */
export async function printPdf(text: string, convention: Convention, options: PdfDraftOptions = {}, browser?: Browser): Promise<Uint8Array> {
  const page = await (browser ?? (await launch())).newPage();
  try {
    // Laid out as printed (A4 less the margins is the body's width), so line numbers placed now stay put.
    await page.emulateMedia({ media: 'print' });
    await page.setContent(draftHtml(text, convention, options), { waitUntil: 'load' });
    await page.evaluate(async () => document.fonts.ready);
    if (options.lineNumbers) {
      // Every fifth line numbered in the margin, as Drucksachen are: numbers placed on the 18pt line grid.
      await page.evaluate(() => {
        const height = document.body.scrollHeight;
        const lineHeight = 24; // 18pt in CSS pixels
        const col = document.createElement('div');
        col.style.cssText = 'position:absolute;left:0;top:0;width:0.9cm;text-align:right;font:8pt sans-serif;';
        for (let k = 5; k * lineHeight < height; k += 5) {
          const n = document.createElement('div');
          n.textContent = String(k);
          n.style.cssText = `position:absolute;right:0;top:${(k - 1) * lineHeight + 6}px;line-height:12px;`;
          col.append(n);
        }
        document.body.append(col);
      });
    }
    const number = options.pageNumber === 'cn' ? '第 <span class="pageNumber"></span> 页' : options.pageNumber === 'dash' ? '- <span class="pageNumber"></span> -' : '<span class="pageNumber"></span>';
    const pdf = await page.pdf({
      format: 'A4',
      displayHeaderFooter: true,
      headerTemplate: `<div style="font-size:9px;width:100%;text-align:center;font-family:sans-serif">${escape(options.header ?? '')}</div>`,
      footerTemplate: `<div style="font-size:9px;width:100%;text-align:center;font-family:sans-serif">${number}</div>`,
      // The line numbers must sit inside the printed area (Chromium clips the margins): the body's left padding holds them.
      margin: { top: '2.2cm', bottom: '2.2cm', left: '1.2cm', right: '2cm' },
    });
    return new Uint8Array(pdf);
  } finally {
    await page.close();
  }
}
