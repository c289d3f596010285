// The fast reader of plain XML (xml.ts parsePlain) against saxes: whatever it reads, saxes reads to the same tree, lines and columns
// included, with no problem; what saxes refuses, it leaves to saxes. Every XML file of the corpus and the fixtures, then random edits.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseXml, parseXmlWithSaxes } from '../../../src/model/xml.js';
import { corpusDir, repoRoot } from '../../helpers/corpus.js';

function xmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? xmlFiles(p) : name.endsWith('.xml') ? [p] : [];
  });
}

const files = [...xmlFiles(corpusDir), ...xmlFiles(join(repoRoot, 'tests/fixtures'))];

function same(text: string): void {
  const fractions: number[][] = [[], []];
  const a = parseXml(text, {}, (f) => fractions[0]!.push(f));
  const b = parseXmlWithSaxes(text, {}, (f) => fractions[1]!.push(f));
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  expect(fractions[0]).toEqual(fractions[1]);
}

const small = `<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/css" href="x.css"?>
<bill xmlns="urn:a" xmlns:dc="urn:dc" xml:lang="en" id='b1'><!-- a comment -->
  <dc:title>Title &amp; more &#x4E2D;&#20013;</dc:title>
  <section identifier="/s/1"
     role="x"><num value="1">1.</num> text <![CDATA[<raw> & ]]>tail<br/></section>
  <p xmlns="" a="1">no namespace</p>
</bill>
`;

describe('parseXml reads plain XML as saxes does', () => {
  it.each(files.map((f) => [f.slice(f.indexOf('/', repoRoot.length - 10)), f]))('%s', (_name, path) => {
    same(readFileSync(path, 'utf8'));
  });

  it('a small document with each construct', () => {
    same(small);
    expect(parseXml(small).root?.children.length).toBeGreaterThan(0);
  });

  it('random edits of it', () => {
    const alphabet = ['<', '>', '/', '&', ';', '"', "'", '=', ':', ' ', '\n', '\r', '\t', '!', '?', '-', ']', 'a', 'x:', 'xmlns', '&amp;', '&#0;', '&#x110000;', '<a>', '</a>', '<![CDATA[', ']]>', '<!--', '-->', '中', '\ud83d\ude00', '\ufffe', '\u0001', '\u00a0', '\u3000', '&#x20;', '&#13;', " xmlns:p='u'", ' p:a="1"', 'xml:', ' a="1"', '<p:b/>', '&lt;', '&quot;', '?>', '<?', '&#xD800;'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(small.length), fc.nat(4), fc.constantFrom(...alphabet)), { minLength: 1, maxLength: 4 }),
        (edits) => {
          let t = small;
          for (const [at, del, ins] of edits) t = t.slice(0, at % (t.length + 1)) + ins + t.slice((at % (t.length + 1)) + del);
          same(t);
        },
      ),
      { numRuns: 8000 },
    );
  });
});
