/**
 * gesetze-im-internet.de XML (issue 15). The fixtures are made here from the corpus: each German
 * law is imported from its Markdown, written as GII XML the way the site writes it (XML
 * declaration, the DOCTYPE line, `gliederungseinheit` norms for divisions, `<DL>` lists, footnotes)
 * by tests/helpers/gii-writer.ts, and imported back: same articles, numbers, headings, text,
 * divisions and notes. A hand-written sample pins the real shape; hostile inputs are refused with
 * the line named.
 */
import { describe, expect, it } from 'vitest';
import { listArticles, listDivisions } from '../../../../src/model/doc.js';
import { importGii } from '../../../../src/model/import/gii.js';
import { detectFormat, importSource } from '../../../../src/model/import/index.js';
import { importUslm } from '../../../../src/model/import/uslm.js';
import type { Division } from '../../../../src/model/types.js';
import { parseXml } from '../../../../src/model/xml.js';
import { importCorpus } from '../../../helpers/corpus.js';
import { docDifferences } from '../../../helpers/doc-diff.js';
import { GII_PROLOG, writeGii } from '../../../helpers/gii-writer.js';

const errors = (ps: readonly { severity: string; line: number; message: string }[]): string[] =>
  ps.filter((p) => p.severity === 'error').map((p) => `line ${p.line}: ${p.message}`);

describe('GII XML written from the corpus imports back to the same law', () => {
  const laws: [string, number][] = [
    ['de-netzdg/2021a.md', 12],
    ['de-netzdg/2022.md', 14],
    ['de-tkg-2004/2012-07-02.md', 199],
    ['de-tkg-2004/2021.md', 219],
    // With footnotes (Amtlicher Hinweis), read back as notes.
    ['de-bgb/2012-07-02.md', 2382],
    ['de-bgb/2022-03-03.md', 2501],
  ];
  it.each(laws)('%s: %i articles, same numbers, headings, text, divisions and notes', (path, count) => {
    const doc = importCorpus(path);
    const xml = writeGii(doc);
    expect(xml.split('\n')[1]).toBe('<!DOCTYPE dokumente SYSTEM "http://www.gesetze-im-internet.de/dtd/1.01/gii-norm.dtd">');
    expect(detectFormat(xml, 'BJNR.xml')).toBe('gii');
    const r = importSource(xml, { fileName: `${path}.xml` });
    expect(r.format).toBe('gii');
    expect(errors(r.problems)).toEqual([]);
    expect(r.doc.language).toBe('de');
    expect(listArticles(doc)).toHaveLength(count);
    expect(listArticles(r.doc)).toHaveLength(count);
    expect(docDifferences(doc, r.doc), 'every difference between the Markdown import and the GII import').toEqual([]);
    if (path.startsWith('de-bgb/')) expect(r.doc.annotations.length, 'footnotes read back as notes').toBeGreaterThan(10);
    const keys = ['jurabk', 'Ausfertigungsdatum', 'Fundstelle', 'Zuletzt geändert durch', 'Neugefasst durch'].filter((k) => doc.metadata[k] !== undefined);
    expect(keys.length).toBeGreaterThanOrEqual(4);
    const pick = (m: Record<string, string>): Record<string, string | undefined> => Object.fromEntries(keys.map((k) => [k, m[k]]));
    expect(pick(r.doc.metadata)).toEqual(pick(doc.metadata));
  });

  it('reads CRLF files the same, and reports progress up to 1', () => {
    const doc = importCorpus('de-tkg-2004/2021.md');
    const fractions: number[] = [];
    const r = importSource(writeGii(doc, { crlf: true }), { onProgress: (f) => fractions.push(f) });
    expect(errors(r.problems)).toEqual([]);
    expect(docDifferences(doc, r.doc)).toEqual([]);
    expect(fractions.length).toBeGreaterThan(3);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[fractions.length - 1]).toBe(1);
  });
});

/** A few norms as the site writes them (shortened from the NetzDG and BGB files). */
const SAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE dokumente SYSTEM "http://www.gesetze-im-internet.de/dtd/1.01/gii-norm.dtd">
<dokumente builddate="20220214212227" doknr="BJNR335210017">
<norm builddate="20220214212227" doknr="BJNR335210017"><metadaten><jurabk>NetzDG</jurabk><amtabk>NetzDG</amtabk><ausfertigung-datum manuell="ja">2017-09-01</ausfertigung-datum><fundstelle typ="amtlich"><periodikum>BGBl I</periodikum><zitstelle>2017, 3352</zitstelle></fundstelle><kurzue>Netzwerkdurchsetzungsgesetz</kurzue><langue>Gesetz zur Verbesserung der Rechtsdurchsetzung in sozialen Netzwerken</langue><standangabe checked="ja"><standtyp>Stand</standtyp><standkommentar>Zuletzt geändert durch Art. 15 G v. 30.3.2021 I 448</standkommentar></standangabe></metadaten><textdaten><text format="XML"/><fussnoten><Content><P>(+++ Textnachweis ab: 1.10.2017 +++)</P></Content></fussnoten></textdaten></norm>
<norm builddate="20220214212227" doknr="BJNR335210017BJNE000100000"><metadaten><jurabk>NetzDG</jurabk><enbez>Inhaltsübersicht</enbez></metadaten><textdaten><text format="XML"><TOC><Ident Class="S5">§ 1</Ident><Title Class="S5">Anwendungsbereich</Title></TOC></text><fussnoten/></textdaten></norm>
<norm builddate="20220214212227" doknr="BJNR335210017BJNG000100000"><metadaten><jurabk>NetzDG</jurabk><gliederungseinheit><gliederungskennzahl>010</gliederungskennzahl><gliederungsbez>Abschnitt 1</gliederungsbez><gliederungstitel>Allgemeine Vorschriften</gliederungstitel></gliederungseinheit></metadaten><textdaten><text format="XML"><Content><P/></Content></text><fussnoten/></textdaten></norm>
<norm builddate="20220214212227" doknr="BJNR335210017BJNE000200000"><metadaten><jurabk>NetzDG</jurabk><enbez>§ 1</enbez><titel format="parat">Anwendungsbereich,<BR/> Begriffsbestimmungen</titel></metadaten><textdaten><text format="XML"><Content>
<P>(1) <SUP class="Rec">1</SUP>Dieses Gesetz gilt für <I>Telemediendiensteanbieter</I>. <SUP class="Rec">2</SUP>Das Gleiche gilt für Plattformen.</P>
<P>(2) Rechtswidrige Inhalte sind Inhalte, die<DL Font="normal" Type="arabic"><DT>1.</DT><DD Font="normal"><LA Size="normal">den Tatbestand<DL Font="normal" Type="alpha"><DT>a)</DT><DD Font="normal"><LA Size="normal">des § 86 oder</LA></DD><DT>b)</DT><DD Font="normal"><LA Size="normal">des § 130</LA></DD></DL></LA></DD><DT>2.</DT><DD Font="normal"><LA Size="normal">nicht gerechtfertigt sind,</LA></DD></DL>erfüllen.</P>
</Content></text><fussnoten/></textdaten></norm>
<norm builddate="20220214212227" doknr="BJNR335210017BJNG000200000"><metadaten><jurabk>NetzDG</jurabk><gliederungseinheit><gliederungskennzahl>010010</gliederungskennzahl><gliederungsbez>Unterabschnitt 1</gliederungsbez><gliederungstitel>Berichte</gliederungstitel></gliederungseinheit></metadaten><textdaten><text format="XML"><Content><P/></Content></text><fussnoten/></textdaten></norm>
<norm builddate="20220214212227" doknr="BJNR335210017BJNE000300000"><metadaten><jurabk>NetzDG</jurabk><enbez>§ 2</enbez><titel format="parat">(weggefallen)</titel></metadaten><textdaten><text format="XML"><Content><P>-</P></Content></text><fussnoten/></textdaten></norm>
<norm builddate="20220214212227" doknr="BJNR335210017BJNE000400000"><metadaten><jurabk>NetzDG</jurabk><enbez>§§ 3 bis 5</enbez><titel format="parat">(weggefallen)</titel></metadaten><textdaten><text format="XML"/><fussnoten/></textdaten></norm>
<norm builddate="20220214212227" doknr="BJNR335210017BJNG000300000"><metadaten><jurabk>NetzDG</jurabk><gliederungseinheit><gliederungskennzahl>020</gliederungskennzahl><gliederungsbez>Abschnitt 2</gliederungsbez><gliederungstitel>Bußgeld</gliederungstitel></gliederungseinheit></metadaten><textdaten><text format="XML"><Content><P/></Content></text><fussnoten/></textdaten></norm>
<norm builddate="20220214212227" doknr="BJNR335210017BJNE000500000"><metadaten><jurabk>NetzDG</jurabk><enbez>Art 6</enbez><titel format="parat">Bußgeldvorschriften</titel></metadaten><textdaten><text format="XML"><Content><P><FnR ID="F1"/></P><P>Die Bußgelder betragen:</P><table><tgroup cols="2"><colspec colname="c1"/><colspec colname="c2"/><thead><row><entry>Fall</entry><entry>Euro</entry></row></thead><tbody><row><entry>§ 2</entry><entry>500 000</entry></row></tbody></tgroup></table></Content><Footnotes><Footnote FnZ="*" ID="F1"><B>Amtlicher Hinweis:</B><BR/>Diese Vorschrift dient der Umsetzung.</Footnote></Footnotes></text><fussnoten/></textdaten></norm>
<norm builddate="20220214212227" doknr="BJNR335210017BJNE000600000"><metadaten><jurabk>NetzDG</jurabk><enbez>Anlage</enbez><titel format="parat">(zu Art 6)</titel></metadaten><textdaten><text format="XML"><Content><P>Muster<IMG SRC="BJNR335210017.gif"/></P></Content></text><fussnoten/></textdaten></norm>
</dokumente>
`;

describe('a hand-written GII sample of the real shape', () => {
  const r = importSource(SAMPLE, { fileName: 'BJNR335210017.xml' });
  const doc = r.doc;
  const articles = listArticles(doc).map((a) => a.article);

  it('is detected and read without errors; the dropped parts are named with their line', () => {
    expect(r.format).toBe('gii');
    expect(errors(r.problems)).toEqual([]);
    const warnings = r.problems.filter((p) => p.severity === 'warning').map((p) => `${p.line}: ${p.message}`);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^8: sentence numbers \(<SUP class="Rec">\) dropped \(2 in this file; the first on this line\)$/),
        expect.stringMatching(/^15: tables read as text/),
        expect.stringMatching(/^16: images \(<IMG>\) dropped.*\(1 in this file/),
      ]),
    );
  });

  it('takes title and metadata from the first norm', () => {
    expect(doc.title).toBe('Gesetz zur Verbesserung der Rechtsdurchsetzung in sozialen Netzwerken (NetzDG)');
    expect(doc.metadata).toMatchObject({
      jurabk: 'NetzDG',
      Ausfertigungsdatum: '2017-09-01',
      Fundstelle: 'BGBl I: 2017, 3352',
      'Zuletzt geändert durch': 'Art. 15 G v. 30.3.2021 I 448',
      Fußnote: '(+++ Textnachweis ab: 1.10.2017 +++)',
    });
  });

  it('nests divisions by their Kennzahl and puts each norm under the last division', () => {
    expect(listDivisions(doc).map((d) => `${d.depth} ${d.division.type} ${d.division.label} [${d.division.num}] ${d.division.heading}`)).toEqual([
      '0 section Abschnitt 1 [1] Allgemeine Vorschriften',
      '1 subsection Unterabschnitt 1 [1] Berichte',
      '0 section Abschnitt 2 [2] Bußgeld',
    ]);
    expect(listArticles(doc).map((a) => `${a.article.label} < ${a.divisions.map((d) => d.label).join(' < ')}`)).toEqual([
      '§ 1 < Abschnitt 1',
      '§ 2 < Abschnitt 1 < Unterabschnitt 1',
      'Art. 6 < Abschnitt 2',
    ]);
  });

  it('reads paragraphs, nested lists and the text after a list as the Markdown importer would', () => {
    const [s1, s2, a6] = articles;
    expect(s1).toMatchObject({ num: '1', label: '§ 1', heading: 'Anwendungsbereich, Begriffsbestimmungen' });
    expect(s1!.paragraphs).toEqual([
      { num: '(1)', text: 'Dieses Gesetz gilt für Telemediendiensteanbieter. Das Gleiche gilt für Plattformen.', items: [] },
      {
        num: '(2)',
        text: 'Rechtswidrige Inhalte sind Inhalte, die',
        items: [
          { num: '1.', text: 'den Tatbestand', items: [{ num: 'a)', text: 'des § 86 oder', items: [] }, { num: 'b)', text: 'des § 130', items: [] }] },
          { num: '2.', text: 'nicht gerechtfertigt sind,', items: [] },
        ],
      },
      { num: '', text: 'erfüllen.', items: [] },
    ]);
    expect(s2).toMatchObject({ num: '2', heading: '', repealed: true, paragraphs: [{ num: '', text: '(weggefallen)', items: [] }] });
    expect(a6).toMatchObject({ num: '6', label: 'Art. 6', heading: 'Bußgeldvorschriften' });
    expect(a6!.paragraphs.map((p) => p.text)).toEqual(['Die Bußgelder betragen:', 'Fall | Euro', '§ 2 | 500 000']);
    expect(doc.annotations).toEqual([{ article: '6', kind: 'note', text: 'Diese Vorschrift dient der Umsetzung.', source: 'Amtlicher Hinweis' }]);
  });

  it('keeps repealed ranges, the table of contents and annexes', () => {
    const sub = (doc.body[0] as Division).children.find((n): n is Division => n.kind === 'division')!;
    expect(sub.label).toBe('Unterabschnitt 1');
    expect(sub.children).toContainEqual({ kind: 'repealed-range', label: '§§ 3 bis 5 (weggefallen)', from: '3', to: '5', line: 13 });
    expect(doc.annexes.map((a) => [a.heading, a.paragraphs.map((p) => p.text)])).toEqual([
      ['Inhaltsübersicht', ['§ 1 Anwendungsbereich']],
      ['Anlage (zu Art 6)', ['Muster']],
    ]);
  });

  it('names each article\'s line: the line of its <norm>', () => {
    expect(articles.map((a) => a.line)).toEqual([7, 12, 15]);
  });
});

describe('hostile and broken GII input', () => {
  const body = '<dokumente><norm><metadaten><enbez>§ 1</enbez></metadaten></norm></dokumente>';

  it('accepts exactly the external DOCTYPE line, PUBLIC or SYSTEM, and never reads it', () => {
    expect(errors(importGii(`${GII_PROLOG}${body}`).problems)).toEqual([]);
    expect(errors(importGii(`<!DOCTYPE dokumente PUBLIC "-//x//DTD//DE" "gii-norm.dtd">${body}`).problems)).toEqual([]);
  });

  it.each([
    ['an internal subset declaring an entity', '<?xml version="1.0"?>\n<!DOCTYPE dokumente [<!ENTITY x "boom">]>\n' + body.replace('§ 1', '&x;'), /internal subset/],
    ['an external entity in an internal subset', '<?xml version="1.0"?>\n<!DOCTYPE dokumente SYSTEM "gii-norm.dtd" [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n' + body, /internal subset/],
    ['billion laughs', '<?xml version="1.0"?>\n<!DOCTYPE dokumente [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<dokumente>&b;</dokumente>', /internal subset/],
    ['a DOCTYPE of another root', '<?xml version="1.0"?>\n<!DOCTYPE html SYSTEM "about:legacy-compat">\n' + body, /only <!DOCTYPE dokumente SYSTEM/],
    ['a DOCTYPE with no identifier', '<?xml version="1.0"?>\n<!DOCTYPE dokumente>\n' + body, /only <!DOCTYPE dokumente SYSTEM/],
  ])('refuses %s, naming line 2', (_, text, message) => {
    const r = importGii(text);
    expect(errors(r.problems)).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ severity: 'error', line: 2 });
    expect(r.problems[0]!.message).toMatch(/DOCTYPE/);
    expect(r.problems[0]!.message).toMatch(message);
    expect(listArticles(r.doc)).toHaveLength(0);
  });

  it('expands no entity: a named one is an error naming its line', () => {
    const r = importGii(`${GII_PROLOG}<dokumente>\n<norm><metadaten><enbez>§ 1</enbez><titel>Gr&uuml;nde</titel></metadaten></norm></dokumente>`);
    expect(errors(r.problems)).toEqual([expect.stringMatching(/^line 4: Malformed XML: .*entity.*&uuml;/)]);
  });

  it('bounds the depth', () => {
    const deep = `${'<P>'.repeat(400)}x${'</P>'.repeat(400)}`;
    const r = importGii(`${GII_PROLOG}<dokumente>\n<norm><metadaten><enbez>§ 1</enbez></metadaten><textdaten><text><Content>\n${deep}</Content></text></textdaten></norm></dokumente>`);
    expect(errors(r.problems)).toEqual([expect.stringMatching(/^line 5: XML elements are nested too deeply/)]);
  });

  it('refuses a wrong root, naming it and its line', () => {
    const r = importGii(`${GII_PROLOG}\n<gesetz><norm/></gesetz>`);
    expect(errors(r.problems)).toEqual(['line 4: expected <dokumente> as the root element (gesetze-im-internet.de XML, gii-norm.dtd), found <gesetz>']);
  });

  it('names the line of malformed XML', () => {
    const r = importGii(`${GII_PROLOG}<dokumente>\n<norm>\n<metadaten><enbez>§ 1</enbez></metadaten>\n<textdaten><text><Content><P>offen</Content></text></textdaten>\n</norm></dokumente>`);
    expect(errors(r.problems)).toEqual([expect.stringMatching(/^line 6: Malformed XML: close tag <\/Content> does not match <P>/)]);
  });

  it('reads Anlagen and the old Schlußformel as annexes, any other enbez as an annex with a warning', () => {
    const norm = (enbez: string, text: string): string => `<norm><metadaten><enbez>${enbez}</enbez></metadaten><textdaten><text format="XML"><Content><P>${text}</P></Content></text></textdaten></norm>`;
    const r = importGii(`${GII_PROLOG}<dokumente>\n${norm('§ 1', 'Text.')}\n${norm('Anlagen', 'A')}\n${norm('Schlußformel', 'B')}\n${norm('Denkschrift', 'C')}\n</dokumente>`);
    expect(errors(r.problems)).toEqual([]);
    expect(r.doc.annexes.map((a) => `${a.heading}: ${a.paragraphs.map((p) => p.text).join()}`)).toEqual(['Anlagen: A', 'Schlußformel: B', 'Denkschrift: C']);
    expect(r.problems.map((p) => `${p.line}: ${p.message}`)).toEqual(['7: norm "Denkschrift" is neither a § nor an article; kept as an annex']);
  });

  it('reads footnotes inside the <Content> too, and the norm\'s <fussnoten>', () => {
    const r = importGii(`${GII_PROLOG}<dokumente><norm><metadaten><enbez>§ 1</enbez></metadaten><textdaten><text format="XML"><Content><P>Text.<FnR ID="F1"/></P><Footnotes><Footnote ID="F1">Eine Anmerkung.</Footnote></Footnotes></Content></text><fussnoten><Content><P>(+++ Textnachweis ab: 1.1.2002 +++)</P></Content></fussnoten></textdaten></norm></dokumente>`);
    expect(errors(r.problems)).toEqual([]);
    expect(listArticles(r.doc)[0]!.article.paragraphs.map((p) => p.text)).toEqual(['Text.']);
    expect(r.doc.annotations.map((a) => `${a.article} ${a.source}: ${a.text}`)).toEqual(['1 Fußnote: Eine Anmerkung.', '1 Fußnote: (+++ Textnachweis ab: 1.1.2002 +++)']);
  });

  it('a file with no § is an error', () => {
    expect(errors(importGii(`${GII_PROLOG}<dokumente><norm><metadaten><langue>Titel</langue></metadaten></norm></dokumente>`).problems)).toEqual([
      expect.stringMatching(/^line 3: no § found/),
    ]);
  });

  it('other XML formats still refuse every DOCTYPE, the GII one included', () => {
    const doctype = '<!DOCTYPE dokumente SYSTEM "http://www.gesetze-im-internet.de/dtd/1.01/gii-norm.dtd">\n';
    expect(parseXml(`${doctype}<dokumente/>`).problems[0]?.message).toMatch(/DOCTYPE declaration is not allowed/);
    expect(importUslm(`${doctype}<bill xmlns="http://schemas.gpo.gov/xml/uslm"/>`).problems[0]?.message).toMatch(/DOCTYPE/);
  });
});
