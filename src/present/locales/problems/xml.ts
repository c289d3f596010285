/**
 * The xml group's problem sentences (src/model/messages/xml.ts) in
 * 简体中文, 繁體中文 and Deutsch, in the glossary's terms (docs/decisions/013).
 * Data in the arguments (paths, file names, numbers as printed, quoted text)
 * is passed through untouched; counts go through `plural`/`formatCount`; places
 * (`Place` arguments) through `zhHansPlace`, `zhHantPlace`, `dePlace` (./place.ts).
 */
import type { xmlMessages, Translation } from '../../../model/messages/index.js';
import type { GiiDroppedKind, JsonTypeKind, MojWhere } from '../../../model/messages/xml.js';
import { formatCount, plural } from '../../i18n.js';
import { dePlace, zhHansPlace, zhHantPlace } from './place.js';

type T = Translation<typeof xmlMessages>;

// ---------------------------------------------------------------- 简体中文

const hansN = (n: number): string => formatCount(n, 'zh-Hans');

const hansType: Record<JsonTypeKind, string> = {
  null: '空值（null）',
  array: '数组',
  object: '对象',
  string: '字符串',
  number: '数字',
  boolean: '布尔值',
  undefined: '缺失（无此字段）',
};

const hansDropped: Record<GiiDroppedKind, (element: string) => string> = {
  sentenceNumbers: () => '句子编号（“<SUP class="Rec">”）已舍弃',
  images: () => '图片（<IMG>）已舍弃：lawdiff 只比较文字',
  tables: () => '表格按文字读取：每行一段，单元格之间以“ | ”分隔',
  divisionFootnotes: () => '章节的脚注已舍弃（没有可附属的条文）',
  repealedText: () => '已废止范围（“§§ … bis …”）的文字已舍弃',
  otherElement: (e) => `<dokumente> 下 <norm> 以外的元素 <${e}> 已忽略`,
};

const hansWhere = (w: MojWhere): string => w.path ?? `<法規內容> 第 ${hansN(w.entry)} 个条目`;
const hansLaws = (names: readonly string[], count: number): string => `${names.map((n) => `《${n}》`).join('、')}${count > 8 ? ' …' : ''}`;

export const zhHans: T = {
  'xml.tooLarge': (a) => `XML 文档过大（${hansN(a.length)} 个字符，上限为 ${hansN(a.limit)}）。`,
  'xml.malformed': (a) => `XML 格式错误：“${a.detail}”。`,
  'xml.entity': (a) => `XML 格式错误：“${a.detail}”${a.ref !== undefined ? `（“${a.ref}”）` : ''}；只允许 &lt; &gt; &amp; &quot; &apos; 和数字字符引用。`,
  'xml.closeTagMismatch': (a) =>
    `XML 格式错误：${a.close !== undefined ? `结束标签 ${a.close} ` : '结束标签'}与${zhHansPlace(a.at)}第 ${hansN(a.column)} 列开始的 ${a.open} 不匹配。`,
  'xml.unclosed': (a) => `XML 格式错误：${zhHansPlace(a.at)}第 ${hansN(a.column)} 列开始的 ${a.open} 尚未闭合，文档就已结束。`,
  'xml.doctype': () => '不允许 DOCTYPE 声明：不处理 DTD 和外部实体。',
  'xml.doctypeNotAccepted': (a) =>
    `${a.kind === 'internalSubset' ? '不允许带内部子集（[…]：实体或其他声明）的 DOCTYPE' : '不允许此 DOCTYPE 声明'}：只接受“<!DOCTYPE ${a.root} SYSTEM "…">”，且从不读取其 DTD；不处理 DTD 和实体。`,
  'xml.tooManyElements': (a) => `XML 元素过多（上限为 ${hansN(a.limit)} 个）。`,
  'xml.tooDeep': (a) => `XML 元素嵌套过深（上限为 ${hansN(a.limit)} 层）。`,
  'xml.noRoot': () => '文档没有根元素。',

  'akn.noteOutsideArticle': () => '一条不属于任何条文的注释已跳过：注释必须附属于条文。',
  'akn.outsideArticle': (a) => `不在任何条文中的 <${a.element}> 已跳过：正文中只读取条文及其所属章节。`,
  'akn.unattachedNote': (a) => `注释${a.eId ? `“${a.eId}”` : ''}未附属于任何条文（没有 placementBase，条文中也没有 noteRef），已跳过。`,
  'akn.secondBody': (a) => `第二个 <${a.element}> 已跳过：只读取第一个。`,
  'akn.strayInDocument': (a) => `直接位于 <${a.document}> 中的 <${a.element}> 已跳过：条文从其 <body> 中读取。`,
  'akn.strayInPart': (a) => `<${a.part}> 中的 <${a.element}> 已跳过：条文只从 <body> 中读取。`,
  'akn.notAkn': (a) => `不是 Akoma Ntoso 文档：根元素为 <${a.root}>，应为 <akomaNtoso>。`,
  'akn.unexpectedNamespace': (a) => `意外的命名空间 ${a.ns}；按 Akoma Ntoso 3.0（${a.akn}）读取。`,
  'akn.unsupportedType': (a) => `不支持的 Akoma Ntoso 文档类型 <${a.element}>：lawdiff 可读取 <act>、<bill> 和 <doc>。`,
  'akn.emptyRoot': () => '<akomaNtoso> 元素为空：应包含 <act>、<bill> 或 <doc>。',
  'akn.noBody': (a) => `<${a.element}> 没有 <body> 或 <mainBody>：没有可导入的内容。`,

  'uslm.notUslm': (a) =>
    `不是 USLM 法案或决议：根元素为${a.ns ? `命名空间 ${a.ns} 中的` : '不属于任何命名空间的'} <${a.root}>；应为 ${a.uslm} 中的 <bill> 或 <resolution>。`,
  'uslm.noMain': (a) => `该${a.kind === 'bill' ? '法案' : '决议'}没有 <main> 元素，因此没有可导入的条文。`,
  'uslm.noSection': () => '<main> 中没有 <section>：该版本没有条文。',
  'uslm.duplicateSection': (a) => `条文序号 ${a.num} 出现了不止一次；各版本之间按序号对应条文。`,

  'gii.dropped': (a) => `${hansDropped[a.kind](a.element ?? '')}（本文件中共 ${hansN(a.count)} 处，第一处在此行）`,
  'gii.normWithoutNumber': (a) => `<norm>“${a.enbez}”没有可识别的序号（应为“§ 12”“§ 12a”或“Art 3”）`,
  'gii.normNotArticle': (a) => `<norm>“${a.enbez}”既不是 § 也不是条文，作为附件保留`,
  'gii.normWithoutEnbez': () => '<norm> 既没有 <enbez> 也没有 <gliederungseinheit>：其文字作为附件保留',
  'gii.notGii': (a) => `根元素应为 <dokumente>（gesetze-im-internet.de XML，DTD 为“gii-norm.dtd”），实际为 <${a.root}>`,
  'gii.noNorm': () => '未找到任何 §：没有任何 <norm> 的 <enbez> 形如“§ 1”或“Art 1”',

  'moj.chapterHeading': (a) => `${hansWhere(a)}：章节标题“${a.heading}”不符合“第X章”（或编、节、款、目）的格式；按未编号的章读取`,
  'moj.articleNumber': (a) => `${hansWhere(a)}：条号“${a.number}”不符合“第 N 條”或“第 N-M 條”的格式`,
  'moj.attachments': (a) => `该法规列有 ${hansN(a.count)} 个附件（law.moj.gov.tw 上的文件）：不读取，只比较法规正文`,
  'moj.abolished': (a) => `该法规已标注为废止（廢止註記：${a.note}）`,
  'moj.noArticle': () => '该法规中未找到任何条文（应有带条号的 <條文>，如“第 1 條”）',
  'moj.notLaws': (a) => `应为包含 <法規> 元素的 <LAWS>（台湾全国法规资料库的 XML 导出文件），实际为不含 <法規> 的 <${a.root}>`,
  'moj.otherEntry': (a) => `<法規內容> 第 ${hansN(a.entry)} 个条目：<${a.element}> 既不是 <編章節> 也不是 <條文>；已忽略`,
  'moj.noContent': () => '<法規> 没有 <法規內容>（条文）',
  'moj.lawNotFound': (a) => `该文件中没有名称或 pcode 为“${a.wanted}”的法规（文件中共有 ${hansN(a.count)} 部：${hansLaws(a.names, a.count)}）`,
  'moj.manyLaws': (a) =>
    `该文件共有 ${hansN(a.count)} 部法规：已读取第一部《${a.first}》；其余 ${hansN(a.count - 1)} 部未读取：${hansLaws(a.others, a.count - 1)}（如需读取其他法规，请用 law 选项指定其名称）`,
  'moj.invalidJson': (a) => `不是有效的 JSON：“${a.detail}”`,
  'moj.jsonFieldNotString': (a) => `${a.path}：应为字符串，实际为${hansType[a.foundKind]}；已忽略`,
  'moj.jsonArticlesNotArray': (a) => `${a.path}：应为条文数组，实际为${hansType[a.foundKind]}`,
  'moj.jsonArticleNotObject': (a) => `${a.path}：应为含有“ArticleType”“ArticleNo”和“ArticleContent”的对象，实际为${hansType[a.foundKind]}`,
  'moj.jsonContentNotString': (a) => `${a.path}：应为字符串，实际为${hansType[a.foundKind]}`,
  'moj.jsonNumberNotString': (a) => `${a.path}：应为“第 1 條”这样的字符串，实际为${hansType[a.foundKind]}`,
  'moj.jsonArticleType': (a) => `${a.path}：应为“A”（条文）或“C”（章节标题），实际为${a.found ?? hansType[a.foundKind]}；该条目已忽略`,
  'moj.jsonLawNotObject': (a) => `${a.path}：应为法规对象，实际为${hansType[a.foundKind]}`,
  'moj.jsonLawsNotArray': (a) => `${a.path}：应为法规数组，实际为${hansType[a.foundKind]}`,
  'moj.jsonNotObject': (a) => `文件：应为含有“Laws”数组的对象（台湾全国法规资料库的 JSON 导出文件），实际为${hansType[a.foundKind]}`,
  'moj.jsonNoLaw': (a) => `${a.path}：文件中没有任何法规`,
};

// ---------------------------------------------------------------- 繁體中文

const hantN = (n: number): string => formatCount(n, 'zh-Hant');

const hantType: Record<JsonTypeKind, string> = {
  null: '空值（null）',
  array: '陣列',
  object: '物件',
  string: '字串',
  number: '數字',
  boolean: '布林值',
  undefined: '缺漏（無此欄位）',
};

const hantDropped: Record<GiiDroppedKind, (element: string) => string> = {
  sentenceNumbers: () => '句次編號（「<SUP class="Rec">」）已捨棄',
  images: () => '圖片（<IMG>）已捨棄：lawdiff 只比較文字',
  tables: () => '表格以文字讀取：每列一段，儲存格之間以「 | 」分隔',
  divisionFootnotes: () => '章節的註腳已捨棄（沒有可附屬的條文）',
  repealedText: () => '已廢止範圍（「§§ … bis …」）的文字已捨棄',
  otherElement: (e) => `<dokumente> 下 <norm> 以外的元素 <${e}> 已忽略`,
};

const hantWhere = (w: MojWhere): string => w.path ?? `<法規內容> 第 ${hantN(w.entry)} 個項目`;
const hantLaws = (names: readonly string[], count: number): string => `${names.map((n) => `「${n}」`).join('、')}${count > 8 ? ' …' : ''}`;

export const zhHant: T = {
  'xml.tooLarge': (a) => `XML 文件過大（${hantN(a.length)} 個字元，上限為 ${hantN(a.limit)}）。`,
  'xml.malformed': (a) => `XML 格式錯誤：「${a.detail}」。`,
  'xml.entity': (a) => `XML 格式錯誤：「${a.detail}」${a.ref !== undefined ? `（「${a.ref}」）` : ''}；僅允許 &lt; &gt; &amp; &quot; &apos; 及數字字元參照。`,
  'xml.closeTagMismatch': (a) =>
    `XML 格式錯誤：${a.close !== undefined ? `結束標記 ${a.close} ` : '結束標記'}與${zhHantPlace(a.at)}第 ${hantN(a.column)} 欄開始的 ${a.open} 不相符。`,
  'xml.unclosed': (a) => `XML 格式錯誤：${zhHantPlace(a.at)}第 ${hantN(a.column)} 欄開始的 ${a.open} 尚未結束，文件即已終止。`,
  'xml.doctype': () => '不允許 DOCTYPE 宣告：不處理 DTD 及外部實體。',
  'xml.doctypeNotAccepted': (a) =>
    `${a.kind === 'internalSubset' ? '不允許含內部子集（[…]：實體或其他宣告）的 DOCTYPE' : '不允許此 DOCTYPE 宣告'}：僅接受「<!DOCTYPE ${a.root} SYSTEM "…">」，且從不讀取其 DTD；不處理 DTD 及實體。`,
  'xml.tooManyElements': (a) => `XML 元素過多（上限為 ${hantN(a.limit)} 個）。`,
  'xml.tooDeep': (a) => `XML 元素巢狀過深（上限為 ${hantN(a.limit)} 層）。`,
  'xml.noRoot': () => '文件沒有根元素。',

  'akn.noteOutsideArticle': () => '一則不屬於任何條文的註釋已略過：註釋必須附屬於條文。',
  'akn.outsideArticle': (a) => `不在任何條文中的 <${a.element}> 已略過：本文中只讀取條文及其所屬章節。`,
  'akn.unattachedNote': (a) => `註釋${a.eId ? `「${a.eId}」` : ''}未附屬於任何條文（沒有 placementBase，條文中也沒有 noteRef），已略過。`,
  'akn.secondBody': (a) => `第二個 <${a.element}> 已略過：只讀取第一個。`,
  'akn.strayInDocument': (a) => `直接位於 <${a.document}> 中的 <${a.element}> 已略過：條文從其 <body> 中讀取。`,
  'akn.strayInPart': (a) => `<${a.part}> 中的 <${a.element}> 已略過：條文只從 <body> 中讀取。`,
  'akn.notAkn': (a) => `不是 Akoma Ntoso 文件：根元素為 <${a.root}>，應為 <akomaNtoso>。`,
  'akn.unexpectedNamespace': (a) => `非預期的命名空間 ${a.ns}；依 Akoma Ntoso 3.0（${a.akn}）讀取。`,
  'akn.unsupportedType': (a) => `不支援的 Akoma Ntoso 文件類型 <${a.element}>：lawdiff 可讀取 <act>、<bill> 及 <doc>。`,
  'akn.emptyRoot': () => '<akomaNtoso> 元素為空：應包含 <act>、<bill> 或 <doc>。',
  'akn.noBody': (a) => `<${a.element}> 沒有 <body> 或 <mainBody>：沒有可匯入的內容。`,

  'uslm.notUslm': (a) =>
    `不是 USLM 法案或決議案：根元素為${a.ns ? `命名空間 ${a.ns} 中的` : '不屬於任何命名空間的'} <${a.root}>；應為 ${a.uslm} 中的 <bill> 或 <resolution>。`,
  'uslm.noMain': (a) => `此${a.kind === 'bill' ? '法案' : '決議案'}沒有 <main> 元素，因此沒有可匯入的條文。`,
  'uslm.noSection': () => '<main> 中沒有 <section>：此版本沒有條文。',
  'uslm.duplicateSection': (a) => `條次 ${a.num} 出現不只一次；各版本之間依條次對應條文。`,

  'gii.dropped': (a) => `${hantDropped[a.kind](a.element ?? '')}（本檔案中共 ${hantN(a.count)} 處，第一處在此行）`,
  'gii.normWithoutNumber': (a) => `<norm>「${a.enbez}」沒有可辨識的條次（應為「§ 12」、「§ 12a」或「Art 3」）`,
  'gii.normNotArticle': (a) => `<norm>「${a.enbez}」既非 § 亦非條文，作為附件保留`,
  'gii.normWithoutEnbez': () => '<norm> 既沒有 <enbez> 也沒有 <gliederungseinheit>：其文字作為附件保留',
  'gii.notGii': (a) => `根元素應為 <dokumente>（gesetze-im-internet.de XML，DTD 為「gii-norm.dtd」），實際為 <${a.root}>`,
  'gii.noNorm': () => '找不到任何 §：沒有任何 <norm> 的 <enbez> 形如「§ 1」或「Art 1」',

  'moj.chapterHeading': (a) => `${hantWhere(a)}：章節標題「${a.heading}」不符合「第X章」（或編、節、款、目）的格式；視為未編號的章`,
  'moj.articleNumber': (a) => `${hantWhere(a)}：條號「${a.number}」不符合「第 N 條」或「第 N-M 條」的格式`,
  'moj.attachments': (a) => `本法規列有 ${hantN(a.count)} 個附件（law.moj.gov.tw 上的檔案）：不予讀取，僅比較法規本文`,
  'moj.abolished': (a) => `本法規已標示為廢止（廢止註記：${a.note}）`,
  'moj.noArticle': () => '本法規中找不到任何條文（應有含條號的 <條文>，如「第 1 條」）',
  'moj.notLaws': (a) => `應為包含 <法規> 元素的 <LAWS>（全國法規資料庫的 XML 匯出檔），實際為不含 <法規> 的 <${a.root}>`,
  'moj.otherEntry': (a) => `<法規內容> 第 ${hantN(a.entry)} 個項目：<${a.element}> 既不是 <編章節> 也不是 <條文>；已忽略`,
  'moj.noContent': () => '<法規> 沒有 <法規內容>（條文）',
  'moj.lawNotFound': (a) => `本檔案中沒有名稱或 pcode 為「${a.wanted}」的法規（檔案中共有 ${hantN(a.count)} 部：${hantLaws(a.names, a.count)}）`,
  'moj.manyLaws': (a) =>
    `本檔案共有 ${hantN(a.count)} 部法規：已讀取第一部「${a.first}」；其餘 ${hantN(a.count - 1)} 部未讀取：${hantLaws(a.others, a.count - 1)}（如需讀取其他法規，請以 law 選項指定其名稱）`,
  'moj.invalidJson': (a) => `不是有效的 JSON：「${a.detail}」`,
  'moj.jsonFieldNotString': (a) => `${a.path}：應為字串，實際為${hantType[a.foundKind]}；已忽略`,
  'moj.jsonArticlesNotArray': (a) => `${a.path}：應為條文陣列，實際為${hantType[a.foundKind]}`,
  'moj.jsonArticleNotObject': (a) => `${a.path}：應為含有「ArticleType」、「ArticleNo」及「ArticleContent」的物件，實際為${hantType[a.foundKind]}`,
  'moj.jsonContentNotString': (a) => `${a.path}：應為字串，實際為${hantType[a.foundKind]}`,
  'moj.jsonNumberNotString': (a) => `${a.path}：應為「第 1 條」這樣的字串，實際為${hantType[a.foundKind]}`,
  'moj.jsonArticleType': (a) => `${a.path}：應為「A」（條文）或「C」（章節標題），實際為${a.found ?? hantType[a.foundKind]}；此項目已忽略`,
  'moj.jsonLawNotObject': (a) => `${a.path}：應為法規物件，實際為${hantType[a.foundKind]}`,
  'moj.jsonLawsNotArray': (a) => `${a.path}：應為法規陣列，實際為${hantType[a.foundKind]}`,
  'moj.jsonNotObject': (a) => `檔案：應為含有「Laws」陣列的物件（全國法規資料庫的 JSON 匯出檔），實際為${hantType[a.foundKind]}`,
  'moj.jsonNoLaw': (a) => `${a.path}：檔案中沒有任何法規`,
};

// ---------------------------------------------------------------- Deutsch

const deN = (n: number): string => formatCount(n, 'de');

const deType: Record<JsonTypeKind, string> = {
  null: 'null',
  array: 'ein Array',
  object: 'ein Objekt',
  string: 'eine Zeichenkette',
  number: 'eine Zahl',
  boolean: 'ein Wahrheitswert',
  undefined: 'nichts (das Feld fehlt)',
};

const deDropped: Record<GiiDroppedKind, (element: string) => string> = {
  sentenceNumbers: () => 'Satznummern (<SUP class="Rec">) entfernt',
  images: () => 'Bilder (<IMG>) entfernt: lawdiff vergleicht Text',
  tables: () => 'Tabellen als Text gelesen: ein Absatz je Zeile, Zellen durch „ | “ getrennt',
  divisionFootnotes: () => 'Fußnoten von Gliederungseinheiten entfernt (es gibt keine Vorschrift, der sie zugeordnet werden könnten)',
  repealedText: () => 'Text weggefallener Bereiche (§§ … bis …) entfernt',
  otherElement: (e) => `Andere Elemente als <norm> unter <dokumente> ignoriert (<${e}>)`,
};

const deWhere = (w: MojWhere): string => w.path ?? `<法規內容>, Eintrag ${deN(w.entry)}`;
const deLaws = (names: readonly string[], count: number): string => `${names.map((n) => `„${n}“`).join(', ')}${count > 8 ? ' …' : ''}`;

export const de: T = {
  'xml.tooLarge': (a) => `Das XML-Dokument ist zu groß (${plural(a.length, { one: '# Zeichen', other: '# Zeichen' }, 'de')}; höchstens ${deN(a.limit)} sind zulässig).`,
  'xml.malformed': (a) => `Fehlerhaftes XML: „${a.detail}“.`,
  'xml.entity': (a) =>
    `Fehlerhaftes XML: „${a.detail}“${a.ref !== undefined ? ` (${a.ref})` : ''}; zulässig sind nur &lt; &gt; &amp; &quot; &apos; und numerische Zeichenreferenzen.`,
  'xml.closeTagMismatch': (a) =>
    `Fehlerhaftes XML: ${a.close !== undefined ? `Das End-Tag ${a.close}` : 'Ein End-Tag'} passt nicht zu ${a.open}, geöffnet in ${dePlace(a.at)}, Spalte ${deN(a.column)}.`,
  'xml.unclosed': (a) => `Fehlerhaftes XML: Das Dokument endet, bevor ${a.open} (geöffnet in ${dePlace(a.at)}, Spalte ${deN(a.column)}) geschlossen ist.`,
  'xml.doctype': () => 'Eine DOCTYPE-Deklaration ist nicht zulässig: DTDs und externe Entitäten werden nicht verarbeitet.',
  'xml.doctypeNotAccepted': (a) =>
    `${a.kind === 'internalSubset' ? 'Eine DOCTYPE-Deklaration mit interner Teilmenge ([…]: Entitäten oder andere Deklarationen) ist nicht zulässig' : 'Diese DOCTYPE-Deklaration ist nicht zulässig'}: Akzeptiert wird nur <!DOCTYPE ${a.root} SYSTEM "…">, und deren DTD wird nie gelesen; DTDs und Entitäten werden nicht verarbeitet.`,
  'xml.tooManyElements': (a) => `Zu viele XML-Elemente (höchstens ${deN(a.limit)}).`,
  'xml.tooDeep': (a) => `Die XML-Elemente sind zu tief verschachtelt (höchstens ${plural(a.limit, { one: '# Ebene', other: '# Ebenen' }, 'de')}).`,
  'xml.noRoot': () => 'Das Dokument hat kein Wurzelelement.',

  'akn.noteOutsideArticle': () => 'Eine Anmerkung außerhalb jeder Vorschrift wurde übersprungen: Anmerkungen gehören zu Vorschriften.',
  'akn.outsideArticle': (a) => `<${a.element}> außerhalb jeder Vorschrift wurde übersprungen: Aus dem <body> werden nur Vorschriften und ihre Gliederungseinheiten gelesen.`,
  'akn.unattachedNote': (a) =>
    `Die Anmerkung ${a.eId ? `„${a.eId}“ ` : ''}ist keiner Vorschrift zugeordnet (kein placementBase, kein noteRef in einer Vorschrift) und wurde übersprungen.`,
  'akn.secondBody': (a) => `Ein zweites <${a.element}> wurde übersprungen: Nur das erste wird gelesen.`,
  'akn.strayInDocument': (a) => `<${a.element}> direkt in <${a.document}> wurde übersprungen: Vorschriften werden aus dessen <body> gelesen.`,
  'akn.strayInPart': (a) => `<${a.element}> in <${a.part}> wurde übersprungen: Vorschriften werden nur aus <body> gelesen.`,
  'akn.notAkn': (a) => `Kein Akoma-Ntoso-Dokument: Das Wurzelelement ist <${a.root}>, erwartet wird <akomaNtoso>.`,
  'akn.unexpectedNamespace': (a) => `Unerwarteter Namensraum ${a.ns}; wird als Akoma Ntoso 3.0 (${a.akn}) gelesen.`,
  'akn.unsupportedType': (a) => `Nicht unterstützte Akoma-Ntoso-Dokumentart <${a.element}>: lawdiff liest <act>, <bill> und <doc>.`,
  'akn.emptyRoot': () => 'Das Element <akomaNtoso> ist leer: Erwartet wird <act>, <bill> oder <doc>.',
  'akn.noBody': (a) => `<${a.element}> hat weder <body> noch <mainBody>: Es gibt nichts zu importieren.`,

  'uslm.notUslm': (a) =>
    `Kein USLM-Gesetzentwurf und keine USLM-Entschließung: Das Wurzelelement ist <${a.root}> ${a.ns ? `im Namensraum ${a.ns}` : 'ohne Namensraum'}; erwartet wird <bill> oder <resolution> im Namensraum ${a.uslm}.`,
  'uslm.noMain': (a) => `${a.kind === 'bill' ? 'Der Gesetzentwurf' : 'Die Entschließung'} hat kein <main>-Element und damit keine Vorschriften zum Importieren.`,
  'uslm.noSection': () => 'Kein <section> in <main> gefunden: Die Fassung hat keine Vorschriften.',
  'uslm.duplicateSection': (a) => `Die Section-Nummer ${a.num} kommt mehrfach vor; Sections werden zwischen den Fassungen über ihre Nummer zugeordnet.`,

  'gii.dropped': (a) => `${deDropped[a.kind](a.element ?? '')} (${deN(a.count)}-mal in dieser Datei; das erste Vorkommen steht in dieser Zeile)`,
  'gii.normWithoutNumber': (a) => `Die Norm „${a.enbez}“ hat keine lesbare Nummer (erwartet „§ 12“, „§ 12a“ oder „Art 3“)`,
  'gii.normNotArticle': (a) => `Die Norm „${a.enbez}“ ist weder ein § noch ein Artikel; als Anlage übernommen`,
  'gii.normWithoutEnbez': () => 'Norm ohne <enbez> und ohne <gliederungseinheit>: Ihr Text wird als Anlage übernommen',
  'gii.notGii': (a) => `Als Wurzelelement wird <dokumente> erwartet (gesetze-im-internet.de XML, gii-norm.dtd), gefunden: <${a.root}>`,
  'gii.noNorm': () => 'Kein § gefunden: Keine <norm> hat ein <enbez> wie „§ 1“ oder „Art 1“',

  'moj.chapterHeading': (a) => `${deWhere(a)}: Die Kapitelüberschrift „${a.heading}“ hat nicht die Form 第X章 (oder 編/節/款/目); als nicht nummeriertes Kapitel gelesen`,
  'moj.articleNumber': (a) => `${deWhere(a)}: Die Artikelnummer „${a.number}“ hat nicht die Form 第 N 條 oder 第 N-M 條`,
  'moj.attachments': (a) =>
    `Das Gesetz führt ${plural(a.count, { one: '# Anlage', other: '# Anlagen' }, 'de')} auf (附件, Dateien auf law.moj.gov.tw): nicht gelesen, verglichen wird nur der Gesetzestext`,
  'moj.abolished': (a) => `Das Gesetz ist als aufgehoben gekennzeichnet (廢止註記: ${a.note})`,
  'moj.noArticle': () => 'Kein Artikel in diesem Gesetz gefunden (erwartet: <條文> mit einer Nummer wie „第 1 條“)',
  'moj.notLaws': (a) => `Erwartet wird <LAWS> mit <法規>-Elementen (der XML-Export der taiwanischen Gesetzesdatenbank), gefunden: <${a.root}> ohne <法規>`,
  'moj.otherEntry': (a) => `<法規內容>, Eintrag ${deN(a.entry)}: <${a.element}> ist weder <編章節> noch <條文>; ignoriert`,
  'moj.noContent': () => '<法規> hat kein <法規內容> (die Artikel)',
  'moj.lawNotFound': (a) =>
    `Kein Gesetz mit dem Namen oder dem pcode „${a.wanted}“ in dieser Datei (sie enthält ${plural(a.count, { one: '# Gesetz', other: '# Gesetze' }, 'de')}: ${deLaws(a.names, a.count)})`,
  'moj.manyLaws': (a) =>
    `Diese Datei enthält ${plural(a.count, { one: '# Gesetz', other: '# Gesetze' }, 'de')}: Gelesen wird das erste, „${a.first}“; ${plural(a.count - 1, { one: '# weiteres wird', other: '# weitere werden' }, 'de')} nicht gelesen: ${deLaws(a.others, a.count - 1)} (mit der Option law lässt sich ein anderes wählen)`,
  'moj.invalidJson': (a) => `Kein gültiges JSON: „${a.detail}“`,
  'moj.jsonFieldNotString': (a) => `${a.path}: Erwartet wird eine Zeichenkette, gefunden: ${deType[a.foundKind]}; ignoriert`,
  'moj.jsonArticlesNotArray': (a) => `${a.path}: Erwartet wird ein Array von Artikeln, gefunden: ${deType[a.foundKind]}`,
  'moj.jsonArticleNotObject': (a) => `${a.path}: Erwartet wird ein Objekt mit „ArticleType“, „ArticleNo“ und „ArticleContent“, gefunden: ${deType[a.foundKind]}`,
  'moj.jsonContentNotString': (a) => `${a.path}: Erwartet wird eine Zeichenkette, gefunden: ${deType[a.foundKind]}`,
  'moj.jsonNumberNotString': (a) => `${a.path}: Erwartet wird eine Zeichenkette wie „第 1 條“, gefunden: ${deType[a.foundKind]}`,
  'moj.jsonArticleType': (a) => `${a.path}: Erwartet wird „A“ (Artikel) oder „C“ (Kapitelüberschrift), gefunden: ${a.found ?? deType[a.foundKind]}; Eintrag ignoriert`,
  'moj.jsonLawNotObject': (a) => `${a.path}: Erwartet wird ein Gesetzesobjekt, gefunden: ${deType[a.foundKind]}`,
  'moj.jsonLawsNotArray': (a) => `${a.path}: Erwartet wird ein Array von Gesetzen, gefunden: ${deType[a.foundKind]}`,
  'moj.jsonNotObject': (a) => `Datei: Erwartet wird ein Objekt mit einem Array „Laws“ (der JSON-Export der taiwanischen Gesetzesdatenbank), gefunden: ${deType[a.foundKind]}`,
  'moj.jsonNoLaw': (a) => `${a.path}: Die Datei enthält kein Gesetz`,
};
