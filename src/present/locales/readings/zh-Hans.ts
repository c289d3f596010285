/** 多个审议稿对照（简体中文；结构见 ./en.ts）。 */
import { formatCount } from '../../i18n.js';
import type { Catalogue } from '../../strings.js';
import type { readingsEn } from './en.js';

export const readingsZhHans: Catalogue<typeof readingsEn> = {
  title: (n: number): string => `${formatCount(n)}个文本对照`,
  all: (n: number): string => `全部${formatCount(n)}个文本对照`,
  choose: '多个文本对照',
  chooseHint: '勾选三个或更多文本：每一栏都与前一栏对照。',
  chooseGo: '显示对照',
  chooseMore: '请至少勾选三个文本。',
  spansReadings: (n: number): string => `这两个文本之间还有${formatCount(n)}个文本：本对照无法显示每处修改出自哪一审次。`,
  seeEachStep: '逐审次对照',
};
