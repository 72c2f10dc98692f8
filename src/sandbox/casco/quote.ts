/**
 * A Casco quote: one offer per deductible package the insurer sells, the
 * requested one first — or only the requested one with
 * `additionalData.filterPackages: true` (docs/sandbox.md, Casco).
 */
import { randomUUID } from 'node:crypto';
import { addDays, coverEndDate, today } from '../../contract/clock.js';
import type { CascoProduct } from '../../contract/casco/index.js';
import { deductiblePackage } from '../../contract/casco/offer-facts.js';
import type { Locale } from '../../contract/i18n/format.js';
import { offerCode } from '../../contract/products/pricing.js';
import type { SandboxConfig } from '../config.js';
import { installments } from '../offers.js';
import { roundMoney } from '../pricing/money.js';
import type { SandboxState } from '../state.js';
import { sameDeductibles, type CascoInsurer } from './insurers.js';
import { cascoPremium, ronPer } from './rate-model.js';
import { cascoStore, type CascoStoredOffer } from './store.js';
import { findCandidate } from './valuation.js';

/** The package code in `providerOfferCode`: the deductibles, `ded-500-20` (the contract reads it back). */
export { deductiblePackage };

export interface QuoteInput {
  config: SandboxConfig;
  state: SandboxState;
  insurerName: string;
  insurer: CascoInsurer;
  product: CascoProduct;
  locale: Locale;
}

/** Prices and stores the offers (the body has passed the contract and cascoInsurerErrors). */
export function quoteCasco({ config, state, insurerName, insurer, product, locale }: QuoteInput): CascoStoredOffer[] {
  const { motor } = product;
  const candidate = findCandidate(insurerName, product.vehicle, product.vehicle.identifier)!;
  const rate = ronPer(motor.currency);
  // The `vehicle` coverage's insured sum is in the offer's currency; without one, the insurer's market value (RON).
  const asked = product.coverages.find((c) => c.code === 'vehicle')?.insuredSum;
  const insuredSum = asked !== undefined ? roundMoney(asked * rate) : candidate.marketValue;
  const wanted = motor.deductibles;
  const packages = product.additionalData?.filterPackages
    ? [wanted]
    : [wanted, ...insurer.deductibles.filter((d) => !sameDeductibles(d, wanted))];
  const quotedOn = today();
  const endDate = coverEndDate(motor.startDate, motor.termTime);
  const coverages = product.coverages
    .filter((c) => c.isIncluded)
    .map((c) => ({ code: c.code, notes: insurer.coverages[c.code]!.notes[locale] }));
  const store = cascoStore(state);

  return packages.map((d) => {
    const price = cascoPremium(insurer, product, d, insuredSum);
    const plan = installments(price.premium, motor.installmentCount, motor.startDate, motor.termTime);
    const deductibleNote =
      locale === 'ro'
        ? `Franșize: ${d.partialDamage} ${motor.currency} pe daună parțială, ${d.totalDamage}% la daună totală.`
        : `Deductibles: ${d.partialDamage} ${motor.currency} per partial damage, ${d.totalDamage}% on a total loss.`;
    const stored: CascoStoredOffer = {
      offer: {
        offerId: state.nextOfferId(),
        providerOfferCode: offerCode(deductiblePackage(d), motor.termTime, randomUUID()),
        premiumAmount: price.premium,
        currency: motor.currency,
        exchangeRate: { currency: 'RON', amount: price.premiumRon, exchangeRate: price.rate },
        payment: { currency: 'RON', amount: roundMoney(plan[0]!.amount * price.rate) },
        startDate: motor.startDate,
        endDate,
        installments: plan,
        coverages,
        offerExpiryDate: addDays(quotedOn, config.offerValidityDays),
        notes: `${deductibleNote} ${insurer.notes[locale]}`,
      },
      insurer: insurerName,
      product,
      modelName: candidate.modelName,
      insuredSum,
      quotedOn,
    };
    store.offers.set(stored.offer.offerId, stored);
    return stored;
  });
}
