/**
 * Rewrites in place (issue 14, src/diff/align.ts pairRewrites; decision 001 pass 7): an article
 * that keeps its number and its place between unchanged neighbours and is rewritten reads as
 * reworded, with its word diff — not as deleted + inserted — unless its new text is unrelated.
 */
import { describe, expect, it } from 'vitest';
import { compareVersions, type Change, type Comparison } from '../../../src/diff/index.js';
import { importSource } from '../../../src/model/import/index.js';
import type { VersionDoc } from '../../../src/model/types.js';

function cn(articles: string[]): VersionDoc {
  const r = importSource(articles.map((t, i) => `第${'一二三四五六七八九十'[i]}条　${t}`).join('\n\n'), { format: 'cn', language: 'zh-Hans' });
  expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return r.doc;
}

function de(articles: [string, string][]): VersionDoc {
  const r = importSource(articles.map(([num, t]) => `###### § ${num}\n\n${t}`).join('\n\n'), { format: 'de', language: 'de' });
  expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return r.doc;
}

const kinds = (c: Comparison): string[] => c.changes.map((ch) => `${ch.kind}:${ch.old.map((r) => r.num).join('+')}>${ch.new.map((r) => r.num).join('+')}${ch.textChanged ? '*' : ''}`);

const neighbours = [
  '为了保障网络安全，维护网络空间主权和国家安全、社会公共利益，保护公民、法人和其他组织的合法权益，促进经济社会信息化健康发展，制定本法。',
  '在中华人民共和国境内建设、运营、维护和使用网络，以及网络安全的监督管理，适用本法。',
  '国家坚持网络安全与信息化发展并重，遵循积极利用、科学发展、依法管理、确保安全的方针。',
  '国家制定并不断完善网络安全战略，明确保障网络安全的基本要求和主要目标，提出重点领域的网络安全政策、工作任务和措施。',
];

describe('rewrites in place', () => {
  it('the short article of the seed scenario, rewritten under its number between unchanged neighbours, is reworded with a word diff', () => {
    const before = cn([neighbours[0]!, '本法所称主管部门为国务院电信主管部门。', neighbours[1]!, neighbours[2]!]);
    const after = cn([neighbours[0]!, '本法的主管部门为国家网信部门。前款工作，由国家网信部门统筹协调。', neighbours[1]!, neighbours[2]!]);
    const c = compareVersions(before, after);
    expect(kinds(c)).toEqual(['matched:1>1', 'matched:2>2*', 'matched:3>3', 'matched:4>4']);
    const two = c.changes[1] as Extract<Change, { kind: 'matched' }>;
    expect(two.diff?.lines[0]?.kind).toBe('changed');
    // And the same from the other side (swap symmetry).
    expect(kinds(compareVersions(after, before))).toEqual(['matched:1>1', 'matched:2>2*', 'matched:3>3', 'matched:4>4']);
  });

  it('unrelated text in the same place stays deleted + inserted', () => {
    const before = cn([neighbours[0]!, '本法所称主管部门为国务院电信主管部门。', neighbours[1]!, neighbours[2]!]);
    const after = cn([neighbours[0]!, '公司不得直接或者通过子公司向董事、监事、高级管理人员提供借款。', neighbours[1]!, neighbours[2]!]);
    expect(kinds(compareVersions(before, after)).sort()).toEqual(['deleted:2>*', 'inserted:>2*', 'matched:1>1', 'matched:3>3', 'matched:4>4'].sort());
  });

  it('a German § rewritten under its number is reworded; two unrelated §§ left in one place under other numbers are not paired', () => {
    const keep: [string, string][] = [
      ['1', 'Dieses Gesetz regelt die Rechte und Pflichten der Betreiber öffentlicher Telekommunikationsnetze gegenüber den Nutzern.'],
      ['3', 'Die Bundesnetzagentur überwacht die Einhaltung der Vorschriften dieses Gesetzes und kann Anordnungen treffen.'],
    ];
    const before = de([keep[0]!, ['2', 'Warteschleifen dürfen nur eingesetzt werden, wenn der Anruf zu einer entgeltfreien Rufnummer erfolgt.'], keep[1]!]);
    const after = de([keep[0]!, ['2', 'Warteschleifen dürfen nur eingesetzt werden, wenn für den Anruf ein Festpreis pro Verbindung gilt oder der Anruf entgeltfrei ist.'], keep[1]!]);
    expect(kinds(compareVersions(before, after))).toEqual(['matched:1>1', 'matched:2>2*', 'matched:3>3']);
    const other = de([keep[0]!, ['2a', 'Die Vergütung der Sachverständigen richtet sich nach dem Justizvergütungs- und -entschädigungsgesetz.'], keep[1]!]);
    expect(kinds(compareVersions(before, other)).sort()).toEqual(['deleted:2>*', 'inserted:>2a*', 'matched:1>1', 'matched:3>3'].sort());
  });
});
