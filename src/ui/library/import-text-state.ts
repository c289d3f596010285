/**
 * The text the import page (`<lawdiff-import-page>`) is to import, and where
 * it came from: typed or pasted into the box, read from a file (decoded in
 * one place: a byte order mark, a declared or a detected encoding; a Word
 * document kept as its bytes, for the import worker), or fetched. A text too long for the box ({@link BOX_MAX}) is kept out of it
 * unless the reader asks; its size is measured once per text, and its
 * format detected once per text.
 */
import type { ReactiveControllerHost } from 'lit';
import { decodeBytes } from '../../model/import/decode.js';
import { isZip } from '../../model/import/sniff.js';
import { detectFormat } from '../../model/import/index.js';
import type { SourceFormat } from '../../model/types.js';
import { formatBytes } from '../../present/format.js';
import { BOX_MAX, decodedNote, lineCount, utf8Length } from '../../present/import-text.js';
import { strings } from '../../present/strings.js';

/** The size of a text, measured once per text (only when it is long enough to matter): UTF-8 bytes and lines, both 0 for a text short enough for the box. */
interface TextSize {
  text: string;
  bytes: number;
  lines: number;
}

/** A Word document chosen as the file: its bytes go to the import worker as they are, never shown as text. */
export interface ImportDocument {
  name: string;
  bytes: ArrayBuffer;
  size: number;
}

/** The text and its state; every change asks the host page to render again. */
export class ImportText {
  text = '';
  /** A Word document chosen in place of a text (the text is then ""). */
  document: ImportDocument | undefined = undefined;
  /** The file name or address the text came from ("" when pasted). */
  origin = '';
  /** What was said about the file chosen. */
  fileMessage = '';
  /** Show a text longer than {@link BOX_MAX} in the text box anyway. */
  showLong = false;

  private detected: { text: string; format: SourceFormat | undefined } = { text: '', format: undefined };
  private measured: TextSize = { text: '', bytes: 0, lines: 0 };

  constructor(private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>) {}

  /** Changes some of the text's state and asks the page to render it. */
  private set(change: Partial<Pick<ImportText, 'text' | 'document' | 'origin' | 'fileMessage' | 'showLong'>>): void {
    Object.assign(this, change);
    this.host.requestUpdate();
  }

  /** Whether the text is shown in the text box (short enough, or asked for). */
  get inBox(): boolean {
    return this.text.length <= BOX_MAX || this.showLong;
  }

  /** The size of the text, measured once per text and only when it is too long for the box (it cannot be large otherwise). */
  size(): TextSize {
    const text = this.text;
    if (this.measured.text !== text) {
      const long = text.length > BOX_MAX;
      this.measured = { text, bytes: long ? utf8Length(text) : 0, lines: long ? lineCount(text) : 0 };
    }
    return this.measured;
  }

  /** The format the text looks like (by its content and the name it came under), if any. */
  detectedFormat(): SourceFormat | undefined {
    if (this.document) return 'docx';
    if (this.detected.text !== this.text) this.detected = { text: this.text, format: this.text.trim() ? detectFormat(this.text, this.origin) : undefined };
    return this.detected.format;
  }

  /** Shows the long text in the box after all. */
  showInBox(): void {
    this.set({ showLong: true });
  }

  /** A text fetched from `href`, in place of the one there was. */
  fetched(text: string, href: string): void {
    this.set({ text, document: undefined, showLong: false, origin: href });
  }

  /** Empties the text (and forgets where it came from). */
  clear(): void {
    this.set({ text: '', document: undefined, origin: '', fileMessage: '', showLong: false });
  }

  /** The text box's text as typed; `pasting`: the source chosen is pasting, so the text came from nowhere else. */
  readonly onInput = (e: Event, pasting: boolean): void => {
    this.set(pasting ? { text: (e.target as HTMLTextAreaElement).value, origin: '' } : { text: (e.target as HTMLTextAreaElement).value });
  };

  /** A paste that would make the text too long for the box is kept out of it (the browser would lay it all out first). */
  readonly onPaste = (e: ClipboardEvent): void => {
    const pasted = e.clipboardData?.getData('text/plain') ?? '';
    const box = e.target as HTMLTextAreaElement;
    const length = box.value.length - (box.selectionEnd - box.selectionStart) + pasted.length;
    // A long text the reader asked to see in the box stays there for small pastes.
    if (length <= BOX_MAX || (this.showLong && pasted.length <= BOX_MAX)) return;
    e.preventDefault();
    this.set({ text: box.value.slice(0, box.selectionStart) + pasted + box.value.slice(box.selectionEnd), origin: '', showLong: false });
  };

  /** Reads the file chosen, and says what it is (or why it could not be read). */
  readonly onFile = async (e: Event): Promise<void> => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const chosen = strings.fileChosen(file.name, formatBytes(file.size));
      // A zip (a Word document) is read by the import worker from its bytes, not decoded here.
      if (isZip(bytes) || /\.docx$/iu.test(file.name)) {
        this.set({ text: '', document: { name: file.name, bytes: bytes.buffer, size: file.size }, showLong: false, origin: file.name, fileMessage: chosen });
        return;
      }
      const decoded = decodeBytes(bytes, { fileName: file.name });
      this.set({ text: decoded.text, document: undefined, showLong: false, origin: file.name, fileMessage: [chosen, decodedNote(decoded)].filter(Boolean).join(' ') });
    } catch (err) {
      this.set({ fileMessage: strings.fileFailed(err instanceof Error ? err.message : String(err)) });
    }
  };
}
