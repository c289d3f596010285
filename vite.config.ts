/**
 * The viewer's build. build/collection-plugin.ts serves a collection folder
 * (default `versions/`, or `$LAWDIFF_COLLECTION`) at `collection/` in dev, and
 * copies it into `dist/collection/` on build, so `vite preview` and any static
 * server serve the same files. The collection is only ever read, never written.
 *
 * The build also writes `collection/files.json` (every copied file's content
 * revision) and a service worker (src/sw.ts, via vite-plugin-pwa's
 * injectManifest) that precaches the app, the index and every `law.json`, and
 * caches version files by revision — see docs/decisions/004-offline.md.
 */
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { COLLECTION_ROUTE, lawdiffCollection } from './build/collection-plugin.js';
import { contentSecurityPolicy } from './build/csp.js';

export default defineConfig({
  base: './',
  // Hash routing needs no HTML fallback; without one a missing collection file is a plain 404.
  appType: 'mpa',
  plugins: [
    lawdiffCollection(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      // src/app/offline.ts registers it (no inline script, so the CSP can forbid them).
      injectRegister: false,
      manifest: false,
      injectManifest: {
        // The app shell, the collection's index, every law.json and the revisions of every file:
        // these update together when a new deployment's service worker takes over.
        globPatterns: ['**/*.{js,css,html}', `${COLLECTION_ROUTE}index.json`, `${COLLECTION_ROUTE}files.json`, `${COLLECTION_ROUTE}*/law.json`],
        // The document readers (pdf.js, parse5: 1.7 MB) are not installed with the app: cached when first used (src/sw.ts).
        globIgnores: ['assets/pdf-*.js', 'assets/pdf.worker-*.js', 'assets/html-parse5-*.js'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // A classic script: registered with type 'classic' by src/app/offline.ts.
        rollupFormat: 'iife',
      },
      devOptions: { enabled: false },
    }),
    // The Content Security Policy (and Trusted Types) of the built app.
    contentSecurityPolicy(),
  ],
  build: { target: 'es2022' },
  // Module workers, so a worker's dynamic imports are chunks of their own: the import worker loads
  // pdf.js and parse5 only when a PDF or a web page comes (docs/decisions/011-document-readers.md).
  worker: { format: 'es' },
  preview: { port: 4179, strictPort: true },
  server: { port: 5173 },
});
