import * as z from 'zod/mini';
import { filled, optionalText } from './fields.js';

/** `provider` of offer requests: the insurer and its credentials. Only servers ever hold these. */
export const provider = z.object({
  organization: z.object({ businessName: z.string().check(z.trim(), z.toLowerCase(), filled()) }),
  authentication: z.object({ account: optionalText(), password: optionalText(), code: optionalText() }),
});
export type Provider = z.output<typeof provider>;

/** POST /offer body. `product` is checked by the product registry (one schema per product key). */
export const offerRequest = z.object({ provider, product: z.record(z.string(), z.unknown()) });
export type OfferRequest = z.output<typeof offerRequest>;

