import * as z from 'zod/mini';
import { dateWithin, mustBeTrue, bool, MAX_AMOUNT_RON, num, optionalText, text } from '../fields.js';
import { person } from '../person.js';

/** Accepted device categories; the Romanian API values are canonical. */
export const ELECTRONICS_CATEGORIES = ['audio_video', 'televizor', 'frigider', 'masina_spalat', 'monitor', 'aer_conditionat'] as const;
export type ElectronicsCategory = (typeof ELECTRONICS_CATEGORIES)[number];

/** LG electronics cover: accidental damage & theft (ADT/DAF) and extended warranty (EW/GE). */
export const electronics = z.object({
  purchaseDate: dateWithin(-15, 0),
  // At least 1 RON (a fraction reads "at least 1"): the premium, 3–12 % of it, must come to at least a ban.
  purchasePrice: num().check(z.positive(), z.gte(1), z.lte(MAX_AMOUNT_RON)),
  productCategory: z.enum(ELECTRONICS_CATEGORIES),
  productBrand: optionalText(),
  productModel: optionalText(),
  invoiceNumber: text(),
});

export const electronicsProduct = z.object({
  electronics,
  policyholder: person(),
  additionalData: z.object({
    agreements: z.object({
      termsAndConditions: mustBeTrue(),
      dataPrivacy: mustBeTrue(),
      marketingConsent: z.optional(bool()),
    }),
  }),
});

export type ElectronicsProduct = z.output<typeof electronicsProduct>;
