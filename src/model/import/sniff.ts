/**
 * What a file's first bytes say it is, without reading it: small and dependency-free, so the
 * import page can tell a Word document from a text before it sends the file to the import
 * worker (where the Word reader and its unzip load). Pure.
 */

/** True when the bytes start like a zip archive (a local file header, or an empty archive's end record): a .docx is one. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}
