import type { en } from './offers.en.js';

/** The words of the offers section, in Romanian: every English key, no other. */
export const ro = {
  'offers.loading': 'Căutăm ofertele…',
  'offers.found': 'Am găsit {n} oferte',
  'offers.none': 'Nicio ofertă pentru aceste date.',
  'offers.term': '{n} luni',
  'offers.title': '{name}, {term}',
  'offers.monthly': '{amount} pe lună',
  'offers.best': 'Cel mai avantajos',
  'offers.period': '{start} – {end}',
  'offers.validUntil': 'Oferta este valabilă până la {date}',
  'offers.choose': 'Alegeți o ofertă.',
  'offers.installments': 'în {n} rate',
} satisfies Record<keyof typeof en, string>;
