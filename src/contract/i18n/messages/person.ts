import { defineMessages } from '../registry.js';

/** Rules of the Person object (policyholder) and its address. */
export const personMessages = defineMessages({
  'address.county': {
    en: 'Choose a county from the list.',
    ro: 'Alegeți un județ din listă.',
  },
  'person.notBoth': {
    en: 'A person cannot be both retired and with a disability here: choose one.',
    ro: 'O persoană nu poate fi aici și pensionară, și cu dizabilități: alegeți una.',
  },
  'person.notForCompany': {
    en: 'This does not apply to a company.',
    ro: 'Nu se aplică unei firme.',
  },
});
