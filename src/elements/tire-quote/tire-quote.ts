import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { tireProduct } from '../../contract/products/tire.js';
import { today } from '../../contract/clock.js';
import type { PublicOffer } from '../../contract/public-api.js';
import { LihQuoteElement } from '../../kit/quote-element.js';
import { Lookup } from '../../kit/lookup.js';
import { comboField } from '../../kit/combo-field.js';
import { checkField, selectField, textField } from '../../kit/fields.js';
import type { Values } from '../../kit/form.js';
import { tireStrings } from './strings.js';

const T = 'tire';
const BRAND_ID = '$brandId';

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
  protected readonly product = 'tire' as const;
  protected readonly schema = tireProduct;
  protected readonly detailPaths = ['tire.', 'additionalData.'];
  protected readonly productStrings = tireStrings;
  protected static override prefillProps = ['tireModel', 'rimSize', 'purchasePrice', 'purchaseDate', 'vehicleBrand', 'vehicleModel'];

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

  private brands = new Lookup(this, 'vehicle-brand', () => this.proxy);
  private models = new Lookup(this, 'vehicle-model', () => this.proxy, { param: () => this.brandId() });
  private tireModels = new Lookup(this, 'tire-model', () => this.proxy, { param: () => 'michelin' });
  private sizes = new Lookup(this, 'tire-size', () => this.proxy);

  /** The brand's id for its model list: from the pick, or found by the prefilled name. */
  private brandId(): string | undefined {
    const name = this.val(`${T}.vehicleBrand`).toLowerCase();
    return this.val(BRAND_ID) || this.brands.items.find((b) => b.name.toLowerCase() === name)?.code;
  }

  protected override fixed(): Values {
    // The form quotes both terms at once (see variants); 12 stands in for validation.
    return { [`${T}.tireMake`]: 'michelin', [`${T}.termTime`]: '12' };
  }

  protected override defaults(): Values {
    const a = 'additionalData.agreements.';
    return { [`${a}purchased4Tires`]: false, [`${a}customerAgreement`]: false, [`${T}.startDate`]: today() };
  }

  protected override prefill(): Values {
    return {
      [`${T}.tireModel`]: this.tireModel,
      [`${T}.tireWidth`]: this.rimSize,
      [`${T}.purchasePrice`]: this.purchasePrice,
      [`${T}.purchaseDate`]: this.purchaseDate,
      [`${T}.vehicleBrand`]: this.vehicleBrand,
      [`${T}.vehicleModel`]: this.vehicleModel,
    };
  }

  protected override variants(body: Record<string, unknown>): Record<string, unknown>[] {
    return [12, 24].map((termTime) => ({ ...body, tire: { ...(body.tire as object), termTime } }));
  }

  describeOffer(o: PublicOffer) {
    return { name: this.t('offer.name'), covers: this.t('offer.covers') };
  }

  protected renderDetails(): TemplateResult {
    const p = (k: string) => `${T}.${k}`;
    const brand = this.val(p('vehicleBrand'));
    const link = (href: string, key: string) => html`<a href=${href} target="_blank" rel="noopener">${this.t(key)}</a>`;
    const [before, middle, after] = this.t('tire.customerAgreement').split(/\{terms\}|\{privacy\}/);
    return html`<fieldset>
        <legend>${this.t('tire.vehicle')}</legend>
        <div class="grid">
          ${comboField(this, p('vehicleBrand'), this.t('tire.vehicleBrand'), this.brands, {
            value: this.brands.items.find((b) => b.name === brand)?.code ?? '',
            store: (item) => {
              if ((item?.name ?? '') !== brand) {
                this.set(p('vehicleModel'), '');
                this.set(`$${p('vehicleModel')}`, '');
              }
              this.set(p('vehicleBrand'), item?.name ?? '');
              this.set(BRAND_ID, item?.code ?? '');
            },
          })}
          ${comboField(this, p('vehicleModel'), this.t('tire.vehicleModel'), this.models, {
            disabledReason: brand ? undefined : this.t('tire.pickBrand'),
          })}
        </div>
      </fieldset>
      <fieldset>
        <legend>${this.t('tire.tyres')}</legend>
        <div class="grid">
          ${comboField(this, p('tireModel'), this.t('tire.tireModel'), this.tireModels)}
          ${selectField(this, p('tireWidth'), this.t('tire.tireWidth'), this.sizes.items)}
          ${textField(this, p('dot'), this.t('tire.dot'), { hint: this.t('tire.dotHint'), inputmode: 'numeric' })}
          ${textField(this, p('purchasePrice'), this.t('tire.purchasePrice'), { inputmode: 'decimal' })}
          ${textField(this, p('purchaseDate'), this.t('tire.purchaseDate'), { type: 'date', hint: this.t('tire.purchaseHint') })}
          ${textField(this, p('startDate'), this.t('tire.startDate'), { type: 'date', hint: this.t('tire.startHint') })}
        </div>
      </fieldset>
      <fieldset>
        <legend>${this.t('tire.agreements')}</legend>
        ${checkField(this, 'additionalData.agreements.purchased4Tires', this.t('tire.purchased4Tires'))}
        ${checkField(
          this,
          'additionalData.agreements.customerAgreement',
          html`${before}${link(this.termsUrl, 'tire.terms')}${middle}${link(this.privacyUrl, 'tire.privacy')}${after}`,
        )}
        ${checkField(this, 'additionalData.agreements.michelinDataAgreement', this.t('tire.michelinDataAgreement'), { optional: true })}
        ${checkField(this, 'additionalData.agreements.marketingConsent', this.t('tire.marketingConsent'), { optional: true })}
      </fieldset>`;
  }
}
