/**
 * Lines of JSON paths (`$.body[0].children[2].num`, as the validators name them) in a JSON text,
 * so a validation problem names its line as well as its path. One iterative pass over the text
 * (any nesting depth is safe); the text is assumed to be valid JSON (JSON.parse accepted it).
 */

/** `$.a[0].b` → [`$`, `$.a`, `$.a[0]`, `$.a[0].b`]. */
function prefixes(path: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < path.length; i++) if (path[i] === '.' || path[i] === '[') out.push(path.slice(0, i));
  out.push(path);
  return out;
}

/**
 * The 1-based line where the value at each path begins; for a path that is not in the text (a
 * missing field), the line of its nearest ancestor that is. Paths not starting with `$` get 0.
 */
export function jsonPathLines(text: string, paths: readonly string[]): Map<string, number> {
  const wanted = new Set<string>();
  let longest = 0;
  for (const p of paths) {
    if (!p.startsWith('$')) continue;
    for (const q of prefixes(p)) wanted.add(q);
    longest = Math.max(longest, p.length);
  }
  const found = new Map<string, number>();
  if (wanted.size > 0) scan(text, wanted, longest, found);
  const out = new Map<string, number>();
  for (const p of paths) {
    if (!p.startsWith('$')) {
      out.set(p, 0);
      continue;
    }
    const all = prefixes(p);
    let line = 1;
    for (let i = all.length - 1; i >= 0; i--) {
      const l = found.get(all[i]!);
      if (l !== undefined) {
        line = l;
        break;
      }
    }
    out.set(p, line);
  }
  return out;
}

interface Frame {
  array: boolean;
  /** The container's path; undefined below the depth of every wanted path. */
  path: string | undefined;
  index: number;
  key: string;
}

function scan(text: string, wanted: Set<string>, longest: number, found: Map<string, number>): void {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const stack: Frame[] = [];
  const skipSpace = (): void => {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13) return;
    }
  };
  /** Skips a string starting at `i` (on its quote); returns its raw text with the quotes. */
  const skipString = (): string => {
    const start = i;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x5c) i += 2;
      else if (c === 0x22) {
        i++;
        break;
      } else i++;
    }
    return text.slice(start, i);
  };
  const valuePath = (): string | undefined => {
    const top = stack[stack.length - 1];
    if (!top) return '$';
    if (top.path === undefined || top.path.length > longest) return undefined;
    return top.array ? `${top.path}[${top.index}]` : `${top.path}.${top.key}`;
  };
  for (;;) {
    // At a value.
    skipSpace();
    if (i >= n) return;
    const path = valuePath();
    if (path !== undefined && wanted.has(path) && !found.has(path)) found.set(path, line);
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      stack.push({ array: c === '[', path, index: 0, key: '' });
      skipSpace();
      if (text[i] === (c === '[' ? ']' : '}')) {
        i++;
        stack.pop();
      } else {
        if (c === '{') {
          stack[stack.length - 1]!.key = readKey();
        }
        continue;
      }
    } else if (c === '"') skipString();
    else {
      while (i < n && !/[\s,\]}]/u.test(text[i]!)) i++;
    }
    // After a value: close containers, or move to the next member.
    for (;;) {
      skipSpace();
      const top = stack[stack.length - 1];
      if (!top || i >= n) return;
      if (text[i] === ',') {
        i++;
        top.index++;
        if (!top.array) {
          skipSpace();
          top.key = readKey();
        }
        break;
      }
      // `]` or `}`.
      i++;
      stack.pop();
    }
  }

  function readKey(): string {
    const raw = skipString();
    skipSpace();
    if (text[i] === ':') i++;
    try {
      return JSON.parse(raw) as string;
    } catch {
      return raw;
    }
  }
}

/** Sets the line of every problem that names a JSON path in its `text` and has none yet. */
export function addJsonLines(text: string, problems: { line: number; text: string }[]): void {
  const pending = problems.filter((p) => p.line === 0 && p.text.startsWith('$'));
  if (pending.length === 0) return;
  const lines = jsonPathLines(text, pending.map((p) => p.text));
  for (const p of pending) p.line = lines.get(p.text) ?? 0;
}
