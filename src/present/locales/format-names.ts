/**
 * The source formats' names in each UI language (the English are the model's FORMAT_NAMES):
 * the import form's menu and check, and the problems that name formats, use the same.
 */
import type { SourceFormat } from '../../model/types.js';

export const zhHansFormatNames: Readonly<Record<SourceFormat, string>> = {
  cn: '中国大陆 Markdown/文本（第X条）',
  tw: '台湾 Markdown（第X條）',
  'tw-json': '台湾结构化 JSON（law_data）',
  de: '德国 Markdown（§ N）',
  en: '英文文本（Article N / Section N）',
  uslm: 'USLM XML（美国法案）',
  akn: 'Akoma Ntoso XML',
  json: 'lawdiff 版本 JSON',
  docx: 'Word 文档（.docx）',
  pdf: '带文字层的 PDF',
  html: '网页（HTML）',
  gii: 'gesetze-im-internet.de XML（dokumente/norm）',
  'tw-moj': '台湾全国法规资料库 XML/JSON（law.moj.gov.tw）',
};

export const zhHantFormatNames: Readonly<Record<SourceFormat, string>> = {
  cn: '中國大陸 Markdown／文字（第X条）',
  tw: '臺灣 Markdown（第X條）',
  'tw-json': '臺灣結構化 JSON（law_data）',
  de: '德國 Markdown（§ N）',
  en: '英文文字（Article N / Section N）',
  uslm: 'USLM XML（美國法案）',
  akn: 'Akoma Ntoso XML',
  json: 'lawdiff 版本 JSON',
  docx: 'Word 檔案（.docx）',
  pdf: '含文字層的 PDF',
  html: '網頁（HTML）',
  gii: 'gesetze-im-internet.de XML（dokumente/norm）',
  'tw-moj': '全國法規資料庫 XML/JSON（law.moj.gov.tw）',
};

export const deFormatNames: Readonly<Record<SourceFormat, string>> = {
  cn: 'Markdown/Text der VR China (第X条)',
  tw: 'Markdown aus Taiwan (第X條)',
  'tw-json': 'strukturiertes JSON aus Taiwan (law_data)',
  de: 'deutsches Markdown (§ N)',
  en: 'englischer Text (Article N / Section N)',
  uslm: 'USLM-XML (US-Gesetzentwürfe)',
  akn: 'Akoma-Ntoso-XML',
  json: 'lawdiff-Fassung als JSON',
  docx: 'Word-Dokument (.docx)',
  pdf: 'PDF mit Textebene',
  html: 'Webseite (HTML)',
  gii: 'gesetze-im-internet.de-XML (dokumente/norm)',
  'tw-moj': 'XML/JSON der Rechtsdatenbank Taiwans (law.moj.gov.tw)',
};
