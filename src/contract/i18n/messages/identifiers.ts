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
    en: 'Enter the ID card series and number, like CJ123456.',
    ro: 'Introduceți seria și numărul buletinului, de exemplu CJ123456.',
  },
  'registryNumber.format': {
    en: 'Enter the registry number, like J12/1403/2004 or J2012000750528.',
    ro: 'Introduceți numărul de înregistrare, de exemplu J12/1403/2004 sau J2012000750528.',
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
    en: 'Enter a 10-digit Romanian phone number, like 0722123456.',
    ro: 'Introduceți un număr de telefon românesc de 10 cifre, de exemplu 0722123456.',
  },
  'phone.country': {
    en: 'Enter a Romanian number; foreign numbers are not accepted.',
    ro: 'Introduceți un număr românesc; cele din alte țări nu sunt acceptate.',
  },
});
