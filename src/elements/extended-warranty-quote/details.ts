import { html } from 'lit';
import { today } from '../../contract/clock.js';
import type { Step } from '../../kit/flow.js';
import { pick, toBody } from '../../kit/form.js';
import { checkField, selectField, textField } from '../../kit/fields.js';
import { typed } from '../../kit/locale.js';
import type { warrantyEn } from './strings.en.js';

/** The contract's rules for the product and the kit's notice that explains them, fetched beside the words. */
export type Rules = typeof import('../../contract/products/extended-warranty.js') & typeof import('../../kit/eligibility.js');

const car = (k: string) => `extendedWarranty.vehicle.${k}`;
const cover = (k: string) => `extendedWarranty.${k}`;

/** Which field each of the dealer's prefill properties fills (the element's `prefills`). */
export const vehiclePrefills = {
  vin: car('vin'),
  make: car('brand'),
  model: car('model'),
  firstRegistration: car('firstRegistration'),
  mileage: car('currentMileage'),
  use: car('usageType'),
  year: car('yearOfConstruction'),
  licensePlate: car('licensePlate'),
  enginePower: car('enginePower'),
  category: car('vehicleType'),
  registration: car('registrationType'),
};

// Only M1 and personal use are covered; the others are listed so a customer can say what their car
// is and read why it is not covered, rather than not find it.
const CATEGORIES = ['M1', 'N1', 'M2', 'L'] as const;
const USES = ['personal', 'taxi', 'rental', 'ridesharing', 'drivingSchool', 'commercial'] as const;

/**
 * The car and when the cover starts. The eligibility notice above the fields says, as the customer
 * types, why a car is not covered; the step's Continue refuses it (no quote is ever asked for it).
 * Its body part adds the contract's first term for validation: the offers step quotes each term at once.
 */
export const vehicleDetails = (rules: () => Rules | undefined): Step => ({
  id: 'details',
  paths: ['extendedWarranty.'],
  defaults: () => ({
    [car('registrationType')]: 'registered',
    [car('vehicleType')]: 'M1',
    [car('usageType')]: 'personal',
    [car('isFirstOwner')]: false,
    [cover('startDate')]: today(),
  }),
  body: (h) => toBody({ ...pick(h.form.values, ['extendedWarranty.']), [cover('termTime')]: String(rules()?.EXTENDED_WARRANTY_TERMS[0] ?? '') }),
  render(h) {
    const t = typed<typeof warrantyEn>(h);
    const options = <C extends string>(codes: readonly C[], word: (c: C) => string) => codes.map((code) => ({ code, name: word(code) }));
    // Until the contract's rules are here (a moment after the first render) a list holds what was prefilled.
    const r = rules();
    const brands = r ? [...options(r.EXTENDED_WARRANTY_BRANDS, (b) => b), { code: 'other', name: t('car.otherBrand') }] : [];
    return html`${r?.eligibilityNotice(h, r.EXTENDED_WARRANTY_ELIGIBILITY, t('car.notCovered'))}
      <fieldset>
        <legend>${t('car.legend')}</legend>
        <div class="grid">
          ${selectField(h, car('brand'), t('car.brand'), brands)}
          ${textField(h, car('model'), t('car.model'))}
          ${textField(h, car('vin'), t('car.vin'), { hint: t('car.vinHint') })}
          ${textField(h, car('licensePlate'), t('car.plate'))}
          ${selectField(h, car('vehicleType'), t('car.category'), options(CATEGORIES, (c) => t(`category.${c}`)))}
          ${selectField(h, car('registrationType'), t('car.registration'), options(r?.REGISTRATION_TYPES ?? [], (x) => t(`registration.${x}`)))}
          ${selectField(h, car('usageType'), t('car.use'), options(USES, (u) => t(`use.${u}`)))}
          ${textField(h, car('yearOfConstruction'), t('car.year'), { inputmode: 'numeric' })}
          ${textField(h, car('firstRegistration'), t('car.firstRegistration'), { type: 'date' })}
          ${textField(h, car('deliveryDate'), t('car.delivery'), { type: 'date', optional: true })}
          ${textField(h, car('currentMileage'), t('car.mileage'), { inputmode: 'numeric' })}
          ${textField(h, car('enginePower'), t('car.power'), { inputmode: 'numeric' })}
        </div>
        ${checkField(h, car('isFirstOwner'), t('car.firstOwner'), { optional: true })}
      </fieldset>
      <fieldset>
        <legend>${t('cover.legend')}</legend>
        <div class="grid">${textField(h, cover('startDate'), t('cover.start'), { type: 'date', hint: r && t('cover.startHint', { terms: r.EXTENDED_WARRANTY_TERMS.join(', ') }) })}</div>
      </fieldset>`;
  },
});
