/**
 * What a casco offer tells a customer comparing insurers, read from the
 * Casco API's answer: the deductibles of its package, its coverages, the
 * exchange rate and what is paid at issuance.
 */
import type { CascoOfferFacts } from './public-api.js';
import type { Deductibles } from './motor.js';
import type { CascoOffer } from './responses.js';

/**
 * The package in `providerOfferCode` (`ded-500-20:12:<uuid>`): the doc's
 * answer has no deductibles field, so the code carries them
 * (docs/sandbox.md, Casco). A code in another form names none.
 */
export const deductiblePackage = (d: Deductibles): string => `ded-${d.partialDamage}-${d.totalDamage}`;
const PACKAGE = /^ded-(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)(?::|$)/;

export function deductiblesOf(providerOfferCode: string | undefined): Deductibles | undefined {
  const m = providerOfferCode ? PACKAGE.exec(providerOfferCode) : null;
  return m ? { partialDamage: Number(m[1]), totalDamage: Number(m[2]) } : undefined;
}

export function cascoOfferFacts(o: CascoOffer): CascoOfferFacts {
  const deductibles = deductiblesOf(o.providerOfferCode);
  return {
    ...(deductibles ? { deductibles } : {}),
    coverages: (o.coverages ?? []).map((c) => (c.notes ? { code: c.code, notes: c.notes } : { code: c.code })),
    ...(o.exchangeRate ? { exchangeRate: o.exchangeRate } : {}),
    ...(o.payment ? { payment: o.payment } : {}),
  };
}
