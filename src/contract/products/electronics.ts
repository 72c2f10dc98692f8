import * as z from 'zod/mini';
import { dateWithin, mustBeTrue, bool, num, optionalText, text } from '../fields.js';
import { person } from '../person.js';

/** Accepted device categories; the Romanian API values are canonical. */
export const ELECTRONICS_CATEGORIES = ['audio_video', 'televizor', 'frigider', 'masina_spalat', 'monitor', 'aer_conditionat'] as const;
export type ElectronicsCategory = (typeof ELECTRONICS_CATEGORIES)[number];

/** LG electronics cover: accidental damage & theft (ADT/DAF) and extended warranty (EW/GE). */
export const electronics = z.object({
  purchaseDate: dateWithin(-15, 0),
  purchasePrice: num().check(z.positive()),
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
