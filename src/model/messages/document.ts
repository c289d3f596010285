/**
 * The sentences of the readers of Word, PDF and web pages (src/model/import/docx.ts, zip.ts, pdf.ts, pdf-read.ts, html.ts, html-parse5.ts, file.ts).
 */
import type { MessageTemplates } from './types.js';

export const documentMessages = {
  /** A document whose text has no article heading of any convention. */
  'document.noLawFound': (a: { name: string }) => `no law found in ${a.name}: its text has no article headings lawdiff recognizes (第X条, 第X條, § N, Article N, Section N)`,
} as const satisfies MessageTemplates;
