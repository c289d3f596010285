/** One word per change, and "renumbered only" counted once (docs/decisions/001-article-pairing.md). */
import { describe, expect, it } from 'vitest';
import { classifyChange, classifyIgnoringMove, compareVersions, type Change, type ChangeFlags } from '../../../src/diff/index.js';
import { loadSample, sampleVersionId, type Edition } from '../../helpers/sample.js';

const ref = (num: string) => ({ num, label: `Art. ${num}`, index: 0, divisions: [] });
const flags = (f: Partial<ChangeFlags> = {}): ChangeFlags => ({ textChanged: false, renumbered: false, moved: false, divisionChanged: false, referencesOnly: false, similarity: 1, ...f });
const matched = (f: Partial<ChangeFlags>): Change => ({ kind: 'matched', old: [ref('1')], new: [ref(f.renumbered ? '2' : '1')], diff: undefined, ...flags(f) });

describe('classifyChange', () => {
  it.each([
    ['unchanged', {}, 'unchanged', 'unchanged'],
    ['renumbered only', { renumbered: true }, 'renumbered', 'renumbered'],
    ['reworded', { textChanged: true, similarity: 0.8 }, 'reworded', 'reworded'],
    ['references only', { textChanged: true, referencesOnly: true, renumbered: true }, 'references', 'references'],
    ['moved', { moved: true }, 'moved', 'unchanged'],
    ['moved and renumbered: moved, not renumbered only', { moved: true, renumbered: true }, 'moved', 'renumbered'],
    ['moved and reworded', { moved: true, textChanged: true }, 'moved', 'reworded'],
    ['another division only', { divisionChanged: true }, 'unchanged', 'unchanged'],
  ] as const)('a matched article, %s', (_, f, kind, ignoringMove) => {
    expect(classifyChange(matched(f))).toBe(kind);
    expect(classifyIgnoringMove(matched(f))).toBe(ignoringMove);
  });

  it('other kinds are their kind', () => {
    const unpaired = flags({ textChanged: true, similarity: 0 });
    expect(classifyChange({ kind: 'inserted', old: [], new: [ref('3')], diff: undefined, ...unpaired })).toBe('inserted');
    expect(classifyChange({ kind: 'deleted', old: [ref('3')], new: [], diff: undefined, ...unpaired })).toBe('deleted');
    const diff = { heading: [], lines: [], granularity: 'word' as const, counts: { wordsInserted: 0, wordsDeleted: 0, charsInserted: 0, charsDeleted: 0 } };
    expect(classifyChange({ kind: 'split', old: [ref('3')], new: [ref('3'), ref('4')], diff, unsharedParts: [], ...flags({ textChanged: true, moved: true }) })).toBe('split');
    expect(classifyChange({ kind: 'merged', old: [ref('3'), ref('4')], new: [ref('3')], diff, unsharedParts: [], ...flags({ textChanged: true }) })).toBe('merged');
  });
});

describe('stats.renumberedOnly', () => {
  it.each(['zh', 'en'] as const)('counts the changes classed renumbered (sample law, %s edition)', (edition: Edition) => {
    const cmp = compareVersions(loadSample(edition, sampleVersionId(edition, 'First draft')), loadSample(edition, sampleVersionId(edition, 'Final')));
    expect(cmp.stats.renumberedOnly).toBe(cmp.changes.filter((c) => classifyChange(c) === 'renumbered').length);
  });
});
