/**
 * The interface catalogues (issue 17): every language has every key of the English reference
 * (the Strings type says so at compile time; checked here again at run time, so a catalogue
 * built by hand as `any` cannot slip through), no sentence left in English (a Chinese catalogue
 * whose sentences have no Chinese, a German one identical to English), and every sentence
 * function gives text for numbers and names.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/present/locales/en.js';
import { loadCatalogue, setCatalogue, type Strings, type UiLanguage } from '../../../src/present/strings.js';
import { englishWords } from './english.js';
import { pictureCatalogue } from '../../../src/present/locales/picture/index.js';
import { synopsisCatalogue } from '../../../src/present/locales/synopsis/index.js';

/** A language's whole catalogue: the main one and those loaded with their views (the passage picture, the synopsis). */
async function whole(lang: UiLanguage): Promise<Strings> {
  return { ...(await loadCatalogue(lang)), picture: pictureCatalogue(lang), synopsis: synopsisCatalogue(lang) } as unknown as Strings;
}
const english = { ...en, picture: pictureCatalogue('en'), synopsis: synopsisCatalogue('en') };

type Leaf = { path: string; value: unknown };

function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'string' || typeof value === 'function') return [{ path, value }];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [{ path, value }];
}

/** The sentences a leaf gives: itself, or a function called with numbers and with names. */
function sentences(leaf: unknown): string[] {
  if (typeof leaf === 'string') return [leaf];
  if (typeof leaf !== 'function') return [];
  const f = leaf as (...a: unknown[]) => unknown;
  const out: string[] = [];
  for (const arg of [2, 1, 0, 1000, '第十五条', '§ 4']) {
    try {
      const r = f(...Array.from({ length: Math.max(f.length, 1) }, () => arg));
      if (typeof r === 'string') out.push(r);
    } catch {
      // a function whose arguments are not of this kind
    }
  }
  return out;
}

const languages: [UiLanguage, 'zh' | 'de'][] = [
  ['zh-Hans', 'zh'],
  ['zh-Hant', 'zh'],
  ['de', 'de'],
];

describe.each(languages)('the %s catalogue', (lang, family) => {
  it('has every key of the English one, and nothing else', async () => {
    const catalogue = await whole(lang);
    expect(catalogue).not.toBe(en);
    // The problems' sentences (problems.*) are checked by problem-messages.test.ts: English has none in its catalogue.
    const own = leaves(catalogue).filter((l) => !l.path.startsWith('problems.'));
    expect(own.map((l) => `${l.path}:${typeof l.value}`).sort()).toEqual(leaves(english).map((l) => `${l.path}:${typeof l.value}`).sort());
    expect(Object.keys(catalogue.problems ?? {}).length).toBeGreaterThan(100);
  });

  it('leaves no sentence in English', async () => {
    const catalogue = await whole(lang);
    setCatalogue(lang, await loadCatalogue(lang));
    try {
      const reference = new Map(leaves(english).map((l) => [l.path, sentences(l.value)]));
      const left: string[] = [];
      for (const leaf of leaves(catalogue)) {
        const own = sentences(leaf.value);
        const ref = reference.get(leaf.path) ?? [];
        for (const [i, s] of own.entries()) {
          // A function called with arguments of another kind than it takes (an object, a list): nothing to judge.
          if (/undefined|NaN|\[object/u.test(ref[i] ?? s)) continue;
          if (s.trim() === '' && (ref[i] ?? '').trim() !== '') left.push(`${leaf.path}: empty`);
          else if (family === 'zh' && /\p{L}/u.test(s) && !/[\u3400-\u9fff]/u.test(s) && englishWords(s).length > 0) left.push(`${leaf.path}: ${s}`);
          else if (family === 'zh' && englishWords(s).length > 0) left.push(`${leaf.path}: ${englishWords(s).join(' | ')} in ${s}`);
          else if (family === 'de' && s === ref[i] && englishWords(s).length > 0) left.push(`${leaf.path}: ${s}`);
        }
      }
      expect(left).toEqual([]);
    } finally {
      setCatalogue('en', en as Strings);
    }
  });
});
