import { defineMessages } from '../registry.js';

/**
 * Messages of the wire mode (../../wire.ts): a value the schemas would accept
 * from a person but that is not in the form the API itself takes. Only
 * servers load them; no element imports the wire mode.
 */
export const wireMessages = defineMessages({
  'wire.number': {
    en: 'Send a number here (a JSON number, not text).',
    ro: 'Trimiteți aici un număr (număr JSON, nu text).',
  },
  'wire.boolean': {
    en: 'Send true or false here (a JSON boolean, not text).',
    ro: 'Trimiteți aici true sau false (boolean JSON, nu text).',
  },
  'wire.text': {
    en: 'Send text here (a JSON string, not a number).',
    ro: 'Trimiteți aici un text (șir JSON, nu număr).',
  },
  'wire.canonical': {
    en: 'Send this value exactly as the API writes it: the code or format its list or rule gives, without spaces, prefixes or a different letter case.',
    ro: 'Trimiteți valoarea exact cum o scrie API-ul: codul sau formatul dat de nomenclator ori de regulă, fără spații, prefixe sau altă scriere cu majuscule ori minuscule.',
  },
});
