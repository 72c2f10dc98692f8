import type { PropertyDeclarations } from 'lit';
import type { Locale } from '../../contract/i18n/format.js';
import { LihQuoteElement } from '../../kit/quote-element.js';
import { LaterRules, pendingSchema } from '../../kit/later-rules.js';
import { documents, issue, offers, policyholder } from '../../kit/steps.js';
import { tireDetails } from './details.js';

/**
 * Michelin tyre insurance for a customer who just bought four tyres: tyre
 * details → policyholder → offers (12 and 24 months) → issue → documents.
 * The retailer prefills what its product page knows; the customer types the rest.
 *
 * @summary Michelin tyre cover quote, issuance and documents.
 * @tag lih-tire-quote
 */
export class LihTireQuote extends LihQuoteElement {
  static override properties: PropertyDeclarations = {
    tireModel: { attribute: 'tire-model' },
    rimSize: { attribute: 'rim-size' },
    purchasePrice: { attribute: 'purchase-price' },
    purchaseDate: { attribute: 'purchase-date' },
    vehicleBrand: { attribute: 'vehicle-brand' },
    vehicleModel: { attribute: 'vehicle-model' },
    termsUrl: { attribute: 'terms-url' },
    privacyUrl: { attribute: 'privacy-url' },
  };
  protected static override prefills = {
    tireModel: 'tire.tireModel',
    rimSize: 'tire.tireWidth',
    purchasePrice: 'tire.purchasePrice',
    purchaseDate: 'tire.purchaseDate',
    vehicleBrand: 'tire.vehicleBrand',
    vehicleModel: 'tire.vehicleModel',
  };
  readonly product = 'tire' as const;
  // The tyre's rules — the policyholder's identifiers among them — come beside the words, not in the first load.
  protected override readonly rules = new LaterRules(this, () => import('../../contract/products/tire.js'));
  get schema() {
    return this.rules.value?.tireProduct ?? pendingSchema;
  }
  readonly flow = [
    tireDetails(() => ({ terms: this.termsUrl, privacy: this.privacyUrl })),
    policyholder(),
    offers({
      // The kit's cards (named here: a flow that shows none never loads them).
      view: () => import('../../kit/steps/cards.js'),
      describe: (h) => ({ name: h.t('offer.name'), covers: h.t('offer.covers') }),
      // One quote asks for both terms.
      variants: (body) => [12, 24].map((termTime) => ({ ...body, tire: { ...(body.tire as object), termTime } })),
    }),
    issue(),
    documents(),
  ];
  // One chunk per language (the kit's first-step words and the tyre's): a page fetches only the one it speaks.
  protected words(locale: Locale) {
    return locale === 'ro' ? import('./strings.ro.js') : import('./strings.en.js');
  }

  /** Prefill: the tyre model as the Michelin nomenclature names it (`Primacy 4+`). */
  tireModel = '';
  /** Prefill: rim diameter in inches (`17`). */
  rimSize = '';
  /** Prefill: price of the set of 4 tyres in RON (`2400`). */
  purchasePrice = '';
  /** Prefill: purchase date, YYYY-MM-DD (today when the page is the checkout). */
  purchaseDate = '';
  /** Prefill: vehicle make as the nomenclature names it (`Dacia`). */
  vehicleBrand = '';
  /** Prefill: vehicle model (`Duster`). */
  vehicleModel = '';
  /** Link to the terms and conditions shown in the agreement. */
  termsUrl = 'https://www.michelin.ro/';
  /** Link to the privacy notice shown in the agreement. */
  privacyUrl = 'https://www.michelin.ro/';
}
