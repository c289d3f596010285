import { describe, expect, it } from 'vitest';
import { articleText, listArticles, listDivisions } from '../../../src/model/doc.js';
import { importDe } from '../../../src/model/import/de.js';
import { importSource } from '../../../src/model/import/index.js';
import { readCorpus } from '../../helpers/corpus.js';
import type { RepealedRange } from '../../../src/model/types.js';

const md = `---
Title: Beispielgesetz
jurabk: BspG
---

# Beispielgesetz (BspG)

Ausfertigungsdatum
:   2020-01-01

## Eingangsformel

Der Bundestag hat das folgende Gesetz beschlossen:

## Abschnitt 1 - Allgemeines

### § 1 Zweck

(1) Dieses Gesetz regelt
Beispiele.

(2) Es gilt für

1.  Personen, die
    wohnen,

    a)  hier oder

    b)  dort,

2.  Vereine.

Satz nach der Liste.

### § 2 (weggefallen)

-

### (XXXX) §§ 3 bis 5 (weggefallen)

### § 5a

Ohne Überschrift.

###### Anlage (zu § 1)

Muster.
`;

describe('importDe', () => {
  const { doc, problems } = importDe(md);

  it('reads front matter and the definition list as metadata, the enacting formula as preamble', () => {
    expect(problems).toEqual([]);
    expect(doc.title).toBe('Beispielgesetz (BspG)');
    expect(doc.metadata).toMatchObject({ Title: 'Beispielgesetz', jurabk: 'BspG', Ausfertigungsdatum: '2020-01-01' });
    expect(doc.preamble.map((p) => p.text)).toEqual(['Der Bundestag hat das folgende Gesetz beschlossen:']);
  });

  it('reads §§ with headings, wrapped paragraphs and nested items', () => {
    const a1 = listArticles(doc)[0]!.article;
    expect([a1.label, a1.num, a1.heading]).toEqual(['§ 1', '1', 'Zweck']);
    expect(articleText(a1)).toBe(
      '(1) Dieses Gesetz regelt Beispiele.\n(2) Es gilt für\n1. Personen, die wohnen,\na) hier oder\nb) dort,\n2. Vereine.\nSatz nach der Liste.',
    );
    expect(a1.paragraphs[1]!.items[0]!.items.map((i) => i.num)).toEqual(['a)', 'b)']);
  });

  it('marks (weggefallen) norms as repealed and keeps ranges out of the article list', () => {
    const arts = listArticles(doc).map((a) => a.article);
    expect(arts.map((a) => a.num)).toEqual(['1', '2', '5a']);
    expect(arts[1]!.repealed).toBe(true);
    expect(arts[1]!.paragraphs.map((p) => p.text)).toEqual(['(weggefallen)']);
    const range = listDivisions(doc)[0]!.division.children.find((n): n is RepealedRange => n.kind === 'repealed-range');
    expect(range).toMatchObject({ label: '§§ 3 bis 5 (weggefallen)', from: '3', to: '5' });
  });

  it('keeps an Anlage as an annex', () => {
    expect(doc.annexes).toEqual([{ heading: 'Anlage (zu § 1)', paragraphs: [{ num: '', text: 'Muster.', items: [] }], line: 45 }]);
  });

  it('names the line of a garbled § heading', () => {
    const r = importSource(md.replace('### § 5a', '### § 5ä!'), { fileName: 'bsp.md' });
    expect(r.format).toBe('de');
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ severity: 'error', line: 41, file: 'bsp.md' });
  });
});

describe('importDe on the BGB', () => {
  const { doc } = importDe(readCorpus('de-bgb', '2012-07-02.md'));
  it('nests Unterkapitel under Kapitel although both are ###### headings', () => {
    const a = listArticles(doc).find((x) => x.divisions.some((d) => d.type === 'subchapter'))!;
    expect(a.divisions.map((d) => d.type)).toEqual(['book', 'section', 'title', 'subtitle', 'chapter', 'subchapter']);
  });
  it('keeps the 26 repealed ranges', () => {
    let ranges = 0;
    const walk = (nodes: typeof doc.body): void => {
      for (const n of nodes) {
        if (n.kind === 'repealed-range') ranges++;
        else if (n.kind === 'division') walk(n.children);
      }
    };
    walk(doc.body);
    expect(ranges).toBe(26);
  });
});

describe('German footnotes', () => {
  it('drops the [^id] markers from law text and keeps the footnote as a note on the §', () => {
    const { doc, problems } = importDe(`# G\n\n## § 13 Verbraucher\n\n[^BJNR1]\n\nVerbraucher ist jede\nnatürliche Person.[^BJNR2]\n\n[^BJNR1]:     **Amtlicher Hinweis:**              Diese Vorschrift dient der\n    Umsetzung der Richtlinien.\n`);
    expect(problems).toEqual([]);
    expect(articleText(listArticles(doc)[0]!.article)).toBe('Verbraucher ist jede natürliche Person.');
    expect(doc.annotations).toEqual([{ article: '13', kind: 'note', text: 'Diese Vorschrift dient der Umsetzung der Richtlinien.', source: 'Amtlicher Hinweis' }]);
  });
});
