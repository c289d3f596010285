/**
 * The json group's problem sentences (src/model/messages/json.ts) in
 * 简体中文, 繁體中文 and Deutsch, in the glossary's terms (docs/decisions/013).
 * Data in the arguments (paths, file names, numbers as printed, quoted text)
 * is passed through untouched; counts go through `plural`/`formatCount`; places
 * (`Place` arguments) through `zhHansPlace`, `zhHantPlace`, `dePlace` (./place.ts).
 * A parser's or reader's own message (`detail`, in English) is quoted.
 */
import type { jsonMessages, Translation } from '../../../model/messages/index.js';
import type { DuplicateKind, ExpectedKind } from '../../../model/messages/json.js';
import { formatCount, plural } from '../../i18n.js';
import { dePlace, zhHansPlace, zhHantPlace } from './place.js';

type T = Translation<typeof jsonMessages>;

const hansExpected: Readonly<Record<ExpectedKind, string>> = {
  object: '对象',
  array: '数组',
  string: '字符串',
  boolean: 'true 或 false',
  notProto: '“__proto__”以外的键',
  nonEmpty: '至少一项',
  articleNumber: '非空的规范化条文序号',
  nodeKind: '“article”“division”或“repealed-range”',
  annotationKind: '“explanation”或“note”',
  fileName: '文件名（或“"published": false”）',
  isoDate: 'YYYY-MM-DD 格式的 ISO 日期',
  isoDateOrEmpty: 'YYYY-MM-DD 格式的 ISO 日期或“""”',
  isoTime: 'ISO 格式的时间',
  uniqueVersionId: '未被其他版本使用的标识符',
  allowedVersionId: '“add”“compare”以外且不含“~”的标识符',
  uniqueReportId: '未被其他说明文件使用的标识符',
  folderName: '文件夹名称（字母、数字、“-”“_”“.”）',
  name: '由字母、数字、“-”“_”“.”组成的名称',
  someText: '非空白的文本',
  paragraphNumber: '段落序号（1 或以上）',
  reportId: '说明文件标识符',
  reportOrigin: '“imported”或“collection”',
  titles: '按语言列出标题的对象',
};

const hantExpected: Readonly<Record<ExpectedKind, string>> = {
  object: '物件',
  array: '陣列',
  string: '字串',
  boolean: 'true 或 false',
  notProto: '「__proto__」以外的鍵',
  nonEmpty: '至少一項',
  articleNumber: '非空的正規化條次',
  nodeKind: '「article」「division」或「repealed-range」',
  annotationKind: '「explanation」或「note」',
  fileName: '檔案名稱（或「"published": false」）',
  isoDate: 'YYYY-MM-DD 格式的 ISO 日期',
  isoDateOrEmpty: 'YYYY-MM-DD 格式的 ISO 日期或「""」',
  isoTime: 'ISO 格式的時間',
  uniqueVersionId: '未被其他版本使用的識別碼',
  allowedVersionId: '「add」「compare」以外且不含「~」的識別碼',
  uniqueReportId: '未被其他說明文件使用的識別碼',
  folderName: '資料夾名稱（字母、數字、「-」「_」「.」）',
  name: '由字母、數字、「-」「_」「.」組成的名稱',
  someText: '非空白的文字',
  paragraphNumber: '段落編號（1 以上）',
  reportId: '說明文件識別碼',
  reportOrigin: '「imported」或「collection」',
  titles: '依語言列出標題的物件',
};

const deExpected: Readonly<Record<ExpectedKind, string>> = {
  object: 'ein Objekt',
  array: 'ein Array',
  string: 'eine Zeichenkette',
  boolean: '„true“ oder „false“',
  notProto: 'ein anderer Schlüssel als „__proto__“',
  nonEmpty: 'mindestens ein Eintrag',
  articleNumber: 'eine nicht leere, normalisierte Nummer der Vorschrift',
  nodeKind: '„article“, „division“ oder „repealed-range“',
  annotationKind: '„explanation“ oder „note“',
  fileName: 'ein Dateiname (oder „"published": false“)',
  isoDate: 'ein ISO-Datum (JJJJ-MM-TT)',
  isoDateOrEmpty: 'ein ISO-Datum (JJJJ-MM-TT) oder „""“',
  isoTime: 'eine ISO-Zeitangabe',
  uniqueVersionId: 'eine Kennung, die keine andere Fassung trägt',
  allowedVersionId: 'eine andere Kennung als „add“ oder „compare“, ohne „~“',
  uniqueReportId: 'eine Kennung, die keine andere Begründung trägt',
  folderName: 'ein Ordnername (Buchstaben, Ziffern, „-“, „_“, „.“)',
  name: 'ein Name aus Buchstaben, Ziffern, „-“, „_“ und „.“',
  someText: 'ein nicht leerer Text',
  paragraphNumber: 'eine Absatznummer (ab 1)',
  reportId: 'eine Kennung der Begründung',
  reportOrigin: '„imported“ oder „collection“',
  titles: 'ein Objekt mit den Titeln nach Sprache',
};

const hansDuplicate: Readonly<Record<DuplicateKind, string>> = { paragraph: '段落', noteId: '笔记标识符', lawFolder: '法律文件夹', version: '版本', report: '说明文件' };
const hantDuplicate: Readonly<Record<DuplicateKind, string>> = { paragraph: '段落', noteId: '筆記識別碼', lawFolder: '法規資料夾', version: '版本', report: '說明文件' };
const deDuplicate: Readonly<Record<DuplicateKind, string>> = { paragraph: 'Der Absatz', noteId: 'Die Notiz-Kennung', lawFolder: 'Der Gesetzesordner', version: 'Die Fassung', report: 'Die Begründung' };

/** `path：` before a sentence, when there is a path. */
const hansAt = (path: string | undefined): string => (path ? `${path}：` : '');
const deAt = (path: string | undefined): string => (path ? `${path}: ` : '');
/** What was found: a JSON preview as it is, or nothing. */
const hansFound = (f: string | undefined): string => (f === undefined ? '（缺少此项）' : f);
const hantFound = (f: string | undefined): string => (f === undefined ? '（缺少此項）' : f);
const deFound = (f: string | undefined): string => f ?? 'nichts';

export const zhHans: T = {
  'json.expected': (a) => `${hansAt(a.path)}应为${hansExpected[a.expectedKind]}，实际为${hansFound(a.found)}`,
  'json.expectedValue': (a) => `${hansAt(a.path)}应为“${a.value}”，实际为${hansFound(a.found)}`,
  'json.expectedFormat': (a) => `${hansAt(a.path)}应为以下格式之一：${a.formats.join('、')}；实际为${hansFound(a.found)}`,
  'json.expectedVersionId': (a) => `${hansAt(a.path)}应为该法律某一版本的标识符（${a.ids.join('、')}），实际为${hansFound(a.found)}`,
  'json.expectedAfter': (a) => `${hansAt(a.path)}应为“${a.old}”之后的文本，实际为${hansFound(a.found)}`,
  'json.tooDeep': (a) => `${a.path}：${a.nestingKind === 'items' ? '项' : '章节'}嵌套超过 ${formatCount(a.max, 'zh-Hans')} 层；lawdiff 最多读取 ${formatCount(a.max, 'zh-Hans')} 层`,
  'json.invalid': (a) => `不是有效的 JSON（解析器提示：“${a.detail}”）`,
  'json.badLanguage': (a) => `${a.path}：“${a.tag}”不是 BCP 47 语言标签（例如 zh-Hans、zh-Hant、de、en）`,
  'record.notImported': (a) => `应为导入的版本，实际所属法律库为${hansFound(a.collection)}、来源为${hansFound(a.origin)}`,
  'record.versionKey': (a) => `info.id：应为${a.expected}（该版本的键），实际为${hansFound(a.found)}`,
  'record.reportKey': (a) => `id：应为${a.expected}（由文件夹和说明文件标识符组成），实际为${hansFound(a.found)}`,
  'record.unreadable': (a) => `无法读取（“${a.detail}”）`,
  'record.duplicate': (a) => `${a.path}：${hansDuplicate[a.itemKind]}“${a.value}”出现了两次`,
  'record.backupNotJson': (a) => `不是 JSON 文件（解析器提示：“${a.detail}”）`,
  'record.storedReportUnreadable': (a) => `有一份保存的说明文件无法读取（${a.why}）`,
  'collection.cannotRead': (a) => `无法读取“${a.file}”（“${a.detail}”）`,
  'collection.cannotReadIndex': (a) => `无法读取法律库的索引（“${a.detail}”）`,
  'collection.cannotReadReport': (a) => `无法读取说明文件“${a.report}”（“${a.detail}”）`,
  'collection.unpublished': (a) => `“${a.law}”的版本“${a.version}”未公布，没有文本`,
  'collection.emptyReport': (a) => `说明文件“${a.report}”（“${a.file}”）为空`,
  'collection.unresolvedReference': (a) => `说明文件${zhHansPlace(a.at)}提到“${a.reference}”，但所指文本中没有该条`,
};

export const zhHant: T = {
  'json.expected': (a) => `${hansAt(a.path)}應為${hantExpected[a.expectedKind]}，實際為${hantFound(a.found)}`,
  'json.expectedValue': (a) => `${hansAt(a.path)}應為「${a.value}」，實際為${hantFound(a.found)}`,
  'json.expectedFormat': (a) => `${hansAt(a.path)}應為下列格式之一：${a.formats.join('、')}；實際為${hantFound(a.found)}`,
  'json.expectedVersionId': (a) => `${hansAt(a.path)}應為此法規某一版本的識別碼（${a.ids.join('、')}），實際為${hantFound(a.found)}`,
  'json.expectedAfter': (a) => `${hansAt(a.path)}應為「${a.old}」之後的版本，實際為${hantFound(a.found)}`,
  'json.tooDeep': (a) => `${a.path}：${a.nestingKind === 'items' ? '款' : '章節'}巢狀超過 ${formatCount(a.max, 'zh-Hant')} 層；lawdiff 最多讀取 ${formatCount(a.max, 'zh-Hant')} 層`,
  'json.invalid': (a) => `不是有效的 JSON（剖析器訊息：「${a.detail}」）`,
  'json.badLanguage': (a) => `${a.path}：「${a.tag}」不是 BCP 47 語言標籤（例如 zh-Hans、zh-Hant、de、en）`,
  'record.notImported': (a) => `應為匯入的版本，實際所屬法規集為${hantFound(a.collection)}、來源為${hantFound(a.origin)}`,
  'record.versionKey': (a) => `info.id：應為${a.expected}（此版本的鍵），實際為${hantFound(a.found)}`,
  'record.reportKey': (a) => `id：應為${a.expected}（由資料夾與說明文件識別碼組成），實際為${hantFound(a.found)}`,
  'record.unreadable': (a) => `無法讀取（「${a.detail}」）`,
  'record.duplicate': (a) => `${a.path}：${hantDuplicate[a.itemKind]}「${a.value}」出現兩次`,
  'record.backupNotJson': (a) => `不是 JSON 檔案（剖析器訊息：「${a.detail}」）`,
  'record.storedReportUnreadable': (a) => `有一份儲存的說明文件無法讀取（${a.why}）`,
  'collection.cannotRead': (a) => `無法讀取「${a.file}」（「${a.detail}」）`,
  'collection.cannotReadIndex': (a) => `無法讀取法規集的索引（「${a.detail}」）`,
  'collection.cannotReadReport': (a) => `無法讀取說明文件「${a.report}」（「${a.detail}」）`,
  'collection.unpublished': (a) => `「${a.law}」的版本「${a.version}」未公布，沒有條文`,
  'collection.emptyReport': (a) => `說明文件「${a.report}」（「${a.file}」）是空的`,
  'collection.unresolvedReference': (a) => `說明文件${zhHantPlace(a.at)}提及「${a.reference}」，但所指版本中並無此條`,
};

export const de: T = {
  'json.expected': (a) => `${deAt(a.path)}erwartet ${deExpected[a.expectedKind]}, gefunden ${deFound(a.found)}`,
  'json.expectedValue': (a) => `${deAt(a.path)}erwartet „${a.value}“, gefunden ${deFound(a.found)}`,
  'json.expectedFormat': (a) => `${deAt(a.path)}erwartet eines der Formate ${a.formats.join(', ')}, gefunden ${deFound(a.found)}`,
  'json.expectedVersionId': (a) => `${deAt(a.path)}erwartet die Kennung einer Fassung des Gesetzes (${a.ids.join(', ')}), gefunden ${deFound(a.found)}`,
  'json.expectedAfter': (a) => `${deAt(a.path)}erwartet eine spätere Fassung als „${a.old}“, gefunden ${deFound(a.found)}`,
  'json.tooDeep': (a) =>
    `${a.path}: ${a.nestingKind === 'items' ? 'Nummern' : 'Gliederungseinheiten'} sind tiefer als ${plural(a.max, { one: '# Ebene', other: '# Ebenen' }, 'de')} verschachtelt; lawdiff liest höchstens ${plural(a.max, { one: '# Ebene', other: '# Ebenen' }, 'de')}`,
  'json.invalid': (a) => `Kein gültiges JSON (Meldung des Parsers: „${a.detail}“)`,
  'json.badLanguage': (a) => `${a.path}: „${a.tag}“ ist kein Sprachkennzeichen nach BCP 47 (Beispiele: zh-Hans, zh-Hant, de, en)`,
  'record.notImported': (a) => `Erwartet wurde eine importierte Fassung, gefunden die Sammlung ${deFound(a.collection)} und die Herkunft ${deFound(a.origin)}`,
  'record.versionKey': (a) => `info.id: erwartet ${a.expected} (der Schlüssel der Fassung), gefunden ${deFound(a.found)}`,
  'record.reportKey': (a) => `id: erwartet ${a.expected} (aus Ordner und Kennung der Begründung), gefunden ${deFound(a.found)}`,
  'record.unreadable': (a) => `Nicht lesbar („${a.detail}“)`,
  'record.duplicate': (a) => `${a.path}: ${deDuplicate[a.itemKind]} „${a.value}“ kommt zweimal vor`,
  'record.backupNotJson': (a) => `Keine JSON-Datei (Meldung des Parsers: „${a.detail}“)`,
  'record.storedReportUnreadable': (a) => `Eine gespeicherte Begründung konnte nicht gelesen werden (${a.why})`,
  'collection.cannotRead': (a) => `${a.file} kann nicht gelesen werden („${a.detail}“)`,
  'collection.cannotReadIndex': (a) => `Das Verzeichnis der Sammlung kann nicht gelesen werden („${a.detail}“)`,
  'collection.cannotReadReport': (a) => `Die Begründung „${a.report}“ kann nicht gelesen werden („${a.detail}“)`,
  'collection.unpublished': (a) => `Die Fassung „${a.version}“ von ${a.law} wurde nicht veröffentlicht; sie hat keinen Text`,
  'collection.emptyReport': (a) => `Die Begründung „${a.report}“ (${a.file}) ist leer`,
  'collection.unresolvedReference': (a) => `${dePlace(a.at)} der Begründung nennt „${a.reference}“; die genannte Fassung enthält keine solche Vorschrift`,
};
