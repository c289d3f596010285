/**
 * Bidirectional isolation of text that comes from a law, a collection or
 * the reader (titles, labels, headings, notes) before it is put beside other
 * text. Without it, a title ending in an unterminated RIGHT-TO-LEFT OVERRIDE
 * (U+202E) reverses whatever follows it on the line ("evil · 3 versions"
 * shows as "snoisrev 3 · live"), and right-to-left words pull neighbouring
 * punctuation and numbers across.
 *
 * {@link isolate} wraps such text in FIRST STRONG ISOLATE … POP DIRECTIONAL
 * ISOLATE, balanced so that nothing inside can end the isolate early (an
 * unmatched U+2069 in the text) or leave one open. Character-level isolation
 * is used rather than `<bdi>` alone because it holds in every place text
 * goes — the DOM, the page title, a downloaded file, a terminal — and
 * because Blink implements `unicode-bidi: isolate` with the same invisible
 * characters, which an unmatched U+2069 inside would close. Text with no
 * right-to-left letter and no bidi control is returned unchanged, so
 * ordinary titles, search and copied text stay byte for byte as written.
 */

/** Bidi controls (embeddings, overrides, isolates, marks) and right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko, …, presentation forms). */
const NEEDS_ISOLATION = /[\u0590-\u08FF\u200F\u202A-\u202E\u2066-\u2069\u061C\uFB1D-\uFDFF\uFE70-\uFEFC]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDE7F]|\uD83A[\uDC00-\uDD5F]/u;

const FSI = '\u2068';
const PDI = '\u2069';
const OPENERS = new Set(['\u2066', '\u2067', '\u2068']);

/** Whether {@link isolate} would change `text`: it holds a bidi control or a right-to-left letter. */
export function needsIsolation(text: string): boolean {
  return NEEDS_ISOLATION.test(text);
}

/**
 * `text` as a directional isolate, balanced: one more FSI for every PDI in
 * it that closes nothing, and one more PDI for every isolate it leaves open,
 * so the isolate ends exactly at its end and takes every open embedding and
 * override with it. Unchanged when {@link needsIsolation} is false.
 */
export function isolate(text: string): string {
  return needsIsolation(text) ? isolateAlways(text) : text;
}

/** {@link isolate} even for text that does not need it: a name inside a sentence, marked as a name for every reader of the text. */
export function isolateAlways(text: string): string {
  let open = 0;
  let unmatched = 0;
  for (const c of text) {
    if (OPENERS.has(c)) open++;
    else if (c === PDI) {
      if (open > 0) open--;
      else unmatched++;
    }
  }
  return `${FSI.repeat(1 + unmatched)}${text}${PDI.repeat(1 + open)}`;
}

const EMBEDDINGS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
const PDF = '\u202C';

/**
 * `text` with every embedding, override and isolate it opens closed at its
 * end (PDF, PDI), for a piece of a longer text such as one span of a word
 * diff: the piece keeps its place in the sentence's own bidi ordering (no
 * isolation), but an override it leaves open cannot reverse the next piece.
 */
export function terminate(text: string): string {
  if (!needsIsolation(text)) return text;
  const stack: string[] = [];
  for (const c of text) {
    if (EMBEDDINGS.has(c)) stack.push(PDF);
    else if (OPENERS.has(c)) stack.push(PDI);
    else if (c === PDF) {
      if (stack.at(-1) === PDF) stack.pop();
    } else if (c === PDI) {
      const at = stack.lastIndexOf(PDI);
      if (at >= 0) stack.length = at;
    }
  }
  return stack.length === 0 ? text : text + stack.reverse().join('');
}
