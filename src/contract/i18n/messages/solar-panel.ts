import { defineMessages } from '../registry.js';

/** Colonnade solar panel: the term and its cap by installation age. */
export const solarPanelMessages = defineMessages({
  'term.wholeYears': {
    en: 'Choose a whole number of years (12, 24, 36… months).',
    ro: 'Alegeți un număr întreg de ani (12, 24, 36… luni).',
  },
  'term.max': {
    en: 'For this installation date the cover can last at most {max} months.',
    ro: 'Pentru această dată de instalare, asigurarea poate dura cel mult {max} de luni.',
  },
});
