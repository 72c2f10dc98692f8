import type { en } from './documents.en.js';

/** The words of the documents step, in Romanian: every English key, no other. */
export const ro = {
  'docs.issued': 'Polița {series} {number} a fost emisă.',
  'docs.policy': 'Descărcați polița (PDF)',
  'docs.offer': 'Descărcați oferta (PDF)',
  'docs.again': 'Cereți o ofertă nouă',
  'docs.gone': 'După reîncărcarea paginii, documentele nu mai pot fi descărcate aici. Asigurătorul vă poate trimite o copie dacă îi comunicați numărul poliței de mai sus.',
  'docs.number': 'Polița',
  'docs.files': 'Descărcați polița',
  'docs.next': 'Ce urmează',
  'docs.starts': 'Asigurarea începe pe {date} și se încheie pe {end}.',
  'docs.keep': 'Păstrați polița în format PDF: este dovada asigurării, iar dacă aveți o daună vă trebuie numărul poliței.',
} satisfies Record<keyof typeof en, string>;
