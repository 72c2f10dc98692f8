import type { PropertyDeclarations } from 'lit';
import type { Locale } from '../../contract/i18n/format.js';
import { LihQuoteElement } from '../../kit/quote-element.js';
import { LaterRules, pendingSchema } from '../../kit/later-rules.js';
import { FormAssociatedController } from '../../kit/form-associated.js';
import { documents, issue, offers, policyholder } from '../../kit/steps.js';
import { personKind } from '../../kit/person-kind.js';
import { deviceDetails, devicePrefills } from './details.js';

/**
 * LG electronics cover for the device in the customer's cart: the device → the policyholder →
 * two choices, accidental damage and theft (12, 24 or 36 months from today) or extended warranty
 * (12 or 24 months from the end of the maker's warranty) → issue → documents.
 *
 * On a site with `issuance: server` it is a checkout's form control: inside the shop's `<form>` it
 * submits the chosen offer's id under its `name`, and the shop's server issues after payment.
 *
 * @summary LG electronics cover: quote, choice (or checkout form value), issuance and documents.
 * @tag lih-electronics-quote
 * @csspart offer-group - The offers of one kind of cover, under its title.
 * @cssstate busy - The proxy is being asked (quote, issue, download).
 * @cssstate chosen - An offer is chosen: the form carries its id.
 * @cssstate issued - The element issued the policy itself (browser issuance).
 */
export class LihElectronicsQuote extends LihQuoteElement {
  static formAssociated = true;
  static override properties: PropertyDeclarations = {
    category: {},
    brand: {},
    model: {},
    price: {},
    purchaseDate: { attribute: 'purchase-date' },
    invoiceNumber: { attribute: 'invoice-number' },
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    termsUrl: { attribute: 'terms-url' },
    privacyUrl: { attribute: 'privacy-url' },
  };
  protected static override prefills = devicePrefills;
  readonly product = 'electronics' as const;
  // The product's rules — the policyholder's identifiers among them — come beside the words, not in the first load.
  protected override readonly rules = new LaterRules(this, () => import('../../contract/products/electronics.js'));
  get schema() {
    return this.rules.value?.electronicsProduct ?? pendingSchema;
  }
  readonly flow = [
    deviceDetails(this),
    policyholder(),
    offers({
      // The kit's cards (named here: a flow that shows none never loads them).
      view: () => import('../../kit/steps/cards.js'),
      // The kit adds the term to the name.
      describe: (h, o) => ({ name: h.t(`${o.package}.title`), covers: h.t(`${o.package}.covers`) }),
      // Two choices: damage and theft from today; the extended warranty from when the maker's ends (2 years for a person, 1 for a company).
      group: (h, o) => ({
        title: h.t(`${o.package}.title`),
        note: h.t(o.package === 'ge' ? (personKind(h.form.values, 'any') === 'company' ? 'ge.noteCompany' : 'ge.noteIndividual') : 'daf.note', { date: o.startDate ?? '' }),
      }),
    }),
    issue(),
    documents(),
  ];
  /** The host's form sees the chosen offer (see FormAssociatedController). */
  readonly control = new FormAssociatedController(this);
  protected words(locale: Locale) {
    return locale === 'ro' ? import('./strings.ro.js') : import('./strings.en.js');
  }

  // Prefills: unset until the host says (the kit reads an unset one as empty).
  /** Prefill: the device's category — the API's code (`televizor`, `frigider`, `masina_spalat`, `monitor`, `aer_conditionat`, `audio_video`) or the price table's English name (`tv`, `refrigerator`…). */
  declare category?: string;
  /** Prefill: the device's brand (`LG`). */
  declare brand?: string;
  /** Prefill: the device's model (`OLED55C4`). */
  declare model?: string;
  /** Prefill: the device's price in RON, VAT included (`5000`). */
  declare price?: string;
  /** Prefill: purchase date, YYYY-MM-DD; today by default (the page is the checkout). */
  declare purchaseDate?: string;
  /** Prefill: the invoice or order number of the purchase. */
  declare invoiceNumber?: string;
  /** The form value's name: inside a `<form>` the chosen offer's id is submitted under it (`insurance-offer`). */
  name = '';
  /** Inside a `<form>`: the form cannot be submitted until an offer is chosen (as `required` on an `<input>`). */
  required = false;
  /** Link to the insurance's terms and conditions, in the first agreement. */
  termsUrl = 'https://www.lg.com/ro/';
  /** Link to the privacy notice, in the second agreement. */
  privacyUrl = 'https://www.lg.com/ro/';

  /** The links the agreements show. */
  links(): { terms: string; privacy: string } {
    return { terms: this.termsUrl, privacy: this.privacyUrl };
  }
}
