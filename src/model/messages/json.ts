/**
 * The sentences of the JSON validators (src/model/validate.ts), collection loading (src/model/collection.ts, src/cli/check.ts), language tags (src/model/language.ts) and stored records (src/store/library.ts, src/app/backup.ts).
 */
import type { MessageTemplates } from './types.js';

export const jsonMessages = {} as const satisfies MessageTemplates;
