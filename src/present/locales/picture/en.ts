/** The passage picture and per-reading statistics in English (the reference; see ../en.ts). */
export const pictureEn = {
  placeholder: 'placeholder',
} as const;
