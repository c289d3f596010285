/**
 * The text group's problem sentences (src/model/messages/text.ts) in
 * 简体中文, 繁體中文 and Deutsch, in the glossary's terms (docs/decisions/013).
 * Data in the arguments (paths, file names, numbers as printed, quoted text)
 * is passed through untouched; counts go through `plural`/`formatCount`; places
 * (`Place` arguments) through `zhHansPlace`, `zhHantPlace`, `dePlace` (./place.ts).
 */
import type { textMessages, Translation } from '../../../model/messages/index.js';
import { deFormatNames, zhHansFormatNames, zhHantFormatNames } from '../format-names.js';
import { dePlace, zhHansPlace, zhHantPlace } from './place.js';

type T = Translation<typeof textMessages>;

export const zhHans: T = {
  'text.duplicateNumber': (a) => `条文序号${a.label}重复出现（首次出现在${zhHansPlace(a.first)}）`,
  'de.frontMatterOpen': () => '文件开头的 YAML 元数据块缺少结束行“---”',
  'de.noNorm': () => '未找到任何 §（应为“## § 1 标题”形式的标题）',
  'de.normWithoutNumber': (a) => `条文标题“${a.heading}”中没有可识别的序号（应为“§ 12”或“§ 12a”）`,
  'de.otherHeading': () => '该标题既不是章节也不是 §，作为附件保留',
  'text.unknownFormat': (a) => `无法识别${a.name === undefined ? '该文本' : `“${a.name}”`}的格式（可识别：${Object.values(zhHansFormatNames).join('、')}）；请选择一种格式`,
};

export const zhHant: T = {
  'text.duplicateNumber': (a) => `條次${a.label}重複出現（首次出現在${zhHantPlace(a.first)}）`,
  'de.frontMatterOpen': () => '檔案開頭的 YAML 中繼資料區塊缺少結束行「---」',
  'de.noNorm': () => '找不到任何 §（應為「## § 1 標題」形式的標題）',
  'de.normWithoutNumber': (a) => `條文標題「${a.heading}」中沒有可辨識的條次（應為「§ 12」或「§ 12a」）`,
  'de.otherHeading': () => '此標題既非章節亦非 §，作為附件保留',
  'text.unknownFormat': (a) => `無法辨識${a.name === undefined ? '此文字' : `「${a.name}」`}的格式（可辨識：${Object.values(zhHantFormatNames).join('、')}）；請選擇一種格式`,
};

export const de: T = {
  'text.duplicateNumber': (a) => `Die Nummer ${a.label} kommt zweimal vor (zuerst in ${dePlace(a.first)})`,
  'de.frontMatterOpen': () => 'Der YAML-Vorspann wird nicht mit einer Zeile „---“ geschlossen',
  'de.noNorm': () => 'Kein § gefunden (erwartet werden Überschriften wie „## § 1 Überschrift“)',
  'de.normWithoutNumber': (a) => `Die Überschrift „${a.heading}“ hat keine lesbare Nummer (erwartet „§ 12“ oder „§ 12a“)`,
  'de.otherHeading': () => 'Überschrift ist weder eine Gliederungseinheit noch ein §; als Anlage übernommen',
  'text.unknownFormat': (a) => `Unbekanntes Format: ${a.name === undefined ? 'der Text' : a.name} lässt sich keinem der Formate ${Object.values(deFormatNames).join(', ')} zuordnen; bitte ein Format wählen`,
};
