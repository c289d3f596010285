/** The synopsis of several readings in de (shape: ./en.ts). */
import { bidi, formatCount } from '../../i18n.js';
import type { Catalogue } from '../../strings.js';
import type { synopsisEn } from './en.js';

export const synopsisDe: Catalogue<typeof synopsisEn> = {
  tabs: 'Ansicht der Fassungen',
  synopsis: 'Synopse',
  picture: 'Gang des Gesetzes',
  against: 'Jede Fassung vergleichen mit',
  againstPrevious: 'der vorigen Fassung',
  againstBase: (label: string): string => bidi(label),
  inStep: 'in',
  anyStep: 'jedem Schritt',
  step: (from: string, to: string): string => `${bidi(from)} → ${bidi(to)}`,
  search: 'In allen Fassungen suchen',
  stepSwitcher: 'Gezeigter Schritt',
  previousStep: 'Voriger Schritt',
  nextStep: 'Nächster Schritt',
  comparedWith: (label: string): string => `verglichen mit ${bidi(label)}`,
  baseColumn: 'Basis',
  sameAs: (label: string): string => `Wortgleich mit ${bidi(label)}`,
  onlyNumber: (label: string): string => `Wortgleich mit bisher ${bidi(label)}; nur die Nummer hat sich geändert`,
  notYet: 'In dieser Fassung noch nicht enthalten',
  gone: 'In dieser Fassung nicht mehr enthalten',
  deleted: 'In dieser Fassung aufgehoben',
  mergedInto: (label: string): string => `Aufgegangen in ${bidi(label)}`,
  gap: 'Text nicht veröffentlicht',
  unavailable: 'Text nicht geladen',
  changedIn: (labels: readonly string[]): string => `Geändert in: ${labels.map(bidi).join(', ')}`,
  neverChanged: 'In keiner Fassung geändert',
  legend: 'Jede Spalte ist gegen die vorige markiert: Streichungen durchgestrichen, Einfügungen unterstrichen.',
  legendBase: (label: string): string => `Jede Spalte ist gegen ${bidi(label)} markiert: Streichungen durchgestrichen, Einfügungen unterstrichen.`,
  fileTitle: (law: string, n: number): string => `${bidi(law)}: Synopse von ${formatCount(n)} Fassungen`,
  needsTwoTexts: 'Mindestens zwei dieser Fassungen brauchen einen veröffentlichten Text, um verglichen zu werden.',
};
