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
    en: 'This CNP is not valid: check its digits.',
    ro: 'CNP-ul nu este valid: verificați cifrele.',
  },
  'cnp.serial': {
    en: 'This CNP is not valid: check its digits.',
    ro: 'CNP-ul nu este valid: verificați cifrele.',
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
    en: 'Enter the series (2 letters) and number (6 digits).',
    ro: 'Introduceți seria (2 litere) și numărul (6 cifre).',
  },
  'registryNumber.format': {
    en: 'Enter the number as on the registration certificate.',
    ro: 'Introduceți numărul ca în certificatul de înregistrare.',
  },
  'registryNumber.county': {
    en: 'This registry number is not valid: check it.',
    ro: 'Numărul de înregistrare nu este valid: verificați-l.',
  },
  'registryNumber.year': {
    en: 'This registry number is not valid: check it.',
    ro: 'Numărul de înregistrare nu este valid: verificați-l.',
  },
  'registryNumber.checksum': {
    en: 'This registry number is not valid: check it.',
    ro: 'Numărul de înregistrare nu este valid: verificați-l.',
  },
  'phone.format': {
    en: 'Enter 10 digits, starting with 0.',
    ro: 'Introduceți 10 cifre, începând cu 0.',
  },
  'phone.country': {
    en: 'Enter a Romanian number; foreign numbers are not accepted.',
    ro: 'Introduceți un număr românesc; cele din alte țări nu sunt acceptate.',
  },
});
