/** Styles of `<lawdiff-data-page>`: the library pages' own, with the list of records that cannot be read and a message's details. */
import { css } from 'lit';
import { libraryStyles } from '../library/library.styles.js';
import { base } from '../common/theme.js';

export const dataPageStyles = [
  base,
  libraryStyles,
  css`
    .unreadable-records .store {
      font-weight: 600;
    }
    .unreadable-records code {
      font-family: var(--ld-font-mono);
      font-size: 0.85rem;
      overflow-wrap: anywhere;
    }
    .unreadable-records .why {
      flex: 1 1 100%;
      overflow-wrap: anywhere;
    }
    .message-details {
      margin: 0.25rem 0 0;
      padding-left: 1.25rem;
      max-width: var(--ld-measure);
    }
  `,
];
