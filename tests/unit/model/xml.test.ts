import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  childElements,
  collapseSpace,
  escapeXml,
  firstChild,
  parseXml,
  textOf,
} from '../../../src/model/xml.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

describe('parseXml', () => {
  it('builds an element tree with local names, namespaces, attributes and positions', () => {
    const { root, problems } = parseXml(
      '<?xml version="1.0"?>\n<r xmlns="urn:a" xmlns:x="urn:x" xml:lang="en">\n  <x:b id="1" x:k="v">hi <i>there</i></x:b><c/>\n</r>',
    );
    expect(problems).toEqual([]);
    expect(root).not.toBeNull();
    expect(root!.name).toBe('r');
    expect(root!.ns).toBe('urn:a');
    expect(root!.attrs).toEqual({ 'xml:lang': 'en' });
    expect(root!.line).toBe(2);
    expect(root!.column).toBe(1);
    const [b, c] = childElements(root!);
    expect(b!.name).toBe('b');
    expect(b!.prefix).toBe('x');
    expect(b!.ns).toBe('urn:x');
    expect(b!.attrs).toEqual({ id: '1', 'x:k': 'v' });
    expect(b!.nsAttrs).toEqual({ '{urn:x}k': 'v' });
    expect(b!.line).toBe(3);
    expect(b!.column).toBe(3);
    expect(textOf(b)).toBe('hi there');
    expect(c!.name).toBe('c');
    expect(c!.ns).toBe('urn:a');
    expect(firstChild(root!, 'c')).toBe(c);
  });

  it('decodes the predefined entities, numeric references and CDATA', () => {
    const { root } = parseXml('<a t="&quot;&apos;">&lt;&gt;&amp;&#65;&#x4E2D;<![CDATA[<raw>&amp;]]></a>');
    expect(root!.attrs['t']).toBe(`"'`);
    expect(textOf(root!)).toBe('<>&A中<raw>&amp;');
  });

  it('ignores a byte order mark, comments and processing instructions', () => {
    const { root, problems } = parseXml('\ufeff<?pi x?><!-- c --><a><!-- d -->x<?pi?>y</a>');
    expect(problems).toEqual([]);
    expect(root!.column).toBe(19); // counted from after the BOM, as editors do
    expect(textOf(root!)).toBe('xy');
  });

  it('reports an unknown entity with its name, line and column', () => {
    const { root, problems } = parseXml('<a>\n  text &nbsp; more\n</a>');
    expect(root).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.severity).toBe('error');
    expect(problems[0]!.line).toBe(2);
    expect(problems[0]!.column).toBe(14);
    expect(problems[0]!.message).toContain('&nbsp;');
    expect(problems[0]!.text).toBe('text &nbsp; more');
  });

  it('rejects any DOCTYPE, so no internal or external entity is ever expanded', () => {
    for (const text of [
      '<!DOCTYPE a [<!ENTITY x "boom">]><a>&x;</a>',
      '<!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>',
      '<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY e SYSTEM "http://example.invalid/x">]>\n<a>&e;</a>',
      '<!DOCTYPE a [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><a>&b;</a>',
    ]) {
      const { root, problems } = parseXml(text);
      expect(root).toBeNull();
      expect(problems).toHaveLength(1);
      expect(problems[0]!.message).toMatch(/DOCTYPE/);
      expect(problems[0]!.line).toBeGreaterThan(0);
      expect(problems[0]!.column).toBe(1);
    }
  });

  it('reports a mismatched close tag naming both tags and where the open one started', () => {
    const { root, problems } = parseXml('<a>\n<b>\n</a>');
    expect(root).toBeNull();
    expect(problems[0]!.line).toBe(3);
    expect(problems[0]!.column).toBeGreaterThan(0);
    expect(problems[0]!.message).toContain('</a>');
    expect(problems[0]!.message).toContain('<b> opened at line 2, column 1');
  });

  it('reports a truncated document', () => {
    const { root, problems } = parseXml('<a>\n  <b>text');
    expect(root).toBeNull();
    expect(problems[0]!.message).toMatch(/ends before <b>/);
    expect(problems[0]!.line).toBe(2);
  });

  it('reports empty input, text outside the root and a second root', () => {
    for (const text of ['', '   ', 'hello', '<a/>tail', '<a/><b/>']) {
      const { root, problems } = parseXml(text);
      expect(root).toBeNull();
      expect(problems).toHaveLength(1);
      expect(problems[0]!.severity).toBe('error');
      expect(problems[0]!.line).toBeGreaterThan(0);
      expect(problems[0]!.column).toBeGreaterThan(0);
    }
  });

  it('reports an unbound namespace prefix', () => {
    const { root, problems } = parseXml('<a><q:b/></a>');
    expect(root).toBeNull();
    expect(problems[0]!.message).toMatch(/prefix/);
  });

  it('bounds the nesting depth, the size and the number of elements', () => {
    const deep = `${'<a>'.repeat(300)}${'</a>'.repeat(300)}`;
    const d = parseXml(deep);
    expect(d.root).toBeNull();
    expect(d.problems[0]!.message).toMatch(/nested too deeply/);
    expect(parseXml(deep, { maxDepth: 400 }).root).not.toBeNull();

    const big = parseXml(`<a>${'x'.repeat(100)}</a>`, { maxLength: 50 });
    expect(big.root).toBeNull();
    expect(big.problems[0]!.message).toMatch(/too large/);

    const many = parseXml(`<a>${'<b/>'.repeat(20)}</a>`, { maxElements: 10 });
    expect(many.root).toBeNull();
    expect(many.problems[0]!.message).toMatch(/Too many XML elements/);
  });

  it('never throws, whatever prefix of a document it is given', () => {
    const text = fixture('akn/chapters.xml');
    for (let end = 0; end < text.length; end += 37) {
      const r = parseXml(text.slice(0, end));
      expect(r.root === null).toBe(r.problems.length > 0);
    }
    for (const junk of ['<', '<<', '</a>', '<a b=>', '<a b="1" b="2"/>', '<a>&#xD800;</a>', '<a>&</a>', '<a>]]></a>', '\u0000<a/>']) {
      expect(() => parseXml(junk)).not.toThrow();
    }
  });
});

describe('text helpers', () => {
  it('collapses XML whitespace only, keeping no-break and ideographic spaces', () => {
    expect(collapseSpace('  a \n\t b  ')).toBe('a b');
    expect(collapseSpace('a\u00a0\u3000b')).toBe('a\u00a0\u3000b');
  });

  it('escapes text and attributes so that they parse back unchanged', () => {
    const nasty = `<tag> & "quotes" 'single' ]]> \t tab\nline`;
    const xml = `<a v="${escapeXml(nasty, true)}">${escapeXml(nasty)}</a>`;
    const { root, problems } = parseXml(xml);
    expect(problems).toEqual([]);
    expect(root!.attrs['v']).toBe(nasty);
    expect(root!.children[0]).toEqual({ kind: 'text', text: nasty });
  });

  it('drops characters XML cannot carry', () => {
    const xml = `<a>${escapeXml('a\u0001b\u0008c\ud800d\uffffe')}</a>`;
    const { root, problems } = parseXml(xml);
    expect(problems).toEqual([]);
    expect(textOf(root!)).toBe('abcde');
  });
});
