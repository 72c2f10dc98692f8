import type { en } from './cards.en.js';

/** The words of the kit's offer cards, in Romanian: every English key, no other. */
export const ro = {
  'offers.none': 'Nicio ofertă pentru aceste date.',
  'offers.monthly': '{amount} pe lună',
  'offers.best': 'Cel mai avantajos',
  'offers.validUntil': 'Oferta este valabilă până la {date}',
  'offers.installments': 'în {n} rate',
} satisfies Record<keyof typeof en, string>;
