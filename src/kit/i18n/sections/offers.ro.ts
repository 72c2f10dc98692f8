import type { en } from './offers.en.js';

/** The words of the offers section, in Romanian: every English key, no other. */
export const ro = {
  'offers.loading': 'Căutăm ofertele…',
  'offers.found': 'Am găsit {n} oferte',
  'offers.term': '{n} luni',
  'offers.title': '{name}, {term}',
  'offers.period': '{start} – {end}',
  'offers.choose': 'Alegeți o ofertă.',
} satisfies Record<keyof typeof en, string>;
