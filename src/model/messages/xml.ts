/**
 * The sentences of the XML parser (src/model/xml.ts) and the XML and JSON importers: Akoma Ntoso (src/model/akn), USLM, gesetze-im-internet.de, the Taiwan law database (src/model/import/uslm.ts, gii.ts, tw-moj.ts).
 */
import type { MessageTemplates } from './types.js';

export const xmlMessages = {} as const satisfies MessageTemplates;
