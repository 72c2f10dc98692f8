import { defineMessages } from '../registry.js';

/**
 * Person rules only some products set (who may be insured, the Colonnade
 * sanctions declaration): loaded by those products, so other widgets skip them.
 */
export const personScopeMessages = defineMessages({
  'person.individualsOnly': {
    en: 'This insurance is for individuals only.',
    ro: 'Această asigurare este doar pentru persoane fizice.',
  },
  'person.businessesOnly': {
    en: 'This insurance is for companies only.',
    ro: 'Această asigurare este doar pentru firme.',
  },
  'person.sanctions': {
    en: 'We cannot insure a company with relations with Russia or Belarus.',
    ro: 'Nu putem asigura o firmă cu relații cu Rusia sau Belarus.',
  },
});
