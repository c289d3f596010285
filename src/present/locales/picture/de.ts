/** The passage picture and per-reading statistics in de (shape: ./en.ts). */
import type { Catalogue } from '../../strings.js';
import type { pictureEn } from './en.js';
import { bidi, formatCount, plural } from '../../i18n.js';

export const pictureDe: Catalogue<typeof pictureEn> = {
  heading: 'Wo sich das Gesetz geändert hat, Fassung für Fassung',
  hint: 'Ein Zeichen je Vorschrift und Fassung, die Vorschriften in der Reihenfolge der neuesten Fassung. Jedes Zeichen sagt, was diese Fassung an der Vorschrift geändert hat.',
  readings: 'Fassungen',
  readingGap: (label: string): string => `${bidi(label)} (kein Text)`,
  legend: 'Legende',
  legendEntry: (kind: string, n: number): string => `${kind}: ${formatCount(n)}`,
  linkSplitMerge: 'Aufgeteilt oder zusammengeführt: Linie zum anderen Teil',
  linkMove: 'Verschoben: Linie von der alten Stelle',
  summary: (articles: number, readings: number, changes: string): string =>
    `Bild von ${plural(articles, { one: '# Vorschrift', other: '# Vorschriften' })} in ${plural(readings, { one: '# Fassung', other: '# Fassungen' })}. ${changes}`,
  summaryCount: (kind: string, n: number): string => `${kind}: ${formatCount(n)}`,
  noChanges: 'Keine Vorschrift hat sich geändert.',
  keys: 'Pfeiltasten: ← → Vorschriften, ↑ ↓ Fassungen; Bild auf/ab und Pos1/Ende: zeilenweise (Strg+Pos1/Ende: zur ersten oder letzten Vorschrift); Eingabetaste öffnet die Entwicklung der Vorschrift.',
  idle: 'Zeigen Sie auf ein Zeichen oder bewegen Sie sich im Bild mit den Pfeiltasten, um zu sehen, was es bedeutet.',
  cell: (label: string, reading: string, what: string): string => `${bidi(label)} in ${bidi(reading)}: ${what}`,
  was: (label: string, reading: string): string => `zuvor ${bidi(label)} in ${bidi(reading)}`,
  withNote: (text: string, note: string): string => `${text} (${note})`,
  movedAnd: (status: string): string => `Verschoben, ${status.toLowerCase()}`,
  inDivision: (text: string, title: string): string => `${text} · in ${bidi(title)}`,

  statsHeading: 'Änderungen je Schritt',
  stepColumn: 'Schritt',
  step: (from: string, to: string): string => `${bidi(from)} → ${bidi(to)}`,
  across: (labels: readonly string[]): string => `über ${labels.map(bidi).join(', ')} hinweg (kein Text)`,
  splitMerged: 'Aufgeteilt oder zusammengeführt',
  wordsInserted: 'Wörter eingefügt',
  wordsDeleted: 'Wörter gestrichen',
  charsInserted: 'Zeichen eingefügt',
  charsDeleted: 'Zeichen gestrichen',
  noSteps: 'Von diesen Fassungen haben weniger als zwei einen Text zum Vergleichen.',
};
