/**
 * The keys that step through changes (n / j next, p / k previous), as the comparison of two readings
 * and the synopsis of several both read them: not with a modifier, not while typing in a field, not
 * when something else has handled the key.
 */
export function changeKeyStep(e: KeyboardEvent): 1 | -1 | undefined {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return undefined;
  const typing = e.composedPath().some((t) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName)));
  if (typing) return undefined;
  return e.key === 'n' || e.key === 'j' ? 1 : e.key === 'p' || e.key === 'k' ? -1 : undefined;
}
