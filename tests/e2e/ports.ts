/** Ports of the two preview servers the browser tests use (see playwright.config.ts). */
export const PORT = 4179;
/** The app built on the real laws of ../shared/corpus (scripts/e2e.mjs builds it into dist-corpus/). */
export const CORPUS_PORT = 4181;
