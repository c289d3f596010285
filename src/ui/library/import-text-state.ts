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
import { fileKind } from '../../model/import/sniff.js';
import { renderBlock } from '../../model/import/blocks.js';
import type { HtmlBlocks } from '../../model/import/html.js';
import { readHtmlInWorker } from '../../app/import-client.js';
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

/**
 * A document chosen as the file, or fetched, in place of a text, never shown as text: a Word
 * document, a PDF or a web page, as its bytes, read by the import worker.
 */
export interface ImportDocument {
  kind: 'docx' | 'pdf' | 'html';
  name: string;
  size: number;
  bytes: ArrayBuffer;
}

/** The text and its state; every change asks the host page to render again. */
export class ImportText {
  text = '';
  /** A document chosen in place of a text (the text is then ""). */
  document: ImportDocument | undefined = undefined;
  /** The file name or address the text came from ("" when pasted). */
  origin = '';
  /** What was said about the file chosen. */
  fileMessage = '';
  /** What was said about rich text pasted from a web page. */
  pasteMessage = '';
  /** Show a text longer than {@link BOX_MAX} in the text box anyway. */
  showLong = false;

  private detected: { text: string; format: SourceFormat | undefined } = { text: '', format: undefined };
  private measured: TextSize = { text: '', bytes: 0, lines: 0 };

  /** `readHtml`: how rich text is read into blocks (the import worker's parse5; undefined when it could not be). */
  constructor(
    private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>,
    private readonly readHtml: (html: string) => Promise<HtmlBlocks | undefined> = (html) => readHtmlInWorker(html).catch(() => undefined),
  ) {}

  /** Changes some of the text's state and asks the page to render it. */
  private set(change: Partial<Pick<ImportText, 'text' | 'document' | 'origin' | 'fileMessage' | 'pasteMessage' | 'showLong'>>): void {
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
    if (this.document) return this.document.kind;
    if (this.detected.text !== this.text) this.detected = { text: this.text, format: this.text.trim() ? detectFormat(this.text, this.origin) : undefined };
    return this.detected.format;
  }

  /** Shows the long text in the box after all. */
  showInBox(): void {
    this.set({ showLong: true });
  }

  /** A text (or a document's bytes, `data`) fetched from `href`, in place of the one there was. */
  fetched(text: string, href: string, data?: Uint8Array): void {
    let document = data ? this.documentOf(data, href) : undefined;
    // A web page was decoded as the server said (its Content-Type's charset): the worker gets that text, marked UTF-8 by a byte order mark.
    if (document?.kind === 'html') document = { ...document, bytes: new TextEncoder().encode(`\uFEFF${text}`).buffer };
    this.set({ text: document ? '' : text, document, showLong: false, origin: href });
  }

  /** A document's bytes as the check takes them (a copy), when they are a document. */
  private documentOf(bytes: Uint8Array, name: string): ImportDocument | undefined {
    const kind = fileKind(bytes, name);
    return kind === 'text' ? undefined : { kind, name, size: bytes.length, bytes: bytes.slice().buffer };
  }

  /** Empties the text (and forgets where it came from). */
  clear(): void {
    this.set({ text: '', document: undefined, origin: '', fileMessage: '', pasteMessage: '', showLong: false });
  }

  /** The text box's text as typed; `pasting`: the source chosen is pasting, so the text came from nowhere else. */
  readonly onInput = (e: Event, pasting: boolean): void => {
    this.set(pasting ? { text: (e.target as HTMLTextAreaElement).value, origin: '' } : { text: (e.target as HTMLTextAreaElement).value });
  };

  /**
   * Rich text pasted from a web page goes into the box as its paragraphs, with headings marked
   * (`## 第一章 总则`) and list numbers written out, read by the browser's parser (never inserted
   * into the page). A paste that would make the text too long for the box is kept out of it
   * (the browser would lay it all out first).
   */
  readonly onPaste = (e: ClipboardEvent): void => {
    const box = e.target as HTMLTextAreaElement;
    const rich = e.clipboardData?.getData('text/html') ?? '';
    const pasted = e.clipboardData?.getData('text/plain') ?? '';
    if (rich.trim()) {
      // Read in the import worker (parse5); the plain text goes in if the page holds no paragraphs.
      e.preventDefault();
      const [before, after] = [box.value.slice(0, box.selectionStart), box.value.slice(box.selectionEnd)];
      void this.readHtml(rich).then(
        (read) => {
          const lines = read ? read.blocks.flatMap((b) => renderBlock(b)) : [];
          if (lines.length > 0) this.set({ text: before + lines.join('\n\n') + after, origin: '', pasteMessage: strings.pastedPage(read!.blocks.length) });
          else this.set({ text: before + pasted + after, origin: '', pasteMessage: '' });
        },
      );
      return;
    }
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
      // A Word document, a PDF or a web page is read as a document, not decoded into the box.
      const document = this.documentOf(bytes, file.name);
      if (document) {
        this.set({ text: '', document, showLong: false, origin: file.name, fileMessage: strings.documentChosen(document.kind, file.name, formatBytes(file.size)) });
        return;
      }
      const decoded = decodeBytes(bytes, { fileName: file.name });
      this.set({ text: decoded.text, document: undefined, showLong: false, origin: file.name, fileMessage: [chosen, decodedNote(decoded)].filter(Boolean).join(' ') });
    } catch (err) {
      this.set({ fileMessage: strings.fileFailed(err instanceof Error ? err.message : String(err)) });
    }
  };
}
