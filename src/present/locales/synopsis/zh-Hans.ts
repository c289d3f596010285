/** The synopsis of several readings in zh-Hans (shape: ./en.ts). */
import { bidi, formatCount } from '../../i18n.js';
import type { Catalogue } from '../../strings.js';
import type { synopsisEn } from './en.js';

export const synopsisZhHans: Catalogue<typeof synopsisEn> = {
  tabs: '对照方式',
  synopsis: '对照表',
  picture: '立法过程图',
  against: '每一栏对照',
  againstPrevious: '前一个文本',
  againstBase: (label: string): string => bidi(label),
  inStep: '范围',
  anyStep: '任一审次',
  step: (from: string, to: string): string => `${bidi(from)} → ${bidi(to)}`,
  search: '在所有文本中搜索',
  stepSwitcher: '显示的审次',
  previousStep: '上一审次',
  nextStep: '下一审次',
  comparedWith: (label: string): string => `对照${bidi(label)}`,
  baseColumn: '基准',
  sameAs: (label: string): string => `与${bidi(label)}相同`,
  onlyNumber: (label: string): string => `与前一文本的${bidi(label)}内容相同，仅条次变更`,
  notYet: '本文本尚无此条',
  gone: '本文本已无此条',
  deleted: '本文本删除此条',
  mergedInto: (label: string): string => `并入${bidi(label)}`,
  gap: '文本未公布',
  unavailable: '文本未载入',
  changedIn: (labels: readonly string[]): string => `修改于：${labels.map(bidi).join('、')}`,
  neverChanged: '各文本均未修改',
  legend: '每一栏与前一栏对照：删除的文字加删除线，增加的文字加下划线。',
  legendBase: (label: string): string => `每一栏与${bidi(label)}对照：删除的文字加删除线，增加的文字加下划线。`,
  fileTitle: (law: string, n: number): string => `${bidi(law)}：${formatCount(n)}个文本对照`,
  needsTwoTexts: '这些文本中至少要有两个已公布的文本才能对照。',
};
