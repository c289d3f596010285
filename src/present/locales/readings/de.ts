/** Die Synopse mehrerer Fassungen auf Deutsch (Aufbau: ./en.ts). */
import { formatCount, plural } from '../../i18n.js';
import type { Catalogue } from '../../strings.js';
import type { readingsEn } from './en.js';

export const readingsDe: Catalogue<typeof readingsEn> = {
  title: (n: number): string => `Synopse von ${formatCount(n)} Fassungen`,
  all: (n: number): string => `Alle ${formatCount(n)} Fassungen nebeneinander`,
  choose: 'Mehrere Fassungen nebeneinander',
  chooseHint: 'Drei oder mehr Fassungen ankreuzen: jede Spalte wird mit der vorigen verglichen.',
  chooseGo: 'Nebeneinander zeigen',
  chooseMore: 'Bitte mindestens drei Fassungen ankreuzen.',
  spansReadings: (n: number): string =>
    plural(n, {
      one: 'Zwischen diesen beiden liegt eine weitere Fassung: dieser Vergleich sagt nicht, welche Fassung welche Änderung gebracht hat.',
      other: 'Zwischen diesen beiden liegen # weitere Fassungen: dieser Vergleich sagt nicht, welche Fassung welche Änderung gebracht hat.',
    }),
  seeEachStep: 'Jeden Schritt nebeneinander sehen',
};
