/** Saving a text as a file the browser downloads: a Blob and an object URL, never a data URL or HTML. */

/** Downloads `text` as `fileName`; the link is added to `host` (a shadow root works) for the click only. */
export function downloadText(host: Node, fileName: string, text: string, type: string): void {
  downloadData(host, fileName, text, type);
}

/** Downloads `data` (a text, or the bytes of a Word or Excel file) as `fileName`. */
export function downloadData(host: Node, fileName: string, data: string | Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  host.appendChild(a);
  a.click();
  a.remove();
  // The download reads the blob after the click returns; keep it alive a moment.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
