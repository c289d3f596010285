/**
 * Exports a version as an Akoma Ntoso 3.0 `<act>`: minimal FRBR
 * identification, title in the preface, preamble, the division/article
 * hierarchy in the body, annexes as attachments and annotations as notes in
 * the metadata. What AKN has no place for (exact normalized numbers that the
 * eId cannot carry, repealed ranges, metadata lines) goes into attributes and
 * proprietary metadata in the lawdiff namespace, so that {@link importAkn}
 * reads the same model back.
 */
import {
  AKN_DIVISIONS,
  AKN_EID_PREFIX,
  AKN_NS,
  LAWDIFF_NS,
  REPEALED_RANGE,
  derivedArticleNum,
  derivedDivisionNum,
} from './vocabulary.js';
import { escapeXml } from '../xml.js';
import type { Annex, Article, BodyNode, Division, Item, Paragraph, RepealedRange, VersionDoc } from '../types.js';

/** Identification of the exported version: the law, the version and where it belongs. */
export interface AknExportMeta {
  lawId: string;
  versionId: string;
  /** ISO date (YYYY-MM-DD) of the version, or "" when unknown. */
  date: string;
  /** The version's label, e.g. "Second reading draft". */
  label: string;
  /** Country or jurisdiction code, e.g. `US`, `DE`. */
  jurisdiction: string;
}

type Attrs = Record<string, string | undefined>;

/** An attribute list, values escaped; undefined values are left out. */
function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v, true)}"`)
    .join('');
}

/** The part of a normalized number that an eId can carry as is. */
function idSafe(num: string): string {
  return num.replace(/[^A-Za-z0-9-]/g, '-');
}

class AknWriter {
  private readonly out: string[] = [];
  private depth = 0;
  private readonly usedIds = new Set<string>();
  /** Article number → eId of its first article, for notes. */
  readonly articleIds = new Map<string, string>();

  line(s: string): void {
    this.out.push(`${'  '.repeat(this.depth)}${s}`);
  }

  open(name: string, a: Attrs = {}): void {
    this.line(`<${name}${attrs(a)}>`);
    this.depth++;
  }

  close(name: string): void {
    this.depth--;
    this.line(`</${name}>`);
  }

  /** An element with text content on one line; nothing when the text is empty and `always` is false. */
  leaf(name: string, text: string, a: Attrs = {}, always = false): void {
    if (text === '' && !always) return;
    this.line(text === '' ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${escapeXml(text)}</${name}>`);
  }

  /** One `<p>` per line of the text (an empty text is one empty `<p/>`). */
  ps(text: string): void {
    for (const l of text.split('\n')) this.leaf('p', l, {}, true);
  }

  /** A unique eId from a wanted one (`-2`, `-3` … appended on a clash). */
  uniqueId(wanted: string): string {
    let id = wanted;
    for (let k = 2; this.usedIds.has(id); k++) id = `${wanted}-${k}`;
    this.usedIds.add(id);
    return id;
  }

  text(): string {
    return `${this.out.join('\n')}\n`;
  }

  /** A paragraph or item: num, then its text as content, or as the intro of a list of its items. */
  unit(name: 'paragraph' | 'point', eId: string, u: Paragraph | Item): void {
    this.open(name, { eId });
    this.leaf('num', u.num);
    if (u.items.length === 0) {
      this.open('content');
      this.ps(u.text);
      this.close('content');
    } else {
      const listId = `${eId}__list_1`;
      this.open('list', { eId: listId });
      if (u.text !== '') {
        this.open('intro');
        this.ps(u.text);
        this.close('intro');
      }
      u.items.forEach((item, i) => this.unit('point', `${listId}__point_${i + 1}`, item));
      this.close('list');
    }
    this.close(name);
  }

  /** Paragraphs in a block context (preamble, division intro): plain lines as `<p>`, the rest as `<blockContainer>`. */
  blocks(paragraphs: readonly Paragraph[]): void {
    for (const p of paragraphs) {
      if (p.num === '' && p.items.length === 0 && !p.text.includes('\n')) {
        this.leaf('p', p.text, {}, true);
        continue;
      }
      this.open('blockContainer');
      this.leaf('num', p.num);
      this.ps(p.text);
      this.blockList(p.items);
      this.close('blockContainer');
    }
  }

  private blockList(items: readonly Item[]): void {
    if (items.length === 0) return;
    this.open('blockList');
    for (const item of items) {
      this.open('item');
      this.leaf('num', item.num);
      this.ps(item.text);
      this.blockList(item.items);
      this.close('item');
    }
    this.close('blockList');
  }

  article(a: Article): void {
    const eId = this.uniqueId(`art_${idSafe(a.num) || 'x'}`);
    if (!this.articleIds.has(a.num)) this.articleIds.set(a.num, eId);
    const own = derivedArticleNum({ attrs: { eId }, nsAttrs: {} }, a.label) === a.num ? undefined : a.num;
    this.open('article', { eId, 'ld:num': own, status: a.repealed ? 'removed' : undefined });
    this.leaf('num', a.label);
    this.leaf('heading', a.heading);
    a.paragraphs.forEach((p, i) => this.unit('paragraph', `${eId}__para_${i + 1}`, p));
    this.close('article');
  }

  division(d: Division, parentId: string, index: number): void {
    const name = AKN_DIVISIONS.has(d.type) ? d.type : 'hcontainer';
    const prefix = AKN_EID_PREFIX[name] ?? name;
    const eId = this.uniqueId(`${parentId ? `${parentId}__` : ''}${prefix}_${idSafe(d.num) || `n${index}`}`);
    const derived = derivedDivisionNum({ name, attrs: { eId }, nsAttrs: {} }, d.type, d.label);
    this.open(name, {
      name: name === 'hcontainer' ? d.type : undefined,
      eId,
      'ld:num': derived === d.num ? undefined : d.num,
    });
    this.leaf('num', d.label);
    this.leaf('heading', d.heading);
    if (d.text.length > 0) {
      this.open('intro');
      this.blocks(d.text);
      this.close('intro');
    }
    this.body(d.children, eId);
    this.close(name);
  }

  repealedRange(r: RepealedRange, index: number): void {
    const eId = this.uniqueId(`hcontainer_repealed${index}`);
    this.open('hcontainer', { name: REPEALED_RANGE, eId, status: 'removed', 'ld:from': r.from, 'ld:to': r.to });
    this.leaf('num', r.label);
    this.close('hcontainer');
  }

  body(nodes: readonly BodyNode[], parentId: string): void {
    nodes.forEach((n, i) => {
      if (n.kind === 'article') this.article(n);
      else if (n.kind === 'division') this.division(n, parentId, i + 1);
      else this.repealedRange(n, i + 1);
    });
  }

  annex(a: Annex, index: number, identification: (component: string) => void): void {
    const eId = this.uniqueId(`att_${index}`);
    this.open('attachment', { eId });
    this.open('doc', { name: 'annex' });
    this.open('meta');
    identification(`annex_${index}`);
    this.close('meta');
    if (a.heading !== '') {
      this.open('preface');
      this.open('longTitle');
      this.line(`<p><docTitle>${escapeXml(a.heading)}</docTitle></p>`);
      this.close('longTitle');
      this.close('preface');
    }
    if (a.paragraphs.length === 0) this.line('<mainBody/>');
    else {
      this.open('mainBody');
      a.paragraphs.forEach((p, i) => this.unit('paragraph', `${eId}__para_${i + 1}`, p));
      this.close('mainBody');
    }
    this.close('doc');
    this.close('attachment');
  }
}

/** A URI path segment. */
function seg(s: string): string {
  return encodeURIComponent(s || 'unknown');
}

/** Writes a version as a well-formed Akoma Ntoso 3.0 `<act>` document that {@link importAkn} reads back to the same model. */
export function exportAkn(doc: VersionDoc, meta: AknExportMeta): string {
  const w = new AknWriter();
  const country = (meta.jurisdiction || 'unknown').toLowerCase();
  const lang = doc.language || 'und';
  const work = `/akn/${seg(country)}/act/${seg(meta.lawId)}`;
  const expression = `${work}/${seg(lang)}@${seg(meta.versionId)}`;
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(meta.date);
  const date = { date: validDate ? meta.date : '0001-01-01', name: meta.label || (validDate ? 'version' : 'unknown date') };

  const identification = (component: string): void => {
    w.open('identification', { source: '#lawdiff' });
    w.open('FRBRWork');
    w.leaf('FRBRthis', '', { value: `${work}/!${component}` }, true);
    w.leaf('FRBRuri', '', { value: work }, true);
    w.leaf('FRBRdate', '', date, true);
    w.leaf('FRBRauthor', '', { href: '#legislature' }, true);
    w.leaf('FRBRcountry', '', { value: country }, true);
    w.close('FRBRWork');
    w.open('FRBRExpression');
    w.leaf('FRBRthis', '', { value: `${expression}/!${component}` }, true);
    w.leaf('FRBRuri', '', { value: expression }, true);
    w.leaf('FRBRdate', '', date, true);
    w.leaf('FRBRauthor', '', { href: '#legislature' }, true);
    w.leaf('FRBRlanguage', '', { language: lang }, true);
    w.close('FRBRExpression');
    w.open('FRBRManifestation');
    w.leaf('FRBRthis', '', { value: `${expression}/!${component}.xml` }, true);
    w.leaf('FRBRuri', '', { value: `${expression}.akn` }, true);
    w.leaf('FRBRdate', '', date, true);
    w.leaf('FRBRauthor', '', { href: '#lawdiff' }, true);
    w.close('FRBRManifestation');
    w.close('identification');
  };

  w.line('<?xml version="1.0" encoding="UTF-8"?>');
  w.open('akomaNtoso', { xmlns: AKN_NS, 'xmlns:ld': LAWDIFF_NS });
  w.open('act', { name: 'act' });

  // The body is written first (to a separate writer state) so that notes can point at article eIds.
  const bodyWriter = new AknWriter();
  bodyWriter.open('body');
  bodyWriter.body(doc.body, '');
  bodyWriter.close('body');

  w.open('meta');
  identification('main');
  w.open('references', { source: '#lawdiff' });
  w.leaf('TLCOrganization', '', { eId: 'legislature', href: `/ontology/organization/${seg(country)}/legislature`, showAs: `Legislature (${meta.jurisdiction})` }, true);
  w.leaf('TLCOrganization', '', { eId: 'lawdiff', href: '/ontology/organization/lawdiff', showAs: 'lawdiff' }, true);
  w.close('references');
  if (doc.annotations.length > 0) {
    w.open('notes', { source: '#lawdiff' });
    doc.annotations.forEach((a, i) => {
      const target = bodyWriter.articleIds.get(a.article);
      w.open('note', {
        eId: `note_${i + 1}`,
        class: a.kind,
        placementBase: target ? `#${target}` : undefined,
        title: a.source || undefined,
        'ld:article': target ? undefined : a.article,
      });
      w.ps(a.text);
      w.close('note');
    });
    w.close('notes');
  }
  w.open('proprietary', { source: '#lawdiff' });
  w.open('ld:metadata');
  for (const [key, value] of Object.entries(doc.metadata)) w.leaf('ld:entry', value, { key }, true);
  w.close('ld:metadata');
  w.close('proprietary');
  w.close('meta');

  if (doc.title !== '') {
    w.open('preface');
    w.open('longTitle');
    w.line(`<p><docTitle>${escapeXml(doc.title)}</docTitle></p>`);
    w.close('longTitle');
    w.close('preface');
  }
  if (doc.preamble.length > 0) {
    w.open('preamble');
    w.blocks(doc.preamble);
    w.close('preamble');
  }
  for (const l of bodyWriter.text().trimEnd().split('\n')) w.line(l);

  if (doc.annexes.length > 0) {
    w.open('attachments');
    doc.annexes.forEach((a, i) => w.annex(a, i + 1, identification));
    w.close('attachments');
  }
  w.close('act');
  w.close('akomaNtoso');
  return w.text();
}
