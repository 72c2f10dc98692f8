import { html } from 'lit';
import { today } from '../../contract/clock.js';
import type { Step } from '../../kit/flow.js';
import { pick, toBody } from '../../kit/form.js';
import { comboField } from '../../kit/combo-field.js';
import { checkField, selectField, textField } from '../../kit/fields.js';
import { typed } from '../../kit/locale.js';
import type { tireEn } from './strings.en.js';

const p = (k: string) => `tire.${k}`;
const a = (k: string) => `additionalData.agreements.${k}`;
const BRAND_ID = '$brandId';

/**
 * The tyre step: the vehicle, the set of four Michelin tyres, and the agreements. Its body part
 * adds what the customer never types: the make (only Michelin) and a term for validation (the
 * offers step quotes both terms at once).
 */
export const tireDetails = (links: () => { terms: string; privacy: string }): Step => ({
  id: 'details',
  paths: ['tire.', 'additionalData.'],
  defaults: () => ({ [a('purchased4Tires')]: false, [a('customerAgreement')]: false, [p('startDate')]: today() }),
  body: (h) => toBody({ ...pick(h.form.values, ['tire.', 'additionalData.']), [p('tireMake')]: 'michelin', [p('termTime')]: '12' }),
  render(h) {
    const t = typed<typeof tireEn & { 'tire.customerAgreement': string }>(h);
    const brands = h.lookups.list(p('vehicleBrand'), 'vehicle-brand');
    const brand = h.val(p('vehicleBrand'));
    // The brand's id for its model list: from the pick, or found by the prefilled name.
    const brandId = () => h.val(BRAND_ID) || brands.items.find((b) => b.name.toLowerCase() === h.val(p('vehicleBrand')).toLowerCase())?.code;
    const link = (href: string, key: 'tire.terms' | 'tire.privacy') => html`<a href=${href} target="_blank" rel="noopener">${t(key)}</a>`;
    const [before, middle, after] = t('tire.customerAgreement').split(/\{terms\}|\{privacy\}/);
    return html`<fieldset>
        <legend>${t('tire.vehicle')}</legend>
        <div class="grid">
          ${comboField(h, p('vehicleBrand'), t('tire.vehicleBrand'), brands, {
            value: brands.items.find((b) => b.name === brand)?.code ?? '',
            // The make is kept by name: shown before its list comes, and if it never does.
            valueName: brand,
            store: (item) => {
              if ((item?.name ?? '') !== brand) {
                h.set(p('vehicleModel'), '');
                h.set(`$${p('vehicleModel')}`, '');
              }
              h.set(p('vehicleBrand'), item?.name ?? '');
              h.set(BRAND_ID, item?.code ?? '');
            },
          })}
          ${comboField(h, p('vehicleModel'), t('tire.vehicleModel'), h.lookups.list(p('vehicleModel'), 'vehicle-model', { param: brandId }), {
            disabledReason: brand ? undefined : t('tire.pickBrand'),
            valueName: h.val(p('vehicleModel')),
          })}
        </div>
      </fieldset>
      <fieldset>
        <legend>${t('tire.tyres')}</legend>
        <div class="grid">
          ${comboField(h, p('tireModel'), t('tire.tireModel'), h.lookups.list(p('tireModel'), 'tire-model', { param: () => 'michelin' }), {
            valueName: h.val(p('tireModel')),
          })}
          ${selectField(h, p('tireWidth'), t('tire.tireWidth'), h.lookups.list(p('tireWidth'), 'tire-size').items)}
          ${textField(h, p('dot'), t('tire.dot'), { hint: t('tire.dotHint'), inputmode: 'numeric' })}
          ${textField(h, p('purchasePrice'), t('tire.purchasePrice'), { inputmode: 'decimal' })}
          ${textField(h, p('purchaseDate'), t('tire.purchaseDate'), { type: 'date', hint: t('tire.purchaseHint') })}
          ${textField(h, p('startDate'), t('tire.startDate'), { type: 'date', hint: t('tire.startHint') })}
        </div>
      </fieldset>
      <fieldset>
        <legend>${t('tire.agreements')}</legend>
        ${checkField(h, a('purchased4Tires'), t('tire.purchased4Tires'))}
        ${checkField(h, a('customerAgreement'), html`${before}${link(links().terms, 'tire.terms')}${middle}${link(links().privacy, 'tire.privacy')}${after}`)}
        ${checkField(h, a('michelinDataAgreement'), t('tire.michelinDataAgreement'), { optional: true })}
        ${checkField(h, a('marketingConsent'), t('tire.marketingConsent'), { optional: true })}
      </fieldset>`;
  },
});
