/** 多個版本對照（繁體中文；結構見 ./en.ts）。 */
import { formatCount } from '../../i18n.js';
import type { Catalogue } from '../../strings.js';
import type { readingsEn } from './en.js';

export const readingsZhHant: Catalogue<typeof readingsEn> = {
  title: (n: number): string => `${formatCount(n)}個版本對照`,
  all: (n: number): string => `全部${formatCount(n)}個版本對照`,
  choose: '多個版本對照',
  chooseHint: '勾選三個或更多版本：每一欄都與前一欄對照。',
  chooseGo: '顯示對照',
  chooseMore: '請至少勾選三個版本。',
  spansReadings: (n: number): string => `這兩個版本之間還有${formatCount(n)}個版本：本對照無法顯示每處修正出自哪一階段。`,
  seeEachStep: '逐階段對照',
};
