import { defineMessages } from '../registry.js';

/** What a person reads for zod's own checks that a form can break (missing, not a number, too small…), mapped in issues.ts. */
export const coreMessages = defineMessages({
  required: {
    en: 'This field is required.',
    ro: 'Câmpul este obligatoriu.',
  },
  number: {
    en: 'Enter a number.',
    ro: 'Introduceți un număr.',
  },
  integer: {
    en: 'Enter a whole number.',
    ro: 'Introduceți un număr întreg.',
  },
  invalid: {
    en: 'This value is not valid.',
    ro: 'Valoarea nu este validă.',
  },
  format: {
    en: 'This value is not in the expected format.',
    ro: 'Valoarea nu are formatul așteptat.',
  },
  email: {
    en: 'Enter a valid email address, like name@example.com.',
    ro: 'Introduceți o adresă de e-mail validă, de exemplu nume@exemplu.ro.',
  },
  oneOf: {
    en: 'Choose one of: {values}.',
    ro: 'Alegeți una dintre: {values}.',
  },
  mustBeTrue: {
    en: 'You need to accept this to continue.',
    ro: 'Trebuie să acceptați pentru a continua.',
  },
  min: {
    en: 'Enter at least {min}.',
    ro: 'Introduceți cel puțin {min}.',
  },
  gt: {
    en: 'Enter more than {min}.',
    ro: 'Introduceți mai mult de {min}.',
  },
  max: {
    en: 'Enter at most {max}.',
    ro: 'Introduceți cel mult {max}.',
  },
});
