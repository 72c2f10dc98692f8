import { lookupMessage } from './registry.js';
import { fillTemplate, type Bilingual, type Params } from './format.js';
import { coreMessages } from './messages/core.js';
import type { datesMessages } from './messages/dates.js';
import type { shapesMessages } from './messages/shapes.js';
import type { identifiersMessages } from './messages/identifiers.js';
import type { personMessages } from './messages/person.js';
import type { personScopeMessages } from './messages/person-scope.js';
import type { vehicleMessages } from './messages/vehicle.js';
import type { extendedWarrantyMessages } from './messages/extended-warranty.js';
import type { tireMessages } from './messages/tire.js';
import type { solarPanelMessages } from './messages/solar-panel.js';
import type { houseAssistanceMessages } from './messages/house-assistance.js';
import type { levinsMessages } from './messages/levins.js';
import type { productsMessages } from './messages/products.js';
import type { wireMessages } from './messages/wire.js';
import type { cascoMessages } from './messages/casco.js';

/** Every key a contract rule can emit. */
export type ValidationKey = keyof (typeof coreMessages &
  typeof shapesMessages &
  typeof datesMessages &
  typeof identifiersMessages &
  typeof personMessages &
  typeof personScopeMessages &
  typeof vehicleMessages &
  typeof extendedWarrantyMessages &
  typeof tireMessages &
  typeof solarPanelMessages &
  typeof houseAssistanceMessages &
  typeof levinsMessages &
  typeof productsMessages &
  typeof wireMessages &
  typeof cascoMessages);

// The core messages (required, number…) are always needed: issues.ts maps zod's own checks to them.
void coreMessages;

export const isValidationKey = (key: string): key is ValidationKey => lookupMessage(key) !== undefined;

/** A validation key with its params, in both languages. */
export function validationMessage(key: ValidationKey, params?: Params): Bilingual {
  const m = lookupMessage(key) ?? lookupMessage('invalid')!;
  return { en: fillTemplate(m.en, params, 'en'), ro: fillTemplate(m.ro, params, 'ro') };
}
