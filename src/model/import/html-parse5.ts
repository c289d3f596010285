/**
 * Web pages read with parse5 — the HTML standard's parsing algorithm, as browsers run it — where
 * there is no DOMParser (Node, workers). Loaded on demand (file.ts) with the page it reads.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { problem } from '../problems.js';
import { htmlBlocks, MAX_HTML_LENGTH, type HtmlBlocks, type HtmlTree } from './html.js';
import '../messages/document.js'; // the document group's sentences (registers them: src/model/messages/registry.ts)

type Node = DefaultTreeAdapterMap['node'];

const tree: HtmlTree<Node> = {
  kind: (n) => (n.nodeName === '#text' ? 'text' : 'tagName' in n ? 'element' : 'other'),
  name: (n) => ('tagName' in n ? n.tagName.toLowerCase() : ''),
  attr: (n, name) => ('attrs' in n ? n.attrs.find((a) => a.name === name)?.value : undefined),
  children: (n) => ('childNodes' in n ? n.childNodes : []),
  text: (n) => ('value' in n ? n.value : ''),
};

/** The blocks of a page's main text (html.ts), parsed by parse5. */
export function parseHtmlBlocks(html: string): HtmlBlocks {
  if (html.length > MAX_HTML_LENGTH) {
    return { blocks: [], problems: [problem('error', 0, '', 'html.tooLong', { length: html.length, max: MAX_HTML_LENGTH })] };
  }
  return htmlBlocks<Node>(parse(html, { scriptingEnabled: false }), tree);
}
