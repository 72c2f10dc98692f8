/**
 * Turns priced drafts into stored offers: an increasing id, the
 * `{package}:{termTime}:{uuid}` code, commission, expiry and installments.
 */
import { randomUUID } from 'node:crypto';
import { addDays, addMonths, today } from '../contract/clock.js';
import { offerCode } from '../contract/products/pricing.js';
import type { ProductBody, ProductKey } from '../contract/products/index.js';
import type { SandboxConfig } from './config.js';
import type { OfferDraft } from './pricing/index.js';
import { roundMoney, splitMoney } from './pricing/money.js';
import type { SandboxInstallment, SandboxState, StoredOffer } from './state.js';

/**
 * The payment schedule: the first installment due on the quote day, later
 * ones at even steps from the start of the cover. POST /policy still pays
 * the whole premium (payment.amount = premiumAmount, docs/sandbox.md): the
 * docs do not say whether it pays the premium or the first installment.
 */
export function installments(premium: number, count: number, startDate: string, termTime: number): SandboxInstallment[] {
  const step = Math.floor(termTime / count);
  return splitMoney(premium, count).map((amount, i) => ({
    id: i + 1,
    amount,
    dueDate: i === 0 ? today() : addMonths(startDate, i * step),
  }));
}

export interface QuoteContext {
  product: ProductKey;
  insurer: string;
  body: ProductBody;
  account: string;
}

export function storeOffers(config: SandboxConfig, state: SandboxState, ctx: QuoteContext, drafts: OfferDraft[]): StoredOffer[] {
  const quotedOn = today();
  return drafts.map((d) => {
    const commissionValue = roundMoney((d.premium * d.commissionPercent) / 100);
    const stored: StoredOffer = {
      offer: {
        offerId: state.nextOfferId(),
        providerOfferCode: offerCode(d.package, d.termTime, randomUUID()),
        premiumAmount: d.premium,
        // Net = what the insurer keeps after the broker's commission (see docs/sandbox.md).
        premiumAmountNet: roundMoney(d.premium - commissionValue),
        currency: 'RON',
        startDate: d.startDate,
        endDate: d.endDate,
        commissionValue,
        commissionPercent: d.commissionPercent,
        offerExpiryDate: addDays(quotedOn, config.offerValidityDays),
        installments: installments(d.premium, d.installmentCount, d.startDate, d.termTime),
      },
      product: ctx.product,
      insurer: ctx.insurer,
      package: d.package,
      termTime: d.termTime,
      body: ctx.body,
      account: ctx.account,
      quotedOn,
      forcedExpired: false,
    };
    state.offers.set(stored.offer.offerId, stored);
    return stored;
  });
}
