/**
 * The house rule (../shared/STYLE.md, issue 13): imports run downhill,
 * model → diff → store → present → app → ui (the CLI and the service worker
 * sit beside the app and may use any layer below it). A module may import
 * from its own layer and the layers below, never above; src/diff never
 * reaches into the importers (src/model/import). Read from the source, so a
 * new uphill import fails here, not in a review.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const src = join(root, 'src');

/** Each layer's rank; a module may import only from ranks at or below its own. */
const RANK: Record<string, number> = { model: 0, diff: 1, store: 2, present: 3, app: 4, ui: 5, cli: 5 };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The relative imports (static, type-only, dynamic and re-exports) of a module, as paths under src/. */
function specifiers(text: string): string[] {
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"](\.[^'"]+)['"]|\bimport\(\s*['"](\.[^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]/gu)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
}

function importsOf(file: string): string[] {
  return specifiers(readFileSync(file, 'utf8')).map((s) => relative(src, resolve(dirname(file), s)).split(sep).join('/'));
}

const layerOf = (path: string): string => path.split('/')[0] ?? '';

/**
 * The values a module imports from src/store, as `<target> <name>` (`*` for a
 * namespace, default or side-effect import, or a re-export of everything):
 * `import type`, `export type` and `type` names left out.
 */
function storeValueImports(file: string, text = readFileSync(file, 'utf8')): string[] {
  const found: string[] = [];
  const pattern = /(?:^|\n)\s*(?:import|export)\s+(type\s+)?([^'"]*?)\bfrom\s*['"](\.[^'"]+)['"]|(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]|\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/gu;
  for (const m of text.matchAll(pattern)) {
    if (m[1]) continue;
    const target = relative(src, resolve(dirname(file), m[3] ?? m[4] ?? m[5] ?? '')).split(sep).join('/');
    if (layerOf(target) !== 'store') continue;
    const list = /^\s*\{([^}]*)\}\s*$/u.exec(m[2] ?? '');
    const names = list?.[1] === undefined ? ['*'] : list[1].split(',').map((n) => n.trim()).filter((n) => n !== '' && !n.startsWith('type '));
    for (const name of names) found.push(`${target} ${name.split(/\s+as\s+/u)[0]}`);
  }
  return found;
}

describe('layers', () => {
  const modules = files(src).map((f) => ({ path: relative(src, f).split(sep).join('/'), file: f }));

  it('finds the layers it guards', () => {
    const layers = new Set(modules.map((m) => layerOf(m.path)));
    for (const layer of Object.keys(RANK)) expect(layers, layer).toContain(layer);
  });

  it('imports run downhill: model → diff → store → present → app → ui', () => {
    const uphill: string[] = [];
    for (const m of modules) {
      const from = RANK[layerOf(m.path)];
      if (from === undefined) continue; // main.ts, sw.ts: the entry points may wire anything
      for (const target of importsOf(m.file)) {
        const to = RANK[layerOf(target)];
        if (to !== undefined && to > from) uphill.push(`${m.path} → ${target}`);
      }
    }
    expect(uphill).toEqual([]);
  });

  it('the UI writes through src/app: no file in src/ui imports a value from src/store (types only)', () => {
    const found = modules
      .filter((m) => layerOf(m.path) === 'ui')
      .flatMap((m) => storeValueImports(m.file).map((t) => `${m.path} → ${t}`));
    expect(found).toEqual([]);
  });

  it('the engine does not reach into the importers', () => {
    const found = modules
      .filter((m) => layerOf(m.path) === 'diff')
      .flatMap((m) => importsOf(m.file).filter((t) => t.startsWith('model/import/')).map((t) => `${m.path} → ${t}`));
    expect(found).toEqual([]);
  });

  it('reads every form of import: type-only, multi-line, re-export, side effect, dynamic', () => {
    const text = [
      "import type { Note } from '../app/notes.js';",
      'import {\n  a,\n  b,\n} from "../ui/x.js";',
      "export { c } from './c.js';",
      "export * from '../diff/index.js';",
      "import './side.js';",
      "const m = await import('../present/lazy.js');",
      "import { d } from 'lit';",
    ].join('\n');
    expect(specifiers(text)).toEqual(['../app/notes.js', '../ui/x.js', './c.js', '../diff/index.js', './side.js', '../present/lazy.js']);
  });

  it('tells a value imported from src/store from a type', () => {
    const text = [
      "import type { Note } from '../../store/notes.js';",
      "import { type LawdiffDb, type StoredLaw } from '../../store/db.js';",
      "export type { NotesChange } from '../../store/notes.js';",
      "import { heldLocally, type Note } from '../../store/notes.js';",
      'import {\n  isImported,\n} from "../../store/library.js";',
      "export * from '../../store/result.js';",
      "import { libraryActions } from '../../app/library-actions.js';",
    ].join('\n');
    expect(storeValueImports(join(src, 'ui/x/y.ts'), text)).toEqual(['store/notes.js heldLocally', 'store/library.js isImported', 'store/result.js *']);
  });
});
