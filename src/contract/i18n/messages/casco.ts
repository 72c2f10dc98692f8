import { defineMessages } from '../registry.js';

/** Casco rules across fields (cover, instalments, coverages, leasing). */
export const cascoMessages = defineMessages({
  'casco.installmentsOverTerm': {
    en: 'There cannot be more instalments ({count}) than months of cover ({term}).',
    ro: 'Nu pot fi mai multe rate ({count}) decât luni de asigurare ({term}).',
  },
  'casco.coverageTwice': {
    en: 'The coverage {code} is listed more than once.',
    ro: 'Acoperirea {code} apare de mai multe ori.',
  },
  'casco.leasingContract': {
    en: 'A leased vehicle needs its leasing contract number.',
    ro: 'Pentru un vehicul în leasing introduceți numărul contractului de leasing.',
  },
});
