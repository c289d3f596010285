/** The passage picture and per-reading statistics in zh-Hant (shape: ./en.ts). */
import type { Catalogue } from '../../strings.js';
import type { pictureEn } from './en.js';
import { bidi, formatCount } from '../../i18n.js';

export const pictureZhHant: Catalogue<typeof pictureEn> = {
  heading: '各版本中法律的修正分布',
  hint: '每個標記代表一個條文在一個版本中的情形，條文依最新版本的順序排列。標記表示該版本對該條所作的修正。',
  readings: '版本',
  readingGap: (label: string): string => `${bidi(label)}（無條文）`,
  legend: '圖例',
  legendEntry: (kind: string, n: number): string => `${kind}：${formatCount(n)}`,
  linkSplitMerge: '分列或合併：連線指向另一部分',
  linkMove: '移列：連線來自原位置',
  summary: (articles: number, readings: number, changes: string): string =>
    `${formatCount(articles)} 條條文在 ${formatCount(readings)} 個版本中的修正分布圖。${changes}`,
  summaryCount: (kind: string, n: number): string => `${kind}：${formatCount(n)}`,
  noChanges: '沒有條文修正。',
  keys: '方向鍵：← → 切換條文，↑ ↓ 切換版本；PgUp/PgDn、Home/End：依圖中的列移動（Ctrl+Home/End：到第一條或最後一條）；Enter 鍵開啟該條的沿革。',
  idle: '將指標移到標記上，或聚焦此圖後使用方向鍵，即可查看其意義。',
  cell: (label: string, reading: string, what: string): string => `${bidi(label)}（${bidi(reading)}）：${what}`,
  was: (label: string, reading: string): string => `${bidi(reading)}為${bidi(label)}`,
  withNote: (text: string, note: string): string => `${text}（${note}）`,
  movedAnd: (status: string): string => `移列，${status}`,
  inDivision: (text: string, title: string): string => `${text}；位於${bidi(title)}`,

  statsHeading: '各次修正的統計',
  stepColumn: '修正步驟',
  step: (from: string, to: string): string => `${bidi(from)} → ${bidi(to)}`,
  across: (labels: readonly string[]): string => `跨越${labels.map(bidi).join('、')}（無條文）`,
  splitMerged: '分列或合併',
  wordsInserted: '增加的詞',
  wordsDeleted: '刪除的詞',
  charsInserted: '增加的字',
  charsDeleted: '刪除的字',
  noSteps: '這些版本中可供比較的條文不足兩個。',
};
