import { defineMessages } from '../registry.js';

/** Date rules: format and the windows relative to today in Bucharest. */
export const datesMessages = defineMessages({
  'date.format': {
    en: 'Enter a date as YYYY-MM-DD.',
    ro: 'Introduceți data în forma AAAA-LL-ZZ.',
  },
  'date.between': {
    en: 'Choose a date from {min} to {max}.',
    ro: 'Alegeți o dată între {min} și {max}.',
  },
  'date.notFuture': {
    en: 'This date cannot be in the future.',
    ro: 'Data nu poate fi în viitor.',
  },
  'date.past': {
    en: 'This date must be in the past.',
    ro: 'Data trebuie să fie în trecut.',
  },
  'date.notBefore': {
    en: 'Choose {min} or later.',
    ro: 'Alegeți {min} sau o dată ulterioară.',
  },
});
