/** The outcome the data page shows, in the section where the reader acted. */
import { html, nothing } from 'lit';

/** Where on the data page an outcome is said. */
export type MessagePlace = 'backup' | 'laws' | 'versions' | 'caches' | 'unreadable';

/** An outcome to show, in the section of the page where the reader acted (`details`: one more line each). */
export interface Message {
  kind: 'ok' | 'error';
  text: string;
  where: MessagePlace;
  details?: string[];
}

/** The message `m` when it belongs at `where` (a status, or an alert for an error), else nothing. */
export function renderMessage(m: Message | undefined, where: MessagePlace): unknown {
  if (m?.where !== where) return nothing;
  return html`<div class=${`${where}-message`} role=${m.kind === 'error' ? 'alert' : 'status'}>
    <p class=${m.kind}>${m.text}</p>
    ${m.details && m.details.length > 0 ? html`<ul class="message-details">${m.details.map((d) => html`<li>${d}</li>`)}</ul>` : nothing}
  </div>`;
}
