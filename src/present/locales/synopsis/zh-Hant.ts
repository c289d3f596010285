/** The synopsis of several readings in zh-Hant (shape: ./en.ts). */
import { bidi, formatCount } from '../../i18n.js';
import type { Catalogue } from '../../strings.js';
import type { synopsisEn } from './en.js';

export const synopsisZhHant: Catalogue<typeof synopsisEn> = {
  tabs: '對照方式',
  synopsis: '條文對照表',
  picture: '立法歷程圖',
  against: '每一欄對照',
  againstPrevious: '前一個版本',
  againstBase: (label: string): string => bidi(label),
  inStep: '範圍',
  anyStep: '任一階段',
  step: (from: string, to: string): string => `${bidi(from)} → ${bidi(to)}`,
  search: '在所有版本中搜尋',
  stepSwitcher: '顯示的階段',
  previousStep: '上一階段',
  nextStep: '下一階段',
  comparedWith: (label: string): string => `對照${bidi(label)}`,
  baseColumn: '基準',
  sameAs: (label: string): string => `與${bidi(label)}相同`,
  onlyNumber: (label: string): string => `與前一版本的${bidi(label)}內容相同，僅條次變更`,
  notYet: '本版本尚無此條',
  gone: '本版本已無此條',
  deleted: '本版本刪除此條',
  mergedInto: (label: string): string => `併入${bidi(label)}`,
  gap: '版本未公布',
  unavailable: '版本未載入',
  changedIn: (labels: readonly string[]): string => `修正於：${labels.map(bidi).join('、')}`,
  neverChanged: '各版本均未修正',
  legend: '每一欄與前一欄對照：刪除的文字加刪除線，增加的文字加底線。',
  legendBase: (label: string): string => `每一欄與${bidi(label)}對照：刪除的文字加刪除線，增加的文字加底線。`,
  fileTitle: (law: string, n: number): string => `${bidi(law)}：${formatCount(n)}個版本對照`,
  needsTwoTexts: '這些版本中至少要有兩個已公布的版本才能對照。',
};
