import { addIssueMapper, defineMessages, type Keyed } from '../registry.js';

/**
 * Messages for shapes only an API caller can get wrong (a list where text was
 * expected, an unknown key, a web address): a form never sends them, so a
 * widget does not bundle them. Servers load them with the product registry.
 */
export const shapesMessages = defineMessages({
  text: {
    en: 'Enter text here.',
    ro: 'Introduceți un text.',
  },
  boolean: {
    en: 'Choose yes or no.',
    ro: 'Alegeți da sau nu.',
  },
  url: {
    en: 'Enter a web address, like https://example.com.',
    ro: 'Introduceți o adresă web, de exemplu https://exemplu.ro.',
  },
  minItems: {
    en: 'Add at least {min}.',
    ro: 'Adăugați cel puțin {min}.',
  },
  // Emitted by fields.ts's list(), like minItems.
  maxItems: {
    en: 'Add at most {max}.',
    ro: 'Adăugați cel mult {max}.',
  },
  minLength: {
    en: 'Use at least {min} characters.',
    ro: 'Folosiți cel puțin {min} caractere.',
  },
  length: {
    en: 'Use exactly {n} characters.',
    ro: 'Folosiți exact {n} caractere.',
  },
  maxLength: {
    en: 'Use at most {max} characters.',
    ro: 'Folosiți cel mult {max} caractere.',
  },
  unknownKey: {
    en: 'This field is not expected here.',
    ro: 'Acest câmp nu este așteptat aici.',
  },
});

// zod's own issues for these shapes, read as the keys above (forms never raise them).
addIssueMapper((i): Keyed | undefined => {
  const n = (v: unknown) => Number(v);
  if (i.code === 'invalid_type' && i.input !== undefined && i.input !== null && i.input !== '') {
    if (i.expected === 'boolean') return { key: 'boolean' };
    if (i.expected === 'string') return { key: 'text' };
  }
  if (i.code === 'too_small' && i.origin === 'string') {
    if (n(i.minimum) <= 1) return { key: 'required' };
    return i.exact ? { key: 'length', params: { n: n(i.minimum) } } : { key: 'minLength', params: { min: n(i.minimum) } };
  }
  if (i.code === 'too_small' && (i.origin === 'array' || i.origin === 'set')) return { key: 'minItems', params: { min: n(i.minimum) } };
  if (i.code === 'too_big' && i.origin === 'string') return i.exact ? { key: 'length', params: { n: n(i.maximum) } } : { key: 'maxLength', params: { max: n(i.maximum) } };
  if (i.code === 'invalid_format' && i.format === 'url') return { key: 'url' };
  if (i.code === 'unrecognized_keys') return { key: 'unknownKey' };
  return undefined;
});
