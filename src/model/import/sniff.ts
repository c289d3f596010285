/**
 * What a file's first bytes say it is, without reading it: small and dependency-free, so the
 * import page can tell a Word document from a text before it sends the file to the import
 * worker (where the Word reader and its unzip load). Pure.
 */

/** What a file is to the importers: a document read from its bytes by a reader of its own, or a text. */
export type FileKind = 'docx' | 'pdf' | 'html' | 'text';

/** True when the bytes start like a zip archive (a local file header, or an empty archive's end record): a .docx is one. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/** True when the bytes start like a PDF (`%PDF-` within the first kilobyte, as PDF readers accept). */
export function isPdf(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= n; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}

/**
 * True when a text starts like a web page: `<!DOCTYPE html>`, `<html`, `<head` or `<body` before
 * any other element (after a byte order mark, an XML declaration, comments and spaces).
 */
export function isHtml(head: string): boolean {
  const s = head.slice(0, 4096).replace(/^\uFEFF/u, '').replace(/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*/u, '');
  return /^<(?:!doctype\s+html\b|html\b|head\b|body\b)/iu.test(s);
}

/** What a file is ({@link FileKind}), from its first bytes and, when they do not say, its name. */
export function fileKind(bytes: Uint8Array, fileName = ''): FileKind {
  if (isZip(bytes)) return 'docx';
  if (isPdf(bytes)) return 'pdf';
  // The first bytes as Latin-1 are enough to see markup in any ASCII-compatible encoding.
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 4096); i++) head += String.fromCharCode(bytes[i]!);
  if (isHtml(head.replace(/^\xEF\xBB\xBF/u, ''))) return 'html';
  if (/\.docx$/iu.test(fileName)) return 'docx';
  if (/\.pdf$/iu.test(fileName)) return 'pdf';
  if (/\.x?html?$/iu.test(fileName)) return 'html';
  return 'text';
}
