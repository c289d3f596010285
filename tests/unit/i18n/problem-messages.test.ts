/**
 * The importers' and validators' sentences (src/model/messages) in every UI language (issue 17):
 * no code defined twice, a sample for every code, and in each language every sentence says
 * something, is not left in English, and passes the data it is given through untouched (a file
 * name, a path, an article number as printed, a count).
 */
import { describe, expect, it } from 'vitest';
import { messageGroups, problemMessages } from '../../../src/model/messages/all.js';
import { isPlace, say, type ProblemCode, type Said } from '../../../src/model/messages/index.js';
import { en } from '../../../src/present/locales/en.js';
import { loadCatalogue, problemText, setCatalogue, type Strings, type UiLanguage } from '../../../src/present/strings.js';
import { englishWords } from './english.js';
import { documentSamples } from './problem-samples/document.js';
import { jsonSamples } from './problem-samples/json.js';
import { textSamples } from './problem-samples/text.js';
import { xmlSamples } from './problem-samples/xml.js';

const samples: Record<string, Record<string, unknown>> = { ...jsonSamples, ...xmlSamples, ...textSamples, ...documentSamples };
const codes = Object.keys(problemMessages) as ProblemCode[];

/** The data of a sample that a sentence must show as given: strings (vocabulary aside), numbers, list items. */
function data(args: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(args)) {
    if (k === 'kind' || k.endsWith('Kind') || isPlace(v)) continue;
    if (typeof v === 'string' && v !== '') out.push(v);
    else if (typeof v === 'number') out.push(String(v));
    else if (Array.isArray(v)) out.push(...v.filter((x) => x !== '').map(String));
  }
  return out;
}

describe('problem sentences', () => {
  it('define each code once, across the groups', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [group, messages] of Object.entries(messageGroups)) {
      for (const code of Object.keys(messages)) {
        if (seen.has(code)) twice.push(`${code} in ${seen.get(code)} and ${group}`);
        seen.set(code, group);
      }
    }
    expect(twice).toEqual([]);
    expect(codes.length).toBe(seen.size);
  });

  it('have a sample for every code, and nothing else', () => {
    expect(Object.keys(samples).sort()).toEqual([...codes].sort());
  });

  it('say each sample in English, with its data (English: the problem’s own message)', () => {
    for (const code of codes) {
      const said = say(code, samples[code] as never);
      const s = problemText(said);
      expect(s, code).toBe((problemMessages[code] as (a: unknown) => string)(samples[code]));
      for (const d of data(samples[code]!)) expect(s, code).toContain(d);
    }
  });
});

describe.each([['zh-Hans'], ['zh-Hant'], ['de']] as [UiLanguage][])('problem sentences in %s', (lang) => {
  it('say every code, in the language, with its data', async () => {
    const catalogue = await loadCatalogue(lang);
    setCatalogue(lang, catalogue);
    try {
      const wrong: string[] = [];
      for (const code of codes) {
        const args = samples[code]!;
        const s = problemText({ code, args: args as never, message: '' });
        const english = (problemMessages[code] as (a: unknown) => string)(args);
        if (s.trim() === '') wrong.push(`${code}: empty`);
        else if (lang !== 'de' && !/[\u3400-\u9fff]/u.test(s)) wrong.push(`${code}: no Chinese in ${s}`);
        else if (lang !== 'de' && englishWords(s).length > 0) wrong.push(`${code}: ${englishWords(s).join(' | ')} in ${s}`);
        else if (lang === 'de' && s === english && englishWords(s).length > 0) wrong.push(`${code}: English: ${s}`);
        for (const d of data(args)) if (!s.includes(d)) wrong.push(`${code}: ${JSON.stringify(d)} not shown in ${s}`);
      }
      expect(wrong).toEqual([]);
    } finally {
      setCatalogue('en', en as Strings);
    }
  });

  it('show a problem stored before sentences had codes as its English, the only text there is', async () => {
    setCatalogue(lang, await loadCatalogue(lang));
    try {
      const stored = { severity: 'warning', line: 3, text: '##', message: 'empty heading ignored' } as unknown as Said;
      expect(problemText(stored)).toBe('empty heading ignored');
      expect(problemText({ ...stored, code: 'no.suchCode' as ProblemCode })).toBe('empty heading ignored');
    } finally {
      setCatalogue('en', en as Strings);
    }
  });

  it('say places in the language', async () => {
    const catalogue = await loadCatalogue(lang);
    expect(catalogue.place({ line: 12 })).not.toBe(en.place({ line: 12 }));
    expect(catalogue.place({ page: 3, line: 14 })).toMatch(/3.*14/u);
    expect(catalogue.place({ paragraph: 7 })).toContain('7');
  });
});
