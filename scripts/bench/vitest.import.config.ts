import { defineConfig } from 'vitest/config';

/** `npm run bench:import`: scripts/bench/import-formats.ts, on its own. */
export default defineConfig({
  test: { include: ['scripts/bench/import-formats.ts'], testTimeout: 30 * 60_000 },
});
