import { defineMessages } from '../registry.js';

/** Michelin tyre rules: the DOT date and the one accepted make. */
export const tireMessages = defineMessages({
  'dot.format': {
    en: 'The DOT date has 4 digits: week and year, like 3719.',
    ro: 'Codul DOT are 4 cifre: săptămâna și anul, de exemplu 3719.',
  },
  'dot.week': {
    en: 'The DOT week must be from 01 to 53.',
    ro: 'Săptămâna din codul DOT trebuie să fie între 01 și 53.',
  },
  'dot.future': {
    en: 'This DOT date is in the future.',
    ro: 'Data din codul DOT este în viitor.',
  },
  'tire.michelinOnly': {
    en: 'Only Michelin tyres can be insured.',
    ro: 'Se pot asigura doar anvelope Michelin.',
  },
});
