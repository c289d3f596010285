/**
 * The Content Security Policy of the built app, written by the build as a
 * `<meta http-equiv="Content-Security-Policy">` at the top of index.html.
 *
 * - No inline script and no eval: scripts come only from the app's origin.
 * - Styles: lit adopts its stylesheets (constructable stylesheets, which CSP
 *   does not govern); index.html's one inline `<style>` is allowed by its
 *   SHA-256, computed here from the final HTML. lit's `style=${…}` attribute
 *   bindings use `setAttribute('style')`, which `style-src-attr` governs; see
 *   {@link STYLE_ATTRIBUTES}.
 * - Trusted Types: only lit's policy (`lit-html`) may make HTML, and the
 *   `default` policy in {@link TRUSTED_TYPES_SCRIPT} lets plain strings reach
 *   the script-URL sinks (`new Worker`, `navigator.serviceWorker.register`)
 *   only when they point at this origin. HTML and script strings are refused.
 * - `connect-src` allows the app's own collection, any https URL and loopback
 *   http, for importing a law from a URL.
 *
 * Build only (`apply: 'build'`): the dev server injects its client, its
 * error overlay (innerHTML) and CSS as `<style>` elements, which this policy
 * would block. A `<meta>` policy does not reach workers (a worker's policy
 * comes from its own response headers) and cannot set `frame-ancestors`;
 * a server that can send headers should send the same policy plus
 * `frame-ancestors 'none'` as a header.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** File name of the Trusted Types default policy, next to index.html in the build. */
export const TRUSTED_TYPES_FILE = 'trusted-types.js';

/**
 * The `default` Trusted Types policy: a plain string reaching a script-URL
 * sink is accepted only when it resolves to this origin (the comparison
 * worker, the service worker). No `createHTML` or `createScript`, so any
 * string reaching `innerHTML`, `eval`, inline event handlers and the like
 * throws instead of running. A classic script, so it runs before the
 * app's deferred module script.
 */
export const TRUSTED_TYPES_SCRIPT = `// lawdiff: the Trusted Types default policy (see build/csp.ts).
if (window.trustedTypes && window.trustedTypes.createPolicy) {
  window.trustedTypes.createPolicy('default', {
    createScriptURL: function (value) {
      var url = new URL(value, document.baseURI);
      if (url.origin === location.origin) return url.href;
      throw new TypeError('lawdiff: refused a script from another origin: ' + url.origin);
    },
  });
}
`;

/**
 * Whether `style="…"` attributes are allowed. lit writes `style=${…}`
 * bindings with `setAttribute('style', …)` (src/ui/compare-rows.ts: item
 * depth; src/ui/change-summary.ts: the chapter map's shading), which a
 * policy without `style-src-attr 'unsafe-inline'` blocks. Law text never
 * reaches an attribute, so this opens no way in for injected CSS; once
 * those bindings use lit's `styleMap` (CSSOM, which CSP allows), set this
 * to false.
 */
export const STYLE_ATTRIBUTES = false;

/** The policy's directives; `styleHashes` are `'sha256-…'` sources for the page's inline `<style>` elements. */
export function cspDirectives(styleHashes: readonly string[] = []): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", ...styleHashes],
    ...(STYLE_ATTRIBUTES ? { 'style-src-attr': ["'unsafe-inline'"] } : {}),
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", 'https:', 'http://localhost:*', 'http://127.0.0.1:*'],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'frame-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'require-trusted-types-for': ["'script'"],
    'trusted-types': ['lit-html', 'default'],
  };
}

/** The policy as one header or `content` value. */
export function cspText(styleHashes: readonly string[] = []): string {
  return Object.entries(cspDirectives(styleHashes))
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** `'sha256-…'` of each inline `<style>` element's text in `html`. */
export function inlineStyleHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/giu)) {
    hashes.add(`'sha256-${createHash('sha256').update(m[1] ?? '', 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/** Fails the build when index.html has an inline script, which the policy would block at run time. */
function assertNoInlineScript(html: string): void {
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/giu)) {
    const attrs = m[1] ?? '';
    if (!/\ssrc\s*=/iu.test(attrs) && (m[2] ?? '').trim() !== '') {
      throw new Error(`csp: index.html has an inline script, which the Content Security Policy blocks: ${(m[0] ?? '').slice(0, 120)}`);
    }
  }
  if (/\son[a-z]+\s*=/iu.test(html.replace(/<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>/giu, ''))) {
    throw new Error('csp: index.html has an inline event handler attribute (on…=), which the Content Security Policy blocks.');
  }
}

/**
 * The Vite plugin: on build, writes the policy into index.html (first in
 * `<head>`, before any script or style) and emits {@link TRUSTED_TYPES_FILE},
 * loaded before the app's module script.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'lawdiff-csp',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: TRUSTED_TYPES_FILE, source: TRUSTED_TYPES_SCRIPT });
    },
    transformIndexHtml: {
      // After every other plugin, so the hashes cover the final inline styles and no later script slips in.
      order: 'post',
      handler(html) {
        assertNoInlineScript(html);
        const meta = `<meta http-equiv="Content-Security-Policy" content="${cspText(inlineStyleHashes(html))}">`;
        const script = `<script src="./${TRUSTED_TYPES_FILE}"></script>`;
        if (!/<meta charset="utf-8"\s*\/?>/iu.test(html)) throw new Error('csp: index.html needs <meta charset="utf-8"> first in <head>.');
        return html.replace(/<meta charset="utf-8"\s*\/?>/iu, (charset) => `${charset}\n    ${meta}\n    ${script}`);
      },
    },
  };
}
