/**
 * Writes a version as gesetze-im-internet.de XML (gii-norm.dtd 1.01), the way the site's
 * `xml.zip` files are written: the XML declaration and the DOCTYPE line, a `<dokumente>` of
 * `<norm>`s — the law's metadata first, then one norm per division (`gliederungseinheit` with a
 * three-digits-per-level `gliederungskennzahl`), per § (`enbez`, `titel`, `<Content>` of `<P>`s
 * with lists as `<DL>`/`<DT>`/`<DD>`/`<LA>`, footnotes as `<Footnotes>`), per repealed range and
 * per annex. For tests: the fixtures of the GII importer are made from the corpus with this.
 */
import type { Annotation, BodyNode, Item, Paragraph, VersionDoc } from '../../src/model/types.js';
import { escapeXml } from '../../src/model/xml.js';

const x = (s: string): string => escapeXml(s);

export const GII_PROLOG = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE dokumente SYSTEM "http://www.gesetze-im-internet.de/dtd/1.01/gii-norm.dtd">\n';

/** `Type` of a `<DL>` from its first marker, as the site writes it. */
function listType(num: string): string {
  if (/^\d/u.test(num)) return 'arabic';
  if (/^[a-z]{2}\)/u.test(num)) return 'a3';
  if (/^[a-z]\)/u.test(num)) return 'alpha';
  if (/^\(/u.test(num)) return 'Dash';
  return 'Dash';
}

function list(items: readonly Item[]): string {
  const body = items
    .map((i) => `<DT>${x(i.num)}</DT><DD Font="normal"><LA Size="normal">${x(i.text)}${i.items.length > 0 ? list(i.items) : ''}</LA></DD>`)
    .join('');
  return `<DL Font="normal" Type="${listType(items[0]?.num ?? '')}">${body}</DL>`;
}

function paragraph(p: Paragraph): string {
  const text = [p.num, p.text].filter((t) => t !== '').join(' ');
  return `<P>${x(text)}${p.items.length > 0 ? list(p.items) : ''}</P>`;
}

function content(paragraphs: readonly Paragraph[], notes: readonly Annotation[] = []): string {
  const marks = notes.map((_, i) => `<FnR ID="F${i + 1}"/>`).join('');
  const ps = (marks ? `<P>${marks}</P>\n` : '') + paragraphs.map(paragraph).join('\n');
  const footnotes =
    notes.length === 0
      ? ''
      : `<Footnotes>${notes.map((n, i) => `<Footnote FnZ="*" ID="F${i + 1}"><B>${x(n.source)}:</B><BR/>${n.text.split('\n').map(x).join('<BR/>')}</Footnote>`).join('')}</Footnotes>`;
  return `<textdaten><text format="XML"><Content>\n${ps}\n</Content>${footnotes}</text><fussnoten/></textdaten>`;
}

/** The version as a GII XML file; `doknr` is a made-up document number. */
export function writeGii(doc: VersionDoc, options: { doknr?: string; crlf?: boolean } = {}): string {
  const doknr = options.doknr ?? 'BJNR000000000';
  const out: string[] = [];
  let n = 0;
  const norm = (meta: string, text: string): void => {
    n++;
    out.push(`<norm builddate="20220301000000" doknr="${doknr}BJNE${String(n).padStart(6, '0')}000"><metadaten><jurabk>${x(doc.metadata.jurabk ?? 'Test')}</jurabk>${meta}</metadaten>${text}</norm>`);
  };
  // The law's own norm: title and metadata.
  const jurabk = doc.metadata.jurabk ?? '';
  const langue = jurabk && doc.title.endsWith(` (${jurabk})`) ? doc.title.slice(0, -(jurabk.length + 3)) : doc.title;
  const meta: string[] = [];
  if (doc.metadata.Ausfertigungsdatum) meta.push(`<ausfertigung-datum manuell="ja">${x(doc.metadata.Ausfertigungsdatum)}</ausfertigung-datum>`);
  if (doc.metadata.Fundstelle) {
    const [p, z] = doc.metadata.Fundstelle.split(/:\s*/u);
    meta.push(`<fundstelle typ="amtlich"><periodikum>${x(p ?? '')}</periodikum><zitstelle>${x(z ?? '')}</zitstelle></fundstelle>`);
  }
  meta.push(`<langue>${x(langue)}</langue>`);
  // `Zuletzt geändert durch` … lines: standtyp as the site sets it, the phrase in the comment.
  for (const [key, value] of Object.entries(doc.metadata)) {
    if (!/ durch$/u.test(key)) continue;
    const typ = key.startsWith('Neugefasst') ? 'Neuf' : key.startsWith('Zuletzt') ? 'Stand' : 'Hinweis';
    for (const v of value.split('\n')) meta.push(`<standangabe checked="ja"><standtyp>${typ}</standtyp><standkommentar>${x(`${key} ${v}`)}</standkommentar></standangabe>`);
  }
  norm(meta.join(''), '<textdaten><text format="XML"/><fussnoten/></textdaten>');
  if (doc.preamble.length > 0) norm('<enbez>Eingangsformel</enbez>', content(doc.preamble));

  const notes = new Map<string, Annotation[]>();
  for (const a of doc.annotations) {
    if (a.kind !== 'note') continue;
    const list = notes.get(a.article) ?? [];
    list.push(a);
    notes.set(a.article, list);
  }
  const walk = (nodes: readonly BodyNode[], kennzahl: string): void => {
    let index = 0;
    for (const node of nodes) {
      if (node.kind === 'division') {
        const k = `${kennzahl}${String(++index).padStart(3, '0')}`;
        norm(
          `<gliederungseinheit><gliederungskennzahl>${k}</gliederungskennzahl><gliederungsbez>${x(node.label || '-')}</gliederungsbez><gliederungstitel>${x(node.heading)}</gliederungstitel></gliederungseinheit>`,
          node.text.length > 0 ? content(node.text) : '<textdaten><text format="XML"><Content><P/></Content></text><fussnoten/></textdaten>',
        );
        walk(node.children, k);
      } else if (node.kind === 'article') {
        const enbez = node.label.replace(/^Art\.\s*/u, 'Art ');
        let paragraphs = node.paragraphs;
        let titel = node.heading;
        if (node.repealed) {
          titel = titel ? `${titel} (weggefallen)` : '(weggefallen)';
          if (paragraphs[0]?.num === '' && paragraphs[0].text === '(weggefallen)' && paragraphs[0].items.length === 0) paragraphs = paragraphs.slice(1);
          if (paragraphs.length === 0) paragraphs = [{ num: '', text: '-', items: [] }];
        }
        norm(`<enbez>${x(enbez)}</enbez>${titel ? `<titel format="parat">${x(titel)}</titel>` : ''}`, content(paragraphs, notes.get(node.num)));
      } else {
        const m = /^(.*?)\s*(\(weggefallen\))?$/u.exec(node.label)!;
        norm(`<enbez>${x(m[1]!)}</enbez>${m[2] ? `<titel format="parat">${m[2]}</titel>` : ''}`, '<textdaten><text format="XML"/><fussnoten/></textdaten>');
      }
    }
  };
  walk(doc.body, '');
  for (const annex of doc.annexes) norm(`<enbez>${x(annex.heading)}</enbez>`, content(annex.paragraphs));
  const text = `${GII_PROLOG}<dokumente builddate="20220301000000" doknr="${doknr}">\n${out.join('\n')}\n</dokumente>\n`;
  return options.crlf ? text.replace(/\n/g, '\r\n') : text;
}
