/**
 * Ports of the three servers the browser tests use (see playwright.config.ts), and the builds they serve.
 * `LAWDIFF_E2E_PORT` / `LAWDIFF_E2E_CORPUS_PORT` / `LAWDIFF_E2E_DEV_CORPUS_PORT` move them, so two test runs can share a machine.
 */
export const PORT = Number(process.env.LAWDIFF_E2E_PORT ?? 4179);
/** The app built on the real laws of ../shared/corpus (scripts/e2e.mjs builds it into dist-corpus/). */
export const CORPUS_PORT = Number(process.env.LAWDIFF_E2E_CORPUS_PORT ?? 4181);
/** The development server (`vite`, unbundled modules) on the real laws of ../shared/corpus: deep links must land there too. */
export const DEV_CORPUS_PORT = Number(process.env.LAWDIFF_E2E_DEV_CORPUS_PORT ?? 4183);
/** The build folders served on those ports (`LAWDIFF_DIST`, `LAWDIFF_DIST_CORPUS`). */
export const DIST = process.env.LAWDIFF_DIST ?? 'dist';
export const DIST_CORPUS = process.env.LAWDIFF_DIST_CORPUS ?? 'dist-corpus';
