/** The N-reading synopsis in English (the reference; see ../en.ts). */
export const readingsEn = {
  placeholder: 'placeholder',
} as const;
