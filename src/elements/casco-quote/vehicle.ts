/**
 * The first step, the vehicle: make and model from the casco lists, the VIN, its year, engine, mileage
 * and registration. Its code is in the entry, as the first render shows it; the casco rules that check
 * it (schema.ts) come beside the words.
 */
import { html } from 'lit';
import type { NomenclatureItem } from '../../contract/nomenclature.js';
import { CASCO_FUEL_TYPES } from '../../contract/casco/enums.js';
import { REGISTRATION_TYPES } from '../../contract/registration.js';
import type { QuoteContext, Step } from '../../kit/flow.js';
import type { Lookup } from '../../kit/lookup.js';
import { comboField } from '../../kit/combo-field.js';
import { selectField, textField } from '../../kit/fields.js';
import { typed } from '../../kit/locale.js';
import type { cascoEn } from './strings.en.js';
import { car } from './paths.js';

// A vehicle that needs no fuel ('none', a trailer) is not a casco customer's car.
const FUELS = CASCO_FUEL_TYPES.filter((f) => f !== 'none');
// The categories a dealer sells; the contract takes the whole list.
const CATEGORIES = ['M1', 'N1'] as const;

/** A make as the casco list writes it (`alfa-romeo`) as a customer reads it (`Alfa Romeo`; short ones as initials: `BMW`). */
const makeName = (slug: string) => slug.split('-').map((w) => (w.length < 4 ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1))).join(' ');

// The makes as read, once per list the proxy gave: a combobox keeps its place across renders.
const readable = new WeakMap<readonly NomenclatureItem[], NomenclatureItem[]>();
const readableMakes = (l: Lookup): Lookup =>
  ({
    task: l.task,
    get items() {
      const raw = l.items;
      return readable.get(raw) ?? readable.set(raw, raw.map((i) => ({ code: i.code, name: makeName(i.name) }))).get(raw)!;
    },
    get status() {
      return l.status;
    },
    retry: () => l.retry(),
  }) as Lookup;

/** The make's list item by its name as shown or as the list writes it (a dealer writes either). */
const byName = (items: readonly NomenclatureItem[], name: string) => items.find((i) => i.name.toLowerCase() === name.toLowerCase() || i.code === name.toLowerCase());

function render(h: QuoteContext) {
  const t = typed<typeof cascoEn>(h);
  const options = <C extends string>(codes: readonly C[], word: (c: C) => string) => codes.map((code) => ({ code, name: word(code) }));
  const makes = readableMakes(h.lookups.list(car('brand'), 'casco-vehicle-make'));
  const make = h.val(car('brand'));
  const models = h.lookups.list(car('model'), 'casco-vehicle-model', { param: () => (make ? (byName(makes.items, make)?.code ?? make) : undefined) });
  return html`<fieldset>
    <legend>${t('car.legend')}</legend>
    <div class="grid">
      ${comboField(h, car('brand'), t('car.make'), makes, {
        value: byName(makes.items, make)?.code ?? '',
        valueName: make,
        store: (item) => {
          // Another make: its model no longer applies.
          if ((item?.name ?? '') !== make) {
            h.set(car('model'), '');
            h.set(`$${car('model')}`, '');
          }
          h.set(car('brand'), item?.name ?? '');
        },
      })}
      ${comboField(h, car('model'), t('car.model'), models, {
        disabledReason: make ? undefined : t('car.pickMake'),
        value: h.val(car('model')),
        valueName: h.val(car('model')),
        store: (item) => h.set(car('model'), item?.name ?? ''),
      })}
      ${textField(h, car('vin'), t('car.vin'), { hint: t('car.vinHint') })}
      ${selectField(h, car('vehicleType'), t('car.category'), options(CATEGORIES, (c) => t(`category.${c}`)))}
      ${textField(h, car('yearOfConstruction'), t('car.year'), { inputmode: 'numeric' })}
      ${textField(h, car('firstRegistration'), t('car.firstRegistration'), { type: 'date', optional: true })}
      ${selectField(h, car('fuelType'), t('car.fuel'), options(FUELS, (f) => t(`fuel.${f}`)))}
      ${textField(h, car('enginePower'), t('car.power'), { inputmode: 'numeric', optional: true })}
      ${textField(h, car('engineDisplacement'), t('car.capacity'), { inputmode: 'numeric', optional: true })}
      ${textField(h, car('currentMileage'), t('car.mileage'), { inputmode: 'numeric', optional: true })}
      ${selectField(h, car('registrationType'), t('car.registration'), options(REGISTRATION_TYPES, (r) => t(`registration.${r}`)))}
      ${textField(h, car('licensePlate'), t('car.plate'), { optional: true, hint: t('car.plateHint') })}
    </div>
  </fieldset>`;
}

/** The vehicle: make and model from the casco lists, the VIN, its year, engine, mileage and registration. */
export const vehicleStep: Step = {
  id: 'details',
  paths: ['casco.vehicle.'],
  defaults: () => ({ [car('vehicleType')]: 'M1', [car('registrationType')]: 'registered' }),
  render,
};
