import { defineMessages } from '../registry.js';

/** LevIns business cyber protection: insured counts. */
export const levinsMessages = defineMessages({
  'count.insuredOverTotal': {
    en: 'You cannot insure more than the {max} you have.',
    ro: 'Nu puteți asigura mai mult decât cele {max} pe care le aveți.',
  },
});
