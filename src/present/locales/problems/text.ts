/**
 * The text group's problem sentences (src/model/messages/text.ts) in
 * 简体中文, 繁體中文 and Deutsch, in the glossary's terms (docs/decisions/013).
 * Data in the arguments (paths, file names, numbers as printed, quoted text)
 * is passed through untouched; counts go through `plural`/`formatCount`; places
 * (`Place` arguments) through `zhHansPlace`, `zhHantPlace`, `dePlace` (./place.ts).
 */
import type { Place, textMessages, Translation } from '../../../model/messages/index.js';
import type { EncodingClaimKind } from '../../../model/messages/text.js';
import { formatCount, plural } from '../../i18n.js';
import { deFormatNames, zhHansFormatNames, zhHantFormatNames } from '../format-names.js';
import { dePlace, zhHansPlace, zhHantPlace } from './place.js';

type T = Translation<typeof textMessages>;

/** The arguments of a numbering warning (`numbering.gap`, `.back`, `.repeat`). */
type Numbering = Parameters<T['numbering.gap']>[0];

/** An article number with its printed label beside it, when the label does not spell it: `60（第六十条）`. */
const zhShown = (num: string, label: string | undefined): string => (label === undefined ? num : `${num}（${label}）`);
const deShown = (num: string, label: string | undefined): string => (label === undefined ? num : `${num} (${label})`);

function zhLook(a: Numbering, place: (p: Place) => string, between: (x: string, y: string) => string, near: (x: string) => string): string {
  return a.prevAt !== undefined && a.at !== undefined ? between(place(a.prevAt), place(a.at)) : a.at !== undefined ? near(place(a.at)) : '';
}

const zhHansClaim = (kind: EncodingClaimKind, label: string): string =>
  kind === 'http' ? `服务器响应头“Content-Type”（charset=${label}）` : kind === 'xml' ? `XML 声明（encoding="${label}"）` : `“<meta charset="${label}">”`;
const zhHantClaim = (kind: EncodingClaimKind, label: string): string =>
  kind === 'http' ? `伺服器回應標頭「Content-Type」（charset=${label}）` : kind === 'xml' ? `XML 宣告（encoding="${label}"）` : `「<meta charset="${label}">」`;
/** Who named the encoding, as the subject of a German sentence. */
const deClaim = (kind: EncodingClaimKind, label: string): string =>
  kind === 'http' ? `Der Content-Type des Servers (charset=${label})` : kind === 'xml' ? `Die XML-Deklaration (encoding="${label}")` : `<meta charset="${label}">`;

const hans = (n: number): string => formatCount(n, 'zh-Hans');
const hant = (n: number): string => formatCount(n, 'zh-Hant');
const deN = (n: number): string => formatCount(n, 'de');

export const zhHans: T = {
  'text.duplicateNumber': (a) => `条文序号${a.label}重复出现（首次出现在${zhHansPlace(a.first)}）`,
  'text.noteBeforeFirstArticle': () => '第一条之前的注释无处归属，已忽略',
  'de.frontMatterOpen': () => '文件开头的 YAML 元数据块缺少结束行“---”',
  'de.noNorm': () => '未找到任何 §（应为“## § 1 标题”形式的标题）',
  'de.normWithoutNumber': (a) => `条文标题“${a.heading}”中没有可识别的序号（应为“§ 12”或“§ 12a”）`,
  'de.otherHeading': () => '该标题既不是章节也不是 §，作为附件保留',
  'text.unknownFormat': (a) => `无法识别${a.name === undefined ? '该文本' : `“${a.name}”`}的格式（可识别：${Object.values(zhHansFormatNames).join('、')}）；请选择一种格式`,
  'text.docxNotText': () => 'Word 文档（.docx）须从文件本身读取，不能从文本读取：请打开或上传该 .docx 文件',
  'text.pdfNotText': () => 'PDF 须从文件本身读取，不能从文本读取：请打开或上传该 .pdf 文件',
  'text.htmlNotText': () => '网页由 HTML 读取器读取：请打开或上传该 .html 文件',
  'text.badLanguageOption': (a) => `语言选项：“${a.tag}”不是 BCP 47 语言标签（示例：“zh-Hans”“zh-Hant”“de”“en”）`,
  'text.badDocumentLanguage': (a) => `文件标注的语言“${a.tag}”不是 BCP 47 语言标签（示例：“zh-Hans”“zh-Hant”“de”“en”）；按“und”（不特定语言）处理`,
  'text.lineTooLong': (a) => `${zhHansPlace(a.at)}有 ${hans(a.length)} 个字符；lawdiff 每行最多读取 ${hans(a.max)} 个字符（请将文本分成若干段落）`,

  'cn.strayMarkup': (a) => `已忽略多余的标记“${a.markup}”`,
  'cn.strayMarkupBeforeHeading': (a) => `已忽略标题前多余的标记“${a.markup}”`,
  'cn.emptyHeading': () => '已忽略空标题',
  'cn.articleNotNumeral': () => '条文标题中的序号不是中文数字',
  'cn.articleUnreadable': (a) => `条文标题“${a.heading}”中的序号无法识别`,
  'cn.divisionUnreadable': (a) => `章节标题“${a.heading}”中的序号无法识别`,
  'cn.noArticle': () => '未找到任何条文（应有以“第X条”开头的行）',

  'tw.divisionForm': () => '章节标题不符合“第X章”或“第X章之Y”（或“編”“節”“款”“目”）的形式',
  'tw.articleForm': () => '条文标题不符合“第X條”或“第X條之Y”的形式',
  'tw.otherHeading': () => '该标题既不是章节也不是条文，已忽略',
  'tw.reasonBeforeFirstArticle': () => '第一条之前的理由无处归属，已忽略',
  'tw.notUnderlined': () => '看起来像条文标题，但下方没有“---”下划线',
  'tw.noArticle': () => '未找到任何条文（应有下方带“---”下划线的“第X條”标题）',
  'tw.invalidJson': (a) => `不是有效的 JSON：“${a.detail}”`,
  'tw.noLawData': () => '应为含有“law_data”数组的对象',
  'tw.entryNotObject': () => '应为含有“rule_no”和“content”或含有“section_name”的对象',
  'tw.entryFields': () => '应有字符串“rule_no”和“content”，或“section_name”',
  'tw.reasonKey': () => '理由的键不是条文序号（第X條），已忽略',

  'en.noNumber': (a) => `“${a.word}”后面没有条文序号（应为“${a.word} 12”这样的形式）`,
  'en.otherHeading': () => '该标题既不是章节也不是条文，作为附件保留',
  'en.noArticle': () => '未找到任何条文（应有以“Article 1”或“Section 1”开头的行）',

  'numbering.gap': (a) =>
    `条文序号从 ${zhShown(a.from, a.fromLabel)} 跳至 ${zhShown(a.to, a.toLabel)}：可能有条文标题被并入前一条${zhLook(a, zhHansPlace, (x, y) => `（请查看${x}与${y}之间）`, (x) => `（请查看${x}附近）`)}`,
  'numbering.back': (a) =>
    `条文序号从 ${zhShown(a.from, a.fromLabel)} 退回到 ${zhShown(a.to, a.toLabel)}：可能有条文序号错误或位置错乱${zhLook(a, zhHansPlace, (x, y) => `（请查看${x}与${y}之间）`, (x) => `（请查看${x}附近）`)}`,
  'numbering.repeat': (a) =>
    `条文序号 ${zhShown(a.to, a.toLabel)} 紧接在条文 ${zhShown(a.from, a.fromLabel)} 之后：其中一条的序号可能有误${zhLook(a, zhHansPlace, (x, y) => `（请查看${x}与${y}之间）`, (x) => `（请查看${x}附近）`)}`,

  'decode.unknownEncoding': (a) => `${zhHansClaim(a.byKind, a.label)}指定的编码 lawdiff 无法识别，已忽略`,
  'decode.declaredButUtf8': (a) => `${zhHansClaim(a.byKind, a.label)}声明的编码为 ${a.encoding}，但字节实为 UTF-8：已按 UTF-8 读取`,
  'decode.declaredUtf8ButLegacy': (a) => `${zhHansClaim(a.byKind, a.label)}声明的编码为 UTF-8，但字节并非 UTF-8，可按 ${a.encoding} 读取：已按此读取`,
  'decode.unreadable': (a) => `有 ${hans(a.count)} 个字符无法按 ${a.encoding} 读取，已变为 U+FFFD（�）：文本使用了其他编码，或已损坏`,
  'decode.replacement': (a) => `${hans(a.count)} 个替换字符（U+FFFD）：文本解码时有字节丢失（按错误的编码读取，或已损坏）`,
  'decode.moreReplacements': (a) => `自此行起，另有 ${hans(a.lines)} 行共 ${hans(a.chars)} 个替换字符（U+FFFD）`,
};

export const zhHant: T = {
  'text.duplicateNumber': (a) => `條次${a.label}重複出現（首次出現在${zhHantPlace(a.first)}）`,
  'text.noteBeforeFirstArticle': () => '第一條之前的註記無從附屬，已忽略',
  'de.frontMatterOpen': () => '檔案開頭的 YAML 中繼資料區塊缺少結束行「---」',
  'de.noNorm': () => '找不到任何 §（應為「## § 1 標題」形式的標題）',
  'de.normWithoutNumber': (a) => `條文標題「${a.heading}」中沒有可辨識的條次（應為「§ 12」或「§ 12a」）`,
  'de.otherHeading': () => '此標題既非章節亦非 §，作為附件保留',
  'text.unknownFormat': (a) => `無法辨識${a.name === undefined ? '此文字' : `「${a.name}」`}的格式（可辨識：${Object.values(zhHantFormatNames).join('、')}）；請選擇一種格式`,
  'text.docxNotText': () => 'Word 文件（.docx）須從檔案本身讀取，無法從文字讀取：請開啟或上傳該 .docx 檔案',
  'text.pdfNotText': () => 'PDF 須從檔案本身讀取，無法從文字讀取：請開啟或上傳該 .pdf 檔案',
  'text.htmlNotText': () => '網頁由 HTML 讀取器讀取：請開啟或上傳該 .html 檔案',
  'text.badLanguageOption': (a) => `語言選項：「${a.tag}」不是 BCP 47 語言標籤（範例：「zh-Hans」、「zh-Hant」、「de」、「en」）`,
  'text.badDocumentLanguage': (a) => `文件標示的語言「${a.tag}」不是 BCP 47 語言標籤（範例：「zh-Hans」、「zh-Hant」、「de」、「en」）；視為「und」（不特定語言）`,
  'text.lineTooLong': (a) => `${zhHantPlace(a.at)}有 ${hant(a.length)} 個字元；lawdiff 每行最多讀取 ${hant(a.max)} 個字元（請將文字分成數個段落）`,

  'cn.strayMarkup': (a) => `已忽略多餘的標記「${a.markup}」`,
  'cn.strayMarkupBeforeHeading': (a) => `已忽略標題前多餘的標記「${a.markup}」`,
  'cn.emptyHeading': () => '已忽略空白標題',
  'cn.articleNotNumeral': () => '條文標題中的條次不是中文數字',
  'cn.articleUnreadable': (a) => `條文標題「${a.heading}」中的條次無法辨識`,
  'cn.divisionUnreadable': (a) => `章節標題「${a.heading}」中的序號無法辨識`,
  'cn.noArticle': () => '找不到任何條文（應有以「第X条」開頭的行）',

  'tw.divisionForm': () => '章節標題不符合「第X章」或「第X章之Y」（或「編」、「節」、「款」、「目」）的格式',
  'tw.articleForm': () => '條文標題不符合「第X條」或「第X條之Y」的格式',
  'tw.otherHeading': () => '此標題既非章節亦非條文，已忽略',
  'tw.reasonBeforeFirstArticle': () => '第一條之前的理由無從附屬，已忽略',
  'tw.notUnderlined': () => '看似條文標題，但下方沒有「---」底線',
  'tw.noArticle': () => '找不到任何條文（應有下方加上「---」底線的「第X條」標題）',
  'tw.invalidJson': (a) => `不是有效的 JSON：「${a.detail}」`,
  'tw.noLawData': () => '應為含有「law_data」陣列的物件',
  'tw.entryNotObject': () => '應為含有「rule_no」與「content」或含有「section_name」的物件',
  'tw.entryFields': () => '應有字串「rule_no」與「content」，或「section_name」',
  'tw.reasonKey': () => '理由的鍵值不是條次（第X條），已忽略',

  'en.noNumber': (a) => `「${a.word}」後面沒有條次（應為「${a.word} 12」之類的形式）`,
  'en.otherHeading': () => '此標題既非章節亦非條文，作為附件保留',
  'en.noArticle': () => '找不到任何條文（應有以「Article 1」或「Section 1」開頭的行）',

  'numbering.gap': (a) =>
    `條次從 ${zhShown(a.from, a.fromLabel)} 跳至 ${zhShown(a.to, a.toLabel)}：可能有條文標題被併入前一條${zhLook(a, zhHantPlace, (x, y) => `（請查看${x}與${y}之間）`, (x) => `（請查看${x}附近）`)}`,
  'numbering.back': (a) =>
    `條次從 ${zhShown(a.from, a.fromLabel)} 退回到 ${zhShown(a.to, a.toLabel)}：可能有條次錯誤或位置錯置${zhLook(a, zhHantPlace, (x, y) => `（請查看${x}與${y}之間）`, (x) => `（請查看${x}附近）`)}`,
  'numbering.repeat': (a) =>
    `條次 ${zhShown(a.to, a.toLabel)} 緊接在條次 ${zhShown(a.from, a.fromLabel)} 之後：其中一條的條次可能有誤${zhLook(a, zhHantPlace, (x, y) => `（請查看${x}與${y}之間）`, (x) => `（請查看${x}附近）`)}`,

  'decode.unknownEncoding': (a) => `${zhHantClaim(a.byKind, a.label)}指定的編碼 lawdiff 無法辨識，已忽略`,
  'decode.declaredButUtf8': (a) => `${zhHantClaim(a.byKind, a.label)}宣告的編碼為 ${a.encoding}，但位元組實為 UTF-8：已按 UTF-8 讀取`,
  'decode.declaredUtf8ButLegacy': (a) => `${zhHantClaim(a.byKind, a.label)}宣告的編碼為 UTF-8，但位元組並非 UTF-8，可按 ${a.encoding} 讀取：已按此讀取`,
  'decode.unreadable': (a) => `有 ${hant(a.count)} 個字元無法按 ${a.encoding} 讀取，已變為 U+FFFD（�）：文字使用了其他編碼，或已損毀`,
  'decode.replacement': (a) => `${hant(a.count)} 個替代字元（U+FFFD）：文字解碼時有位元組遺失（以錯誤的編碼讀取，或已損毀）`,
  'decode.moreReplacements': (a) => `自此行起，另有 ${hant(a.lines)} 行共 ${hant(a.chars)} 個替代字元（U+FFFD）`,
};

const deLook = (a: Numbering): string =>
  a.prevAt !== undefined && a.at !== undefined ? ` (siehe zwischen ${dePlace(a.prevAt)} und ${dePlace(a.at)})` : a.at !== undefined ? ` (siehe bei ${dePlace(a.at)})` : '';

export const de: T = {
  'text.duplicateNumber': (a) => `Die Nummer ${a.label} kommt zweimal vor (zuerst in ${dePlace(a.first)})`,
  'text.noteBeforeFirstArticle': () => 'Anmerkung vor der ersten Vorschrift lässt sich keiner Vorschrift zuordnen; ignoriert',
  'de.frontMatterOpen': () => 'Der YAML-Vorspann wird nicht mit einer Zeile „---“ geschlossen',
  'de.noNorm': () => 'Kein § gefunden (erwartet werden Überschriften wie „## § 1 Überschrift“)',
  'de.normWithoutNumber': (a) => `Die Überschrift „${a.heading}“ hat keine lesbare Nummer (erwartet „§ 12“ oder „§ 12a“)`,
  'de.otherHeading': () => 'Überschrift ist weder eine Gliederungseinheit noch ein §; als Anlage übernommen',
  'text.unknownFormat': (a) => `Unbekanntes Format: ${a.name === undefined ? 'der Text' : a.name} lässt sich keinem der Formate ${Object.values(deFormatNames).join(', ')} zuordnen; bitte ein Format wählen`,
  'text.docxNotText': () => 'Ein Word-Dokument (.docx) wird aus der Datei selbst gelesen, nicht aus Text: bitte die .docx-Datei öffnen oder hochladen',
  'text.pdfNotText': () => 'Ein PDF wird aus der Datei selbst gelesen, nicht aus Text: bitte die .pdf-Datei öffnen oder hochladen',
  'text.htmlNotText': () => 'Eine Webseite wird vom HTML-Leser gelesen: bitte die .html-Datei öffnen oder hochladen',
  'text.badLanguageOption': (a) => `Sprachangabe: „${a.tag}“ ist kein Sprachkennzeichen nach BCP 47 (Beispiele: zh-Hans, zh-Hant, de, en)`,
  'text.badDocumentLanguage': (a) =>
    `Die Sprache des Dokuments „${a.tag}“ ist kein Sprachkennzeichen nach BCP 47 (Beispiele: zh-Hans, zh-Hant, de, en); gelesen als „und“ (keine bestimmte Sprache)`,
  'text.lineTooLong': (a) =>
    `${dePlace(a.at)} hat ${deN(a.length)} Zeichen; lawdiff liest Zeilen mit höchstens ${deN(a.max)} Zeichen (bitte den Text in Absätze gliedern)`,

  'cn.strayMarkup': (a) => `Überzähliges Markup „${a.markup}“ ignoriert`,
  'cn.strayMarkupBeforeHeading': (a) => `Überzähliges Markup „${a.markup}“ vor einer Überschrift ignoriert`,
  'cn.emptyHeading': () => 'Leere Überschrift ignoriert',
  'cn.articleNotNumeral': () => 'Die Überschrift der Vorschrift hat eine Nummer, die kein chinesisches Zahlwort ist',
  'cn.articleUnreadable': (a) => `Die Überschrift „${a.heading}“ hat eine unlesbare Nummer`,
  'cn.divisionUnreadable': (a) => `Die Gliederungsüberschrift „${a.heading}“ hat eine unlesbare Nummer`,
  'cn.noArticle': () => 'Keine Vorschrift gefunden (erwartet werden Zeilen, die mit „第X条“ beginnen)',

  'tw.divisionForm': () => 'Die Gliederungsüberschrift hat nicht die Form „第X章“ oder „第X章之Y“ (oder 編/節/款/目)',
  'tw.articleForm': () => 'Die Überschrift der Vorschrift hat nicht die Form „第X條“ oder „第X條之Y“',
  'tw.otherHeading': () => 'Überschrift ist weder eine Gliederungseinheit noch eine Vorschrift; ignoriert',
  'tw.reasonBeforeFirstArticle': () => 'Begründung vor der ersten Vorschrift lässt sich keiner Vorschrift zuordnen; ignoriert',
  'tw.notUnderlined': () => 'Sieht aus wie die Überschrift einer Vorschrift, ist aber nicht mit „---“ unterstrichen',
  'tw.noArticle': () => 'Keine Vorschrift gefunden (erwartet werden mit „---“ unterstrichene Überschriften „第X條“)',
  'tw.invalidJson': (a) => `Kein gültiges JSON: ${a.detail}`,
  'tw.noLawData': () => 'Erwartet wird ein Objekt mit einem Array „law_data“',
  'tw.entryNotObject': () => 'Erwartet wird ein Objekt mit „rule_no“ und „content“ oder mit „section_name“',
  'tw.entryFields': () => 'Erwartet werden die Zeichenketten „rule_no“ und „content“ oder „section_name“',
  'tw.reasonKey': () => 'Begründung ist keiner Vorschriftennummer (第X條) zugeordnet; ignoriert',

  'en.noNumber': (a) => `Auf „${a.word}“ folgt keine Nummer (erwartet z. B. „${a.word} 12“)`,
  'en.otherHeading': () => 'Überschrift ist weder eine Gliederungseinheit noch eine Vorschrift; als Anlage übernommen',
  'en.noArticle': () => 'Keine Vorschrift gefunden (erwartet werden Zeilen, die mit „Article 1“ oder „Section 1“ beginnen)',

  'numbering.gap': (a) =>
    `Die Nummerierung springt von ${deShown(a.from, a.fromLabel)} auf ${deShown(a.to, a.toLabel)}: Möglicherweise ist eine Überschrift in der vorhergehenden Vorschrift aufgegangen${deLook(a)}`,
  'numbering.back': (a) =>
    `Die Nummerierung springt von ${deShown(a.from, a.fromLabel)} zurück auf ${deShown(a.to, a.toLabel)}: Eine Vorschrift ist möglicherweise falsch nummeriert oder steht an falscher Stelle${deLook(a)}`,
  'numbering.repeat': (a) =>
    `Nummer ${deShown(a.to, a.toLabel)} folgt auf Nummer ${deShown(a.from, a.fromLabel)}: Eine der beiden ist möglicherweise falsch nummeriert${deLook(a)}`,

  'decode.unknownEncoding': (a) => `${deClaim(a.byKind, a.label)} nennt eine Zeichenkodierung, die lawdiff nicht kennt; ignoriert`,
  'decode.declaredButUtf8': (a) => `${deClaim(a.byKind, a.label)} gibt ${a.encoding} an, die Bytes sind aber UTF-8: als UTF-8 gelesen`,
  'decode.declaredUtf8ButLegacy': (a) => `${deClaim(a.byKind, a.label)} gibt UTF-8 an, die Bytes sind aber kein UTF-8, sondern ergeben ${a.encoding}: so gelesen`,
  'decode.unreadable': (a) =>
    `${plural(a.count, { one: '# Zeichen konnte', other: '# Zeichen konnten' }, 'de')} nicht als ${a.encoding} gelesen werden und ${plural(a.count, { one: 'wurde', other: 'wurden' }, 'de')} zu U+FFFD (�): Der Text hat eine andere Kodierung oder ist beschädigt`,
  'decode.replacement': (a) =>
    `${plural(a.count, { one: '# Ersatzzeichen', other: '# Ersatzzeichen' }, 'de')} (U+FFFD): Beim Dekodieren gingen Bytes verloren (in falscher Kodierung gelesen oder beschädigt)`,
  'decode.moreReplacements': (a) =>
    `${plural(a.chars, { one: '# weiteres Ersatzzeichen', other: '# weitere Ersatzzeichen' }, 'de')} (U+FFFD) in ${plural(a.lines, { one: '# weiteren Zeile', other: '# weiteren Zeilen' }, 'de')}, ab dieser Zeile`,
};
