#!/usr/bin/env node
// The lawdiff command line: plain JavaScript compiled from src/cli by `npm run build:cli` (run by `npm ci`).
let cli;
try {
  cli = await import('../dist-cli/cli/main.js');
} catch (e) {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('dist-cli')) {
    process.stderr.write('lawdiff: the command line is not built yet; run `npm run build:cli` (npm ci does it for you).\n');
    process.exit(2);
  }
  throw e;
}
process.exitCode = await cli.main(process.argv.slice(2));
