import type { en } from './steps.en.js';

/** The words of the kit's library of steps (their headings, the policyholder step's button), in Romanian: every English key, no other. */
export const ro = {
  'step.policyholder': 'Datele dumneavoastră',
  'step.offers': 'Oferte',
  'step.issue': 'Confirmare',
  'step.documents': 'Documente',
  getOffers: 'Vedeți ofertele',
} satisfies Record<keyof typeof en, string>;
