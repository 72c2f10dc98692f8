import type { en } from './issue.en.js';

/** The words of the summary before issuing, and the check of an unknown outcome, in Romanian: every English key, no other. */
export const ro = {
  'issue.cover': 'Acoperire',
  'issue.period': 'Perioada',
  'issue.premium': 'Prima de asigurare',
  'issue.documentNumber': 'Numărul documentului de plată',
  'issue.documentHint': 'Numărul de pe chitanță sau factură',
  'issue.confirm': 'La emitere, polița se încheie acum la asigurător, cu o primă de {amount}. Aici nu se face nicio plată.',
  'issue.button': 'Emiteți polița',
  'issue.pending': 'Se emite polița…',
  'issue.server': 'Ofertă aleasă: polița se emite odată cu comanda.',
  'check.title': 'Verificăm polița dumneavoastră',
  'check.body':
    'Asigurătorul nu a confirmat încă dacă polița a fost emisă. Vă rugăm să nu plătiți din nou și să nu emiteți o altă poliță: întrebăm asigurătorul, iar polița va apărea aici imediat ce răspunde.',
  'check.asking': 'Întrebăm acum asigurătorul…',
  'check.soon': 'Întrebăm din nou în câteva secunde.',
  'check.later': 'Asigurătorul tot nu a răspuns. Așteptați un minut, apoi apăsați „{button}”. Până atunci, nu plătiți din nou.',
  'check.again': 'Verificați din nou',
  'err.issuing': 'O altă poliță din aceste oferte este încă în curs de emitere. Vă rugăm să nu plătiți din nou: așteptați un minut, apoi încercați din nou.',
} satisfies Record<keyof typeof en, string>;
