/** The passage picture and per-reading statistics in zh-Hans (shape: ./en.ts). */
import type { Catalogue } from '../../strings.js';
import type { pictureEn } from './en.js';
import { bidi, formatCount } from '../../i18n.js';

export const pictureZhHans: Catalogue<typeof pictureEn> = {
  heading: '各次审议稿中法律的修改分布',
  hint: '每个标记代表一个条文在一个文本中的情况，条文按最新文本的顺序排列。标记表示该文本对该条所作的修改。',
  readings: '文本',
  readingGap: (label: string): string => `${bidi(label)}（无文本）`,
  legend: '图例',
  legendEntry: (kind: string, n: number): string => `${kind}：${formatCount(n)}`,
  linkSplitMerge: '拆分或合并：连线指向另一部分',
  linkMove: '移动：连线来自原位置',
  summary: (articles: number, readings: number, changes: string): string =>
    `${formatCount(articles)} 个条文在 ${formatCount(readings)} 个文本中的修改分布图。${changes}`,
  summaryCount: (kind: string, n: number): string => `${kind}：${formatCount(n)}`,
  noChanges: '没有条文修改。',
  keys: '方向键：← → 切换条文，↑ ↓ 切换文本；PgUp/PgDn、Home/End：按图中的行移动（Ctrl+Home/End：到第一条或最后一条）；回车键打开该条的历史沿革。',
  idle: '将指针移到标记上，或聚焦此图后使用方向键，即可查看其含义。',
  cell: (label: string, reading: string, what: string): string => `${bidi(label)}（${bidi(reading)}）：${what}`,
  was: (label: string, reading: string): string => `${bidi(reading)}中为${bidi(label)}`,
  withNote: (text: string, note: string): string => `${text}（${note}）`,
  movedAnd: (status: string): string => `移动，${status}`,
  inDivision: (text: string, title: string): string => `${text}；位于${bidi(title)}`,

  statsHeading: '每次修改的统计',
  stepColumn: '修改步骤',
  step: (from: string, to: string): string => `${bidi(from)} → ${bidi(to)}`,
  across: (labels: readonly string[]): string => `跨越${labels.map(bidi).join('、')}（无文本）`,
  splitMerged: '拆分或合并',
  wordsInserted: '增加的词',
  wordsDeleted: '删除的词',
  charsInserted: '增加的字',
  charsDeleted: '删除的字',
  noSteps: '这些文本中可供比较的文本不足两个。',
};
