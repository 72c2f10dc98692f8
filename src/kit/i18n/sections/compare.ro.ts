import type { en } from './compare.en.js';

/** The words of the offers compared side by side, in Romanian. */
export const ro: Record<keyof typeof en, string> = {
  'compare.caption': 'Oferte de la {insurers}, una lângă alta',
  'compare.captionOne': 'Oferte de la {insurers}',
  'compare.insurer': 'Asigurător',
  'compare.premium': 'Prima',
  'compare.instalments': 'Rate',
  'compare.sort': 'Cele mai ieftine întâi',
  'compare.sorted': 'Ofertele sunt ordonate de la cea mai ieftină.',
  'compare.inOne': 'integral',
  'compare.inMany': '{n} × {amount}',
  'compare.choose': 'Alegeți oferta de la {insurer}, {price}',
  'compare.asking': '{insurer}: încă răspunde…',
  'compare.failed': '{insurer} nu a făcut o ofertă: {reason}',
  'compare.failedNoReason': '{insurer} nu a făcut o ofertă.',
  'compare.timeout': '{insurer} nu a răspuns la timp.',
  'compare.whatToDo': 'Alegeți dintre celelalte oferte sau încercați din nou mai târziu pentru a-l include.',
};
