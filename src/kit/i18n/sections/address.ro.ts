import type { en } from './address.en.js';

/** The words of an address section, in Romanian: every English key, no other. */
export const ro = {
  'addr.title': 'Adresa',
  'addr.county': 'Județ',
  'addr.city': 'Localitate',
  'addr.pickCounty': 'Alegeți întâi județul',
  'addr.street': 'Strada',
  'addr.houseNumber': 'Număr',
  'addr.building': 'Bloc',
  'addr.staircase': 'Scară',
  'addr.apartment': 'Apartament',
  'addr.floor': 'Etaj',
  'addr.postcode': 'Cod poștal',
} satisfies Record<keyof typeof en, string>;
