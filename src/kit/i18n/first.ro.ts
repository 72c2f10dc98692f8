import type { enFirst } from './first.en.js';
import { ro as steps } from './sections/steps.ro.js';

/** The kit's words in Romanian that the first step and any failure show (see first.en.ts). */
export const roFirst: Record<keyof typeof enFirst, string> = {
  ...steps,
  'step.of': 'Pasul {n} din {total}',
  next: 'Continuați',
  back: 'Înapoi',
  retry: 'Încercați din nou',
  optional: '(opțional)',
  loading: 'Se încarcă…',
  noMatches: 'Niciun rezultat pentru „{q}”',
  'combo.more': 'Continuați să tastați pentru a restrânge lista — {n} din {total}',
  'combo.n.one': '{n} rezultat',
  'combo.n.few': '{n} rezultate',
  'combo.n.other': '{n} de rezultate',
  listFailed: 'Lista nu s-a putut încărca.',
  'err.network': 'Nu am putut contacta asigurătorul. Verificați conexiunea și încercați din nou; datele sunt păstrate.',
  'err.upstream': 'Asigurătorul nu răspunde acum. Datele sunt păstrate: încercați din nou peste un minut.',
  'err.fields': 'Verificați cele {n} câmpuri marcate.',
  'err.field': 'Verificați câmpul marcat.',
  'err.rate': 'Prea multe încercări. Reîncercați în curând.',
  'err.expired': 'Oferta a expirat. Cereți oferte noi.',
  'err.generic': 'Ceva nu a mers. Datele sunt păstrate: încercați din nou.',
  'err.config': 'Asigurarea nu este disponibilă aici acum.',
  'form.required': 'Alegeți una dintre ofertele de asigurare pentru a finaliza comanda.',
};
