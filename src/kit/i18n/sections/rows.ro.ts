import type { en } from './rows.en.js';

/** The words of the repeated-rows table, in Romanian: every English key, no other. */
export const ro = {
  'rows.row': 'Rândul {n}',
  'rows.add': 'Adăugați un rând',
  'rows.duplicate': 'Duplicați',
  'rows.remove': 'Eliminați',
  'rows.actions': 'Acțiuni',
  'rows.added': 'A fost adăugat: {name}. În total: {count}.',
  'rows.removed': 'A fost eliminat: {name}. În total: {count}.',
  'rows.pasted': 'Au fost lipite {n} rânduri, începând cu {first}. În total: {count}.',
  'rows.pasteHint': 'Puteți lipi rânduri copiate dintr-un tabel (Excel), câte unul pe linie, cu coloanele în această ordine: {columns}.',
} satisfies Record<keyof typeof en, string>;
