/**
 * Fuzzing the readers of issue 15's downloadable law formats, beside the other importer targets
 * (importers.test.ts; `npm run fuzz -- -t gii` runs these alone): gesetze-im-internet.de XML and
 * the Taiwan law database's XML and JSON exports. The inputs start from files written from the
 * corpus laws (tests/helpers/gii-writer.ts, tw-moj-writer.ts): XML mutated as a tree and broken
 * as text, with and without the GII DOCTYPE line, hostile DOCTYPEs (internal subsets, entities,
 * other roots), JSON with values of wrong types, truncated files, random text inside the root,
 * 1 MB lines and element floods. For every input: nothing throws; a version or errors that each
 * name a line (and column for XML); a version without errors validates.
 */
import fc from 'fast-check';
import { describe, expect, it, onTestFinished } from 'vitest';
import { listArticles } from '../../../src/model/doc.js';
import { importGii } from '../../../src/model/import/gii.js';
import { importSource } from '../../../src/model/import/index.js';
import { importTwMoj } from '../../../src/model/import/tw-moj.js';
import type { Problem } from '../../../src/model/problems.js';
import type { BodyNode, VersionDoc } from '../../../src/model/types.js';
import { describeText, fuzzParams, resultDefects, TEST_TIMEOUT, Timings } from '../../helpers/fuzz.js';
import { bigXml, corpusFiles, hostileText, megabyteLine, mutatedJson, mutatedWindow, mutatedXml, randomText, truncatedFile, xmlShell } from '../../helpers/fuzz-inputs.js';
import { GII_PROLOG, writeGii } from '../../helpers/gii-writer.js';
import { writeMojJson, writeMojXml } from '../../helpers/tw-moj-writer.js';

/** The first `keep` nodes at every level: a small law of the real shape (whole codes make every clone slow). */
function trimmed(doc: VersionDoc, keep: number): VersionDoc {
  const cut = (nodes: readonly BodyNode[]): BodyNode[] => nodes.slice(0, keep).map((n) => (n.kind === 'division' ? { ...n, children: cut(n.children) } : n));
  return { ...doc, body: cut(doc.body) };
}

function imported(files: { name: string; text: string }[]): { name: string; doc: VersionDoc }[] {
  return files.map((f) => {
    const r = importSource(f.text, { fileName: f.name });
    if (!r.ok) throw new Error(`${f.name} does not import`);
    return { name: f.name, doc: trimmed(r.doc, 6) };
  });
}

const de = imported(corpusFiles(/\.md$/, /^de-/));
const tw = imported(corpusFiles(/\.(json|md)$/, /^tw-/));
/** GII files without their DOCTYPE line (the tree mutator parses them with the default, DOCTYPE-refusing reader). */
const giiBare = de.map(({ name, doc }) => ({ name: `${name}.xml`, text: writeGii(doc).replace(GII_PROLOG, '') }));
const giiFull = de.map(({ name, doc }) => ({ name: `${name}.xml`, text: writeGii(doc) }));
const mojXml = tw.map(({ name, doc }) => ({ name: `${name}.xml`, text: writeMojXml([{ doc }, { doc: trimmed(doc, 2), pcode: 'I0050022' }]) }));
const mojJson = tw.map(({ name, doc }) => ({ name: `${name}.moj.json`, text: writeMojJson([{ doc }, { doc: trimmed(doc, 2), pcode: 'I0050022' }], { bom: false }) }));

const rare = (a: fc.Arbitrary<string>): fc.WeightedArbitrary<string> => ({ weight: 1, arbitrary: a });
const often = (w: number, a: fc.Arbitrary<string>): fc.WeightedArbitrary<string> => ({ weight: w, arbitrary: a });

/** DOCTYPE lines a hostile or odd file may begin with. */
const doctypes = fc.constantFrom(
  '<!DOCTYPE dokumente SYSTEM "http://www.gesetze-im-internet.de/dtd/1.01/gii-norm.dtd">',
  '<!DOCTYPE dokumente PUBLIC "-//x//DTD//DE" "gii-norm.dtd">',
  '<!DOCTYPE dokumente [<!ENTITY x "boom">]>',
  '<!DOCTYPE dokumente SYSTEM "gii-norm.dtd" [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
  '<!DOCTYPE dokumente [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
  '<!DOCTYPE LAWS SYSTEM "laws.dtd">',
  '<!DOCTYPE html>',
  '<!DOCTYPE dokumente SYSTEM "a" "b">',
  '<!DOCTYPE dokumente SYSTEM "x"><!DOCTYPE dokumente SYSTEM "y">',
);

/** A DOCTYPE put where it belongs: after the XML declaration, if any. */
const withDoctype = (xml: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(xml, doctypes).map(([t, d]) => {
    const decl = /^<\?xml[^>]*\?>\n?/u.exec(t);
    return decl ? `${decl[0]}${d}\n${t.slice(decl[0].length)}` : `${d}\n${t}`;
  });

const entityBodies = fc.constantFrom('&x;', '&uuml;', '&#0;', '&#x110000;', '&b;', '&amp;&lt;', ']]>', '<![CDATA[x]]>');

const inputs = {
  gii: fc.oneof(
    often(30, withDoctype(mutatedXml(giiBare))),
    often(10, mutatedXml(giiBare)),
    often(10, withDoctype(xmlShell('dokumente', '', ['norm', 'textdaten', 'text', 'Content']))),
    often(6, truncatedFile(giiFull)),
    often(6, mutatedWindow(giiFull, 200)),
    often(6, fc.tuple(doctypes, entityBodies).map(([d, e]) => `<?xml version="1.0"?>\n${d}\n<dokumente><norm><metadaten><enbez>§ 1</enbez><titel>${e}</titel></metadaten></norm></dokumente>`)),
    often(4, randomText.map((t) => `${GII_PROLOG}<dokumente>${t}`)),
    often(3, hostileText.map((t) => `${GII_PROLOG}<dokumente><norm><metadaten><enbez>${t}</enbez></metadaten><textdaten><text><Content><P>${t}</P></Content></text></textdaten></norm></dokumente>`)),
    rare(megabyteLine.map((t) => `${GII_PROLOG}<dokumente><norm><metadaten><enbez>§ 1</enbez></metadaten><textdaten><text><Content><P>${t}</P></Content></text></textdaten></norm></dokumente>`)),
    rare(withDoctype(bigXml('dokumente', '', ['norm']))),
  ),
  'tw-moj': fc.oneof(
    often(20, mutatedXml(mojXml)),
    often(20, mutatedJson(mojJson.map((f) => f.text))),
    often(8, xmlShell('LAWS', '', ['法規', '法規內容'])),
    often(6, truncatedFile([...mojXml, ...mojJson])),
    often(6, mutatedWindow([...mojXml, ...mojJson], 200)),
    often(4, withDoctype(mutatedXml(mojXml))),
    often(4, randomText.map((t) => `<LAWS><法規>${t}`)),
    often(4, randomText.map((t) => `{"Laws":[{"LawName":"x","LawArticles":${t}`)),
    often(3, hostileText.map((t) => JSON.stringify({ Laws: [{ LawName: t, LawArticles: [{ ArticleType: 'C', ArticleNo: '', ArticleContent: t }, { ArticleType: 'A', ArticleNo: t, ArticleContent: t }] }] }))),
    rare(megabyteLine.map((t) => `<LAWS><法規><法規內容><條文><條號>第 1 條</條號><條文內容>${t}</條文內容></條文></法規內容></法規></LAWS>`)),
    rare(megabyteLine.map((t) => JSON.stringify({ Laws: [{ LawName: 'x', LawArticles: [{ ArticleType: 'A', ArticleNo: '第 1 條', ArticleContent: t }] }] }))),
    rare(bigXml('LAWS', '', ['法規', '法規內容'])),
  ),
};

type Result = { doc?: VersionDoc; problems: Problem[] };

const targets: { name: string; seed: number; input: fc.Arbitrary<string>; run: (text: string) => Result }[] = [
  { name: 'gii', seed: 651, input: inputs.gii, run: (t) => importGii(t) },
  { name: 'tw-moj', seed: 652, input: inputs['tw-moj'], run: (t) => importTwMoj(t) },
];

function outcome(r: Result): string {
  if (r.problems.some((p) => p.severity === 'error')) return 'errors';
  return r.doc && listArticles(r.doc).length > 0 ? 'version' : 'empty version';
}

describe.each(targets.map((t) => [t.name, t] as const))('importer fuzz: %s', (name, target) => {
  it('never throws; a version or errors that name a line; an error-free version validates', () => {
    const timings = new Timings(name);
    onTestFinished(() => timings.report());
    fc.assert(
      fc.property(target.input, (text) => {
        const r = timings.time(() => describeText(text), () => target.run(text));
        expect(resultDefects(text, r)).toEqual([]);
        // Every error names a line of the input, never only a path or nothing.
        expect(r.problems.filter((p) => p.severity === 'error' && p.line < 1).map((p) => p.message)).toEqual([]);
        timings.outcome(outcome(r));
      }),
      fuzzParams(target.seed),
    );
    expect(timings.count).toBeGreaterThan(0);
  }, TEST_TIMEOUT);
});
