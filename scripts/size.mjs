#!/usr/bin/env node
// `npm run size [-- <build-folder>]`: the size of the built app's JavaScript and
// CSS, raw and gzipped, split into what the first page load fetches (what
// index.html loads, following modulepreload links and static imports), what
// is loaded later (dynamic imports), the comparison worker and the service
// worker. Prints the first-load JavaScript budget (80 kB gzipped) and whether
// it is met. Printed, never asserted.
//
// Without a folder it builds the app with source maps into a temporary folder
// and also prints which source modules make up the first load (from the maps).
// With a folder it reads that build as it is (modules only if it has maps).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The first-load JavaScript budget, gzipped, in bytes (1 kB = 1000 bytes). */
const BUDGET = 80_000;

/** Every file under `root`, as `/`-separated paths relative to it. */
function files(root) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(root, p).split('\\').join('/'));
    }
  };
  walk(root);
  return out;
}

/** A reference in `from` (a build-relative file) to `spec`, as a build-relative path; undefined for other origins. */
function resolveRef(from, spec) {
  if (/^[a-z][\w+.-]*:/iu.test(spec) || spec.startsWith('//')) return undefined;
  const clean = spec.split(/[?#]/u)[0];
  return clean.startsWith('/') ? clean.slice(1) : posix.normalize(posix.join(posix.dirname(from), clean));
}

/** What a built JavaScript file imports statically, imports dynamically, and starts as a worker. */
function references(file, code) {
  const list = (re) => [...code.matchAll(re)].map((m) => resolveRef(file, m[1])).filter((p) => p !== undefined);
  return {
    static: list(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?[`"']([^`"']+\.m?js)[`"']/gu),
    dynamic: list(/\bimport\(\s*[`"']([^`"']+\.m?js)[`"']\s*\)/gu),
    workers: list(/new\s+(?:Shared)?Worker\(\s*(?:new\s+URL\(\s*)+[`"']([^`"']+)[`"']/gu),
  };
}

/** Files index.html loads: module and classic scripts, modulepreload links, stylesheets. */
function htmlEntries(html) {
  const out = [];
  for (const m of html.matchAll(/<(script|link)\b([^>]*)>/giu)) {
    const attrs = m[2];
    const src = /\b(?:src|href)\s*=\s*["']([^"']+)["']/iu.exec(attrs)?.[1];
    if (!src) continue;
    if (m[1].toLowerCase() === 'link' && !/\brel\s*=\s*["']?(modulepreload|stylesheet)/iu.test(attrs)) continue;
    const p = resolveRef('index.html', src);
    if (p) out.push(p);
  }
  return out;
}

function report(root) {
  const all = files(root).filter((f) => /\.(m?js|css)$/u.test(f));
  const code = new Map(all.map((f) => [f, readFileSync(join(root, f), 'utf8')]));
  const refs = new Map([...code].filter(([f]) => /\.m?js$/u.test(f)).map(([f, c]) => [f, references(f, c)]));

  // The first load: index.html's files and everything they import statically.
  const first = new Set();
  const visit = (f) => {
    if (first.has(f) || !code.has(f)) return;
    first.add(f);
    for (const dep of refs.get(f)?.static ?? []) visit(dep);
  };
  for (const f of htmlEntries(readFileSync(join(root, 'index.html'), 'utf8'))) visit(f);

  // Workers: started with `new Worker(new URL(…))`, and their static imports.
  const workers = new Set();
  const visitWorker = (f) => {
    if (workers.has(f) || !code.has(f)) return;
    workers.add(f);
    for (const dep of refs.get(f)?.static ?? []) visitWorker(dep);
  };
  for (const r of refs.values()) for (const w of r.workers) visitWorker(w);

  // The service worker (vite-plugin-pwa: sw.js and workbox-*.js) is fetched by the browser, not the page.
  const serviceWorker = new Set([...code.keys()].filter((f) => /^(sw|service-worker)\.m?js$|(^|\/)workbox-[\w-]+\.m?js$/u.test(f)));

  const groups = { 'first load': [], 'loaded later': [], 'comparison worker': [], 'service worker': [] };
  for (const f of code.keys()) {
    const group = first.has(f) ? 'first load' : serviceWorker.has(f) ? 'service worker' : workers.has(f) && !first.has(f) ? 'comparison worker' : 'loaded later';
    groups[group].push(f);
  }

  const sizes = (f) => {
    const buf = Buffer.from(code.get(f), 'utf8');
    return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  };
  const kb = (n) => `${(n / 1000).toFixed(1).padStart(7)} kB`;
  const line = (label, s) => `  ${label.padEnd(52)} ${kb(s.raw)} ${kb(s.gzip)}\n`;
  const sum = (list) => list.reduce((t, f) => ({ raw: t.raw + sizes(f).raw, gzip: t.gzip + sizes(f).gzip }), { raw: 0, gzip: 0 });

  process.stdout.write(`\nlawdiff build size (${relative(process.cwd(), root) || '.'}; gzip -9, 1 kB = 1000 bytes)\n`);
  process.stdout.write(`  ${''.padEnd(52)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}\n`);
  for (const [name, list] of Object.entries(groups)) {
    if (list.length === 0) continue;
    process.stdout.write(`${name}\n`);
    for (const f of list.sort()) process.stdout.write(line(f, sizes(f)));
    const js = list.filter((f) => /\.m?js$/u.test(f));
    const css = list.filter((f) => f.endsWith('.css'));
    process.stdout.write(line(`= JS${css.length ? ` (CSS: ${kb(sum(css).gzip).trim()} gzip)` : ''}`, sum(js)));
  }
  const firstJs = sum(groups['first load'].filter((f) => /\.m?js$/u.test(f)));
  const met = firstJs.gzip <= BUDGET;
  process.stdout.write(
    `\nfirst-load JavaScript: ${kb(firstJs.gzip).trim()} gzipped; target ≤ ${kb(BUDGET).trim()}: ${met ? 'met' : `NOT met (${kb(firstJs.gzip - BUDGET).trim()} over)`}\n`,
  );
  const lazyWorker = groups['comparison worker'].length > 0;
  process.stdout.write(`comparison worker loaded only when needed (not in the first load): ${lazyWorker ? 'yes' : 'no'}\n`);

  const modules = firstLoadModules(root, groups['first load']);
  if (modules) {
    process.stdout.write('\nfirst load by source module (raw bytes of minified output, from the source maps):\n');
    const total = [...modules.values()].reduce((a, b) => a + b, 0);
    const rows = (map, n) => {
      for (const [name, bytes] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) {
        process.stdout.write(`  ${name.padEnd(52)} ${kb(bytes)} ${`${((100 * bytes) / total).toFixed(0)}%`.padStart(6)}\n`);
      }
    };
    rows(modules, 15);
    // The engine (src/diff, diff-match-patch) belongs to the worker and the lazy views: only light helpers reach the first load.
    const engine = [...modules.keys()].filter((m) => m.startsWith('src/diff/') || m === 'diff-match-patch (package)');
    process.stdout.write(`\nthe engine in the first load: ${engine.length === 0 ? 'none' : engine.join(', ')}\n`);
    // The same by folder (src/model/import, src/diff, …) and package.
    const areas = new Map();
    for (const [name, bytes] of modules) {
      const area = name.includes('(package)') || !name.includes('/') ? name : name.split('/').slice(0, name.startsWith('src/model/') ? 3 : 2).join('/');
      areas.set(area, (areas.get(area) ?? 0) + bytes);
    }
    process.stdout.write('\nfirst load by folder and package:\n');
    rows(areas, 12);
  } else {
    process.stdout.write('\n(no source maps in this build: run without a folder to see the first load by module)\n');
  }
}

const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** The values of one source-map segment (base64 VLQ). */
function vlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = B64.get(c);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** `node_modules/lit-html/…` → `lit-html`; `src/ui/app.ts` as it is. */
function moduleName(source) {
  const nm = source.lastIndexOf('node_modules/');
  if (nm < 0) return source.replace(/^(\.\.\/)+/u, '').replace(/^\/?work\/main\//u, '');
  const rest = source.slice(nm + 'node_modules/'.length).split('/');
  return `${rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]} (package)`;
}

/** Bytes of minified output per source module, over the given files' source maps; undefined when a map is missing. */
function firstLoadModules(root, list) {
  const totals = new Map();
  let mapped = 0;
  for (const f of list.filter((x) => /\.m?js$/u.test(x))) {
    const mapFile = join(root, `${f}.map`);
    // Files copied from public/ (trusted-types.js) and the bundler's runtime have no map: counted as themselves.
    if (!existsSync(mapFile)) {
      totals.set(f.replace(/-[\w-]{8}\.js$/u, '.js'), statSync(join(root, f)).size);
      continue;
    }
    mapped++;
    const map = JSON.parse(readFileSync(mapFile, 'utf8'));
    const lines = readFileSync(join(root, f), 'utf8').split('\n');
    const sources = map.sources.map((s) => moduleName(posix.normalize(posix.join(dirname(f), map.sourceRoot ?? '', s))));
    let src = 0;
    // A range runs from one segment to the next, across line ends: the lines inside a multi-line
    // template literal have no segments of their own and belong to the module the literal is in.
    let current = '(bundler glue)';
    const add = (name, n) => totals.set(name, (totals.get(name) ?? 0) + Math.max(0, n));
    map.mappings.split(';').forEach((mapped, lineNo) => {
      const length = (lines[lineNo] ?? '').length + 1;
      let col = 0;
      let from = 0;
      for (const seg of mapped.split(',')) {
        if (!seg) continue;
        const v = vlq(seg);
        col += v[0];
        add(current, col - from);
        from = col;
        if (v.length >= 4) src += v[1];
        current = v.length >= 4 ? sources[src] : '(bundler glue)';
      }
      add(current, length - from);
    });
  }
  return mapped > 0 ? totals : undefined;
}

/** Builds (or takes) the app and prints its sizes. */
function main() {
  const given = process.argv.slice(2).find((a) => !a.startsWith('-'));
  let dir;
  let temporary;
  if (given) {
    dir = resolve(given);
    if (!existsSync(join(dir, 'index.html'))) {
      process.stderr.write(`size: ${given} has no index.html; give a build folder (e.g. dist) or nothing to build one.\n`);
      process.exit(2);
    }
  } else {
    temporary = mkdtempSync(join(tmpdir(), 'lawdiff-size-'));
    dir = temporary;
    process.stdout.write('size: building the app (vite build --sourcemap) …\n');
    const build = spawnSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--sourcemap', '--logLevel', 'warn'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  try {
    report(dir);
  } finally {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}

main();
