import { defineMessages } from '../registry.js';

/**
 * Messages for shapes only an API caller can get wrong (a list where text was
 * expected, an unknown key, a web address): a form never sends them, so a
 * widget does not bundle them. Servers load them with the product registry.
 */
export const shapesMessages = defineMessages({
  text: {
    en: 'Enter text here.',
    ro: 'Introduceți un text.',
  },
  boolean: {
    en: 'Choose yes or no.',
    ro: 'Alegeți da sau nu.',
  },
  url: {
    en: 'Enter a web address, like https://example.com.',
    ro: 'Introduceți o adresă web, de exemplu https://exemplu.ro.',
  },
  minItems: {
    en: 'Add at least {min}.',
    ro: 'Adăugați cel puțin {min}.',
  },
  minLength: {
    en: 'Use at least {min} characters.',
    ro: 'Folosiți cel puțin {min} caractere.',
  },
  length: {
    en: 'Use exactly {n} characters.',
    ro: 'Folosiți exact {n} caractere.',
  },
  maxLength: {
    en: 'Use at most {max} characters.',
    ro: 'Folosiți cel mult {max} caractere.',
  },
  unknownKey: {
    en: 'This field is not expected here.',
    ro: 'Acest câmp nu este așteptat aici.',
  },
});
