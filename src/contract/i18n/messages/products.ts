import { defineMessages } from '../registry.js';

/** The product registry: exactly one product per request. */
export const productsMessages = defineMessages({
  'product.exactlyOne': {
    en: 'Send exactly one product: {values}.',
    ro: 'Trimiteți exact un produs: {values}.',
  },
});
