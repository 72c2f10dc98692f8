/**
 * Every validation message, for the servers and the tests (a browser element
 * loads only the messages of its own rules).
 */
import { coreMessages } from './messages/core.js';
import { datesMessages } from './messages/dates.js';
import { shapesMessages } from './messages/shapes.js';
import { identifiersMessages } from './messages/identifiers.js';
import { personMessages } from './messages/person.js';
import { personScopeMessages } from './messages/person-scope.js';
import { vehicleMessages } from './messages/vehicle.js';
import { extendedWarrantyMessages } from './messages/extended-warranty.js';
import { tireMessages } from './messages/tire.js';
import { solarPanelMessages } from './messages/solar-panel.js';
import { houseAssistanceMessages } from './messages/house-assistance.js';
import { levinsMessages } from './messages/levins.js';
import { productsMessages } from './messages/products.js';
import { wireMessages } from './messages/wire.js';
import { cascoMessages } from './messages/casco.js';
import type { ValidationKey } from './validation.js';
import type { Bilingual } from './format.js';

export const allValidationMessages: Record<ValidationKey, Bilingual> = {
  ...coreMessages,
  ...shapesMessages,
  ...datesMessages,
  ...identifiersMessages,
  ...personMessages,
  ...personScopeMessages,
  ...vehicleMessages,
  ...extendedWarrantyMessages,
  ...tireMessages,
  ...solarPanelMessages,
  ...houseAssistanceMessages,
  ...levinsMessages,
  ...productsMessages,
  ...wireMessages,
  ...cascoMessages,
};

const inLanguage = (l: keyof Bilingual) =>
  Object.fromEntries(Object.entries(allValidationMessages).map(([k, v]) => [k, v[l]])) as Record<ValidationKey, string>;

/** The English catalog, as one table. */
export const validationEn = inLanguage('en');
/** The Romanian catalog, as one table. */
export const validationRo = inLanguage('ro');
