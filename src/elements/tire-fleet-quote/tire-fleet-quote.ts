import type { PropertyDeclarations } from 'lit';
import type { Locale } from '../../contract/i18n/format.js';
import { LihQuoteElement } from '../../kit/quote-element.js';
import { LaterRules, pendingSchema } from '../../kit/later-rules.js';
import { documents, issue, offers, policyholder } from '../../kit/steps.js';
import { describeFleetOffer, fleetDetails } from './details.js';

/**
 * Michelin tyre cover for a company's fleet, one policy over all its vehicles: the vehicles (a
 * table: add, duplicate, remove, or paste rows from a spreadsheet) → the company → four offers
 * (two packages × 12 and 24 months, each priced per vehicle) → issue → documents.
 *
 * @summary Michelin fleet tyre cover: a table of vehicles, quote, issuance and documents.
 * @tag lih-tire-fleet-quote
 * @csspart button - Every button, the table's add, duplicate and remove included.
 */
export class LihTireFleetQuote extends LihQuoteElement {
  static override properties: PropertyDeclarations = {
    startDate: { attribute: 'start-date' },
    notes: {},
    termsUrl: { attribute: 'terms-url' },
    privacyUrl: { attribute: 'privacy-url' },
  };
  protected static override prefills = { startDate: 'tireFleet.startDate', notes: 'additionalData.notes' };
  readonly product = 'tireFleet' as const;
  /** The contract's tireFleet schema, which comes with the fleet step's module (before the first render). */
  /** The fleet's rules (the contract's, shared with the tyre), fetched beside the words: the first render does not need them. */
  protected override readonly rules = new LaterRules(this, () => import('../../contract/products/tire-fleet.js'));
  get schema() {
    return this.rules.value?.tireFleetProduct ?? pendingSchema;
  }

  // One chunk per language: a page fetches only the one it speaks.
  protected words(locale: Locale) {
    return locale === 'ro' ? import('./strings.ro.js') : import('./strings.en.js');
  }

  readonly flow = [
    fleetDetails(() => ({ terms: this.termsUrl, privacy: this.privacyUrl })),
    // A fleet belongs to a company: no person fields.
    policyholder({ who: 'business' }),
    // The kit's cards (named here: a flow that shows none never loads them).
    offers({ describe: describeFleetOffer, view: () => import('../../kit/steps/cards.js') }),
    issue(),
    documents(),
  ];

  /** Prefill: when the cover starts, YYYY-MM-DD (today or later; today by default). */
  declare startDate?: string;
  /** Prefill: the fleet's own reference sent with the request (an order number), which the customer may change. */
  declare notes?: string;
  /** Link to the terms and conditions shown in the agreement. */
  termsUrl = 'https://www.michelin.ro/';
  /** Link to the privacy notice shown in the agreement. */
  privacyUrl = 'https://www.michelin.ro/';
}
