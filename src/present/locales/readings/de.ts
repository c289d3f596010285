/** Die Synopse mehrerer Fassungen auf Deutsch (Aufbau: ./en.ts). */
import { bidi, formatCount, plural } from '../../i18n.js';
import type { Catalogue } from '../../strings.js';
import type { readingsEn } from './en.js';

export const readingsDe: Catalogue<typeof readingsEn> = {
  title: (n: number): string => `Synopse von ${formatCount(n)} Fassungen`,
  all: (n: number): string => `Alle ${formatCount(n)} Fassungen nebeneinander`,
  choose: 'Mehrere Fassungen nebeneinander',
  chooseHint: 'Drei oder mehr Fassungen ankreuzen: jede Spalte wird mit der vorigen verglichen.',
  chooseGo: 'Nebeneinander zeigen',
  chooseMore: 'Bitte mindestens drei Fassungen ankreuzen.',
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
  spansReadings: (n: number): string =>
    plural(n, {
      one: 'Zwischen diesen beiden liegt eine weitere Fassung: dieser Vergleich sagt nicht, welche Fassung welche Änderung gebracht hat.',
      other: 'Zwischen diesen beiden liegen # weitere Fassungen: dieser Vergleich sagt nicht, welche Fassung welche Änderung gebracht hat.',
    }),
  seeEachStep: 'Jeden Schritt nebeneinander sehen',
  legend: 'Jede Spalte ist gegen die vorige markiert: Streichungen durchgestrichen, Einfügungen unterstrichen.',
  legendBase: (label: string): string => `Jede Spalte ist gegen ${bidi(label)} markiert: Streichungen durchgestrichen, Einfügungen unterstrichen.`,
  fileTitle: (law: string, n: number): string => `${bidi(law)}: Synopse von ${formatCount(n)} Fassungen`,
  needsTwoTexts: 'Mindestens zwei dieser Fassungen brauchen einen veröffentlichten Text, um verglichen zu werden.',
};
