/** The pseudo-locale's mark (see pseudo.ts): every sentence of a catalogue between ⟦ and ⟧, functions' results too. */
export function mark(value: unknown): unknown {
  if (typeof value === 'string') return `⟦${value}⟧`;
  if (typeof value === 'function') return (...args: unknown[]) => mark((value as (...a: unknown[]) => unknown)(...args));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mark(v)]));
  return value;
}
