import { html } from 'lit';
import { today } from '../../contract/clock.js';
import { ELECTRONICS_PRICE_TABLE_NAMES } from '../../contract/products/pricing.js';
import type { Step } from '../../kit/flow.js';
import { checkField, selectField, textField } from '../../kit/fields.js';
import { linked } from '../../kit/linked.js';
import { typed } from '../../kit/locale.js';
import type { electronicsEn } from './strings.en.js';

const device = (k: string) => `electronics.${k}`;
const consent = (k: string) => `additionalData.agreements.${k}`;

/** Which field each of the host's cart-line properties fills (the element's `prefills`). */
export const devicePrefills = {
  category: device('productCategory'),
  brand: device('productBrand'),
  model: device('productModel'),
  price: device('purchasePrice'),
  purchaseDate: device('purchaseDate'),
  invoiceNumber: device('invoiceNumber'),
};

/** The API's category for a cart's: its own code (`televizor`) or the price table's English name (`tv`). */
export const categoryCode = (c: string): string => ELECTRONICS_PRICE_TABLE_NAMES[c.trim().toLowerCase()] ?? c.trim().toLowerCase();

/**
 * The device step: the cart line as the shop passed it (the customer may correct it) and the two
 * agreements LG asks for. `category` is the host's category, read again when it changes.
 */
export const deviceDetails = (host: { category?: string; links(): { terms: string; privacy: string } }): Step => ({
  id: 'details',
  paths: ['electronics.', 'additionalData.'],
  defaults: () => ({ [consent('termsAndConditions')]: false, [consent('dataPrivacy')]: false, [device('purchaseDate')]: today() }),
  prefill: () => ({ [device('productCategory')]: host.category ? categoryCode(host.category) : '' }),
  render(h) {
    const t = typed<typeof electronicsEn>(h);
    const chosen = h.val(device('productCategory'));
    const categories = h.lookups.list(device('productCategory'), 'electronics-product-category').items;
    const links = host.links();
    return html`<fieldset>
        <legend>${t('device.legend')}</legend>
        <div class="grid">
          ${selectField(h, device('productCategory'), t('device.category'), categories.length || !chosen ? categories : [{ code: chosen, name: chosen }])}
          ${textField(h, device('productBrand'), t('device.brand'), { optional: true })}
          ${textField(h, device('productModel'), t('device.model'), { optional: true })}
          ${textField(h, device('purchasePrice'), t('device.price'), { inputmode: 'decimal' })}
          ${textField(h, device('purchaseDate'), t('device.purchaseDate'), { type: 'date', hint: t('device.purchaseHint') })}
          ${textField(h, device('invoiceNumber'), t('device.invoice'), { hint: t('device.invoiceHint') })}
        </div>
      </fieldset>
      <fieldset>
        <legend>${t('consent.legend')}</legend>
        ${checkField(h, consent('termsAndConditions'), linked(t('consent.terms'), { terms: { href: links.terms, text: t('consent.termsLink') } }))}
        ${checkField(h, consent('dataPrivacy'), linked(t('consent.privacy'), { privacy: { href: links.privacy, text: t('consent.privacyLink') } }))}
        ${checkField(h, consent('marketingConsent'), t('consent.marketing'), { optional: true })}
      </fieldset>`;
  },
});
