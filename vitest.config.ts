import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 60_000,
    // Vitest's default on two cores is one worker (cores − 1): the suite then runs file after file.
    // Two keep both cores busy (the LibreOffice tests wait on soffice most of the time).
    maxWorkers: Number(process.env.LAWDIFF_UNIT_WORKERS ?? 2),
  },
});
