/**
 * The document group's problem sentences (src/model/messages/document.ts) in
 * 简体中文, 繁體中文 and Deutsch, in the glossary's terms (docs/decisions/013).
 * Data in the arguments (paths, file names, numbers as printed, quoted text)
 * is passed through untouched; counts go through `plural`/`formatCount`; places
 * (`Place` arguments) through `zhHansPlace`, `zhHantPlace`, `dePlace` (./place.ts).
 * A zip failure under a Word document (`docx.zipUnreadable`) says the zip's own sentence.
 */
import { DOCUMENT_TEXT_FORMATS, pageRuns, type DocumentKind, type PdfReason, type ZipFailure } from '../../../model/messages/document.js';
import type { documentMessages, Translation } from '../../../model/messages/index.js';
import { formatCount, plural } from '../../i18n.js';
import { deFormatNames, zhHansFormatNames, zhHantFormatNames } from '../format-names.js';

type T = Translation<typeof documentMessages>;

const hans = (n: number): string => formatCount(n, 'zh-Hans');
const hant = (n: number): string => formatCount(n, 'zh-Hant');
const den = (n: number): string => formatCount(n, 'de');
const dePlural = (n: number, one: string, other: string): string => plural(n, { one, other }, 'de');

/** The zip sentence of a `docx.zipUnreadable`, in the language of `t`. */
const zipSays = (t: T, a: ZipFailure): string => (t[a.reasonKind] as (x: ZipFailure) => string)(a);

function zhHansPages(pages: readonly number[]): string {
  const r = pageRuns(pages);
  return `第 ${r.runs.join('、')}${r.more ? ' 等' : ''} 页`;
}
function zhHantPages(pages: readonly number[]): string {
  const r = pageRuns(pages);
  return `第 ${r.runs.join('、')}${r.more ? ' 等' : ''} 頁`;
}
function dePages(pages: readonly number[]): string {
  const r = pageRuns(pages);
  return `${r.pages === 1 ? 'Seite' : 'Seiten'} ${r.runs.join(', ')}${r.more ? ', …' : ''}`;
}

const zhHansDoc: Record<DocumentKind, { the: string; a: string }> = {
  docx: { the: '该 Word 文档', a: ' Word 文档' },
  pdf: { the: '该 PDF 文件', a: ' PDF 文件' },
  html: { the: '该网页', a: '网页' },
};
const zhHantDoc: Record<DocumentKind, { the: string; a: string }> = {
  docx: { the: '此 Word 檔案', a: ' Word 檔案' },
  pdf: { the: '此 PDF 檔案', a: ' PDF 檔案' },
  html: { the: '此網頁', a: '網頁' },
};
const deDoc: Record<DocumentKind, { the: string; a: string }> = {
  docx: { the: 'Das Word-Dokument', a: 'ein Word-Dokument' },
  pdf: { the: 'Das PDF', a: 'ein PDF' },
  html: { the: 'Die Webseite', a: 'eine Webseite' },
};

function zhHansWhy(a: PdfReason): string {
  if (a.reasonKind === 'password') return '文件设有密码保护；请在 PDF 阅读器中打开，另存一份不带密码的副本';
  if (a.reasonKind === 'broken') return `文件结构已损坏${a.detail ? `（“${a.detail}”）` : ''}——下载或复制是否中断？`;
  return `“${a.detail}”`;
}
function zhHantWhy(a: PdfReason): string {
  if (a.reasonKind === 'password') return '檔案設有密碼保護；請以 PDF 閱讀器開啟，另存一份不含密碼的副本';
  if (a.reasonKind === 'broken') return `檔案結構已損壞${a.detail ? `（「${a.detail}」）` : ''}——下載或複製是否中斷？`;
  return `「${a.detail}」`;
}
function deWhy(a: PdfReason): string {
  if (a.reasonKind === 'password') return 'es ist mit einem Passwort geschützt; bitte in einem PDF-Programm öffnen und eine Kopie ohne Passwort speichern';
  if (a.reasonKind === 'broken') return `seine Struktur ist beschädigt${a.detail ? ` („${a.detail}“)` : ''} – wurde das Herunterladen oder Kopieren unterbrochen?`;
  return `„${a.detail}“`;
}

const zhHansName = (name: string | undefined, fallback = '该 PDF 文件'): string => (name === undefined ? fallback : `“${name}”`);
const zhHantName = (name: string | undefined, fallback = '此 PDF 檔案'): string => (name === undefined ? fallback : `「${name}」`);
const deName = (name: string | undefined, fallback = 'Das PDF'): string => (name === undefined ? fallback : name);

export const zhHans: T = {
  'document.noLawFound': (a) => `“${a.name}”中未找到法律：其文本中没有 lawdiff 能识别的条文标题（第X条、第X條、§ N、Article N、Section N）`,
  'document.wrongFormat': (a) =>
    `${a.name === undefined ? zhHansDoc[a.docKind].the : `“${a.name}”`}是${zhHansDoc[a.docKind].a}：只能按${DOCUMENT_TEXT_FORMATS.map((f) => zhHansFormatNames[f]).join('、')}读取，不能按 ${zhHansFormatNames[a.formatKind]} 读取`,

  'zip.cutShort': () => 'zip 压缩包不完整：缺少末尾的中央目录（条目清单）——下载或复制是否中断？',
  'zip.notZip': () => '不是 zip 压缩包（.docx 文件应为 zip 压缩包）',
  'zip.zip64': () => '该 zip 压缩包采用 ZIP64 格式（用于 4 GiB 以上的压缩包），lawdiff 无法读取',
  'zip.tooManyEntries': (a) => `zip 压缩包列有 ${hans(a.entries)} 个条目；lawdiff 最多读取 ${hans(a.max)} 个（Word 文档通常只有几十个）`,
  'zip.directoryDamaged': (a) => `zip 压缩包的中央目录在第 ${a.entry} 个条目处损坏（共 ${a.total} 个）`,
  'zip.encrypted': (a) => `zip 压缩包中的 ${a.name} 已加密（设有密码的文档）：请另存为不带密码的文件`,
  'zip.tooBig': (a) => `lawdiff 要读取的条目解压后超过 ${a.limitMib} MiB（${a.name} 声明为 ${hans(a.size)} 字节）；lawdiff 只读取解压后不超过 ${a.limitMib} MiB 的文档——是否为 zip 炸弹？`,
  'zip.misplaced': (a) => `zip 压缩包已损坏：${a.name} 的数据不在目录所指的位置`,
  'zip.entryCutShort': (a) => `zip 压缩包不完整：${a.name} 需要 ${hans(a.needed)} 字节，实际只有 ${hans(a.present)} 字节`,
  'zip.storedSizeMismatch': (a) => `zip 压缩包已损坏：${a.name} 存储为 ${hans(a.stored)} 字节，但声明为 ${hans(a.declared)} 字节`,
  'zip.method': (a) => `zip 压缩包中的 ${a.name} 采用第 ${a.method} 种压缩方法；lawdiff 只读取未压缩或 deflate 压缩的条目（Word、LibreOffice 和 Google 文档均如此保存）`,
  'zip.entryUnpackFailed': (a) => `zip 压缩包中的 ${a.name} 无法解压（“${a.detail}”）：文件已损坏或不完整`,
  'zip.entryOverDeclared': (a) => `zip 压缩包中的 ${a.name} 解压后超过其声明的 ${hans(a.declared)} 字节——是否为 zip 炸弹？（在 ${hans(a.stoppedAt)} 字节处停止）`,
  'zip.entryEndsEarly': (a) => `zip 压缩包中的 ${a.name} 无法解压（压缩数据提前结束）：文件已损坏或不完整`,
  'zip.entrySizeMismatch': (a) => `zip 压缩包中的 ${a.name} 解压后为 ${hans(a.length)} 字节，但声明为 ${hans(a.declared)} 字节：文件已损坏`,

  'docx.notZip': () => '不是 Word 文档：.docx 文件是 zip 压缩包，而该文件的开头不符（应以字节“PK”开头）',
  'docx.zipUnreadable': (a) => `无法作为 Word 文档读取：${zipSays(zhHans, a)}`,
  'docx.noContentTypes': (a) =>
    `不是 Word 文档：zip 压缩包中没有 [Content_Types].xml${a.entries ? `（其条目：${a.entries.join('、')}${a.more ? ' 等' : ''}）` : ''}——应为 Word、LibreOffice 或 Google 文档保存的 .docx 文件`,
  'docx.otherOffice': (a) => `不是 Word 文档：这是${a.officeKind === 'spreadsheet' ? '电子表格（Excel）' : '演示文稿（PowerPoint）'}；lawdiff 读取 .docx 文字处理文档`,
  'docx.mainMissing': (a) => `不是 Word 文档：zip 压缩包中缺少 ${a.part}（文档正文）`,
  'docx.noBody': (a) => `不是 Word 文档：${a.part} 中没有 <w:body>（其根元素为 <${a.root}>）——应为 WordprocessingML 文档`,
  'docx.partUnreadable': (a) =>
    `${a.part} ${a.paragraph === undefined ? '' : a.paragraph > 0 ? `第 ${hans(a.paragraph)} 段` : '第一段之前'}无法读取${a.line !== undefined ? `（该部件第 ${hans(a.line)} 行${a.column ? `第 ${hans(a.column)} 列` : ''}）` : ''}：“${a.detail}”——应为 Word 写出的格式正确的 XML`,
  'docx.unknownList': (a) => `第 ${hans(a.paragraph)} 段使用编号列表 ${a.list}，但 word/numbering.xml 中未定义该列表：已去掉其编号读取`,
  'docx.tableAsText': (a) =>
    `表格 ${a.table}（${a.first < a.last ? `第 ${hans(a.first)}–${hans(a.last)} 段` : `第 ${hans(a.first)} 段`}，${hans(a.rows)} 行）已作为文本读取：每行一行，各单元格以“ | ”连接`,
  'docx.trackedChanges': (a) =>
    `文档含有修订记录（${[a.insertions && `插入 ${hans(a.insertions)} 处`, a.deletions && `删除 ${hans(a.deletions)} 处`, a.moves && `移动 ${hans(a.moves)} 处`].filter(Boolean).join('，')}）：按全部接受处理——保留插入和移动后的文字，略去删除的文字和移动前的位置`,
  'docx.hiddenRuns': (a) => `已略去 ${hans(a.count)} 段隐藏文字（在 Word 中设为隐藏格式）`,
  'docx.boxes': (a) => `已略去 ${hans(a.count)} 个图形或文本框（只读取文档的段落和表格）`,
  'docx.contents': (a) => `已略去目录（样式为“toc 1”等的 ${hans(a.count)} 个段落）：目录重复各级标题`,
  'docx.endnotes': (a) => `已略去 ${hans(a.count)} 个尾注（脚注作为附注读取，尾注不读取）`,
  'docx.unknownNumberFormats': (a) => `${a.formats.join('、')} 格式的自动编号按 1、2、3 写出`,
  'docx.footnoteBeforeArticles': (a) => `脚注 ${a.footnote}（第 ${hans(a.paragraph)} 段）位于第一条之前：未保留`,

  'pdf.notPdf': (a) => `${zhHansName(a.name)}不是 PDF 文件：其开头不是“%PDF-”`,
  'pdf.tooBig': (a) => `${zhHansName(a.name)}大小为 ${a.mb} MB；lawdiff 只读取不超过 ${a.max} MB 的 PDF 文件`,
  'pdf.readerUnavailable': (a) => `无法加载 PDF 阅读组件（${zhHansWhy(a)}）；您是否处于离线状态，而这个 lawdiff 副本从未读取过 PDF 文件？`,
  'pdf.unreadable': (a) => `${zhHansName(a.name)}无法作为 PDF 文件读取：${zhHansWhy(a)}`,
  'pdf.tooManyPages': (a) => `${zhHansName(a.name)}共 ${hans(a.pages)} 页；只读取了前 ${hans(a.max)} 页`,
  'pdf.pageUnreadable': (a) => `第 ${hans(a.page)} 页无法读取（${zhHansWhy(a)}），已跳过`,
  'pdf.noTextLayer': (a) =>
    `${zhHansName(a.name)}没有文字层：其${a.pages === 1 ? '页面是图像' : ` ${hans(a.pages)} 页都是图像`}（扫描件？）。lawdiff 读取 PDF 文件所带的文字，不识别图像中的文字（OCR）：请使用由文字处理软件或网页保存的 PDF 文件，或使用 Word 文件`,
  'pdf.twoColumns': (a) =>
    `${zhHansName(a.name)}从第 ${hans(a.page)} 页起为左右两栏排版（对照表或 Gegenüberstellung？）：作为一个文本读取会混淆两栏。请分别从各自的文件导入每个版本——对照表的两栏正是 lawdiff 为您比较的两个文本`,
  'pdf.runningText': (a) => `已略去${zhHansPages(a.pages)}的${a.kind === 'header' ? '页眉' : '页脚'}“${a.text}”`,
  'pdf.pageNumbers': (a) => `已略去${zhHansPages(a.pages)}的页码`,
  'pdf.lineNumbers': (a) => `已略去${zhHansPages(a.pages)}页边的 ${hans(a.count)} 个行号`,
  'pdf.hyphens': (a) => `已将 ${hans(a.count)} 个在行尾以连字符断开的单词重新连接${a.example ? `（例如“${a.example}”）` : ''}`,
  'pdf.rotated': (a) => `已略去${zhHansPages(a.pages)}侧排或旋转的文字（水印、旁注？）`,
  'pdf.emptyPages': (a) => `${zhHansPages(a.pages)}没有文字（空白页或扫描图像），已跳过`,

  'html.mainOnly': (a) => `只读取了网页的正文（其 <${a.element}>${a.roleMain ? '，带 role="main"' : ''}）：正文以外的内容均已略去`,
  'html.around': (a) => `已略去正文周围的 ${hans(a.count)} 个部分（导航、横幅、页脚、侧栏或表单）`,
  'html.menus': (a) => `已略去 ${hans(a.count)} 个主要由链接组成的区块（菜单？）`,
  'html.hidden': (a) => `已略去 ${hans(a.count)} 个隐藏元素`,
  'html.tables': (a) => `${hans(a.count)} 个表格已作为文本读取，每行一行`,
  'html.tooLong': (a) => `该网页有 ${hans(a.length)} 个字符；lawdiff 只读取不超过 ${hans(a.max)} 个字符的网页`,
};

export const zhHant: T = {
  'document.noLawFound': (a) => `「${a.name}」中找不到法規：其文字中沒有 lawdiff 能辨識的條文標題（第X条、第X條、§ N、Article N、Section N）`,
  'document.wrongFormat': (a) =>
    `${a.name === undefined ? zhHantDoc[a.docKind].the : `「${a.name}」`}是${zhHantDoc[a.docKind].a}：只能以${DOCUMENT_TEXT_FORMATS.map((f) => zhHantFormatNames[f]).join('、')}讀取，不能以 ${zhHantFormatNames[a.formatKind]} 讀取`,

  'zip.cutShort': () => 'zip 壓縮檔不完整：缺少結尾的中央目錄（項目清單）——下載或複製是否中斷？',
  'zip.notZip': () => '不是 zip 壓縮檔（.docx 檔案應為 zip 壓縮檔）',
  'zip.zip64': () => '此 zip 壓縮檔使用 ZIP64 格式（用於 4 GiB 以上的壓縮檔），lawdiff 無法讀取',
  'zip.tooManyEntries': (a) => `zip 壓縮檔列有 ${hant(a.entries)} 個項目；lawdiff 最多讀取 ${hant(a.max)} 個（Word 檔案通常只有數十個）`,
  'zip.directoryDamaged': (a) => `zip 壓縮檔的中央目錄在第 ${a.entry} 個項目處損壞（共 ${a.total} 個）`,
  'zip.encrypted': (a) => `zip 壓縮檔中的 ${a.name} 已加密（設有密碼的文件）：請另存為不含密碼的檔案`,
  'zip.tooBig': (a) => `lawdiff 要讀取的項目解壓縮後超過 ${a.limitMib} MiB（${a.name} 宣告為 ${hant(a.size)} 位元組）；lawdiff 只讀取解壓縮後不超過 ${a.limitMib} MiB 的文件——是否為 zip 炸彈？`,
  'zip.misplaced': (a) => `zip 壓縮檔已損壞：${a.name} 的資料不在目錄所指的位置`,
  'zip.entryCutShort': (a) => `zip 壓縮檔不完整：${a.name} 需要 ${hant(a.needed)} 位元組，實際只有 ${hant(a.present)} 位元組`,
  'zip.storedSizeMismatch': (a) => `zip 壓縮檔已損壞：${a.name} 儲存為 ${hant(a.stored)} 位元組，但宣告為 ${hant(a.declared)} 位元組`,
  'zip.method': (a) => `zip 壓縮檔中的 ${a.name} 使用第 ${a.method} 種壓縮方法；lawdiff 只讀取未壓縮或 deflate 壓縮的項目（Word、LibreOffice 與 Google 文件皆如此儲存）`,
  'zip.entryUnpackFailed': (a) => `zip 壓縮檔中的 ${a.name} 無法解壓縮（「${a.detail}」）：檔案已損壞或不完整`,
  'zip.entryOverDeclared': (a) => `zip 壓縮檔中的 ${a.name} 解壓縮後超過其宣告的 ${hant(a.declared)} 位元組——是否為 zip 炸彈？（於 ${hant(a.stoppedAt)} 位元組處停止）`,
  'zip.entryEndsEarly': (a) => `zip 壓縮檔中的 ${a.name} 無法解壓縮（壓縮資料提前結束）：檔案已損壞或不完整`,
  'zip.entrySizeMismatch': (a) => `zip 壓縮檔中的 ${a.name} 解壓縮後為 ${hant(a.length)} 位元組，但宣告為 ${hant(a.declared)} 位元組：檔案已損壞`,

  'docx.notZip': () => '不是 Word 檔案：.docx 檔案是 zip 壓縮檔，而此檔案的開頭不符（應以位元組「PK」開頭）',
  'docx.zipUnreadable': (a) => `無法作為 Word 檔案讀取：${zipSays(zhHant, a)}`,
  'docx.noContentTypes': (a) =>
    `不是 Word 檔案：zip 壓縮檔中沒有 [Content_Types].xml${a.entries ? `（其項目：${a.entries.join('、')}${a.more ? ' 等' : ''}）` : ''}——應為 Word、LibreOffice 或 Google 文件儲存的 .docx 檔案`,
  'docx.otherOffice': (a) => `不是 Word 檔案：這是${a.officeKind === 'spreadsheet' ? '試算表（Excel）' : '簡報（PowerPoint）'}；lawdiff 讀取 .docx 文書處理檔案`,
  'docx.mainMissing': (a) => `不是 Word 檔案：zip 壓縮檔中缺少 ${a.part}（文件本文）`,
  'docx.noBody': (a) => `不是 Word 檔案：${a.part} 中沒有 <w:body>（其根元素為 <${a.root}>）——應為 WordprocessingML 文件`,
  'docx.partUnreadable': (a) =>
    `${a.part} ${a.paragraph === undefined ? '' : a.paragraph > 0 ? `第 ${hant(a.paragraph)} 段` : '第一段之前'}無法讀取${a.line !== undefined ? `（該部分第 ${hant(a.line)} 行${a.column ? `第 ${hant(a.column)} 欄` : ''}）` : ''}：「${a.detail}」——應為 Word 寫出的格式正確的 XML`,
  'docx.unknownList': (a) => `第 ${hant(a.paragraph)} 段使用編號清單 ${a.list}，但 word/numbering.xml 中未定義此清單：已去除其編號讀取`,
  'docx.tableAsText': (a) =>
    `表格 ${a.table}（${a.first < a.last ? `第 ${hant(a.first)}–${hant(a.last)} 段` : `第 ${hant(a.first)} 段`}，${hant(a.rows)} 列）已作為文字讀取：每列一行，各儲存格以「 | 」連接`,
  'docx.trackedChanges': (a) =>
    `文件含有追蹤修訂（${[a.insertions && `插入 ${hant(a.insertions)} 處`, a.deletions && `刪除 ${hant(a.deletions)} 處`, a.moves && `移動 ${hant(a.moves)} 處`].filter(Boolean).join('，')}）：視為全部接受——保留插入及移動後的文字，略去刪除的文字及移動前的位置`,
  'docx.hiddenRuns': (a) => `已略去 ${hant(a.count)} 段隱藏文字（在 Word 中設為隱藏格式）`,
  'docx.boxes': (a) => `已略去 ${hant(a.count)} 個圖案或文字方塊（只讀取文件的段落及表格）`,
  'docx.contents': (a) => `已略去目錄（樣式為「toc 1」等的 ${hant(a.count)} 個段落）：目錄重複各級標題`,
  'docx.endnotes': (a) => `已略去 ${hant(a.count)} 個章節附註（註腳作為附註讀取，章節附註不讀取）`,
  'docx.unknownNumberFormats': (a) => `${a.formats.join('、')} 格式的自動編號以 1、2、3 寫出`,
  'docx.footnoteBeforeArticles': (a) => `註腳 ${a.footnote}（第 ${hant(a.paragraph)} 段）位於第一條之前：未保留`,

  'pdf.notPdf': (a) => `${zhHantName(a.name)}不是 PDF 檔案：其開頭不是「%PDF-」`,
  'pdf.tooBig': (a) => `${zhHantName(a.name)}大小為 ${a.mb} MB；lawdiff 只讀取不超過 ${a.max} MB 的 PDF 檔案`,
  'pdf.readerUnavailable': (a) => `無法載入 PDF 閱讀元件（${zhHantWhy(a)}）；您是否處於離線狀態，而此 lawdiff 副本從未讀取過 PDF 檔案？`,
  'pdf.unreadable': (a) => `${zhHantName(a.name)}無法作為 PDF 檔案讀取：${zhHantWhy(a)}`,
  'pdf.tooManyPages': (a) => `${zhHantName(a.name)}共 ${hant(a.pages)} 頁；只讀取了前 ${hant(a.max)} 頁`,
  'pdf.pageUnreadable': (a) => `第 ${hant(a.page)} 頁無法讀取（${zhHantWhy(a)}），已略過`,
  'pdf.noTextLayer': (a) =>
    `${zhHantName(a.name)}沒有文字層：其${a.pages === 1 ? '頁面是影像' : ` ${hant(a.pages)} 頁皆為影像`}（掃描檔？）。lawdiff 讀取 PDF 檔案所含的文字，不辨識影像中的文字（OCR）：請使用由文書處理軟體或網頁儲存的 PDF 檔案，或使用 Word 檔案`,
  'pdf.twoColumns': (a) =>
    `${zhHantName(a.name)}自第 ${hant(a.page)} 頁起為左右兩欄排版（條文對照表或 Gegenüberstellung？）：作為一份文字讀取會混淆兩欄。請分別自各自的檔案匯入每個版本——對照表的兩欄正是 lawdiff 為您比較的兩份條文`,
  'pdf.runningText': (a) => `已略去${zhHantPages(a.pages)}的${a.kind === 'header' ? '頁首' : '頁尾'}「${a.text}」`,
  'pdf.pageNumbers': (a) => `已略去${zhHantPages(a.pages)}的頁碼`,
  'pdf.lineNumbers': (a) => `已略去${zhHantPages(a.pages)}頁邊的 ${hant(a.count)} 個行號`,
  'pdf.hyphens': (a) => `已將 ${hant(a.count)} 個在行尾以連字號斷開的單字重新連接${a.example ? `（例如「${a.example}」）` : ''}`,
  'pdf.rotated': (a) => `已略去${zhHantPages(a.pages)}側排或旋轉的文字（浮水印、旁註？）`,
  'pdf.emptyPages': (a) => `${zhHantPages(a.pages)}沒有文字（空白頁或掃描影像），已略過`,

  'html.mainOnly': (a) => `只讀取了網頁的本文（其 <${a.element}>${a.roleMain ? '，帶 role="main"' : ''}）：本文以外的內容皆已略去`,
  'html.around': (a) => `已略去本文周圍的 ${hant(a.count)} 個部分（導覽、橫幅、頁尾、側欄或表單）`,
  'html.menus': (a) => `已略去 ${hant(a.count)} 個主要由連結組成的區塊（選單？）`,
  'html.hidden': (a) => `已略去 ${hant(a.count)} 個隱藏元素`,
  'html.tables': (a) => `${hant(a.count)} 個表格已作為文字讀取，每列一行`,
  'html.tooLong': (a) => `此網頁有 ${hant(a.length)} 個字元；lawdiff 只讀取不超過 ${hant(a.max)} 個字元的網頁`,
};

export const de: T = {
  'document.noLawFound': (a) => `In ${a.name} wurde kein Gesetz gefunden: Der Text hat keine Überschriften, die lawdiff als Vorschriften erkennt (第X条, 第X條, § N, Article N, Section N)`,
  'document.wrongFormat': (a) =>
    `${a.name ?? deDoc[a.docKind].the} ist ${deDoc[a.docKind].a}: lesbar als ${DOCUMENT_TEXT_FORMATS.map((f) => deFormatNames[f]).join(', ')}, nicht als ${deFormatNames[a.formatKind]}`,

  'zip.cutShort': () => 'Das ZIP-Archiv ist unvollständig: Sein zentrales Verzeichnis (die Liste der Einträge am Ende) fehlt – wurde das Herunterladen oder Kopieren unterbrochen?',
  'zip.notZip': () => 'Kein ZIP-Archiv (erwartet wird eine .docx-Datei, die ein ZIP-Archiv ist)',
  'zip.zip64': () => 'Das ZIP-Archiv verwendet ZIP64 (für Archive über 4 GiB), das lawdiff nicht liest',
  'zip.tooManyEntries': (a) => `Das ZIP-Archiv enthält ${den(a.entries)} Einträge; lawdiff liest höchstens ${den(a.max)} (ein Word-Dokument hat einige Dutzend)`,
  'zip.directoryDamaged': (a) => `Das zentrale Verzeichnis des ZIP-Archivs ist bei Eintrag ${a.entry} von ${a.total} beschädigt`,
  'zip.encrypted': (a) => `${a.name} im ZIP-Archiv ist verschlüsselt (ein passwortgeschütztes Dokument): bitte ohne Passwort speichern`,
  'zip.tooBig': (a) =>
    `Die Einträge, die lawdiff liest, ergeben entpackt mehr als ${a.limitMib} MiB (${a.name} gibt ${den(a.size)} Bytes an); lawdiff liest Dokumente bis ${a.limitMib} MiB entpackt – eine ZIP-Bombe?`,
  'zip.misplaced': (a) => `Das ZIP-Archiv ist beschädigt: Die Daten von ${a.name} liegen nicht dort, wo das Verzeichnis sie angibt`,
  'zip.entryCutShort': (a) => `Das ZIP-Archiv ist unvollständig: ${a.name} braucht ${den(a.needed)} Bytes, vorhanden sind ${den(a.present)}`,
  'zip.storedSizeMismatch': (a) => `Das ZIP-Archiv ist beschädigt: ${a.name} ist mit ${den(a.stored)} Bytes gespeichert, gibt aber ${den(a.declared)} an`,
  'zip.method': (a) => `${a.name} im ZIP-Archiv ist mit Methode ${a.method} komprimiert; lawdiff liest unkomprimierte und mit Deflate komprimierte Einträge (wie Word, LibreOffice und Google Docs sie schreiben)`,
  'zip.entryUnpackFailed': (a) => `${a.name} im ZIP-Archiv lässt sich nicht entpacken („${a.detail}“): Die Datei ist beschädigt oder unvollständig`,
  'zip.entryOverDeclared': (a) => `${a.name} im ZIP-Archiv ergibt entpackt mehr als die angegebenen ${den(a.declared)} Bytes – eine ZIP-Bombe? (abgebrochen bei ${den(a.stoppedAt)} Bytes)`,
  'zip.entryEndsEarly': (a) => `${a.name} im ZIP-Archiv lässt sich nicht entpacken (die komprimierten Daten enden zu früh): Die Datei ist beschädigt oder unvollständig`,
  'zip.entrySizeMismatch': (a) => `${a.name} im ZIP-Archiv ergibt entpackt ${den(a.length)} Bytes, gibt aber ${den(a.declared)} an: Die Datei ist beschädigt`,

  'docx.notZip': () => 'Kein Word-Dokument: Eine .docx-Datei ist ein ZIP-Archiv, und diese Datei beginnt nicht wie eines (erwartet werden die Bytes „PK“)',
  'docx.zipUnreadable': (a) => `Nicht als Word-Dokument lesbar: ${zipSays(de, a)}`,
  'docx.noContentTypes': (a) =>
    `Kein Word-Dokument: Das ZIP-Archiv enthält keine [Content_Types].xml${a.entries ? ` (seine Einträge: ${a.entries.join(', ')}${a.more ? ', …' : ''})` : ''} – erwartet wird eine mit Word, LibreOffice oder Google Docs gespeicherte .docx-Datei`,
  'docx.otherOffice': (a) => `Kein Word-Dokument: Es ist ${a.officeKind === 'spreadsheet' ? 'eine Tabelle (Excel)' : 'eine Präsentation (PowerPoint)'}; lawdiff liest .docx-Textdokumente`,
  'docx.mainMissing': (a) => `Kein Word-Dokument: ${a.part} (der Text des Dokuments) fehlt im ZIP-Archiv`,
  'docx.noBody': (a) => `Kein Word-Dokument: ${a.part} hat kein <w:body> (sein Wurzelelement ist <${a.root}>) – erwartet wird ein WordprocessingML-Dokument`,
  'docx.partUnreadable': (a) =>
    `${a.part}${a.paragraph === undefined ? '' : a.paragraph > 0 ? ` in Absatz ${den(a.paragraph)}` : ' vor dem ersten Absatz'} ist nicht lesbar${a.line !== undefined ? ` (Zeile ${den(a.line)}${a.column ? `, Spalte ${den(a.column)}` : ''} des Teils)` : ''}: „${a.detail}“ – erwartet wird wohlgeformtes XML, wie Word es schreibt`,
  'docx.unknownList': (a) => `Absatz ${den(a.paragraph)} ist mit Liste ${a.list} nummeriert, die word/numbering.xml nicht definiert: ohne seine Nummer gelesen`,
  'docx.tableAsText': (a) =>
    `Tabelle ${a.table} (${a.first < a.last ? `Absätze ${den(a.first)}–${den(a.last)}` : `Absatz ${den(a.first)}`}, ${dePlural(a.rows, '# Zeile', '# Zeilen')}) als Text gelesen: eine Zeile je Tabellenzeile, die Zellen mit „ | “ verbunden`,
  'docx.trackedChanges': (a) =>
    `Das Dokument enthält nachverfolgte Änderungen (${[a.insertions && dePlural(a.insertions, '# Einfügung', '# Einfügungen'), a.deletions && dePlural(a.deletions, '# Löschung', '# Löschungen'), a.moves && dePlural(a.moves, '# Verschiebung', '# Verschiebungen')].filter(Boolean).join(', ')}): gelesen, als wären alle angenommen – eingefügter und verschobener Text übernommen, gelöschter Text und die alte Stelle verschobenen Texts weggelassen`,
  'docx.hiddenRuns': (a) => `${dePlural(a.count, '# ausgeblendeter Textabschnitt', '# ausgeblendete Textabschnitte')} (in Word als verborgen formatiert) weggelassen`,
  'docx.boxes': (a) => `${dePlural(a.count, '# Zeichnung oder Textfeld', '# Zeichnungen oder Textfelder')} weggelassen (gelesen werden nur die Absätze und Tabellen des Dokuments)`,
  'docx.contents': (a) => `Das Inhaltsverzeichnis (${dePlural(a.count, '# Absatz', '# Absätze')} in den Formatvorlagen „toc 1“ …) weggelassen: Es wiederholt die Überschriften`,
  'docx.endnotes': (a) => `${dePlural(a.count, '# Endnote', '# Endnoten')} weggelassen (Fußnoten werden als Anmerkungen gelesen, Endnoten nicht)`,
  'docx.unknownNumberFormats': (a) => `Automatische Nummern im Format ${a.formats.join(', ')} als 1, 2, 3 geschrieben`,
  'docx.footnoteBeforeArticles': (a) => `Fußnote ${a.footnote} (Absatz ${den(a.paragraph)}) steht vor der ersten Vorschrift: nicht übernommen`,

  'pdf.notPdf': (a) => `${deName(a.name)} ist kein PDF: Es beginnt nicht mit „%PDF-“`,
  'pdf.tooBig': (a) => `${deName(a.name)} hat ${a.mb} MB; lawdiff liest PDFs bis höchstens ${a.max} MB`,
  'pdf.readerUnavailable': (a) => `Das PDF-Lesemodul konnte nicht geladen werden (${deWhy(a)}); sind Sie offline mit einer Kopie von lawdiff, die noch nie ein PDF gelesen hat?`,
  'pdf.unreadable': (a) => `${deName(a.name)} ist als PDF nicht lesbar: ${deWhy(a)}`,
  'pdf.tooManyPages': (a) => `${deName(a.name)} hat ${den(a.pages)} Seiten; nur die ersten ${den(a.max)} wurden gelesen`,
  'pdf.pageUnreadable': (a) => `Seite ${den(a.page)} ist nicht lesbar (${deWhy(a)}) und wurde übersprungen`,
  'pdf.noTextLayer': (a) =>
    `${deName(a.name)} hat keine Textebene: ${a.pages === 1 ? 'Seine Seite ist ein Bild' : `Seine ${den(a.pages)} Seiten sind Bilder`} (ein Scan?). lawdiff liest den Text, den ein PDF enthält, und erkennt keinen Text in Bildern (OCR): Bitte ein aus einer Textverarbeitung oder Webseite gespeichertes PDF oder die Word-Datei verwenden`,
  'pdf.twoColumns': (a) =>
    `${deName(a.name)} ist ab Seite ${den(a.page)} zweispaltig nebeneinander gesetzt (eine Synopse, 对照表 oder Gegenüberstellung?): Als ein Text gelesen würden sich die Spalten vermischen. Bitte jede Fassung aus ihrer eigenen Datei importieren – die Spalten einer Synopse sind zwei Fassungen, die lawdiff für Sie vergleicht`,
  'pdf.runningText': (a) => `${a.kind === 'header' ? 'Kopfzeile' : 'Fußzeile'} „${a.text}“ auf ${dePages(a.pages)} weggelassen`,
  'pdf.pageNumbers': (a) => `Seitenzahlen auf ${dePages(a.pages)} weggelassen`,
  'pdf.lineNumbers': (a) => `${den(a.count)} Zeilennummern am Rand auf ${dePages(a.pages)} weggelassen`,
  'pdf.hyphens': (a) => `${dePlural(a.count, '# am Zeilenende getrenntes Wort', '# am Zeilenende getrennte Wörter')} wieder zusammengefügt${a.example ? ` (z. B. „${a.example}“)` : ''}`,
  'pdf.rotated': (a) => `Quer oder gedreht gesetzter Text (ein Wasserzeichen, eine Randnotiz?) auf ${dePages(a.pages)} weggelassen`,
  'pdf.emptyPages': (a) => `${dePages(a.pages)} ${a.pages.length === 1 ? 'hat' : 'haben'} keinen Text (leer oder ein gescanntes Bild) und ${a.pages.length === 1 ? 'wurde' : 'wurden'} übersprungen`,

  'html.mainOnly': (a) => `Nur der Haupttext der Seite gelesen (ihr <${a.element}>${a.roleMain ? ' mit role="main"' : ''}): alles darum herum weggelassen`,
  'html.around': (a) => `${dePlural(a.count, '# Teil', '# Teile')} um den Text (Navigation, Banner, Fußbereich, Seitenleiste oder Formular) weggelassen`,
  'html.menus': (a) => `${dePlural(a.count, '# Block', '# Blöcke')} überwiegend aus Links (ein Menü?) weggelassen`,
  'html.hidden': (a) => `${dePlural(a.count, '# verborgenes Element', '# verborgene Elemente')} weggelassen`,
  'html.tables': (a) => `${dePlural(a.count, '# Tabelle', '# Tabellen')} als Text gelesen, eine Zeile je Tabellenzeile`,
  'html.tooLong': (a) => `Die Seite hat ${den(a.length)} Zeichen; lawdiff liest Seiten mit höchstens ${den(a.max)} Zeichen`,
};
