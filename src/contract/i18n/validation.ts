import { validationEn, type ValidationKey } from './validation.en.js';
import { validationRo } from './validation.ro.js';
import { fillTemplate, type Bilingual, type Params } from './format.js';

export type { ValidationKey };

const catalogs = { en: validationEn, ro: validationRo } as const;

export function isValidationKey(key: string): key is ValidationKey {
  return Object.prototype.hasOwnProperty.call(validationEn, key);
}

/** A validation key with its params, in both languages. */
export function validationMessage(key: ValidationKey, params?: Params): Bilingual {
  return { en: fillTemplate(catalogs.en[key], params, 'en'), ro: fillTemplate(catalogs.ro[key], params, 'ro') };
}
