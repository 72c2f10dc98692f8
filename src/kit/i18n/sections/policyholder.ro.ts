import type { en } from './policyholder.en.js';

/** The words of the policyholder section, in Romanian: every English key, no other. */
export const ro = {
  'ph.kind': 'Cine este asigurat?',
  'ph.individual': 'O persoană fizică',
  'ph.company': 'O firmă',
  'ph.lastName': 'Nume',
  'ph.firstName': 'Prenume',
  'ph.cnp': 'CNP',
  'ph.idNumber': 'Seria și numărul buletinului',
  'ph.idHint': 'De exemplu CJ123456',
  'ph.foreign': 'Nu am cetățenie română',
  'ph.foreignTaxId': 'Cod personal sau fiscal',
  'ph.nationality': 'Naționalitate',
  'ph.citizenship': 'Cetățenie',
  'ph.gender': 'Sex',
  'ph.male': 'Masculin',
  'ph.female': 'Feminin',
  'ph.birthdate': 'Data nașterii',
  'ph.businessName': 'Denumirea firmei',
  'ph.cui': 'Cod fiscal (CUI)',
  'ph.registry': 'Nr. de ordine în Registrul Comerțului',
  'ph.registryHint': 'De exemplu J12/1403/2004',
  'ph.email': 'E-mail',
  'ph.phone': 'Telefon mobil',
  'ph.phoneHint': '10 cifre, de exemplu 0722123456',
} satisfies Record<keyof typeof en, string>;
