/**
 * What the engine is measured against, on the same documents:
 *  (a) the floor: splitting both versions into articles and hashing every
 *      article body, no comparison at all;
 *  (b) diff-match-patch's default mode on the whole text (`diff_main` with
 *      `Diff_Timeout = 0`: line mode, then character level inside changed
 *      blocks) plus `diff_cleanupSemantic`;
 *  (c) jsdiff's `diffWords` on the whole text, default options.
 *
 * The whole text of a version is what a reader sees, one line each: division
 * titles, article labels (with heading), and the article's paragraphs and
 * items, joined by "\n". Labels are included because a whole-text differ
 * cannot tell a renumbering from a change; that is part of what it costs.
 */
import { createHash } from 'node:crypto';
import DiffMatchPatch from 'diff-match-patch';
import { diffWords } from 'diff';
import { articleText, listArticles } from '../../dist-cli/model/doc.js';

/** (a) The floor: list the articles of both versions, build each article's text and hash it (SHA-1). */
export function floor(oldDoc, newDoc) {
  let n = 0;
  for (const doc of [oldDoc, newDoc]) {
    for (const { article } of listArticles(doc)) {
      createHash('sha1').update(`${article.heading}\n${articleText(article)}`).digest();
      n++;
    }
  }
  return n;
}

/** The whole text of a version, one line per division title, article label and paragraph or item. */
export function fullText(doc) {
  const lines = [];
  const walk = (nodes) => {
    for (const node of nodes) {
      if (node.kind === 'division') {
        lines.push([node.label, node.heading].filter(Boolean).join(' '));
        walk(node.children);
      } else if (node.kind === 'article') {
        lines.push([node.label, node.heading].filter(Boolean).join(' '));
        const body = articleText(node);
        if (body) lines.push(body);
      } else if (node.kind === 'repealed-range') {
        lines.push(node.label);
      }
    }
  };
  walk(doc.body);
  return lines.join('\n');
}

/** Runs of consecutive non-equal ops: [op, text] pairs (dmp) or change objects (jsdiff). */
function hunks(isChange, list) {
  let n = 0;
  let inHunk = false;
  for (const x of list) {
    const c = isChange(x);
    if (c && !inHunk) n++;
    inHunk = c;
  }
  return n;
}

/** (b) diff-match-patch default mode on the whole texts. */
export function dmpWhole(oldText, newText) {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  const t0 = performance.now();
  const diffs = dmp.diff_main(oldText, newText);
  dmp.diff_cleanupSemantic(diffs);
  const ms = performance.now() - t0;
  return { ms, hunks: hunks((d) => d[0] !== 0, diffs) };
}

/** (c) jsdiff `diffWords` on the whole texts (default options: for CJK text every character is a token). */
export function jsdiffWords(oldText, newText) {
  const t0 = performance.now();
  const changes = diffWords(oldText, newText);
  const ms = performance.now() - t0;
  return { ms, hunks: hunks((c) => c.added || c.removed, changes) };
}
