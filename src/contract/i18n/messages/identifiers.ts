import { defineMessages } from '../registry.js';

/** Romanian identifiers: one message per reason the validators give. */
export const identifiersMessages = defineMessages({
  'cnp.format': {
    en: 'A CNP has 13 digits.',
    ro: 'CNP-ul are 13 cifre.',
  },
  'cnp.date': {
    en: 'This CNP does not hold a real birth date.',
    ro: 'CNP-ul nu conține o dată de naștere reală.',
  },
  'cnp.county': {
    en: 'This CNP has an unknown county code (digits 8–9).',
    ro: 'CNP-ul are un cod de județ necunoscut (cifrele 8–9).',
  },
  'cnp.serial': {
    en: 'This CNP has an invalid serial number (digits 10–12).',
    ro: 'CNP-ul are un număr de ordine greșit (cifrele 10–12).',
  },
  'cnp.checksum': {
    en: 'This CNP is not valid: check its digits.',
    ro: 'CNP-ul nu este valid: verificați cifrele.',
  },
  'cui.format': {
    en: 'A tax ID (CUI) has 2 to 10 digits, optionally after RO.',
    ro: 'Codul fiscal (CUI) are între 2 și 10 cifre, opțional precedate de RO.',
  },
  'cui.checksum': {
    en: 'This tax ID (CUI) is not valid: check its digits.',
    ro: 'Codul fiscal (CUI) nu este valid: verificați cifrele.',
  },
  'idCard.format': {
    en: 'Enter the ID card series and number, like CJ123456.',
    ro: 'Introduceți seria și numărul buletinului, de exemplu CJ123456.',
  },
  'registryNumber.format': {
    en: 'Enter the trade registry number, like J12/1403/2004 or J2012000750528.',
    ro: 'Introduceți numărul de la Registrul Comerțului, de exemplu J12/1403/2004 sau J2012000750528.',
  },
  'registryNumber.county': {
    en: 'This trade registry number has an unknown county code.',
    ro: 'Numărul de la Registrul Comerțului are un cod de județ necunoscut.',
  },
  'registryNumber.year': {
    en: 'This trade registry number has an impossible year.',
    ro: 'Numărul de la Registrul Comerțului are un an imposibil.',
  },
  'registryNumber.checksum': {
    en: 'This trade registry number is not valid: check its digits.',
    ro: 'Numărul de la Registrul Comerțului nu este valid: verificați cifrele.',
  },
  'phone.format': {
    en: 'Enter a 10-digit Romanian phone number, like 0722123456.',
    ro: 'Introduceți un număr de telefon românesc de 10 cifre, de exemplu 0722123456.',
  },
  'phone.country': {
    en: 'Enter a Romanian phone number: numbers from other countries are not accepted.',
    ro: 'Introduceți un număr de telefon românesc: numerele din alte țări nu sunt acceptate.',
  },
});
