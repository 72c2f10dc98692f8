/**
 * SANDBOX RATE MODEL — not any insurer's tariff; the Casco doc gives no prices.
 * Deterministic, so tests and demos can count on the figures:
 *
 *   annual premium (RON) = insured sum × (insurer's base rate + the rates of
 *     the extra coverages included) / 100
 *     × age factor        1 + 0.03 per year of age, at most 15 years
 *     × deductible factor 1 − (partialDamage / 4000 + totalDamage / 200), at least 0.75
 *     × bonus-malus       B0 1; each bonus class −4%, each malus class +10%
 *     × instalments       +0.5% per instalment after the first
 *   premium = annual × termTime / 12, × 1.1 for a term under 12 months;
 *   in EUR: divided by SANDBOX_EUR_RON and rounded to the cent.
 */
import { thisYear } from '../../contract/clock.js';
import type { CascoProduct, Deductibles } from '../../contract/casco/index.js';
import { roundMoney } from '../pricing/money.js';
import type { CascoInsurer } from './insurers.js';

/** The sandbox's fixed exchange rate, RON for one EUR. */
export const SANDBOX_EUR_RON = 4.975;

/** RON for one unit of the offer's currency. */
export const ronPer = (currency: 'RON' | 'EUR'): number => (currency === 'EUR' ? SANDBOX_EUR_RON : 1);

function bonusMalusFactor(cls: string | undefined): number {
  if (!cls) return 1;
  const n = Number(cls.slice(1));
  return cls.startsWith('B') ? 1 - 0.04 * n : 1 + 0.1 * n;
}

export interface CascoPrice {
  /** In the offer's currency. */
  premium: number;
  /** The same, in RON. */
  premiumRon: number;
  /** RON per unit of the offer's currency. */
  rate: number;
}

export function cascoPremium(insurer: CascoInsurer, product: CascoProduct, deductibles: Deductibles, insuredSum: number): CascoPrice {
  const { motor, coverages, vehicle } = product;
  const extraRate = coverages.filter((c) => c.isIncluded && c.code !== 'vehicle').reduce((sum, c) => sum + (insurer.coverages[c.code]?.ratePercent ?? 0), 0);
  const age = Math.min(15, Math.max(0, thisYear() - vehicle.yearOfConstruction));
  const deductible = Math.max(0.75, 1 - (deductibles.partialDamage / 4000 + deductibles.totalDamage / 200));
  const annual =
    ((insuredSum * (insurer.baseRatePercent + extraRate)) / 100) *
    (1 + 0.03 * age) *
    deductible *
    bonusMalusFactor(product.additionalData?.vehicle?.user?.bonusMalusClass) *
    (1 + 0.005 * (motor.installmentCount - 1));
  const premiumRon = roundMoney(((annual * motor.termTime) / 12) * (motor.termTime < 12 ? 1.1 : 1));
  const rate = ronPer(motor.currency);
  return { premium: roundMoney(premiumRon / rate), premiumRon, rate };
}
