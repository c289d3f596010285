/**
 * Aligning divisions (parts, chapters, sections): a division of the old
 * version corresponds to the new division that received most of its
 * articles, or failing that to one with the same type and heading.
 */
import type { BodyNode, Division, VersionDoc } from '../model/types.js';
import type { DivisionChange, DivisionRef } from './types.js';

/** Every division of a version with a key unique within it, in document order. */
export function divisionRefs(doc: Pick<VersionDoc, 'body'>): { refs: DivisionRef[]; byNode: Map<Division, DivisionRef> } {
  const refs: DivisionRef[] = [];
  const byNode = new Map<Division, DivisionRef>();
  const used = new Set<string>();
  const walk = (nodes: readonly BodyNode[], parent: string, depth: number): void => {
    for (const n of nodes) {
      if (n.kind !== 'division') continue;
      const base = `${parent}${parent ? '/' : ''}${n.type}:${n.num || n.heading}`;
      let key = base;
      for (let k = 2; used.has(key); k++) key = `${base}~${k}`;
      used.add(key);
      const ref: DivisionRef = { key, type: n.type, label: n.label, num: n.num, heading: n.heading, depth };
      refs.push(ref);
      byNode.set(n, ref);
      walk(n.children, key, depth + 1);
    }
  };
  walk(doc.body, '', 0);
  return { refs, byNode };
}

/**
 * Aligns divisions given the article pairs as (old division path, new division path)
 * votes. Returns the changes and the old key → new key map.
 */
export function alignDivisions(
  olds: readonly DivisionRef[],
  news: readonly DivisionRef[],
  votes: readonly { old: readonly string[]; new: readonly string[] }[],
): { changes: DivisionChange[]; map: Map<string, string> } {
  const oldByKey = new Map(olds.map((d) => [d.key, d]));
  const newByKey = new Map(news.map((d) => [d.key, d]));
  const count = new Map<string, number>();
  for (const v of votes) {
    for (const o of v.old) {
      const od = oldByKey.get(o)!;
      for (const n of v.new) {
        const nd = newByKey.get(n)!;
        if (nd.type !== od.type || nd.depth !== od.depth) continue;
        const k = `${o}\u0000${n}`;
        count.set(k, (count.get(k) ?? 0) + 1);
      }
    }
  }
  const map = new Map<string, string>();
  const taken = new Set<string>();
  const ranked = [...count.entries()]
    .map(([k, c]) => {
      const [o, n] = k.split('\u0000') as [string, string];
      const bonus = oldByKey.get(o)!.heading === newByKey.get(n)!.heading ? 0.5 : 0;
      return { o, n, score: c + bonus };
    })
    .sort((a, b) => b.score - a.score || a.o.localeCompare(b.o) || a.n.localeCompare(b.n));
  for (const r of ranked) {
    if (map.has(r.o) || taken.has(r.n)) continue;
    map.set(r.o, r.n);
    taken.add(r.n);
  }
  // Divisions without articles in common (empty or fully rewritten): same type and heading.
  for (const o of olds) {
    if (map.has(o.key)) continue;
    const n = news.find((x) => !taken.has(x.key) && x.type === o.type && x.heading === o.heading && x.depth === o.depth);
    if (n) {
      map.set(o.key, n.key);
      taken.add(n.key);
    }
  }
  const changes: DivisionChange[] = [];
  const newToOld = new Map([...map.entries()].map(([o, n]) => [n, o]));
  for (const n of news) {
    const o = newToOld.get(n.key);
    if (o) {
      const od = oldByKey.get(o)!;
      changes.push({ kind: 'matched', old: od, new: n, renamed: od.heading !== n.heading, renumbered: od.num !== n.num });
    } else {
      changes.push({ kind: 'inserted', old: undefined, new: n, renamed: false, renumbered: false });
    }
  }
  for (const o of olds) {
    if (!map.has(o.key)) changes.push({ kind: 'deleted', old: o, new: undefined, renamed: false, renumbered: false });
  }
  return { changes, map };
}
