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
 * - `connect-src 'self'`: the page reads only its own collection. Laws
 *   fetched from an address the reader gives are fetched by the import worker
 *   (src/app/import.worker.ts), whose policy is its own — see
 *   docs/decisions/008-content-security-policy.md.
 *
 * The build writes the policy into index.html as a `<meta>` (it holds on any
 * static host). A `<meta>` policy cannot set `frame-ancestors` and does not
 * reach workers, so the dev server and `vite preview` also send it as a
 * header ({@link contentSecurityPolicy}'s middleware), with
 * `frame-ancestors 'none'`; a production server should send the same headers
 * (README, "Security and privacy"). The dev server's page policy differs in
 * one point: it allows inline styles, which Vite injects for CSS and its
 * error overlay.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';

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
 * bindings with `setAttribute('style', …)` (src/ui/compare/compare-rows.ts: item
 * depth; src/ui/compare/change-summary.ts: the chapter map's shading), which a
 * policy without `style-src-attr 'unsafe-inline'` blocks. Law text never
 * reaches an attribute, so this opens no way in for injected CSS; once
 * those bindings use lit's `styleMap` (CSSOM, which CSP allows), set this
 * to false.
 */
export const STYLE_ATTRIBUTES = false;

/**
 * Where the import worker may fetch a law from: any https address, and
 * http on this machine (a local server, the tests'). Only the worker's
 * policy has it; the page's `connect-src` is `'self'`.
 */
export const FETCH_SOURCES: readonly string[] = ["'self'", 'https:', 'http://localhost:*', 'http://127.0.0.1:*'];

/** Which policy: the page's (`page`), or the import worker's (`fetcher`), which may also fetch {@link FETCH_SOURCES}. */
export type PolicyFor = 'page' | 'fetcher';

/** The policy's directives; `styleHashes` are `'sha256-…'` sources for the page's inline `<style>` elements. */
export function cspDirectives(styleHashes: readonly string[] = [], policyFor: PolicyFor = 'page'): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", ...styleHashes],
    ...(STYLE_ATTRIBUTES ? { 'style-src-attr': ["'unsafe-inline'"] } : {}),
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': policyFor === 'fetcher' ? [...FETCH_SOURCES] : ["'self'"],
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
export function cspText(styleHashes: readonly string[] = [], policyFor: PolicyFor = 'page'): string {
  return directivesText(cspDirectives(styleHashes, policyFor));
}

function directivesText(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** What a header adds to the `<meta>` policy: no page may frame lawdiff (clickjacking). */
const HEADER_ONLY = "frame-ancestors 'none'";

/** Whether a request is for the import worker's script (built: `assets/import.worker-<hash>.js`; dev: `/src/app/import.worker.ts?worker_file…`). */
export function isFetcherScript(url: string): boolean {
  return /(?:^|\/)import\.worker[-.][^/?]*(?:\?|$)/u.test(url.split('#')[0] ?? '');
}

/**
 * The header policy for a request: the page's, or the import worker's for
 * its script. `dev` relaxes `style-src` (Vite's injected `<style>`s, whose
 * text changes with every edit) and names no hashes.
 */
export function headerPolicy(url: string, mode: { dev: true } | { dev: false; styleHashes: readonly string[] }): string {
  const directives = cspDirectives(mode.dev ? [] : mode.styleHashes, isFetcherScript(url) ? 'fetcher' : 'page');
  if (mode.dev) directives['style-src'] = ["'self'", "'unsafe-inline'"];
  return `${directivesText(directives)}; ${HEADER_ONLY}`;
}

/** The style hashes of the policy in a built index.html's `<meta>`. */
function builtStyleHashes(indexHtml: string): string[] {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/u.exec(indexHtml)?.[1] ?? '';
  const styles = content.split(';').map((d) => d.trim().split(/\s+/u)).find(([name]) => name === 'style-src') ?? [];
  return styles.filter((v) => v.startsWith("'sha256-"));
}

/** Connect middleware sending the policy as a header on every response. */
function policyHeaders(policy: (url: string) => string): Connect.NextHandleFunction {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    res.setHeader('Content-Security-Policy', policy(req.url ?? '/'));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  };
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
  let command: 'build' | 'serve' = 'build';
  return {
    name: 'lawdiff-csp',
    configResolved(config) {
      command = config.command;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: TRUSTED_TYPES_FILE, source: TRUSTED_TYPES_SCRIPT });
    },
    transformIndexHtml: {
      // After every other plugin, so the hashes cover the final inline styles and no later script slips in.
      order: 'post',
      handler(html) {
        if (!/<meta charset="utf-8"\s*\/?>/iu.test(html)) throw new Error('csp: index.html needs <meta charset="utf-8"> first in <head>.');
        const script = `<script src="./${TRUSTED_TYPES_FILE}"></script>`;
        // The dev server sends the policy as a header only: its own scripts and styles change as you edit.
        if (command === 'serve') return html.replace(/<meta charset="utf-8"\s*\/?>/iu, (charset) => `${charset}\n    ${script}`);
        assertNoInlineScript(html);
        const meta = `<meta http-equiv="Content-Security-Policy" content="${cspText(inlineStyleHashes(html))}">`;
        return html.replace(/<meta charset="utf-8"\s*\/?>/iu, (charset) => `${charset}\n    ${meta}\n    ${script}`);
      },
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0]?.endsWith(`/${TRUSTED_TYPES_FILE}`)) {
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.end(TRUSTED_TYPES_SCRIPT);
          return;
        }
        policyHeaders((url) => headerPolicy(url, { dev: true }))(req, res, next);
      });
    },
    configurePreviewServer(server) {
      // resolve, not join: `--outDir` may be absolute (the deployment test previews a copy in a temporary folder).
      const outDir = resolve(server.config.root, server.config.build.outDir);
      let hashes: string[] | undefined;
      const styleHashes = (): string[] => {
        try {
          hashes ??= builtStyleHashes(readFileSync(join(outDir, 'index.html'), 'utf8'));
        } catch {
          // No build there: vite preview says so itself; the header names no hash.
          hashes = [];
        }
        return hashes;
      };
      server.middlewares.use(policyHeaders((url) => headerPolicy(url, { dev: false, styleHashes: styleHashes() })));
    },
  };
}
